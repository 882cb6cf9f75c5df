"""The demo practice generator: deterministic, fictional, realistic, fast, one ledger event."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import CompartmentLocked, InvalidInput
from vault_app.domain.psychotherapy_guard import scan_text
from vault_app.services import clients, demo, notes, search
from vault_app.services.vault import Vault, create_vault


def _content(vault: Vault) -> list[tuple[object, ...]]:
    return [tuple(r) for r in vault.records.query(
        "SELECT c.chart_number, c.legal_name, n.note_date, n.sections FROM progress_notes n "
        "JOIN clients c USING (client_id) ORDER BY c.chart_number, n.note_date")]


def test_same_seed_same_practice(tmp_path: Path, kdf_params: KdfParams) -> None:
    made = []
    for name in ("one", "two"):
        v = create_vault(tmp_path / name, PASSPHRASE, params=kdf_params).vault
        v.unlock_psychotherapy(PASSPHRASE)
        demo.populate(v, clients=5, notes_per_client=6, seed=42, until=date(2024, 6, 30))
        made.append(_content(v))
        v.lock()
    assert made[0] == made[1] and len(made[0]) == 30


def test_demo_practice_is_realistic_and_fictional(psy_vault: Vault) -> None:
    head = psy_vault.ledger.head().seq
    summary = demo.populate(psy_vault, clients=8, notes_per_client=9, seed=5, cases=2)
    assert (summary.clients, summary.cases) == (8, 2)
    assert summary.progress_notes == 8 * 9 + 2 * 2 and summary.sessions == summary.progress_notes
    assert summary.psychotherapy_notes == 8 * 3 + 2 * 0
    entries = psy_vault.ledger.entries(since_seq=head + 1)
    # the fictional clinician the demo practice is given, then the one event of the whole run
    assert [e.kind for e in entries] == ["practice.updated", "demo.generated"]
    listed = clients.list_clients(psy_vault)
    assert len(listed) == 10 and all(c.legal_name.endswith("(demo)") for c in listed)
    # The first by legal name (the list is by last name now): the chart this seed's checks were written for.
    first = min((c for c in listed if c.kind == "individual"), key=lambda c: c.legal_name.casefold())
    chart = clients.open_chart(psy_vault, first.client_id, include_psychotherapy=True)
    assert len(chart.notes) == 9 and chart.plan is not None and chart.psychotherapy_notes
    note = notes.get_note(psy_vault, chart.notes[-1].note_id)
    words = len(" ".join(note.sections.values()).split())
    assert 80 <= words <= 600
    assert notes.verify_signature(psy_vault, note) is True
    psy = notes.get_psychotherapy_note(psy_vault, chart.psychotherapy_notes[0].note_id)
    assert len(psy.body.split()) >= 40
    assert scan_text(psy.body) == []  # demo process notes stay inside 164.501
    assert search.search(psy_vault, "sleep").notes
    assert search.check_indexes(psy_vault) == {"records": [], "psychotherapy": []}


def test_populating_twice_adds_a_second_practice(psy_vault: Vault) -> None:
    demo.populate(psy_vault, clients=4, notes_per_client=2, seed=1, cases=1)
    demo.populate(psy_vault, clients=4, notes_per_client=2, seed=1, cases=1)
    listed = clients.list_clients(psy_vault)
    assert len(listed) == 10 and len({c.chart_number for c in listed}) == 10


def test_demo_needs_unlocked_psychotherapy_or_none(vault: Vault) -> None:
    with pytest.raises(CompartmentLocked):
        demo.populate(vault, clients=2, notes_per_client=2)
    summary = demo.populate(vault, clients=2, notes_per_client=2, psychotherapy_every=0)
    assert summary.psychotherapy_notes == 0 and summary.progress_notes == 4
    with pytest.raises(InvalidInput):
        demo.populate(vault, clients=-1)


def _guardians(vault: Vault) -> list[tuple[str, str]]:
    return [(c.legal_name, g.name) for c in clients.list_clients(vault)
            for g in clients.get_client(vault, c.client_id).guardians]


def test_demo_guardians_have_names_of_their_own(tmp_path: Path, kdf_params: KdfParams) -> None:
    """A minor's parent had the child's surname and a first name from the same list: the chart
    read as if the child were their own guardian (found in the real app's demo vault)."""
    made = []
    for name in ("one", "two"):
        v = create_vault(tmp_path / name, PASSPHRASE, params=kdf_params).vault
        demo.populate(v, clients=30, notes_per_client=1, seed=3, until=date(2024, 6, 30), psychotherapy_every=0)
        made.append(_guardians(v))
        v.lock()
    assert made[0] == made[1] and len(made[0]) >= 3  # the same parents for the same seed
    for child, parent in made[0]:
        child_first, child_last = child.removesuffix(" (demo)").split(" ", 1)
        parent_first, parent_last = parent.split(" ", 1)
        assert parent_first != child_first and parent_last != child_last, (child, parent)


def test_demo_safe_addresses_are_addresses_a_letter_can_go_to(tmp_path: Path, kdf_params: KdfParams) -> None:
    """A demo client's safe address was "PO Box only" (a request's words): a notice of closure sent by
    mail to it printed that as the inside address (found by a walker trying the notices on the demo)."""
    v = create_vault(tmp_path / "v", PASSPHRASE, params=kdf_params).vault
    demo.populate(v, clients=30, notes_per_client=1, seed=3, until=date(2024, 6, 30), psychotherapy_every=0)
    safe = [clients.get_client(v, c.client_id).contact.safe_address for c in clients.list_clients(v)]
    v.lock()
    given = [s for s in safe if s]
    assert given  # the seed gives some clients a safe address
    # a postal line: a box number, a town and a ZIP code
    assert all(re.fullmatch(r"PO Box \d+, [A-Za-z ]+, [A-Z]{2} \d{5}", s) for s in given), given
