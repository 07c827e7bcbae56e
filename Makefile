# The two commands of the README: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
# The first Python >= 3.11 that really runs (a pyenv shim may exist for a version not installed).
PY ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
  $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { command -v $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The front ends are one npm workspace (root package.json): the shared sources and two apps.
FRONTENDS := frontend-app frontend-orga
WORKSPACES := frontend-shared $(FRONTENDS)
NODE_STAMP := node_modules/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install frontends front-deps browser lint openapi bench lock clean

run: install frontends
	@mkdir -p var
	$(BIN)/pix db upgrade
	$(BIN)/pix content import --from-source
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

front-deps: $(NODE_STAMP)

# One `npm ci` at the root installs all the workspaces from the one package-lock.json.
$(NODE_STAMP): package-lock.json package.json $(foreach w,$(WORKSPACES),$(w)/package.json)
	npm ci --no-audit --no-fund
	@touch $@

frontends: front-deps
	npm run build $(foreach f,$(FRONTENDS),-w $(f))

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

openapi: install front-deps
	$(BIN)/pix openapi
	npm run gen:api

bench: install
	$(BIN)/python bench/bench_next_challenge.py

# Re-pin every Python dependency (needs the package index).
lock: install
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --allow-unsafe -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) var node_modules $(foreach w,$(WORKSPACES),$(w)/node_modules) $(foreach f,$(FRONTENDS),$(f)/dist) test-artefacts
