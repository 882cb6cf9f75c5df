"""Make tests/data/vault-format-N/: a small fictional vault of the current release format.

Run once per released format and commit the folder; tests/core/test_format_fixtures.py
opens every one of them with the current code (migrations included). Never regenerate
an existing format's folder: the point is to keep what that release really wrote.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vault_app.crypto.kdf import OWASP_FLOOR  # noqa: E402
from vault_app.services import clients, notes, psychotherapy_notes, sessions  # noqa: E402
from vault_app.services.vault import create_vault  # noqa: E402
from vault_app.storage.header import FORMAT_VERSION  # noqa: E402

PASSPHRASE = "format fixture passphrase"


def main() -> int:
    target = ROOT / "tests" / "data" / f"vault-format-{FORMAT_VERSION}"
    if target.exists():
        print(f"{target} exists; formats are never regenerated", file=sys.stderr)
        return 1
    created = create_vault(target, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False)
    vault = created.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    client = clients.create_client(vault, "Fixture Fictional-Person", date_of_birth="1970-01-02", chart_number="F-1")
    session = sessions.add_session(vault, client.client_id, date="2025-03-04", duration_minutes=53)
    note = notes.create_progress_note(vault, client.client_id, session_id=session.session_id, template="soap",
                                      sections={"subjective": "Fixture progress text.", "plan": "Weekly."})
    notes.sign_note(vault, note.note_id)
    psychotherapy_notes.create_psychotherapy_note(vault, client.client_id, "Fixture process note.")
    vault.lock()
    (target / "RECOVERY-KEY.txt").write_text(created.recovery_key + "\n")
    (target / "PASSPHRASE.txt").write_text(PASSPHRASE + "\n")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
