# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench install clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/fairmatch db upgrade
	$(BIN)/fairmatch demo seed
	@echo ""
	@echo "fairmatch is starting on http://127.0.0.1:8000  (health: curl 127.0.0.1:8000/healthz)"
	@echo "Talk to the bot locally, in another terminal:"
	@echo "  $(BIN)/fairmatch chat --tenant demo --user recruiter"
	@echo ""
	$(BIN)/fairmatch serve --host 127.0.0.1 --port 8000

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit $$?; done

clean:
	rm -rf $(VENV) var .pytest_cache
