# Two commands for a fresh machine with Python >= 3.11:
#   make run    create .venv, install requirements.txt, start the app
#   make test   also install the test tools, then lint and run the whole suite
#   make test-fast   the edit-test loop: lint, unit and AppTest tests, no browser, no network
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-fast lint bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.app-installed $@

run: $(VENV)/.app-installed
	$(BIN)/python -m streamlit run app.py

lint: $(VENV)/.dev-installed
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

test: lint
	$(BIN)/python -m pytest

test-fast: lint
	$(BIN)/python -m pytest -m "not browser and not network and not slow" -q

bench: $(VENV)/.app-installed
	$(BIN)/python bench/run_all.py
