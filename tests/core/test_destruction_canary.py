"""Must show: after destroying one client among many, no byte of that client's names,
note text or attachments is left anywhere (raw files, decrypted pages, app folders),
every other chart is intact, and the ledger verifies."""

from __future__ import annotations

import os
import shutil
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import reopen
from tests.core.destruction_helpers import SeededChart, decrypted_hits, raw_hits, seed_chart, vault_keys
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import attachments, backup, clients, destruction, export, notes, psychotherapy_notes
from vault_app.services.vault import Vault


def _disclose(vault: Vault, client_id: str) -> None:
    request = DisclosureRequest(
        client_id=client_id, kind="progress", selection=Selection(), recipient=Recipient("County Court Clerk"),
        purpose="court order", basis=LegalBasis("required_by_law", {"law_kind": "child_abuse_report",
                                                                     "agency": "County CPS"}, None),
        on=date.today() - timedelta(days=3), manual=True,
    )
    export.record_manual(vault, request, description="summary read over the phone", channel="phone")


def _assert_intact(vault: Vault, chart: SeededChart) -> None:
    client = clients.get_client(vault, chart.client_id)
    assert [client.legal_name, client.preferred_name] == chart.names
    texts = [notes.get_note(vault, n.note_id).sections["text"] for n in notes.list_notes(vault, chart.client_id)]
    assert sorted(texts) == sorted(chart.progress_texts)
    psy = [psychotherapy_notes.get_psychotherapy_note(vault, n).body for n in chart.psychotherapy_note_ids]
    assert psy == chart.psychotherapy_texts
    (meta,) = attachments.list_attachments(vault, chart.client_id)
    assert attachments.read_attachment(vault, meta.attachment_id)[1] == chart.attachment


