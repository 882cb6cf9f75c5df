#!/usr/bin/env bash
# Smoke test of the PyInstaller build: --version, then a headless CLI round trip on a
# vault made by the SOURCE version (so the frozen app reads what the source app writes).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=dist/vault-app/vault-app
[ -x "$BIN" ] || { echo "no build at $BIN (run: make package)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VAULT_APP_PASSPHRASE="smoke test passphrase"
"$BIN" --version
.venv/bin/vault-app init --vault "$work/v" --no-keyring --kdf-memory-mib 19 --kdf-iterations 2 >/dev/null
"$BIN" unlock-check --vault "$work/v"
"$BIN" info --vault "$work/v" --json >/dev/null
"$BIN" audit verify --vault "$work/v"
if "$BIN" unlock-check --vault "$work/v" --passphrase-file /dev/null 2>/dev/null; then
  echo "wrong passphrase was accepted" >&2; exit 1
fi
# Nothing that looks like test data or a vault may be inside the build.
if find dist/vault-app -name '*.db' -o -name 'vault.header' -o -path '*tests*' | grep -q .; then
  echo "the build contains test data" >&2; exit 1
fi
echo "smoke test passed"
