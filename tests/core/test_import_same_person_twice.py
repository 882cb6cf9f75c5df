"""One person twice in the same import (found by the import walk): "Jose Garcia Lopez" and
"José García López", born the same day, under two SimplePractice ids (a client entered twice
in the old system, once without accents). The dry run said nothing and the import made two
charts, splitting the client's notes between them (an export or a disclosure accounting from
one chart then misses what the other holds). The dry run now says it of the second one, as it
says a new chart for someone already in the vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from scripts.make_simplepractice_export import FakeClient, make_export, vcard
from vault_app.services.importers.csv_clients import plan_csv
from vault_app.services.importers.simplepractice import plan_simplepractice
from vault_app.services.vault import Vault


def test_a_contact_twice_under_two_spellings_is_said_in_the_dry_run(vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "sp", clients=2, notes_per_client=1, seed=7)
    born = date(1980, 4, 3)
    for sp_id, first, last in (("300001", "Jose", "Garcia Lopez"), ("300002", "José", "García López")):
        card = FakeClient(sp_id, first, last, born, "j@example.org", "555-0100")
        (export.root / "Contacts" / f"{card.name} - {sp_id}.vcf").write_text(vcard(card), encoding="utf-8")
    plan = plan_simplepractice(vault, export.root)
    said = [(i.path, i.reason) for i in plan.notices if i.reason.code == "import.same_person_in_import"]
    assert len(said) == 1
    path, why = said[0]
    assert path == "José García López" and why.params["other"] == "Jose Garcia Lopez"
    # The twins sharing a name, told apart by their birth dates, are two people: nothing said of them.
    assert not [i for i in plan.notices if i.path == export.shared_name]


def test_a_client_list_with_one_person_twice_says_it(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("Name,Date of Birth\r\nRenee Dubois,03/14/1975\r\nDubois, Renée,03/14/1975\r\n"
                     .replace("Dubois, Renée", '"Dubois, Renée"').encode("cp1252"))
    plan = plan_csv(vault, path, preset="simplepractice")
    assert [c.name for c in plan.charts] == ["Renee Dubois", "Dubois, Renée"]
    assert [(i.path, i.reason.params["other"]) for i in plan.notices
            if i.reason.code == "import.same_person_in_import"] == [("Dubois, Renée", "Renee Dubois")]
