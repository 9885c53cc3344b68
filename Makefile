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

SPECS := $(wildcard specs/*.yaml)

# Regenerate out/ from specs/: each page at its provider-repository path.
docs: $(STAMP)
	rm -rf out
	$(BIN)/regdocs render $(SPECS) --repo-dir out

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Fail when out/ is not what specs/ render to.
check: $(STAMP)
	rm -rf build/check-out
	$(BIN)/regdocs render $(SPECS) --repo-dir build/check-out
	diff -r out build/check-out && echo "out/ is up to date with specs/"

# Round trip and structure figures over the public corpus (../shared/corpus or $$REGDOCS_CORPUS).
corpus-report: $(STAMP)
	$(BIN)/python scripts/report_roundtrip.py

update-goldens: $(STAMP)
	$(BIN)/python -m pytest -q --update-goldens

clean:
	rm -rf $(VENV) build *.egg-info
