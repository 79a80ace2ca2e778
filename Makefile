# Backsite: `make run` serves the site, `make test` runs every check. Both set everything up first.
# `make help` lists every target: a target is listed when its rule line ends with "## what it does".
.DEFAULT_GOAL := help
SHELL := /bin/sh

VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Serving needs only the runtime lock; the checks add the development tools on top of it.
RUN_LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
# --require-hashes makes two installs byte-identical; pip prints each package as it goes.
PIP_INSTALL := $(PY) -m pip install --disable-pip-version-check --progress-bar on --require-hashes

.PHONY: help setup install db run editor reviewer test lint format chromium screenshots clean \
	serve-production loadtest bench bench-api bench-search worker gallery

help: ## list every target
	@awk 'BEGIN { FS = ":.*## " } /^[a-z][a-z-]*:.*## / { printf "make %-18s %s\n", $$1, $$2 }' \
		$(MAKEFILE_LIST)

$(PY):
	@interpreter=$$(scripts/find-python) || exit 1; \
	echo "Creating $(VENV) with $$interpreter"; \
	"$$interpreter" -m venv $(VENV)

# Reinstall whenever a lock changes.
$(RUN_STAMP): $(RUN_LOCK) | $(PY)
	@echo "Installing what Backsite needs to run ($(RUN_LOCK))..."
	$(PIP_INSTALL) -r $(RUN_LOCK)
	@touch $@

$(DEV_STAMP): $(DEV_LOCK) $(RUN_STAMP) | $(PY)
	@echo "Installing the development tools ($(DEV_LOCK))..."
	$(PIP_INSTALL) -r $(DEV_LOCK)
	@touch $@

install: $(RUN_STAMP) ## install only what serving the site needs

setup: $(DEV_STAMP) ## install the development and test tools too

db: $(RUN_STAMP) ## migrate the database and add any missing founding content
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo

run: db ## set up and serve Backsite on http://127.0.0.1:8000 (PORT=8001 make run to change)
	@echo ""
	@echo "Backsite is at http://127.0.0.1:$(PORT)/ and its admin at http://127.0.0.1:$(PORT)/admin/"
	@echo "To sign in to the admin, run 'make editor' in another terminal; it prints a new password."
	@echo ""
	@$(PY) manage.py db_worker --no-reload & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The background worker: cleans uploaded pose images and makes their renditions.
worker: db ## run the background image worker alone (make run starts one)
	$(PY) manage.py db_worker --no-reload

editor: db ## create an editor account for the admin (prints its password)
	$(PY) manage.py create_editor

reviewer: db ## create a reviewer account: publishes and approves editors' changes (prints its password)
	$(PY) manage.py create_editor --reviewer

lint: setup ## ruff, the import layers (import-linter) and the templates (djLint)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/djlint templates --lint

format: setup ## fix what ruff can fix and format the Python code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

chromium: ## install Debian's Chromium for the browser tests, or say how
	@scripts/ensure-chromium

test: lint chromium ## set up and run the linters and the whole test suite, browser tests included
	$(PY) -m pytest

screenshots: setup chromium ## full-page PNGs of every kind of page at 375 and 1280 px, in screenshots/
	$(PY) -m pytest tests/browser/test_pages.py -k screenshots -q -p no:cacheprovider
	@echo "Screenshots are in screenshots/"

GALLERY_PORT ?= 8123
gallery: db setup chromium ## first-screen shots of every page type, phone and desktop, light and dark, into static/img/gallery/
	@$(PY) manage.py runserver 127.0.0.1:$(GALLERY_PORT) --noreload >/dev/null 2>&1 & server=$$!; \
	trap 'kill $$server 2>/dev/null' EXIT INT TERM; sleep 3; \
	$(PY) scripts/gallery.py http://127.0.0.1:$(GALLERY_PORT)

clean: ## remove the virtualenv, test caches and screenshots
	rm -rf $(VENV) .pytest_cache screenshots

serve-production: $(RUN_STAMP) ## serve with production settings (gunicorn, WhiteNoise) on 127.0.0.1
	PORT=$(PORT) scripts/serve-production

loadtest: $(RUN_STAMP) ## load-test the production server on 127.0.0.1 with wrk
	scripts/loadtest

# Scratch SQLite databases in var/bench/, kept while the migrations stay the same.
# BENCH_SIZES=100,10000 make bench for a shorter run; BENCH_WRK=0 leaves out the wrk comparison.
bench: setup ## time every page type at 100, 10,000 and 100,000 poses; cached page against a static file
	$(PY) scripts/bench.py
	$(PY) scripts/bench_pose.py

bench-api: setup ## time the JSON API at demo size and with 10,000 more poses
	$(PY) scripts/bench_api.py

# SQLite in var/bench/; BENCH_POSTGRES_URL adds a scratch PostgreSQL database (it is emptied).
bench-search: setup ## time the site search at demo size and with 10,000 more poses
	$(PY) scripts/bench_search.py
	@if [ -n "$(BENCH_POSTGRES_URL)" ]; then $(PY) scripts/bench_search.py --database "$(BENCH_POSTGRES_URL)"; fi
