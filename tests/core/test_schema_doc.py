"""docs/SCHEMA.md is generated from the migrations; a stale page fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_schema_doc_is_current() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "schema_doc.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
