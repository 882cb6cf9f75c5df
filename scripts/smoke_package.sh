#!/usr/bin/env bash
# Smoke test of the PyInstaller build: --version, then a headless CLI round trip on a
# vault made by the SOURCE version (so the frozen app reads what the source app writes).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
# BIN: the program to test (default: the PyInstaller folder's); APP_ROOT: the folder that must
# hold no test data (default: that folder). scripts/smoke_release.sh passes the installed release.
BIN=${BIN:-$DIST/vault-app/vault-app}
APP_ROOT=${APP_ROOT:-$DIST/vault-app}
[ -x "$BIN" ] || { echo "no build at $BIN (run: make package)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VAULT_APP_PASSPHRASE="smoke test passphrase"
"$BIN" --version
"${SOURCE_PYTHON:-.venv/bin/python}" -m vault_app init --vault "$work/v" --no-keyring --kdf-memory-mib 19 --kdf-iterations 2 >/dev/null
"$BIN" unlock-check --vault "$work/v"
"$BIN" info --vault "$work/v" --json >/dev/null
"$BIN" audit verify --vault "$work/v"
# The record: SQLCipher with FTS5, signing, search.
cid=$("$BIN" client add "Smoke Fictional" --dob 1980-01-02 --vault "$work/v" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["client"]["client_id"])')
"$BIN" note add "$cid" --text "smoke marigold text" --sign --vault "$work/v" >/dev/null
"$BIN" search marigold --vault "$work/v" --json | grep -q "$cid"
# PDFs: fonts and AES-256 encryption inside the frozen build.
printf 'smoke-pdf-password\n' >"$work/pdfpass"
"$BIN" accounting --client "$cid" --out "$work/accounting.pdf" --pdf-password-file "$work/pdfpass" --vault "$work/v" >/dev/null
head -c 5 "$work/accounting.pdf" | grep -q '%PDF-'
# The desktop app starts and stays up (offscreen); a crash would end it before the timeout.
set +e
QT_QPA_PLATFORM=offscreen timeout 8 "$BIN" --vault "$work/v"
rc=$?
set -e
[ "$rc" = 124 ] || { echo "the desktop app exited early (code $rc)" >&2; exit 1; }
if "$BIN" unlock-check --vault "$work/v" --passphrase-file /dev/null 2>/dev/null; then
  echo "wrong passphrase was accepted" >&2; exit 1
fi
# Nothing that looks like test data or a vault may be inside the build.
if find "$APP_ROOT" -name '*.db' -o -name 'vault.header' -o -path '*tests*' | grep -q .; then
  echo "the build contains test data" >&2; exit 1
fi
echo "smoke test passed"
