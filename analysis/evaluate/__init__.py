"""Claims and a hand-made gold table in, accuracy out: precision, recall and F1, and every error by class.

`python -m analysis evaluate --gold GOLD PATH...` is how a user checks the extractor on a sample of their
own articles; the tests hold the blind test part's scores above floors with the same code.
"""
