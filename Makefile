# Every target sets up .venv on first use, so on a fresh machine `make docs` and
# `make test` are all the setup there is.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: docs test check lint format update-goldens corpus-report bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Regenerate out/ from specs/: each Registry page and its cdktf Python page at their
# provider-repository paths (only changed files are written, nothing is deleted).
docs: $(STAMP)
	$(BIN)/regdocs generate

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Fail (with a diff) when out/ is not what `make docs` would write; --force converts every
# cdktf page again instead of trusting a current cache-key, so hand edits show too.
check: $(STAMP)
	$(BIN)/regdocs check --force

# The code is formatted with black (line length in pyproject.toml); CI runs `make lint`.
lint: $(STAMP)
	$(BIN)/black --check --quiet generator tests scripts

format: $(STAMP)
	$(BIN)/black --quiet generator tests scripts

# Round trip and structure figures over the public corpus (../shared/corpus or $$REGDOCS_CORPUS).
corpus-report: $(STAMP)
	$(BIN)/python scripts/report_roundtrip.py
	$(BIN)/python scripts/report_converter.py
	$(BIN)/python scripts/report_pages.py
	$(BIN)/python scripts/report_validate.py

# Speed figures: pages per second and peak memory (see scripts/bench.py).
bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_scaffold.py --repeat 3

# Long fuzzing of every input surface (specs, pages, HCL, schemas, configuration, file system,
# killed runs) against the contract; random inputs, FUZZ_SECONDS per test (about 10 tests),
# at most FUZZ_EXAMPLES cases each. `make test` runs the same properties with a few hundred
# fixed cases per surface.
FUZZ_SECONDS ?= 240
FUZZ_EXAMPLES ?= 3000
fuzz: $(STAMP)
	REGDOCS_FUZZ_PROFILE=fuzz REGDOCS_FUZZ_SECONDS=$(FUZZ_SECONDS) REGDOCS_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) \
		$(BIN)/python -m pytest -q -p no:cacheprovider tests/fuzz

update-goldens: $(STAMP)
	$(BIN)/python -m pytest -q --update-goldens

clean:
	rm -rf $(VENV) build *.egg-info
