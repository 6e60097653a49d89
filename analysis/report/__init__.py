"""Tables in, what a reader sees out: figures, views, the data dictionary, headline numbers, notebook parameters and the notebook runner."""
