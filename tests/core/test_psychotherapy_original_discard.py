"""Discarding the draft of an imported psychotherapy note whose PDF was damaged: its original
PDF, the only copy of what SimplePractice held, does not go with it unasked. Without a choice
the discard is refused and nothing is lost; kept, the PDF becomes a record of its own in the
psychotherapy compartment (read only while it is unlocked, each reading logged); discarded
with it, nothing of it is left. The ledger says which was chosen. The command line's discard
refuses without --keep-original or --discard-original and says why.

Found: discarding that draft deleted its original with it (the provenance row goes with the
note), with no word of it before."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import decrypted_hits, raw_hits, seed_chart, vault_keys
from tests.core.test_import_damaged_note_again import _damaged, _owner, _psychotherapy_note
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.domain.errors import CompartmentLocked, NotFound, RefusedByPolicy
from vault_app.services import destruction, notes, psychotherapy_notes, psychotherapy_originals
from vault_app.services.attachment_view import TooLargeToView
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import destruction_delete, imports


@pytest.fixture
def fake(tmp_path: Path) -> FakeExport:
    return make_export(tmp_path / "SimplePractice Export", clients=1, notes_per_client=2)


def _imported_damaged(vault: Vault, fake: FakeExport) -> tuple[str, str, bytes]:
    """(client, draft, the damaged PDF's bytes) after the import of a damaged psychotherapy note."""
    _medical, psychotherapy = _damaged(fake)
    import_simplepractice(vault, fake.root)
    owner = _owner(vault, fake)
    draft = _psychotherapy_note(vault, owner)
    assert not draft.signed
    assert imports.psychotherapy_original(vault.psychotherapy, draft.note_id) == (
        psychotherapy.name, psychotherapy.read_bytes())
    return owner, draft.note_id, psychotherapy.read_bytes()


def _discards(vault: Vault, since: int) -> list[dict[str, object]]:
    return [e.payload for e in vault.ledger.entries(since_seq=since + 1, kinds=("note.draft_discarded",))]


def _originals_left(vault: Vault, note_id: str) -> tuple[int, int]:
    """(the draft's provenance rows, originals kept) in the psychotherapy compartment."""
    db = vault.psychotherapy
    return (int(db.scalar("SELECT count(*) FROM psychotherapy_provenance WHERE note_id = ?", (note_id,))),
            int(db.scalar("SELECT count(*) FROM psychotherapy_kept_originals")))


def test_without_a_choice_the_discard_is_refused_and_loses_nothing(psy_vault: Vault, fake: FakeExport) -> None:
    owner, note_id, original = _imported_damaged(psy_vault, fake)
    start = psy_vault.ledger.head().seq
    for discard in (lambda: notes.discard(psy_vault, note_id, "psychotherapy"),
                    lambda: psychotherapy_notes.discard_psychotherapy_draft(psy_vault, note_id)):
        with pytest.raises(RefusedByPolicy) as refused:
            discard()
        assert refused.value.code == psychotherapy_originals.CHOICE_NEEDED
        assert "original PDF" in refused.value.message and "delete that PDF too" in refused.value.message
    assert psychotherapy_notes.get_psychotherapy_note(psy_vault, note_id, audit_view=False).client_id == owner
    assert imports.psychotherapy_original(psy_vault.psychotherapy, note_id) == (
        "Psychotherapy Note 2024-04-04 100000 770004.pdf", original)
    assert _discards(psy_vault, start) == []


def test_kept_the_original_is_a_record_of_its_own_read_only_unlocked_and_logged(
        psy_vault: Vault, fake: FakeExport) -> None:
    owner, note_id, original = _imported_damaged(psy_vault, fake)
    start = psy_vault.ledger.head().seq
    notes.discard(psy_vault, note_id, "psychotherapy", original=psychotherapy_originals.KEEP)

    with pytest.raises(NotFound):
        psychotherapy_notes.get_psychotherapy_note(psy_vault, note_id, audit_view=False)
    assert _originals_left(psy_vault, note_id) == (0, 1)  # the draft's provenance went with it; the copy stays
    (kept,) = psychotherapy_originals.kept_for_client(psy_vault, owner)
    assert (kept.name, kept.size, kept.note_id, kept.client_id, kept.data) == (
        "Psychotherapy Note 2024-04-04 100000 770004.pdf", len(original), note_id, owner, b"")
    assert kept.note_date.isoformat() == "2024-04-04"
    (said,) = _discards(psy_vault, start)
    assert said == {"kind": "psychotherapy", "note_id": note_id, "client_id": owner, "original": "kept",
                    "kept_original_id": kept.kept_id}
    assert psy_vault.ledger.entries(since_seq=start + 1, kinds=(psychotherapy_originals.LEDGER_EVENT,)) == []

    read = psychotherapy_originals.read(psy_vault, kept)
    assert read.data == original and read.kept_id == kept.kept_id
    (viewed,) = [e.payload for e in psy_vault.ledger.entries(since_seq=start + 1,
                                                             kinds=(psychotherapy_originals.LEDGER_EVENT,))]
    assert viewed == {"kind": "psychotherapy", "kept_original_id": kept.kept_id, "client_id": owner}
    with pytest.raises(TooLargeToView):  # over the viewer's limit: refused, nothing read or logged
        psychotherapy_originals.read_kept(psy_vault, kept.kept_id, limit=len(original) - 1)
    assert len(psy_vault.ledger.entries(since_seq=start + 1, kinds=(psychotherapy_originals.LEDGER_EVENT,))) == 1
    with pytest.raises(NotFound):
        psychotherapy_originals.read_kept(psy_vault, "0" * 16)

    # A chart's destruction finds it (a table of the chart's, by its client_id), in this compartment only.
    rows = destruction_delete.count_chart_rows(psy_vault.psychotherapy, owner)
    assert rows["psychotherapy_kept_originals"] == 1
    assert "psychotherapy_kept_originals" not in {t.name for t in destruction_delete.chart_tables(psy_vault.records)}

    psy_vault.lock_psychotherapy()
    with pytest.raises(CompartmentLocked):
        psychotherapy_originals.kept_for_client(psy_vault, owner)
    with pytest.raises(CompartmentLocked):
        psychotherapy_originals.read_kept(psy_vault, kept.kept_id)


def test_discarded_with_its_draft_nothing_of_the_original_is_left(psy_vault: Vault, fake: FakeExport) -> None:
    owner, note_id, _original = _imported_damaged(psy_vault, fake)
    start = psy_vault.ledger.head().seq
    psychotherapy_notes.discard_psychotherapy_draft(psy_vault, note_id, original=psychotherapy_originals.DISCARD)
    with pytest.raises(NotFound):
        psychotherapy_notes.get_psychotherapy_note(psy_vault, note_id, audit_view=False)
    assert _originals_left(psy_vault, note_id) == (0, 0)
    assert psychotherapy_originals.kept_for_client(psy_vault, owner) == []
    assert _discards(psy_vault, start) == [{"kind": "psychotherapy", "note_id": note_id, "client_id": owner,
                                            "original": "discarded"}]


def test_a_draft_written_in_the_app_is_discarded_as_before(psy_vault: Vault, fake: FakeExport) -> None:
    owner, imported, _original = _imported_damaged(psy_vault, fake)
    written = psychotherapy_notes.create_psychotherapy_note(psy_vault, owner, "Written here.").note.note_id
    start = psy_vault.ledger.head().seq
    notes.discard(psy_vault, written, "psychotherapy")  # no original: no question
    assert _discards(psy_vault, start) == [{"kind": "psychotherapy", "note_id": written, "client_id": owner}]
    assert _originals_left(psy_vault, imported) == (1, 0)  # the imported draft's, untouched
    assert psychotherapy_notes.get_psychotherapy_note(psy_vault, imported, audit_view=False).signature is None


def test_the_command_line_refuses_without_a_choice_and_says_why(psy_vault: Vault, fake: FakeExport) -> None:
    owner, note_id, original = _imported_damaged(psy_vault, fake)
    folder = psy_vault.folder
    psy_vault.lock()
    discard = ("note", "discard", note_id, "--kind", "psychotherapy", "--vault", str(folder))

    refused = cli_in_process(*discard)
    assert refused.code != 0, refused.out
    assert "original PDF" in refused.err and "Nothing was discarded" in refused.err
    assert "--keep-original" in refused.err and "--discard-original" in refused.err
    both = cli_in_process(*discard, "--keep-original", "--discard-original")
    assert both.code == 2 and "not allowed with" in both.err
    with open_vault(folder, PASSPHRASE) as vault:
        vault.unlock_psychotherapy(PASSPHRASE)
        assert imports.psychotherapy_original(vault.psychotherapy, note_id) is not None
        assert vault.ledger.entries(kinds=("note.draft_discarded",)) == []

    kept = cli_in_process(*discard, "--keep-original", "--json")
    assert kept.code == 0, kept.err
    with open_vault(folder, PASSPHRASE) as vault:
        vault.unlock_psychotherapy(PASSPHRASE)
        (shown,) = psychotherapy_originals.kept_for_client(vault, owner)
        assert kept.json() == {"discarded": note_id, "kind": "psychotherapy", "original": "kept",
                               "kept_original_id": shown.kept_id}
        assert psychotherapy_originals.read_kept(vault, shown.kept_id).data == original
        (said,) = [e.payload for e in vault.ledger.entries(kinds=("note.draft_discarded",))]
        assert said["original"] == "kept" and said["kept_original_id"] == shown.kept_id


def test_a_chart_s_destruction_leaves_no_byte_of_a_kept_original(psy_vault: Vault, vault_dir: Path,
                                                                  tmp_path: Path) -> None:
    """The kept original is chart data (its client_id): the destruction deletes it and its
    content search vouches for it, down to the decrypted pages."""
    target = seed_chart(psy_vault, "K", psychotherapy=1)
    canary = f"canary-kept-original-{uuid.uuid4().hex}".encode()
    provenance = NoteProvenance(note_id="", client_id=target.client_id, note_kind="psychotherapy",
                                source_system="SimplePractice", source_id="990077", source_title="Psychotherapy Note",
                                signed_by="", signed_on="", original_sha256="0" * 64)
    with psy_vault.psychotherapy.transaction():
        note = psychotherapy_notes.import_psychotherapy_note(
            psy_vault, target.client_id, "[damaged]", note_date=date(2010, 3, 4), author_name="",
            provenance=provenance, original_name="Psychotherapy Note.pdf",
            original=b"%PDF-1.4\n" + os.urandom(64) + canary + os.urandom(64), original_unreadable=True)
    notes.discard(psy_vault, note.note_id, "psychotherapy", original=psychotherapy_originals.KEEP)
    assert len(psychotherapy_originals.kept_for_client(psy_vault, target.client_id)) == 1
    psy_vault.lock()
    needles = {"kept-original": canary}
    with reopen(vault_dir, psychotherapy=True) as vault:
        keys = vault_keys(vault)
    assert decrypted_hits(vault_dir, keys, needles, tmp_path / "w1") != []  # positive control

    with reopen(vault_dir, psychotherapy=True) as vault:
        cert = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
        keys_after = vault_keys(vault)
    assert cert["verification"]["result"] == "passed"
    assert raw_hits(vault_dir, needles) == []
    assert decrypted_hits(vault_dir, keys_after, needles, tmp_path / "w2") == []
