"""The chart's History tab reads the ledger by chart (issue 21): the entries it decodes are
bounded by the chart's own entries, however long the rest of the ledger is; paging walks
the whole history exactly once; old vaults get the index on upgrade; the audit notices an
index changed outside the app."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from vault_app.services import chart_history as history
from vault_app.services import clients
from vault_app.services import ledger as ledger_module
from vault_app.services.vault import Vault, open_vault
from vault_app.storage.ledger_store import LedgerRow

DATA = Path(__file__).resolve().parents[1] / "data"


def _scan(vault: Vault, client_id: str) -> list[int]:
    """The old way, straight from the rows: every entry whose payload names the chart."""
    return [r.seq for r in vault.ledger.store.iter_from(1)
            if json.loads(r.payload).get("client_id") == client_id][::-1]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    decoded: list[int] = []
    real: Callable[[LedgerRow], Any] = ledger_module._decode

    def counted(row: LedgerRow) -> Any:
        decoded.append(row.seq)
        return real(row)

    monkeypatch.setattr(ledger_module, "_decode", counted)
    return decoded


def _busy_vault(vault: Vault) -> tuple[str, str]:
    mine = clients.create_client(vault, "Chart Of Interest").client_id
    other = clients.create_client(vault, "Someone Else").client_id
    with vault.ledger.defer_anchor(), vault.ledger.db.transaction():
        for i in range(4000):
            if i % 400 == 7:
                vault.ledger.append("note.viewed", {"client_id": mine, "note_id": f"n{i}"})
            elif i % 3:
                vault.ledger.append("note.viewed", {"client_id": other, "note_id": f"n{i}"})
            else:
                vault.ledger.append("search.run", {"hits": i})  # about no chart at all
    return mine, other


def test_history_decodes_only_the_charts_entries(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    mine, _ = _busy_vault(vault)
    expected = _scan(vault, mine)
    assert 10 < len(expected) < 20 and vault.ledger.head().seq > 4000

    decoded = _counting(monkeypatch)
    page = history.chart_history(vault, mine)
    assert [e.seq for e in page.entries] == expected
    assert all(e.payload["client_id"] == mine for e in page.entries)
    assert page.older_than is None
    # Bounded by the chart (plus the one look-ahead row), not by the 4,000+ other entries.
    assert len(decoded) <= len(expected) + 1
    assert set(decoded) <= set(expected)


def test_pages_walk_the_history_once_newest_first(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    _, other = _busy_vault(vault)
    expected = _scan(vault, other)
    decoded = _counting(monkeypatch)
    seen: list[int] = []
    before: int | None = None
    pages = 0
    while True:
        page = history.chart_history(vault, other, limit=500, before_seq=before)
        assert len(page.entries) <= 500
        seen.extend(e.seq for e in page.entries)
        pages += 1
        if page.older_than is None:
            break
        before = page.older_than
    assert seen == expected
    assert pages == len(expected) // 500 + 1
    assert len(decoded) <= len(expected) + pages


def test_unknown_chart_has_an_empty_history(vault: Vault) -> None:
    _busy_vault(vault)
    page = history.chart_history(vault, "no-such-chart")
    assert page.entries == [] and page.older_than is None
    with pytest.raises(ValueError):
        vault.ledger.for_client("x", limit=0)


def test_index_survives_reopen_and_full_audit_agrees(vault: Vault) -> None:
    mine, _ = _busy_vault(vault)
    expected = _scan(vault, mine)
    folder = vault.folder
    vault.lock()
    with open_vault(folder, PASSPHRASE, with_psychotherapy=False) as again:
        assert [e.seq for e in history.chart_history(again, mine).entries] == expected
        assert again.verify_ledger().ok


@pytest.mark.parametrize("change", ["drop", "forge", "repoint", "dangle"])
def test_audit_reports_an_index_changed_outside_the_app(vault: Vault, change: str) -> None:
    mine, other = _busy_vault(vault)
    target = _scan(vault, mine)[3]
    db = vault.ledger.db
    number = "(SELECT id FROM ledger_client WHERE client_id = ?)"
    if change == "drop":  # hide an entry from the chart's History tab
        db.execute("DELETE FROM ledger_subject WHERE seq = ?", (target,))
    elif change == "forge":  # show another entry under this chart
        db.execute(f"INSERT INTO ledger_subject (seq, client) VALUES (1, {number})", (mine,))
    elif change == "repoint":
        db.execute(f"UPDATE ledger_subject SET client = {number} WHERE seq = ?", (other, target))
    else:  # a chart number that names no chart
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("UPDATE ledger_subject SET client = 999999 WHERE seq = ?", (target,))
    report = vault.verify_ledger()
    assert not report.ok
    assert any("chart-history index" in p for p in report.problems)


@pytest.mark.parametrize("fixture", sorted(DATA.glob("vault-format-*")), ids=lambda p: p.name)
def test_old_vaults_get_the_index_on_upgrade(fixture: Path, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    passphrase = (fixture / "PASSPHRASE.txt").read_text().strip()
    with open_vault(folder, passphrase, with_psychotherapy=False) as vault:
        (client,) = clients.list_clients(vault)
        expected = _scan(vault, client.client_id)
        assert expected  # the fixture's chart has ledger entries before the upgrade
        assert [e.seq for e in history.chart_history(vault, client.client_id).entries] == expected
        assert vault.verify_ledger().ok


def test_entries_naming_no_chart_stay_out_of_the_index(vault: Vault) -> None:
    mine, _ = _busy_vault(vault)
    for payload in ({"client_id": None}, {"client_id": 5}, {"detail": {"client_id": mine}}, {"client_ids": [mine]}):
        vault.ledger.append("odd.entry", payload)
    assert all(e.kind != "odd.entry" for e in history.chart_history(vault, mine, limit=1000).entries)
    assert vault.verify_ledger().ok
