"""Many files in, three tidy tables out: planning, parallel workers and streaming writers around `extract`.

`analysis.batch.pipeline.extract_paths` is what notebooks and commands call."""
