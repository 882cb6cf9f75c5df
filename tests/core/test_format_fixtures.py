"""Every released vault format under tests/data/ still opens with today's code: its
migrations run, its ledger verifies, its records read, its Emergency Kit works."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import clients, notes, psychotherapy_notes
from vault_app.services.vault import open_vault, recover_vault
from vault_app.storage.migrations import latest_version

DATA = Path(__file__).resolve().parents[1] / "data"
FORMATS = sorted(DATA.glob("vault-format-*"))


def test_there_is_a_fixture_for_the_current_format() -> None:
    from vault_app.storage.header import FORMAT_VERSION

    assert (DATA / f"vault-format-{FORMAT_VERSION}").is_dir()


@pytest.mark.parametrize("fixture", FORMATS, ids=[p.name for p in FORMATS])
def test_old_format_opens_and_upgrades(fixture: Path, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)  # never write into the committed fixture
    passphrase = (fixture / "PASSPHRASE.txt").read_text().strip()
    with open_vault(folder, passphrase, with_psychotherapy=True, check_every_page=True) as vault:
        for compartment in vault.open_compartments():
            assert compartment.user_version() == latest_version(compartment.name)
        assert vault.verify_ledger().ok
        (client,) = clients.list_clients(vault)
        assert client.chart_number == "F-1"
        (row,) = notes.list_notes(vault, client.client_id)
        assert notes.get_note(vault, row.note_id).sections["subjective"] == "Fixture progress text."
        (psy,) = psychotherapy_notes.list_psychotherapy_notes(vault, client.client_id)
        assert psy.note_id
    from vault_app.storage import header as header_io

    # The header is upgraded on open (format 2 added the generation the ledger confirms).
    assert header_io.read(folder).format_version == header_io.FORMAT_VERSION
    recovered = recover_vault(
        folder, (fixture / "RECOVERY-KEY.txt").read_text().strip(), "a new passphrase!", params=OWASP_FLOOR
    )
    recovered.lock()
