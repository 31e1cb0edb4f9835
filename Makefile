# Two entry points for a fresh machine with Python 3.11: `make demo` and `make test`.
# Each creates .venv on first use and reinstalls when pyproject.toml or constraints.txt changes.
# The app install takes its exact versions from constraints.txt (`make lock` regenerates it); the library's
# ranges are in pyproject.toml.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test test-fast check lock schemas clean

$(BIN)/extractor: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,dev]'
	touch $@

demo: $(BIN)/extractor
	@# exit 1 means some input failed: fixtures/not-article/ holds two error pages, refused on purpose
	$(BIN)/extractor extract fixtures/ -o demo-facts.jsonl --errors demo-errors.jsonl || [ $$? -eq 1 ]
	@echo "facts by kind:"; $(BIN)/python -c "import collections,json; \
	c=collections.Counter(json.loads(l)['kind'] for l in open('demo-facts.jsonl')); print(dict(c))"
	@echo "first facts:"; head -n 5 demo-facts.jsonl

test: $(BIN)/extractor
	$(BIN)/python -m pytest -q -rs

# the tests a developer runs while editing: everything but those marked slow (pyproject.toml, README "Tests")
test-fast: $(BIN)/extractor
	$(BIN)/python -m pytest -q -rs -m "not slow"

check: $(BIN)/extractor
	$(BIN)/ruff check extractor tests benchmarks
	$(BIN)/ruff format --check extractor tests benchmarks
	$(BIN)/mypy

# every transitive dependency of the app (all extras), one set of pins for Python 3.11 and later
lock: $(BIN)/extractor
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dask --extra dev --constraints constraints.in \
	    --universal --python-version 3.11 --no-emit-package newsfacts --upgrade -o constraints.txt

schemas: $(BIN)/extractor
	$(BIN)/extractor schema --write schemas

clean:
	rm -rf $(VENV) demo-facts.jsonl demo-errors.jsonl test-output
