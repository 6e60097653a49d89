# Two commands do everything on a fresh machine (Python 3.11 + pip, no conda):
#   make all    set up, then run every notebook, figure and table
#   make test   set up, then run the tests (unit, fixtures, nbval on the committed notebooks)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The stamp names the interpreter as well as the pins: a .venv built by another Python, or left half-built by a
# set-up that failed, is removed and built again rather than reused.
PYVER := $(shell $(PY) -c 'import sys; print(sys.version.split()[0])' 2>/dev/null)
STAMP := $(VENV)/.installed-$(shell (cat pyproject.toml constraints.txt; echo "$(PYVER)") | sha256sum | cut -c1-12)

CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: all run test lab setup clean

all: run

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	rm -rf $(VENV)
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test,bench]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Every notebook in order (papermill): notebooks/, figures/, outputs/ (tables, headline.json, html/).
run: $(STAMP)
	$(BIN)/python -m analysis run

# The font cache is built first, outside any notebook kernel: on a fresh machine matplotlib announces it on
# stderr, which strict nbval would read as a changed cell output.
test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -c "import matplotlib.font_manager"
	$(BIN)/python -m pytest

# The HTML report is tested in Debian's headless Chromium (never a browser download). Needs root or sudo;
# if it cannot be installed, `make test` fails here rather than skip the browser test.
$(CHROMIUM):
	$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

lab: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[lab]"
	$(BIN)/python -m jupyter lab notebooks/

clean:
	rm -rf $(VENV) .pytest_cache
