# Two commands for a fresh machine with Python 3.11+:
#   make run    install into .venv (first time) and open the app on the default vault
#   make test   install into .venv (first time) and run the whole test suite + lint + types
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_APP  := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

LOCK_APP   := requirements/app.lock
LOCK_TEST  := requirements/test.lock
# The lock files pin every package with its hashes (requirements/README.md); the app itself
# goes in without dependencies and without build isolation, so nothing unhashed is fetched.
INSTALL_LOCKED = $(BIN)/python -m pip install --quiet --require-hashes -r $(1) && \
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
UV_COMPILE = $(BIN)/uv pip compile pyproject.toml requirements/pending.in requirements/build.in \
	--universal --python-version 3.11 --generate-hashes --quiet

.PHONY: run test test-fast test-e2e lint audit lock bench bench-4x bench-4x-reads screenshots package release clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "Python cannot make a virtual environment here: on Debian/Ubuntu install it with: sudo apt-get install python3-venv" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml $(LOCK_APP) | $(BIN)/python
	$(call INSTALL_LOCKED,$(LOCK_APP))
	@touch $@

$(STAMP_TEST): pyproject.toml $(LOCK_TEST) | $(BIN)/python
	$(call INSTALL_LOCKED,$(LOCK_TEST))
	@touch $@ $(STAMP_APP)

# Refresh both lock files to the newest versions pyproject.toml allows (review the diff).
lock: $(STAMP_TEST)
	$(UV_COMPILE) --upgrade --no-header -o $(LOCK_APP)
	$(UV_COMPILE) --upgrade --no-header --extra test -o $(LOCK_TEST)

# Known vulnerabilities in the runtime dependencies, as locked (pip-audit, PyPI's advisories).
# Fails on a finding. Where the advisory data cannot be reached it says so in a box and goes
# on; AUDIT_STRICT=1 makes that a failure too (scripts/audit_deps.py, docs/install.md).
audit: $(STAMP_TEST)
	$(BIN)/python scripts/audit_deps.py $(LOCK_APP)

run: $(STAMP_APP)
	@$(BIN)/python -m vault_app.platform_libs
	$(BIN)/vault-app

lint: $(STAMP_TEST)
	$(BIN)/ruff check vault_app tests benchmarks scripts
	$(BIN)/mypy
	@$(MAKE) --no-print-directory audit

# pytest exits 5 when it collected no tests: that is a broken suite, not a pass.
# The whole suite is three things at once (docs/testing.md has the measurements):
# - the core and GUI tests, in the foreground;
# - the end-to-end suite, which spends most of its time waiting on a real X server;
# - the type check and the dependency audit (mypy keeps its incremental cache in .mypy_cache,
#   so in a clone that has run it once it costs about a second, not 6 CPU-seconds).
# ruff goes first: it takes a tenth of a second and catches most mistakes. The logs of the two
# background halves are printed when all three are done.
# Python may write its bytecode here even where the environment says not to
# (PYTHONDONTWRITEBYTECODE): otherwise each of the suite's hundreds of Python processes
# compiles vault_app from source again, and pytest rewrites every test module's asserts again.
# __pycache__ is ignored by git.
# Each half ends with the CPU-seconds of its tests, most costly first (tests/conftest.py).
# Both halves run --dist worksteal with their long tests first (tests/long_first.py,
# tests/e2e/conftest.py), so neither worker is left alone with a long test at the end.
# The core half's files go on a private tmpfs where one can be mounted (tests/ram_tmp.sh):
# on a shared disk its workers waited on the app's fsyncs. Passed tests' folders are removed
# as they pass (tmp_path_retention_policy=failed); the mount goes when the half passed, and
# is named for a look when it failed.
VAULT_TEST_CPU_TOP ?= 15
test: export PYTHONDONTWRITEBYTECODE :=
test: export VAULT_TEST_CPU_TOP := $(VAULT_TEST_CPU_TOP)
test: $(STAMP_TEST)
	@mkdir -p test-output; \
	$(BIN)/ruff check vault_app tests benchmarks scripts || exit $$?; \
	ram=$$(bash tests/ram_tmp.sh up); core_tmp=; \
	if [ -n "$$ram" ]; then \
	  trap 'bash tests/ram_tmp.sh down "$$ram"; exit 130' INT TERM; \
	  core_tmp="--basetemp=$$ram/core -o tmp_path_retention_policy=failed"; \
	fi; \
	$(BIN)/python -m pytest -m e2e tests/e2e -n 2 --dist worksteal --durations=10 >test-output/e2e.log 2>&1 & e2e=$$!; \
	{ $(BIN)/mypy && $(BIN)/python scripts/audit_deps.py $(LOCK_APP); } >test-output/lint.log 2>&1 & lint=$$!; \
	$(BIN)/python -m pytest -m "not e2e" -n 3 --dist worksteal --durations=25 $$core_tmp; rc=$$?; \
	if [ -n "$$ram" ]; then \
	  trap - INT TERM; \
	  if [ $$rc -eq 0 ]; then bash tests/ram_tmp.sh down "$$ram"; \
	  else echo "The failed tests' files: $$ram/core (in memory: bash tests/ram_tmp.sh down $$ram when done)"; fi; \
	fi; \
	wait $$lint; lint_rc=$$?; \
	wait $$e2e; e2e_rc=$$?; \
	echo "=== types and dependency audit (mypy, make audit) ==="; cat test-output/lint.log; \
	echo "=== end-to-end suite (tests/e2e) ==="; cat test-output/e2e.log; \
	if [ $$lint_rc -ne 0 ]; then exit $$lint_rc; fi; \
	for r in $$rc $$e2e_rc; do \
	  if [ $$r -eq 5 ]; then echo "pytest collected no tests: failing on purpose" >&2; exit 1; fi; \
	  if [ $$r -ne 0 ]; then exit $$r; fi; \
	done

test-fast: $(STAMP_TEST)
	@$(BIN)/python -m pytest -m "not slow and not e2e"; rc=$$?; [ $$rc -eq 5 ] && exit 1; exit $$rc

test-e2e: $(STAMP_TEST)
	@$(BIN)/python -m pytest -m e2e tests/e2e; rc=$$?; [ $$rc -eq 5 ] && exit 1; exit $$rc

bench: $(STAMP_TEST)
	$(BIN)/python -m benchmarks.run_all

# Issue 21 at four times the practice (2,400 charts, 2M ledger entries, ~800 MiB): the
# build takes minutes (cached after), so CI does not run it. bench-4x-reads: only the audit
# and the interactive rows, on a copy kept in the temp dir across runs.
bench-4x: $(STAMP_TEST)
	$(BIN)/python -m benchmarks.run_all --scale 4

bench-4x-reads: $(STAMP_TEST)
	$(BIN)/python -m benchmarks.scale_rows --scale 4 --reads --keep $${TMPDIR:-/tmp}/vault_app_bench_4x_copy

screenshots: $(STAMP_TEST)
	$(BIN)/python scripts/screenshots.py

package: $(STAMP_TEST)
	$(BIN)/pyinstaller --noconfirm --clean packaging/vault-app.spec
	bash scripts/smoke_package.sh

# The Linux release in dist/release/: PyInstaller bundle in a tarball with a launcher and a
# per-user installer, SHA256SUMS and its Ed25519 signature (key: $$RELEASE_SIGNING_KEY or
# ~/.config/vault-app-release/signing-key.pem), then the release smoke test (packaging/README.md).
release: $(STAMP_TEST)
	$(BIN)/python scripts/release.py
	bash scripts/smoke_release.sh dist/release

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
