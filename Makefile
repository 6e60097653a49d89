# Two commands do everything on a fresh machine (Python 3.11 + pip, no conda):
#   make all    set up, then run every notebook, figure and table
#   make test   set up, then run the tests (unit, fixtures, nbval on the committed notebooks)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha256sum | cut -c1-12)

.PHONY: all run test lab setup clean

all: run

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test,bench]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m analysis extract seeds --output outputs/claims.csv --documents outputs/documents.csv --skipped outputs/skipped_numbers.csv

test: $(STAMP)
	$(BIN)/python -m pytest

lab: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[lab]"
	$(BIN)/python -m jupyter lab notebooks/

clean:
	rm -rf $(VENV) .pytest_cache
