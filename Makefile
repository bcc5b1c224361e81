# trade-events: `make run` extracts events from the bundled corpus, `make test` runs the tests.
# Both create .venv and install the project into it when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS := corpus/dev.jsonl corpus/test.jsonl
REUTERS ?= ../shared/data/reuters21578

.PHONY: run test eval bench realnews check-lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(BIN)/trade-events extract $(CORPUS) -o out/events.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	mkdir -p out
	$(BIN)/trade-events evaluate corpus/dev.jsonl --json out/eval-dev.json
	$(BIN)/trade-events evaluate corpus/test.jsonl --json out/eval-test.json

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --reuters $(REUTERS) --out benchmarks/RESULTS.md

realnews: $(STAMP)
	$(BIN)/python benchmarks/realnews.py --reuters $(REUTERS)

clean:
	rm -rf $(VENV) out build dist
