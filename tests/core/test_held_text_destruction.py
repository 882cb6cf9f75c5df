"""Text held for a chart (a form open when the window locked or quit) and that chart's
destruction. Found by the older-copies pass: the held text lives in one `meta` row that the
schema-wide deletion (every table with a client_id) does not see, so a `vault-app destroy`
run while the window was closed on a client's form kept the client's name and the typed
words in records.db, found them there, and refused to certify ("did NOT verify"), again on
every retry; the window would then have reopened the form on a chart that no longer exists."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import decrypted_hits, seed_chart, vault_keys
from vault_app.services import backup, destruction, held_text
from vault_app.services.vault import Vault


def _details(client_id: str, name: str, words: str) -> dict[str, Any]:
    return {"where": "records", "dialog": "client_details", "context": {"client_id": client_id},
            "fields": {"legal_name": name, "notes": words}, "why": "quit"}


def _amend(client_id: str, note_id: str, words: str) -> dict[str, Any]:
    return {"where": "psychotherapy", "dialog": "amend", "why": "psychotherapy",
            "context": {"client_id": client_id, "note_id": note_id, "note_kind": "psychotherapy"},
            "fields": {"text": words}}


def test_a_destruction_by_the_command_line_takes_the_text_held_for_the_chart(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "HELD", progress=1, psychotherapy=1)
    other = seed_chart(psy_vault, "KEPT", progress=1, psychotherapy=1)
    typed = "qzheldwords sister moved back home"
    held_text.hold(psy_vault, "records", _details(target.client_id, target.names[0], typed))
    held_text.hold(psy_vault, "records", _details(other.client_id, other.names[0], "still typing this"))
    held_text.hold(psy_vault, "psychotherapy", _amend(target.client_id, target.psychotherapy_note_ids[0],
                                                       typed + " amended"))
    held_text.hold(psy_vault, "psychotherapy", _amend(other.client_id, other.psychotherapy_note_ids[0], "kept words"))
    psy_vault.lock()  # the window closed with the forms held

    done = cli_in_process("destroy", "--vault", str(vault_dir), "--client", target.chart_number, "--basis", "override",
                          "--override-reason", "text held for the chart, destroyed by the command line",
                          "--confirm", target.chart_number, "--json")
    assert done.code == 0, done.err
    assert "did NOT verify" not in done.err

    with reopen(vault_dir, psychotherapy=True) as again:
        [row] = destruction.list_destructions(again)
        assert row["state"] == "completed", row
        keys = vault_keys(again)
        records = held_text.take(again, "records")
        psychotherapy = held_text.take(again, "psychotherapy")
    assert [e["context"]["client_id"] for e in records] == [other.client_id]
    assert [e["fields"]["text"] for e in psychotherapy] == ["kept words"]
    needles = {**target.needles(), "typed": typed.encode(), "typed-word": b"qzheldwords"}
    assert decrypted_hits(vault_dir, keys, needles, tmp_path / "pages") == []


def test_destroying_some_notes_takes_only_the_text_held_for_those_notes(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "NOTES", progress=1, psychotherapy=2)
    gone, kept = chart.psychotherapy_note_ids
    held_text.hold(psy_vault, "psychotherapy", _amend(chart.client_id, gone, "about the note destroyed"))
    held_text.hold(psy_vault, "psychotherapy", _amend(chart.client_id, kept, "about the note kept"))
    held_text.hold(psy_vault, "records", _details(chart.client_id, chart.names[0], "details still open"))
    cert = destruction.destroy(psy_vault, chart.client_id, note_ids=[gone], basis="retention",
                               confirm=chart.chart_number)
    assert cert["verification"]["result"] == "passed"
    assert [e["fields"]["text"] for e in held_text.take(psy_vault, "psychotherapy")] == ["about the note kept"]
    assert [e["dialog"] for e in held_text.take(psy_vault, "records")] == ["client_details"]


@pytest.mark.parametrize("context", [None, "not a mapping", {"note_id": "n1"}])
def test_an_entry_without_a_chart_is_never_taken_by_a_destruction(psy_vault: Vault, context: object) -> None:
    chart = seed_chart(psy_vault, "ODD", progress=1, psychotherapy=0)
    odd = {"where": "records", "dialog": "new_client", "context": context, "fields": {"legal_name": "Someone New"}}
    held_text.hold(psy_vault, "records", odd)
    destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert held_text.take(psy_vault, "records") == [odd]


def test_the_text_held_for_the_chart_goes_from_its_backups_and_from_a_restored_older_copy_too(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "BACK", progress=1, psychotherapy=1)
    other = seed_chart(psy_vault, "STAY", progress=1, psychotherapy=0)
    held_text.hold(psy_vault, "records", _details(target.client_id, target.names[0], "qzbackedup words"))
    held_text.hold(psy_vault, "records", _details(other.client_id, other.names[0], "kept words"))
    registered = backup.create_backup(psy_vault, tmp_path / "usb")
    offsite = tmp_path / "offsite" / Path(registered.path).name
    offsite.parent.mkdir()
    shutil.copy2(registered.path, offsite)  # never registered: only a restore over the vault cleans it
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    assert cert["verification"]["result"] == "passed"
    assert [b["ok"] for b in cert["verification"]["backups"]] == [True]
    psy_vault.lock()

    report = backup.restore_backup(offsite, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target.client_id]
    with reopen(vault_dir) as again:
        assert [e["fields"]["notes"] for e in held_text.take(again, "records")] == ["kept words"]
