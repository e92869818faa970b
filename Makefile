# Every check is a target here; CI runs `make test` (through .ci/run) and nothing else.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
# pytest worker processes of `make test` (pytest-xdist); 0 runs the suite in this process.
TEST_WORKERS ?= 2
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
# The generator's ruff post-hooks and the npm tools must be found on PATH.
export PATH := $(BIN):$(CURDIR)/node_modules/.bin:$(PATH)

SPEC := openapi.yaml
CLIENT := generated_client
GENERATE = openapi-python-client generate --path $(SPEC) --config generator-config.yml \
	--meta uv --overwrite --fail-on-warning --custom-template-path client_templates

# Hand-written modules copied into the generated package after each generation.
CLIENT_STATIC := client_templates/static
COPY_STATIC = cp $(CLIENT_STATIC)/*.py

VENV_STAMP := $(VENV)/.installed
CLIENT_STAMP := $(VENV)/.client-installed
RELEASE_STAMP := $(VENV)/.release-installed
NPM_STAMP := node_modules/.installed
# BASE=<git ref> compares with that revision instead of the last release (see spec_changes/history.py).
BASE_FLAG = $(if $(BASE),--base $(BASE))
CHANGES_REPORTS = --markdown reports/changes/changes.md --json reports/changes/changes.json

.PHONY: help venv generate check-generated docs lint test serve contract clean
.PHONY: changes check-version release dist

help: ## List every target
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(VENV_STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is required" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install -q --no-deps -e .
	@touch $@

# The generated client, installed editable so a regeneration needs no reinstall.
$(CLIENT_STAMP): $(CLIENT)/pyproject.toml | $(VENV_STAMP)
	$(BIN)/pip install -q --no-deps -e ./$(CLIENT)
	@touch $@

# The release tools (griffe, build, twine and the pinned build backends), into the same venv.
$(RELEASE_STAMP): requirements-release.txt | $(VENV_STAMP)
	$(BIN)/pip install -q -r requirements-release.txt
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --no-update-notifier --loglevel=error >/dev/null
	@touch $@

venv: $(VENV_STAMP) $(CLIENT_STAMP) $(RELEASE_STAMP) $(NPM_STAMP) ## Create .venv and node_modules from the pinned requirements

generate: $(VENV_STAMP) ## Regenerate generated_client/ from openapi.yaml, the config and templates
	$(GENERATE) --output-path $(CLIENT)
	$(COPY_STATIC) $(CLIENT)/realtimekit_client/
	@rm -rf $(CLIENT)/.ruff_cache

check-generated: $(VENV_STAMP) ## Fail if generated_client/ differs from a fresh generation
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) --output-path "$$tmp/out" >/dev/null && rm -rf "$$tmp/out/.ruff_cache" && \
	$(COPY_STATIC) "$$tmp/out/realtimekit_client/" && \
	if diff -r -x .ruff_cache -x __pycache__ -x .mypy_cache -x CHANGELOG.md "$$tmp/out" $(CLIENT) >"$$tmp/diff"; then echo "generated_client/ is up to date"; \
	else head -n 40 "$$tmp/diff"; echo "generated_client/ is out of date: run make generate" >&2; exit 1; fi

docs: $(VENV_STAMP) $(CLIENT_STAMP) ## Rewrite the generated tables of docs/client.md from openapi.yaml and the client
	python -m tools.doc_tables

lint: $(VENV_STAMP) $(NPM_STAMP) ## Validate and lint openapi.yaml; ruff and mypy --strict on the code
	openapi-spec-validator $(SPEC)
	redocly lint $(SPEC) --format=summary 2>&1 | grep -v -E '^\s*(║|╔|╚)' ; exit $${PIPESTATUS[0]}
	ruff check .
	ruff format --check .
	cd $(CLIENT) && mypy --strict --cache-dir $(CURDIR)/.mypy_cache realtimekit_client

test: lint check-generated check-version dist $(CLIENT_STAMP) ## Lint, check generated code and the version, build, run the test suite (TEST_WORKERS=2 processes)
	pytest -n $(TEST_WORKERS)

changes: $(RELEASE_STAMP) $(CLIENT_STAMP) ## What changed since the last release (BASE=<ref>), per operation; also in reports/changes/
	python -m spec_changes report $(BASE_FLAG) $(CHANGES_REPORTS)

check-version: $(RELEASE_STAMP) $(CLIENT_STAMP) ## Fail if the client's version is lower than the changes since the last release need
	python -m spec_changes report --check --quiet $(BASE_FLAG) $(CHANGES_REPORTS)

# The report is taken on a freshly generated client, then the version is set and the client
# generated again with it.
release: generate $(RELEASE_STAMP) ## Bump the version from the changes (BUMP=major|minor|patch at least), regenerate, write the CHANGELOG entry
	python -m spec_changes release $(BASE_FLAG) $(if $(BUMP),--bump $(BUMP))
	@$(MAKE) --no-print-directory generate

dist: $(RELEASE_STAMP) ## Build wheel and sdist of the client and the emulator into dist/ and twine-check them
	@rm -rf dist/client dist/emulator
	python -m build --no-isolation --quiet --outdir dist/client $(CLIENT)
	python -m build --no-isolation --quiet --outdir dist/emulator .
	twine check --strict dist/client/* dist/emulator/*

contract: $(VENV_STAMP) $(CLIENT_STAMP) ## Check openapi.yaml against the emulator (or the live API: see README)
	python -m contract

.PHONY: bench
# wrk comes from the system's packages: installed here when missing and root can (else the
# benchmarks fall back to their own, slower, Python load generator and say so).
bench: $(VENV_STAMP) $(CLIENT_STAMP) $(NPM_STAMP) ## Benchmark client, emulator, contract job and generation; write docs/benchmarks.md
	$(BIN)/pip install -q -r requirements-bench.txt
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		{ apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }; }; } || \
		echo "bench: wrk is not installed; using the Python load generator" >&2
	BENCH_SMOKE=1 pytest -q -p no:cacheprovider tests/bench_smoke
	python -m benchmarks

.PHONY: soak
soak: $(VENV_STAMP) $(CLIENT_STAMP) ## Long reliability run (load, kill -9, disk, hostile input/responses, webhook outbox, secrets); prints figures
	python -m reliability

HOST ?= 127.0.0.1
PORT ?= 8787
serve: $(VENV_STAMP) ## Run the emulator on 127.0.0.1:8787 (HOST=, PORT=, ARGS="--db state.db --token T")
	python -m realtimekit_mock --host $(HOST) --port $(PORT) $(ARGS)

clean: ## Remove the virtualenv, node_modules and caches
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis reports dist build
