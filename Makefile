# The dev loop: `make check` runs ruff and the tests, as .ci/run does in a fresh venv.
PY ?= python3

.PHONY: check test lint format ci

check: lint test

test:
	XDG_CACHE_HOME=$${XDG_CACHE_HOME:-$$(mktemp -d)} $(PY) -m pytest

lint:
	$(PY) -m ruff check nkjp tests benchmarks
	$(PY) -m ruff format --check nkjp tests benchmarks

format:
	$(PY) -m ruff format nkjp tests benchmarks
	$(PY) -m ruff check --fix nkjp tests benchmarks

ci:
	.ci/run
