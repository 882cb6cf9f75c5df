"""One name for the backup folder's kind of backup, wherever a therapist reads it: "dated backups"
("copias fechadas" in Spanish), never "dated snapshots".

Found: the first-run wizard and the Backups window said "dated backups", while `vault-app init`,
`backup settings --help`, docs/backup.md and docs/gui.md said "a backup folder with dated
snapshots" and "Kind: Dated snapshots", a choice the Backups window does not show. The app's
strings (vault_app/), the Spanish catalog and the user's docs are read as they ship."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from vault_app.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
# The user's guides (docs/testing.md and docs/scaling.md are the project's logs of its runs).
USER_DOCS = ("README.md", "docs/backup.md", "docs/gui.md", "docs/closing-a-practice.md", "docs/cli.md")
OTHER_NAME = re.compile(r"dated\s+snapshot", re.IGNORECASE)


def _app_text() -> dict[str, str]:
    files = [*sorted((ROOT / "vault_app").rglob("*.py")), ROOT / "vault_app/gui/translations/es.ts"]
    files += [ROOT / d for d in USER_DOCS if (ROOT / d).is_file()]
    return {str(f.relative_to(ROOT)): f.read_text(encoding="utf-8") for f in files}


def test_no_dated_snapshots_in_the_app_its_catalog_or_the_users_docs() -> None:
    found = {name: OTHER_NAME.findall(text) for name, text in _app_text().items()}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_command_line_names_the_kind_as_the_app_does() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    backup = sub.choices["backup"]
    settings = next(a for a in backup._actions if isinstance(a, argparse._SubParsersAction)).choices["settings"]
    said = " ".join(settings.format_help().split())
    assert "dated backups" in said, said


def test_the_docs_name_the_kind_as_the_backups_window_shows_it() -> None:
    guide = (ROOT / "docs/gui.md").read_text(encoding="utf-8")
    backups = (ROOT / "vault_app/gui/backups.py").read_text(encoding="utf-8")
    shown = re.search(r'self\.kind\.addItem\(self\.tr\("([^"]+)"\), "repo"\)', backups)
    assert shown is not None
    assert f"*{shown.group(1)}*" in " ".join(guide.split())
