"""Text in, claim rows out: the pure per-document function.

Sentences, numbers, places, cue lexicons (data files), clauses, linking, document-level rules and rows. `analysis.extract.document.extract_text` is the entry point. Imports only `core` and `ingest`."""
