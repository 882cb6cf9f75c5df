"""A backup made before a chart's destruction, put back over the vault: the restore destroys the
chart again and keeps what the destruction kept (45 CFR 164.530(j)(2)), by the same rule
(compliance.retain), dated the day the destruction was decided. Found in the real app: the
re-application erased the chart and its compliance records with it; `compliance list` said none
and the accounting of disclosures for the destroyed chart could no longer be produced."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from vault_app.services import accounting, backup, backup_restore, clients, compliance, destruction, requests
from vault_app.services.vault import Vault


def _chart_with_history(vault: Vault) -> tuple[fx.Chart, str]:
    """A chart with an authorization (its scan), a request and its denial letter. No export: an
    export's path is chart content the destruction searches for in 32-byte windows, and a window
    of tmp_path's prefix is in the ledger's backup paths too (the search's own limit, not this test's)."""
    chart = fx.make_chart(vault, n=2, with_psychotherapy=True)
    fx.add_auth(vault, chart.client_id)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(20))
    requests.deny_request(vault, q.id, grounds=["psychotherapy_notes"], granted="progress notes",
                          denied="psychotherapy notes")
    return chart, clients.get_client(vault, chart.client_id).chart_number


def _kept(vault: Vault, client_id: str) -> list[tuple[str, str, str, str | None]]:
    return [(r.record_id, r.kind, r.keep_until.isoformat(), r.attachment_b64)
            for r in compliance.records_for(vault, client_id)]


def test_a_restored_older_backup_keeps_what_the_destruction_kept(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    chart, number = _chart_with_history(psy_vault)
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    hand_copy = tmp_path / "hand" / Path(info.path).name
    hand_copy.parent.mkdir()
    shutil.copy2(info.path, hand_copy)  # a copy the app never knew about: the purge does not reach it
    cert = destruction.destroy(psy_vault, number, basis="override", confirm=number,
                               override_reason="records transferred under the closure plan")
    kept_then = _kept(psy_vault, chart.client_id)
    assert len(kept_then) == sum(cert["extra"]["compliance_records_kept"]["counts"].values()) > 0

    report = backup_restore.restore_backup(hand_copy, vault_dir, passphrase=PASSPHRASE, overwrite=True,
                                           current=psy_vault)
    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [chart.client_id]
    with reopen(vault_dir, psychotherapy=True) as vault:
        assert chart.client_id not in {c.client_id for c in clients.list_clients(vault)}
        assert _kept(vault, chart.client_id) == kept_then, "exactly what the destruction kept"
        assert compliance.identity(vault, chart.client_id) is not None
        # The accounting of disclosures of the destroyed chart is still produced (164.528).
        acc = accounting.produce(vault, chart.client_id, out=tmp_path / "acc.pdf", password=fx.PASSWORD)
        assert list(acc.accounting.lines) == []  # no disclosure made; the accounting still produced
        # Restoring it again keeps them once, unchanged (the re-application is idempotent).
        entries = vault.ledger.entries(kinds=(destruction.STARTED, destruction.COMPLETED))
        destruction.reapply_destructions(vault, entries)
        assert _kept(vault, chart.client_id) == kept_then


def test_kept_when_the_backup_was_purged(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The registered backup the destruction purged, put back: nothing of the chart is left to
    destroy again, and its compliance records were never in it; they come from the vault it
    replaces (found probing: none were kept)."""
    chart, number = _chart_with_history(psy_vault)
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    destruction.destroy(psy_vault, number, basis="override", confirm=number,
                        override_reason="records transferred under the closure plan")
    kept_then = _kept(psy_vault, chart.client_id)
    assert kept_then

    report = backup_restore.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, overwrite=True,
                                           current=psy_vault)
    assert [r["reapplied"] for r in report.reapplied] == [False], "the purge had taken the chart already"
    assert report.compliance_records_carried == len(kept_then)
    with reopen(vault_dir) as vault:
        assert _kept(vault, chart.client_id) == kept_then
        acc = accounting.produce(vault, chart.client_id, out=tmp_path / "acc.pdf", password=fx.PASSWORD)
        assert list(acc.accounting.lines) == []  # no disclosure made; the accounting still produced
    # Restored again over that: nothing more to carry, nothing twice.
    again = backup_restore.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert again.compliance_records_carried == len(kept_then)  # the replaced vault read without being open
    with reopen(vault_dir) as vault:
        assert _kept(vault, chart.client_id) == kept_then
