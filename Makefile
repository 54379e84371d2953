# Two entry points a newcomer needs: `make demo` and `make test`. Both need only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := $(CURDIR)/.venv/demo.db

.PHONY: demo test install dev lint bench docs clean

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

test: lint
	$(BIN)/pytest -q

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
