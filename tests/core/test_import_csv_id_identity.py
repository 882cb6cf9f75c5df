"""A client list's id is not a person: a second list (a colleague's spreadsheet, another
practice's export) whose ID column reuses numbers the vault imported before for other people
must not have those rows counted as "already imported" and dropped without a word (found by
the import walk: three of a colleague's four clients never came in)."""

from __future__ import annotations

from pathlib import Path

from vault_app.services import clients
from vault_app.services.importers.csv_clients import import_csv, plan_csv
from vault_app.services.vault import Vault

HEADER = "ID,First Name,Last Name,Date of Birth,Phone\r\n"


def _write(path: Path, rows: list[str], encoding: str = "utf-8-sig") -> Path:
    path.write_bytes((HEADER + "".join(r + "\r\n" for r in rows)).encode(encoding))
    return path


def test_an_id_met_again_for_another_person_is_listed_not_skipped_as_imported(vault: Vault, tmp_path: Path) -> None:
    first = _write(tmp_path / "mine.csv", ["1,Renée,Dubois,03/14/1975,555-0101", "2,José,Núñez,11/02/1990,555-0102"],
                   "cp1252")
    assert import_csv(vault, first, preset="simplepractice").charts_created == 2
    renee = next(c for c in clients.list_clients(vault) if c.legal_name == "Renée Dubois")

    colleague = _write(tmp_path / "colleague.csv", ["1,Siobhán,O'Brien,01/20/1969,555-0201",
                                                     "2,José,Núñez,11/02/1990,555-0102",
                                                     "3,Ana,Peña,12/30/2001,555-0202"])
    plan = plan_csv(vault, colleague, preset="simplepractice")
    # José is the same person under the same id: already imported. Siobhán is not Renée.
    assert plan.already_imported == 1
    assert [c.name for c in plan.charts] == ["Ana Peña"]
    listed = {i.path: i.reason for i in plan.skipped}
    assert listed["row 2"].code == "import.row_id_taken"
    assert listed["row 2"].params["chart_number"] == renee.chart_number

    import_csv(vault, colleague, preset="simplepractice")
    names = sorted(c.legal_name for c in clients.list_clients(vault))
    assert names == ["Ana Peña", "José Núñez", "Renée Dubois"]
    assert clients.get_client(vault, renee.client_id).legal_name == "Renée Dubois"


def test_the_same_list_imported_again_still_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    path = _write(tmp_path / "mine.csv", ["7,Zoë,Brontë,07/07/1988,555-0103", "8,Inés,Zúñiga,,555-0104"])
    import_csv(vault, path, preset="simplepractice")
    plan = plan_csv(vault, path, preset="simplepractice")
    assert (plan.already_imported, plan.charts, plan.skipped) == (2, [], [])


def test_the_same_list_again_from_the_window_or_with_another_preset_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    """Found by the walk: a list imported with `--preset simplepractice` on the command line and
    then again in the app (whose column choices go as a mapping) made every chart a second time:
    the rows were recognised only under the same preset's name."""
    path = _write(tmp_path / "mine.csv", ["1,Renée,Dubois,03/14/1975,555-0101", "2,José,Núñez,11/02/1990,555-0102"])
    import_csv(vault, path, preset="simplepractice")
    by_hand = {"id": "ID", "first_name": "First Name", "last_name": "Last Name", "date_of_birth": "Date of Birth"}
    for plan in (plan_csv(vault, path, mapping=by_hand), plan_csv(vault, path, preset="therapynotes")):
        assert (plan.already_imported, plan.charts, plan.skipped) == (2, [], [])
    no_ids = tmp_path / "no_ids.csv"
    no_ids.write_bytes("Client,DOB\r\nZoë Brontë,07/07/1988\r\n".encode())
    import_csv(vault, no_ids, mapping={"name": "Client", "date_of_birth": "DOB"})
    again = plan_csv(vault, no_ids, preset="simplepractice")
    assert (again.already_imported, again.charts) == (1, [])
