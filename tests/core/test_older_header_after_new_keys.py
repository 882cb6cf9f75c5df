"""An older vault.header put back after a destruction gave a compartment a fresh key: the
header's key no longer opens that compartment, and the refusal names vault.header as rolled
back (the file that was put back), not the compartment as damaged. Found by putting the
header back by hand: `client list` said "vault.header was rolled back", but the unlock that
opens the psychotherapy notes said "psychotherapy.db is damaged or was altered", and after a
whole chart's destruction every unlock said "records.db is damaged or was altered"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from tests.core.older_header import copied_aside, put_back
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import LedgerRollback
from vault_app.services import clients, notes
from vault_app.services.vault import create_vault, open_vault


def _destroyed(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
               kdf_params: KdfParams, *, whole_chart: bool) -> Path:
    """A vault in which something was destroyed (by the real CLI), with the header from
    before put back."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    vault = made.vault
    kept = clients.create_client(vault, "Araminta Kestrel-Vane").client_id
    gone_chart = clients.create_client(vault, "Barnaby Quillon")
    gone = gone_chart.client_id
    vault.unlock_psychotherapy(PASSPHRASE)
    note = notes.create_psychotherapy_note(vault, gone, "A dream of a lighthouse.").note
    notes.sign_psychotherapy_note(vault, note.note_id)
    notes.create_psychotherapy_note(vault, kept, "Kept.")
    vault.lock()
    older = copied_aside(folder, tmp_path / "older.header")
    chart = gone_chart.chart_number
    which = () if whole_chart else ("--notes", note.note_id)
    done = cli(capsys, monkeypatch, "destroy", "--vault", str(folder), "--client", chart, *which, "--basis",
               "override", "--override-reason", "a test of an older header put back", "--confirm", chart)
    assert done.code == 0, done.err
    put_back(older, folder)
    return folder


@pytest.mark.parametrize("whole_chart", [True, False], ids=["chart", "notes"])
def test_an_older_header_is_named_when_a_compartment_no_longer_opens_with_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kdf_params: KdfParams,
    whole_chart: bool,
) -> None:
    folder = _destroyed(capsys, monkeypatch, tmp_path, kdf_params, whole_chart=whole_chart)
    for psychotherapy in (False, True):
        with pytest.raises(LedgerRollback) as refused:
            open_vault(folder, PASSPHRASE, with_psychotherapy=psychotherapy)
        said = refused.value.message
        assert said.startswith("vault.header, the file that holds the vault's keys"), said
        assert "older copy of vault.header" in refused.value.hint
