# Backsite: `make run` serves the site, `make test` runs every check. Both set everything up first.
.DEFAULT_GOAL := help
SHELL := /bin/sh

VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
LOCK := requirements-dev.lock
STAMP := $(VENV)/.installed

.PHONY: help setup db run editor test lint format screenshots bench clean serve-production loadtest bench-api

help:
	@echo "make run     set up and serve Backsite on http://127.0.0.1:$(PORT)"
	@echo "make test    set up and run the linters and the whole test suite"
	@echo "make editor  create an editor account for the admin (prints its password)"
	@echo "make serve-production  serve with production settings (gunicorn, WhiteNoise) on 127.0.0.1"
	@echo "make loadtest          load-test the production server on 127.0.0.1 with wrk"
	@echo "make bench-api         time the JSON API at demo size and with 10,000 more poses"

$(PY):
	@interpreter=$$(scripts/find-python) || exit 1; \
	echo "Creating $(VENV) with $$interpreter"; \
	"$$interpreter" -m venv $(VENV)

# Reinstall whenever the lock changes; --require-hashes makes two installs byte-identical.
$(STAMP): $(LOCK) | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	@touch $@

setup: $(STAMP)

db: setup
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo

run: db
	@echo ""
	@echo "Backsite is at http://127.0.0.1:$(PORT)/ and its admin at http://127.0.0.1:$(PORT)/admin/"
	@echo "To sign in to the admin, run 'make editor' in another terminal; it prints a new password."
	@echo ""
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

editor: db
	$(PY) manage.py create_editor

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: lint
	$(PY) -m pytest

# Full-page PNGs of every kind of page at 375 px and 1280 px, in screenshots/ (needs Chromium).
screenshots: setup
	$(PY) -m pytest tests/browser/test_pages.py -k screenshots -q -p no:cacheprovider
	@echo "Screenshots are in screenshots/"

clean:
	rm -rf $(VENV) .pytest_cache screenshots

# Production settings on this machine: gunicorn + WhiteNoise, SQLite and the demo content in var/.
serve-production: setup
	PORT=$(PORT) scripts/serve-production

loadtest: setup
	scripts/loadtest

bench-api: setup
	$(PY) scripts/bench_api.py
