"""An export unzipped on a Mac (found by the import walk): the Finder's Archive Utility and HFS+
write the folder names decomposed (NFD: "i" + a combining acute accent), while the contact card's
name inside the file is composed (NFC). Every file of every client with an accent in the name
("Lucía Peña", "José García López") was listed as "No contact card matches the client this
file is filed under", and the import made their charts empty. The same name, however its
accents are encoded, is the same name."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

from scripts.make_simplepractice_export import FakeClient, FakeNote, _pdf, make_export, note_lines, vcard
from vault_app.services import clients, notes
from vault_app.services.importers.csv_clients import import_csv
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_folders_named_in_decomposed_accents_are_filed_to_their_contact(vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "sp", clients=1, notes_per_client=1, seed=7)
    lucia = FakeClient("400001", "Lucía", "Peña", date(1993, 4, 30), "l@example.org", "555-0105")
    # The card's name (inside the file) composed, as SimplePractice writes it; the file names as a Mac leaves them.
    (export.root / "Contacts" / _nfd(f"{lucia.name} - {lucia.sp_id}.vcf")).write_text(vcard(lucia), encoding="utf-8")
    folder = export.root / "Medical Records" / _nfd(lucia.name)
    folder.mkdir(parents=True)
    note = FakeNote("Progress Note", "400002", datetime(2022, 9, 28, 10, 0), "Client practiced paced breathing.",
                    signed=True)
    (folder / f"Progress Note {note.when:%Y-%m-%d %H%M%S} {note.sp_id}.pdf").write_bytes(
        _pdf([line.replace("í", "i").replace("ñ", "n") for line in note_lines(lucia, note)]))
    (export.root / "Secure messages" / _nfd(f"{lucia.name} - 400003.txt")).write_text(
        "Client: Lucia Pena\n\n01/05/2024 10:00 AM ET - Lucia: Thursday 3pm?\n", encoding="utf-8")

    plan = plan_simplepractice(vault, export.root)
    assert plan.ambiguous == []
    chart = next(c for c in plan.charts if c.source_key == f"contact:{lucia.sp_id}")
    assert (chart.name, chart.count("progress_note"), chart.count("document")) == ("Lucía Peña", 1, 1)

    import_simplepractice(vault, export.root)
    client_id = imports.mapped_keys(vault.records, "simplepractice")[f"contact:{lucia.sp_id}"][1]
    assert len(notes.list_notes(vault, client_id)) == 1


def test_a_client_list_saved_on_a_mac_makes_charts_found_by_their_names(vault: Vault, tmp_path: Path) -> None:
    """A client list written with decomposed accents (a Mac's text) made "Lucía Peña" a chart
    that typing "Lucía" in the client list never found: names are kept composed."""
    path = tmp_path / "list.csv"
    path.write_text(_nfd("Client,DOB\nLucía Peña,04/30/1993\n"), encoding="utf-8")
    import_csv(vault, path, preset="simplepractice")
    assert [c.legal_name for c in clients.find_clients(vault, query="Lucía")] == ["Lucía Peña"]
