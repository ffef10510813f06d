# Two commands on a fresh machine: `make demo` and `make test`. Both create .venv when missing and
# install the pinned dependencies (pyproject.toml pins direct ones; requirements.lock pins the rest).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint types unit bench bench-ingest bench-postgres bench-api bench-scale clean-venv docs

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire demo

test: $(STAMP) lint types unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

types: $(STAMP)
	$(BIN)/mypy

# The tests run beside a private PostgreSQL server (.ci/with-postgres) when PostgreSQL is installed,
# unless EVENTWIRE_TEST_PG already names a server; without one, the PostgreSQL tests are skipped.
unit: $(STAMP)
	if [ -n "$$EVENTWIRE_TEST_PG" ]; then $(BIN)/python -m pytest; \
	else bash .ci/with-postgres --optional $(BIN)/python -m pytest; fi

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

bench-ingest: $(STAMP)
	$(BIN)/python bench/ingest.py

# One million synthetic events behind `eventwire serve`: p95 latency and a 10-client load test.
bench-api: $(STAMP)
	$(BIN)/python bench/api.py

bench-postgres: $(STAMP)
	bash .ci/with-postgres $(BIN)/python bench/store_backends.py

bench-scale: $(STAMP)
	$(BIN)/python bench/scale.py

docs: $(STAMP)
	$(BIN)/python -m eventwire.cli.docs > docs/cli.md

clean-venv:
	rm -rf $(VENV)
