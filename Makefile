# Every target sets up .venv on first use, so on a fresh machine `make docs` and
# `make test` are all the setup there is.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: docs test check update-goldens corpus-report bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q

update-goldens: $(STAMP)
	$(BIN)/python -m pytest -q --update-goldens

clean:
	rm -rf $(VENV) build *.egg-info
