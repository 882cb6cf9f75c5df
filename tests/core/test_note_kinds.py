"""One note model: what differs between progress and psychotherapy notes is data
(domain/note_kinds.py, each rule with its citation); signing, amending, history and drafts
exist once (services/note_lifecycle.py) and behave the same for both, in each kind's own
compartment."""

from __future__ import annotations

import pytest

from vault_app.domain.errors import CompartmentLocked, InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.note_kinds import NOTE_KINDS, PROGRESS, PSYCHOTHERAPY, NoteKindSpec, note_kind
from vault_app.services import clients, note_lifecycle, notes
from vault_app.services.vault import Vault


@pytest.mark.parametrize(
    ("key", "compartment", "structured", "own_unlock", "in_access", "specific_auth", "cites"),
    [
        ("progress", "records", True, False, True, False, "164.524"),
        ("psychotherapy", "psychotherapy", False, True, False, True, "164.508(a)(2)"),
    ],
)
def test_each_kind_carries_its_rules_with_their_citation(
    key: str, compartment: str, structured: bool, own_unlock: bool, in_access: bool, specific_auth: bool,
    cites: str,
) -> None:
    spec = note_kind(key)
    assert (spec.compartment, spec.structured, spec.own_unlock) == (compartment, structured, own_unlock)
    assert (spec.in_right_of_access, spec.specific_authorization) == (in_access, specific_auth)
    assert cites in spec.citation and spec.title.endswith("note")


@pytest.mark.parametrize("name", ["", "Progress", "process", "psychotherapy_notes", "decision"])
def test_an_unknown_kind_is_refused_with_the_choices(name: str) -> None:
    with pytest.raises(InvalidInput, match="Unknown note kind"):
        note_kind(name)


def test_every_kind_has_a_shelf_in_its_own_compartment() -> None:
    assert set(NOTE_KINDS) == {"progress", "psychotherapy"}
    for spec in NOTE_KINDS.values():
        assert isinstance(spec, NoteKindSpec) and note_lifecycle.shelf_for(spec).kind is spec
        assert note_kind(spec) is spec


def _one_of_each(vault: Vault) -> dict[NoteKindSpec, str]:
    client = clients.create_client(vault, "Both Kinds", date_of_birth="1980-01-01")
    progress = notes.create_progress_note(vault, client.client_id, sections={"subjective": "Met today."})
    psy = notes.create_psychotherapy_note(vault, client.client_id, "Process reflections.")
    return {PROGRESS: progress.note_id, PSYCHOTHERAPY: psy.note.note_id}


def test_sign_amend_and_history_are_one_behaviour_for_both_kinds(psy_vault: Vault) -> None:
    ids = _one_of_each(psy_vault)
    for spec, note_id in ids.items():
        shelf = note_lifecycle.shelf_for(spec)
        with pytest.raises(InvalidInput, match="not signed yet"):
            notes.amend(psy_vault, note_id, "Too early.", kind=spec.key)
        signed = notes.sign(psy_vault, note_id, kind=spec.key)
        assert signed.signed and signed.kind == spec.key
        with pytest.raises(RefusedByPolicy, match=f"This {spec.title} is signed"):
            note_lifecycle.sign(psy_vault, shelf, note_id)
        with pytest.raises(RefusedByPolicy, match=f"This {spec.title} is signed"):
            note_lifecycle.discard(psy_vault, shelf, note_id)
        amendment = notes.amend(psy_vault, note_id, "Later fact.", kind=spec.key, change="amendment",
                                reason="New information")
        history = notes.history(psy_vault, note_id, kind=spec.key)
        assert history.signature_valid is True
        assert [a.amendment_id for a in history.amendments] == [amendment.amendment_id]
        assert amendment.note_kind == spec.key


def test_a_note_is_found_only_on_its_own_shelf(psy_vault: Vault) -> None:
    ids = _one_of_each(psy_vault)
    with pytest.raises(NotFound, match="No psychotherapy note with that id"):
        notes.history(psy_vault, ids[PROGRESS], kind="psychotherapy")
    with pytest.raises(NotFound, match="No progress note with that id"):
        notes.history(psy_vault, ids[PSYCHOTHERAPY], kind="progress")


def test_the_psychotherapy_shelf_stays_shut_while_its_compartment_is_locked(psy_vault: Vault) -> None:
    ids = _one_of_each(psy_vault)
    psy_vault.lock_psychotherapy()
    for action in (lambda: notes.sign(psy_vault, ids[PSYCHOTHERAPY], kind="psychotherapy"),
                   lambda: notes.history(psy_vault, ids[PSYCHOTHERAPY], kind="psychotherapy"),
                   lambda: notes.record_print(psy_vault, ids[PSYCHOTHERAPY], kind="psychotherapy")):
        with pytest.raises(CompartmentLocked):
            action()
    assert notes.sign(psy_vault, ids[PROGRESS]).signed  # the record's own notes are not affected


def test_an_empty_draft_of_either_kind_is_not_signed(psy_vault: Vault) -> None:
    ids = _one_of_each(psy_vault)
    notes.save_draft(psy_vault, ids[PROGRESS], {"subjective": ""})
    notes.save_psychotherapy_draft(psy_vault, ids[PSYCHOTHERAPY], "")
    for spec, note_id in ids.items():
        with pytest.raises(InvalidInput, match="empty note cannot be signed"):
            notes.sign(psy_vault, note_id, kind=spec.key)
        note_lifecycle.discard(psy_vault, note_lifecycle.shelf_for(spec), note_id)
        with pytest.raises(NotFound):
            notes.get_any(psy_vault, note_id, kind=spec.key)
