# Two commands for a fresh machine with Python 3.11+:
#   make run    install into .venv (first time) and open the app on the default vault
#   make test   install into .venv (first time) and run the whole test suite + lint + types
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_APP  := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test test-fast lint bench screenshots package clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(STAMP_APP)

run: $(STAMP_APP)
	@$(BIN)/python -m vault_app.platform_libs
	$(BIN)/vault-app

lint: $(STAMP_TEST)
	$(BIN)/ruff check vault_app tests benchmarks scripts
	$(BIN)/mypy

# pytest exits 5 when it collected no tests: that is a broken suite, not a pass.
test: lint
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing on purpose" >&2; exit 1; fi; exit $$rc

test-fast: $(STAMP_TEST)
	@$(BIN)/python -m pytest -m "not slow"; rc=$$?; [ $$rc -eq 5 ] && exit 1; exit $$rc

bench: $(STAMP_TEST)
	$(BIN)/python -m benchmarks.run_all

screenshots: $(STAMP_TEST)
	$(BIN)/python scripts/screenshots.py

package: $(STAMP_TEST)
	$(BIN)/pyinstaller --noconfirm --clean packaging/vault-app.spec
	bash scripts/smoke_package.sh

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
