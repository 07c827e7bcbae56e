# The two commands of the README: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
PY ?= $(shell command -v python3.12 || command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FRONTENDS := frontend-app frontend-orga
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install frontends front-deps browser lint openapi bench lock clean

run: install frontends
	@mkdir -p var
	$(BIN)/pix db upgrade
	$(BIN)/pix demo
	@echo "Serving http://localhost:$(PORT)  (learner app /, Orga /orga/, API docs /api/docs)"
	$(BIN)/pix serve --host $(HOST) --port $(PORT)

test: install front-deps browser
	bash scripts/test.sh

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is required"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $(STAMP)

front-deps: $(foreach f,$(FRONTENDS),$(f)/node_modules/.installed)

%/node_modules/.installed: %/package-lock.json %/package.json
	cd $* && npm ci --no-audit --no-fund
	@touch $@

frontends: front-deps
	cd frontend-app && npm run build
	cd frontend-orga && npm run build

# Browser tests drive Debian's Chromium; never a downloaded browser.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing and cannot be installed here: browser tests will fail"; fi; }

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

openapi: install
	$(BIN)/pix openapi
	cd frontend-app && npm run gen:api
	cd frontend-orga && npm run gen:api

bench: install
	$(BIN)/python bench/bench_next_challenge.py

# Re-pin every Python dependency (needs the package index).
lock: install
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --allow-unsafe -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) var $(foreach f,$(FRONTENDS),$(f)/node_modules $(f)/dist) test-artefacts
