"""The command line, one module per command: `python -m analysis extract | discrepancies | run`."""
