"""A file filed by hand (ambiguous between two clients of one name, assigned in the wizard or
with --assign) is listed as imported before, with the chart it went to, in the next dry run
(walk-move finding 8): it was listed as "ambiguous" again, so the therapist might think it never
arrived, or assign it to the other John Smith."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import _pdf, make_export, note_lines
from vault_app.services import clients
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


def test_a_file_assigned_by_hand_is_already_imported_to_its_chart_next_time(psy_vault: Vault,
                                                                              tmp_path: Path) -> None:
    export = make_export(tmp_path / "SimplePractice Export", clients=2, notes_per_client=2, seed=3)
    twins = [c for c in export.clients if c.name == export.shared_name]
    twin = twins[1]
    note = next(n for n in twin.notes if n.kind == "Progress Note")
    # Without its DOB line (as some note types print): which of the two is it?
    note.path.write_bytes(_pdf([line for line in note_lines(twin, note) if not line.startswith("DOB:")]))
    # And a document without one (the walker's "Diagnosis and treatment plan - 300019.pdf").
    document = next(p for p in twin.documents if p.name.startswith("Diagnosis and treatment plan"))
    document.write_bytes(_pdf(["Diagnosis and treatment plan", f"Client: {twin.name}", "Goal 1: Sleep."]))
    plan = plan_simplepractice(psy_vault, export.root)
    assert {i.path for i in plan.ambiguous} == {p.relative_to(export.root).as_posix() for p in (note.path, document)}
    # Each to the candidate the therapist picks: the note to its own client, the document
    # to the last candidate (either may be right: the vault takes the therapist's word).
    picks = {i.path: (twin.sp_id if i.path == note.path.relative_to(export.root).as_posix() else i.candidates[-1])
             for i in plan.ambiguous}
    report = import_simplepractice(psy_vault, export.root, assignments=picks)
    assert report.ambiguous == []
    mapped = imports.mapped_keys(psy_vault.records, "simplepractice")
    number = {c.client_id: c.chart_number for c in clients.list_clients(psy_vault)}
    went_to = {sp_id: number[mapped[f"contact:{sp_id}"][1]] for sp_id in set(picks.values())}

    again = plan_simplepractice(psy_vault, export.root)  # the next dry run, without the choices
    assert again.ambiguous == []
    said = {i.path: i.reason for i in again.notices if i.reason.code == "import.assigned_before"}
    assert set(said) == set(picks)
    for path, sp_id in picks.items():
        assert said[path].params["chart_number"] == went_to[sp_id]
        assert went_to[sp_id] in said[path]
    assert again.new_charts == 0 and again.total("document") == 0 and again.total("progress_note") == 0
    # And the import after it adds nothing and asks nothing.
    last = import_simplepractice(psy_vault, export.root)
    assert last.ambiguous == [] and last.documents == 0 and last.progress_notes == 0
