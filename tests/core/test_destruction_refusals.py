"""Must show: destruction refuses a held chart, an open request, an ineligible chart
without permission or override, and a wrong confirmation; nothing changes then."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import reopen
from tests.core.destruction_helpers import SeededChart, seed_chart, vault_keys
from vault_app.domain.errors import CompartmentLocked, InvalidInput, RefusedByPolicy, VaultError
from vault_app.services import destruction, holds, requests
from vault_app.services.vault import Vault


def _snapshot(vault: Vault) -> dict[str, Any]:
    # -shm is SQLite's shared-memory index; readers update it, and it holds no data.
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(vault.folder.iterdir()) if p.is_file() and not p.name.endswith("-shm")}
    return {"files": files, "head": vault.ledger.head(), "keys": vault_keys(vault)}


def _refused(vault: Vault, chart: SeededChart, error: type[VaultError], words: str, **options: Any) -> str:
    before = _snapshot(vault)
    options.setdefault("basis", "retention")
    options.setdefault("confirm", chart.chart_number)
    with pytest.raises(error) as caught:
        destruction.destroy(vault, chart.chart_number, **options)
    assert _snapshot(vault) == before
    message = str(caught.value)
    assert words in message
    assert not any(name in message for name in chart.names)
    return message


@pytest.fixture
def charts(psy_vault: Vault) -> tuple[SeededChart, SeededChart]:
    eligible = seed_chart(psy_vault, "E", last_contact=date(2010, 1, 5))
    recent = seed_chart(psy_vault, "R", last_contact=date.today() - timedelta(days=90))
    return eligible, recent


def test_a_held_chart_is_refused_until_released(psy_vault: Vault, charts: tuple[SeededChart, SeededChart]) -> None:
    eligible, _ = charts
    hold = holds.place(psy_vault, eligible.chart_number, "litigation", "Doe v. Practice")
    _refused(psy_vault, eligible, RefusedByPolicy, "legal hold")
    _refused(psy_vault, eligible, RefusedByPolicy, "legal hold", basis="override",
             override_reason="the client asked us to destroy it early")
    holds.release(psy_vault, hold.hold_id, "settled")
    assert destruction.destroy(psy_vault, eligible.chart_number, basis="retention",
                               confirm=eligible.chart_number)["verification"]["result"] == "passed"


def test_an_open_request_is_refused(psy_vault: Vault, charts: tuple[SeededChart, SeededChart]) -> None:
    eligible, _ = charts
    requests.add_request(psy_vault, eligible.client_id, kind="access", received_on=date.today())
    _refused(psy_vault, eligible, RefusedByPolicy, "open client request")


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"basis": "retention"}, "must be kept until"),
        ({"basis": "permission"}, "permission document"),
        # Before the retention end an override is early, and says so (tests/core/test_early_destruction.py).
        ({"basis": "override", "override_reason": "because"}, "This destruction is early"),
        ({"basis": "override"}, "This destruction is early"),
    ],
)
def test_an_ineligible_chart_needs_permission_or_override(
    psy_vault: Vault, charts: tuple[SeededChart, SeededChart], options: dict[str, Any], words: str
) -> None:
    _, recent = charts
    _refused(psy_vault, recent, RefusedByPolicy, words, **options)


def test_permission_attached_allows_early_destruction(psy_vault: Vault, charts: tuple[SeededChart, SeededChart],
                                                      tmp_path: Path) -> None:
    _, recent = charts
    letter = b"%PDF-1.4 signed permission letter"
    # Before the retention minimum the permission alone is not enough: the reason is written down.
    _refused(psy_vault, recent, RefusedByPolicy, "does not shorten a retention period", basis="permission",
             permission=letter)
    cert = destruction.destroy(psy_vault, recent.chart_number, basis="permission", permission=letter,
                               confirm=recent.chart_number, override_reason="client moved abroad; board consulted")
    assert cert["basis"]["permission_sha256"] == hashlib.sha256(letter).hexdigest()
    assert cert["basis"]["eligible_on"] > date.today().isoformat()
    assert cert["basis"]["early_reason"] == "client moved abroad; board consulted"
    assert "APA Record Keeping Guidelines" in cert["basis"]["early_warning"]


@pytest.mark.parametrize("typed", ["", "WRONG-1", "E", "all"])
def test_a_wrong_confirmation_is_refused(psy_vault: Vault, charts: tuple[SeededChart, SeededChart],
                                         typed: str) -> None:
    eligible, _ = charts
    _refused(psy_vault, eligible, RefusedByPolicy, "does not name the chart", confirm=typed)


def test_several_reasons_are_all_given(psy_vault: Vault, charts: tuple[SeededChart, SeededChart]) -> None:
    _, recent = charts
    holds.place(psy_vault, recent.chart_number, "audit")
    message = _refused(psy_vault, recent, RefusedByPolicy, "legal hold", confirm="nope")
    assert "must be kept until" in message and "does not name the chart" in message


def test_other_refusals_change_nothing(psy_vault: Vault, charts: tuple[SeededChart, SeededChart],
                                       vault_dir: Path) -> None:
    eligible, _ = charts
    _refused(psy_vault, eligible, InvalidInput, "must not contain the client's name", basis="override",
             override_reason=f"requested by {eligible.names[0]} in writing")
    _refused(psy_vault, eligible, RefusedByPolicy, "not psychotherapy notes", note_ids=["0" * 16])
    _refused(psy_vault, eligible, InvalidInput, "Unknown destruction basis", basis="whim")
    psy_vault.lock()
    with reopen(vault_dir) as vault:
        check: Callable[..., str] = _refused
        check(vault, eligible, CompartmentLocked, "Unlock the psychotherapy notes")