def test_destroyed_chart_leaves_no_trace_and_the_others_are_intact(psy_vault: Vault, vault_dir: Path,
                                                                   tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    others = [seed_chart(psy_vault, f"O{i}") for i in range(3)]
    _disclose(psy_vault, target.client_id)
    psy_vault.lock()

    # Positive control: before the destruction the independent scan does find every
    # needle once decrypted, and none in the raw files (the vault stores no plaintext).
    with reopen(vault_dir, psychotherapy=True) as vault:
        keys = vault_keys(vault)
    before = {hit.split(":", 1)[1] for hit in decrypted_hits(vault_dir, keys, target.needles(), tmp_path / "w1")}
    assert before == set(target.needles())
    assert raw_hits(vault_dir, target.needles()) == []
    # The search files beside the compartments hold the chart's words too (their own copy of
    # the text) and are part of both scans.
    in_index = {n: k for n, k in keys.items() if n.startswith("search-")}
    assert set(in_index) == {"search-records", "search-psychotherapy"}
    assert decrypted_hits(vault_dir, in_index, target.needles(), tmp_path / "w0") != []

    with reopen(vault_dir, psychotherapy=True) as vault:
        cert = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
        keys_after = vault_keys(vault)
    assert cert["verification"]["result"] == "passed"
    assert cert["verification"]["content_search"]["found"] == []
    assert cert["verification"]["content_search"]["complete"] is True
    assert all(keys_after[n] != keys[n] for n in ("records", "psychotherapy", "search-records",
                                                  "search-psychotherapy"))
    copies = cert["copies_beyond_reach"]["disclosed_copies"]
    assert [c["recipient"] for c in copies] == ["County Court Clerk"]

    # The canary scan: every file in the vault folder, raw and decrypted (with the new
    # keys and, to prove the old ones are useless, nothing else), plus HOME/XDG.
    assert raw_hits(vault_dir, target.needles()) == []
    assert decrypted_hits(vault_dir, keys_after, target.needles(), tmp_path / "w2") == []
    assert raw_hits(Path(os.environ["HOME"]), target.needles()) == []

    with reopen(vault_dir, psychotherapy=True) as vault:
        assert vault.verify_ledger().ok
        for chart in others:
            _assert_intact(vault, chart)
        [row] = destruction.list_destructions(vault)
        assert row["state"] == "completed" and row["chart_number"] == target.chart_number
        assert destruction.verify_destruction(vault, cert["certificate_id"])["ok"]
    every_other = {f"{c.chart_number}:{k}": v for c in others for k, v in c.needles().items()}
    found = {h.split(":", 1)[1] for h in decrypted_hits(vault_dir, keys_after, every_other, tmp_path / "w3")}
    assert found == set(every_other)


def test_selected_psychotherapy_notes_only(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = seed_chart(psy_vault, "P", psychotherapy=3)
    doomed, kept = chart.psychotherapy_note_ids[:2], chart.psychotherapy_note_ids[2]
    cert = destruction.destroy(psy_vault, chart.client_id, note_ids=doomed, basis="override",
                               override_reason="client asked for these notes to be destroyed",
                               confirm=chart.chart_number)
    assert cert["records"]["scope"] == "psychotherapy_notes"
    assert cert["records"]["counts"] == {"psychotherapy_notes": 2}
    assert sorted(cert["records"]["note_ids"]) == sorted(doomed)
    keys = vault_keys(psy_vault)
    psy_vault.lock()
    gone = {k: v for k, v in chart.needles().items() if k.startswith(("psychotherapy0", "psychotherapy1"))}
    assert decrypted_hits(vault_dir, keys, gone, tmp_path / "w") == []
    with reopen(vault_dir, psychotherapy=True) as vault:
        assert psychotherapy_notes.get_psychotherapy_note(vault, kept).body == chart.psychotherapy_texts[2]
        assert len(notes.list_notes(vault, chart.client_id)) == 2  # the progress side is untouched
        assert clients.get_client(vault, chart.client_id).legal_name == chart.names[0]


def test_registered_backups_are_purged_and_searched(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    first = backup.create_backup(psy_vault, tmp_path / "usb1")
    second = backup.create_backup(psy_vault, tmp_path / "usb2")
    away = backup.create_backup(psy_vault, tmp_path / "usb3")
    unplugged = tmp_path / "drawer"
    shutil.move(tmp_path / "usb3", unplugged)  # a drive not plugged in during the destruction

    def scan_copy(copy: Vault) -> dict[str, object]:
        keys = vault_keys(copy)
        return {"raw": raw_hits(copy.folder, target.needles()),
                "decrypted": decrypted_hits(copy.folder, keys, target.needles(), tmp_path / "w-backup"),
                "other": decrypted_hits(copy.folder, keys, other.needles(), tmp_path / "w-other")}

    before = backup.inspect_backups(psy_vault, scan_copy)
    assert len(before) == 2
    assert all({hit.split(":", 1)[1] for hit in b["decrypted"]} == set(target.needles()) for b in before)

    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    verification = cert["verification"]
    assert [b["status"] for b in verification["backups"]] == ["purged", "purged"]
    assert all(b["rows_remaining"] == 0 and not b["key_problems"] for b in verification["backups"])
    assert [b["path"] for b in verification["backups_not_reachable"]] == [away.path]
    assert cert["copies_beyond_reach"]["registered_backups_not_reachable"][0]["path"] == away.path

    for info in (first, second):
        assert raw_hits(Path(info.path).parent, target.needles()) == []
    after = backup.inspect_backups(psy_vault, scan_copy)
    # The two purged, and the one the destruction made after them (destruction_new_backup): none holds it.
    assert [(b["raw"], b["decrypted"]) for b in after] == [([], []), ([], []), ([], [])]
    # ...and the other chart is intact there.
    assert all({hit.split(":", 1)[1] for hit in b["other"]} == set(other.needles()) for b in after)

    [row] = destruction.list_destructions(psy_vault)
    assert row["backups_not_reachable"] == 1
    shutil.move(unplugged, tmp_path / "usb3")  # plugged in again
    report = destruction.purge_backups_again(psy_vault, cert["certificate_id"])
    assert report["ok"] and report["backups_not_reachable"] == []
    assert destruction.list_destructions(psy_vault)[0]["backups_not_reachable"] == 0
    checked = destruction.verify_destruction(psy_vault, cert["certificate_id"])
    assert checked["ok"] and len(checked["backups"]) == 4  # the three, and the destruction's new one
    assert all(b["rows_remaining"] == 0 for b in checked["backups"])
