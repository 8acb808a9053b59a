# Two commands for a fresh machine with Python >= 3.11:
#   make run    create .venv, install requirements.txt, start the app
#   make test   also install the test tools, then lint and run the whole suite
#   make test-fast   the edit-test loop: lint, unit and AppTest tests, no browser, no network
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# pytest-xdist workers: the CI machine has two cores and each worker is its own TensorFlow process (~1 GB at
# most). Each test module stays on one worker, the browser tests all on one (tests/conftest.py); WORKERS=0 runs
# everything in this one process.
WORKERS ?= 2
PYTEST := $(BIN)/python -m pytest -n $(WORKERS) --dist loadscope

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
	$(PYTEST)

test-fast: lint
	$(PYTEST) -m "not browser and not network and not slow" -q

bench: $(VENV)/.app-installed
	$(BIN)/python bench/run_all.py
