"""Verification fails loudly when content survives, and is recorded; shared strings are not residue."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.destruction import DestructionNotVerified
from vault_app.domain.errors import NotFound
from vault_app.services import clients, destruction
from vault_app.services import destruction_explain as explaining
from vault_app.services.ledger import Ledger
from vault_app.services.vault import Vault
from vault_app.storage.destruction_scan import NeedleSet


def _destroy(vault: Vault, chart_number: str) -> dict[str, object]:
    return destruction.destroy(vault, chart_number, basis="retention", confirm=chart_number)


def _failed(vault: Vault, chart_number: str) -> str:
    with pytest.raises(DestructionNotVerified) as caught:
        _destroy(vault, chart_number)
    return str(caught.value)


def test_a_plaintext_copy_in_the_vault_folder_fails_verification(psy_vault: Vault, vault_dir: Path) -> None:
    chart = seed_chart(psy_vault, "L")
    (vault_dir / "stray-note.txt").write_text(chart.progress_texts[0])
    message = _failed(psy_vault, chart.chart_number)
    assert "stray-note.txt (raw bytes)" in message
    assert chart.progress_texts[0] not in message
    [failed] = psy_vault.ledger.entries(kinds=(destruction.FAILED,))
    assert failed.payload["found_in"] == ["stray-note.txt (raw bytes)"]
    [row] = destruction.list_destructions(psy_vault)
    assert row["state"] == "verification failed"
    with pytest.raises(NotFound):  # no certificate was issued
        destruction.completed_entry(psy_vault, row["certificate_id"])
    psy_vault.lock()
    # Not retried on the next unlock: a failure needs a person, not a loop.
    with reopen(vault_dir) as vault:
        assert destruction.interrupted(vault) == []
        assert len(vault.ledger.entries(kinds=(destruction.FAILED,))) == 1


def test_content_copied_outside_any_chart_is_found_decrypted(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "M")
    psy_vault.records.execute("INSERT INTO meta (key, value) VALUES ('leak', ?)", (chart.psychotherapy_texts[0],))
    assert "records.db (decrypted with the vault's key)" in _failed(psy_vault, chart.chart_number)


def test_a_client_name_in_the_ledger_fails(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "N")
    psy_vault.ledger.append("test.bad_event", {"who": chart.names[0]})
    assert "ledger.db (decrypted with the vault's key)" in _failed(psy_vault, chart.chart_number)


def test_strings_another_chart_shares_are_not_residue(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "S")
    twin = seed_chart(psy_vault, "U")
    address = {"safe_address": "12 Elm Street, Springfield", "notes": "Leave no voicemail at work"}
    clients.update_client(psy_vault, chart.client_id, contact=address)
    clients.update_client(psy_vault, twin.client_id, contact=address)
    cert = _destroy(psy_vault, chart.chart_number)
    content = cert["verification"]["content_search"]  # type: ignore[index]
    assert content["found"] == [] and content["strings_also_in_other_charts"] >= 2
    assert clients.get_client(psy_vault, twin.client_id).contact.safe_address == address["safe_address"]


def test_a_shared_string_is_not_looked_for_again_in_the_ledger(psy_vault: Vault,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Each hit needs one explanation: a whole short value other charts hold is not
    searched for in every ledger payload as well (2M of them at 4x)."""
    chart = seed_chart(psy_vault, "L")
    twin = seed_chart(psy_vault, "T")
    address = {"safe_address": "14 Birch Road, Shelbyville"}
    clients.update_client(psy_vault, chart.client_id, contact=address)
    clients.update_client(psy_vault, twin.client_id, contact=address)
    asked: list[bytes] = []
    calls: list[int] = []
    searched = explaining.ledger_holds

    # The explanation runs on the image the search read (destruction_image), whose ledger reader
    # is ledger_holds: a spy on the live vault's in_ledger was never called (the test could not fail).
    def spy(ledger: Ledger, needles: NeedleSet, through: int | None = None) -> set[int]:
        calls.append(len(needles))
        asked.extend(n.data for n in needles.needles)
        return searched(ledger, needles, through)

    monkeypatch.setattr(explaining, "ledger_holds", spy)
    cert = _destroy(psy_vault, chart.chart_number)
    content = cert["verification"]["content_search"]  # type: ignore[index]
    assert content["found"] == [] and content["strings_also_in_other_charts"] >= 1
    assert calls, "the ledger's reader must be asked about the hits (or this test cannot fail)"
    assert address["safe_address"].encode() not in asked


def test_a_stale_header_copy_with_old_keys_is_removed(psy_vault: Vault, vault_dir: Path) -> None:
    chart = seed_chart(psy_vault, "V")
    stale = vault_dir / ".vault.header.tmp-4242"  # a header write killed before its rename
    stale.write_bytes((vault_dir / "vault.header").read_bytes())
    cert = _destroy(psy_vault, chart.chart_number)
    assert not stale.exists()
    assert "remove stale files" in [s["step"] for s in cert["method"]["steps"]]  # type: ignore[index]


def test_retry_after_cleaning_up(psy_vault: Vault, vault_dir: Path) -> None:
    chart = seed_chart(psy_vault, "W")
    stray = vault_dir / "stray-note.txt"
    stray.write_text(chart.progress_texts[0])
    _failed(psy_vault, chart.chart_number)
    [row] = destruction.list_destructions(psy_vault)
    stray.unlink()
    cert = destruction.retry_failed(psy_vault, row["certificate_id"])
    assert cert["verification"]["result"] == "passed"
    assert cert["verification"]["content_search"]["complete"] is False
    assert cert["method"]["resumed_after_interruption"] is True
    assert destruction.list_destructions(psy_vault)[0]["state"] == "completed (after a failed verification)"
    with pytest.raises(NotFound):
        destruction.retry_failed(psy_vault, row["certificate_id"])
