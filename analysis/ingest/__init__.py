"""Files in, decoded documents out: reading bytes safely, sidecars and the documents table, HTML markup, the article's own header.

Gives the text every offset refers to; knows nothing of claims."""
