"""F3: a SimplePractice contact id already imported, met again for a different person (another
export whose ids overlap), is a conflict: listed, never filed into the chart of the person first
imported under that id; and a note is "already imported" only when its own content matches."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import FakeClient, make_export, vcard
from vault_app.services import clients, notes
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


def _chart_of(vault: Vault, sp_id: str) -> str:
    return imports.mapped_keys(vault.records, "simplepractice")[f"contact:{sp_id}"][1]


def test_same_id_other_person_is_listed_not_filed(psy_vault: Vault, tmp_path: Path) -> None:
    first = make_export(tmp_path / "A", clients=2, notes_per_client=4, seed=7)
    import_simplepractice(psy_vault, first.root)
    ada = first.clients[0]
    chart = _chart_of(psy_vault, ada.sp_id)
    notes_before = {n.note_id for n in notes.list_notes(psy_vault, chart)}
    assert notes_before

    # Another practice's export: same names, same ids, other birth dates and notes.
    other = make_export(tmp_path / "B", clients=2, notes_per_client=4, seed=8)
    other_ada = other.clients[0]
    assert other_ada.sp_id == ada.sp_id and other_ada.name == ada.name and other_ada.dob != ada.dob
    # ...and a card of someone else entirely under the second client's id.
    stranger = FakeClient(first.clients[1].sp_id, "Quentin", "Other", ada.dob.replace(year=1961),
                          "q@example.org", "555-0100")
    (other.root / "Contacts" / f"{first.clients[1].name} - {stranger.sp_id}.vcf").unlink()
    (other.root / "Contacts" / f"Quentin Other - {stranger.sp_id}.vcf").write_text(vcard(stranger))

    plan = plan_simplepractice(psy_vault, other.root)
    listed = {i.path: i for i in plan.skipped}
    ada_card = f"Contacts/{ada.name} - {ada.sp_id}.vcf"
    quentin_card = f"Contacts/Quentin Other - {stranger.sp_id}.vcf"
    assert listed[ada_card].reason.code == "import.contact_id_taken"
    assert listed[quentin_card].reason.code == "import.contact_id_taken"
    for note in other_ada.notes:
        rel = note.path.relative_to(other.root).as_posix()
        if note.kind != "Psychotherapy Note":
            assert listed[rel].reason.code == "import.contact_id_conflict", rel
    assert all(c.source_key not in (f"contact:{ada.sp_id}", f"contact:{stranger.sp_id}") for c in plan.charts)
    # Nothing of the other Ada counted as already imported: every one of her files has a line.
    assert plan.already_imported == 0

    import_simplepractice(psy_vault, other.root)
    assert {n.note_id for n in notes.list_notes(psy_vault, chart)} == notes_before
    assert clients.get_client(psy_vault, chart).date_of_birth == ada.dob


def test_a_note_id_met_again_with_other_content_is_listed(psy_vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "A", clients=1, notes_per_client=2, seed=7)
    import_simplepractice(psy_vault, export.root)
    again = plan_simplepractice(psy_vault, export.root)
    assert again.charts == [] and not [i for i in again.skipped if i.reason.code.startswith("import.note_")]
    counted = again.already_imported
    # The same id now names another note (another text, as another account's export would hold).
    note, other = export.clients[0].notes[0], export.clients[0].notes[1]
    note.path.write_bytes(other.path.read_bytes())
    plan = plan_simplepractice(psy_vault, export.root)
    listed = {i.path: i.reason.code for i in plan.skipped}
    assert listed[note.path.relative_to(export.root).as_posix()] == "import.note_id_taken"
    assert plan.already_imported == counted - 1
