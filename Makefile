# Two entry points a newcomer needs: `make demo` and `make test`. Both need only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := $(CURDIR)/.venv/demo.db

.PHONY: demo test test-pg install dev lint bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

demo: install
	rm -f $(DEMO_DB)
	TRACKER_DB=$(DEMO_DB) $(BIN)/tracker ingest seeds/
	TRACKER_DB=$(DEMO_DB) $(BIN)/tracker positions --official "Hector Balderas"

lint: dev
	$(BIN)/ruff check tracker tests bench
	$(BIN)/mypy

# The whole suite on SQLite, then every database test again on a throwaway PostgreSQL server
# (scripts/with-postgres). Where PostgreSQL is not installed that second pass is skipped with a
# loud warning; TRACKER_REQUIRE_PG=1, as CI sets, makes it a failure instead.
test: lint
	env -u TRACKER_TEST_PG_URL $(BIN)/pytest -q
	bash scripts/with-postgres --if-available $(BIN)/pytest -q --database-tests-only

# Only the PostgreSQL pass (TRACKER_TEST_PG_URL=postgresql+psycopg://... to use a server of yours).
test-pg: dev
	bash scripts/with-postgres $(BIN)/pytest -q --database-tests-only

# docs/cli.md from every command's --help (a test fails when it is not current).
docs: install
	$(BIN)/python scripts/gen_cli_docs.py

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
