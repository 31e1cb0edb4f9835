# Two entry points for a fresh machine with Python 3.11: `make demo` and `make test`.
# Each creates .venv on first use and reinstalls when pyproject.toml changes.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test check schemas clean

$(BIN)/extractor: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/extractor
	$(BIN)/extractor extract fixtures/ -o demo-facts.jsonl --errors demo-errors.jsonl
	@echo "facts by kind:"; $(BIN)/python -c "import collections,json; \
	c=collections.Counter(json.loads(l)['kind'] for l in open('demo-facts.jsonl')); print(dict(c))"
	@echo "first facts:"; head -n 5 demo-facts.jsonl

test: $(BIN)/extractor
	$(BIN)/python -m pytest -q

check: $(BIN)/extractor
	$(BIN)/ruff check extractor tests benchmarks
	$(BIN)/ruff format --check extractor tests benchmarks
	$(BIN)/mypy

schemas: $(BIN)/extractor
	$(BIN)/extractor schema --write schemas

clean:
	rm -rf $(VENV) demo-facts.jsonl demo-errors.jsonl test-output
