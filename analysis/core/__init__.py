"""Shared foundations every stage uses: the codebook, table schemas, hedge intervals, errors, paths and atomic writes.

Takes nothing from the other stages; every other sub-package may import from here."""
