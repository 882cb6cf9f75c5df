"""Found walking the import on the real app (H18): a SimplePractice export given as its ZIP was
refused as "That folder does not exist"; a folder of the export that is a link led the import
to files outside the export; links and pipes inside it were left out without a word; a client
list of 290,000 rows took half a gigabyte and half a minute before a dry run said anything;
a day/month/year date under a month/day/year preset was "not a valid MDY or ISO date", and the
rows whose dates read either way (03/04/1980) went in read the wrong way round."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import make_export
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients
from vault_app.services.importers import csv_clients
from vault_app.services.importers.csv_clients import import_csv, plan_csv
from vault_app.services.importers.simplepractice import plan_simplepractice
from vault_app.services.vault import Vault


def test_an_export_given_as_its_zip_is_refused_saying_unzip_it(vault: Vault, tmp_path: Path) -> None:
    archive = tmp_path / "SimplePractice Export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Contacts/Ada Example - 1.vcf", "BEGIN:VCARD\nEND:VCARD\n")
        z.writestr("../../x", "outside")  # never unpacked: the ZIP is not opened at all
    with pytest.raises(InvalidInput) as refused:
        plan_simplepractice(vault, archive)
    assert refused.value.code == "import.export_is_zip"
    assert "unzip" in (refused.value.hint or "").lower()
    assert not (tmp_path.parent / "x").exists()


def test_a_file_given_as_the_export_folder_is_refused_as_a_file(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "notes.pdf"
    source.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(InvalidInput) as refused:
        plan_simplepractice(vault, source)
    assert refused.value.code == "import.export_is_file"


def test_links_and_pipes_in_an_export_are_reported_and_never_followed(vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "export", clients=1, notes_per_client=1)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    name = export.clients[0].name
    (outside / "Progress Note 2023-03-01 090000 555001.pdf").write_bytes(
        next((export.root / "Medical Records" / name).glob("Progress Note*.pdf")).read_bytes())
    stored = export.root / "Stored documents"
    if stored.exists():
        for p in sorted(stored.rglob("*"), reverse=True):
            p.unlink() if not p.is_dir() else p.rmdir()
        stored.rmdir()
    stored.symlink_to(outside, target_is_directory=True)  # a whole folder of the export elsewhere
    client_dir = export.root / "Medical Records" / name
    (client_dir / "Progress Note 2023-03-02 090000 555002.pdf").symlink_to(
        outside / "Progress Note 2023-03-01 090000 555001.pdf")
    (client_dir / "more").symlink_to(outside, target_is_directory=True)
    os.mkfifo(client_dir / "pipe.pdf")  # a read would wait for a writer forever
    plan = plan_simplepractice(vault, export.root)
    planned = {i.path for c in plan.charts for i in c.items} | {i.path for i in plan.ambiguous}
    assert not any(p.startswith("Stored documents") or "555" in p for p in planned)
    said = {i.path: i.reason for i in plan.skipped}
    assert said["Stored documents"].code == "import.link_not_followed"
    assert said[f"Medical Records/{name}/Progress Note 2023-03-02 090000 555002.pdf"].code == \
        "import.link_not_followed"
    assert said[f"Medical Records/{name}/more"].code == "import.link_not_followed"
    assert said[f"Medical Records/{name}/pipe.pdf"].code == "import.not_a_file"


def test_a_client_list_longer_than_any_practice_is_refused_before_it_is_all_read(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "clients.csv"
    limit = csv_clients.MAX_CSV_ROWS
    with source.open("w") as f:
        f.write("Name,Date of Birth\n")
        for i in range(limit + 1):
            f.write(f"Client Number{i},01/02/1980\n")
    with pytest.raises(InvalidInput) as refused:
        plan_csv(vault, source, preset="simplepractice")
    assert refused.value.code == "import.csv_too_many_rows"
    assert refused.value.params["max_rows"] == limit
    assert clients.list_clients(vault) == []
    source.write_text("Name,Date of Birth\n" + "".join(f"Client Number{i},01/02/1980\n" for i in range(limit)))
    assert len(plan_csv(vault, source, preset="simplepractice").charts) == limit


def test_dates_in_the_other_countrys_order_stop_the_whole_list(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    # Row 2 reads either way; row 3 only as day/month/year: the file is day/month/year.
    source.write_text("Name,Date of Birth\nAda Example,03/04/1980\nBram Example,25/12/1981\n")
    plan = plan_csv(vault, source, preset="simplepractice")
    assert plan.charts == []  # not Ada born on March 4th
    said = {i.path: i.reason for i in plan.skipped}
    assert said["row 3"].code == "import.row_date_other_order"
    assert said["row 3"].params["order"] == "DMY"
    assert "day/month/year" in str(said["row 3"])
    assert said["row 2"].code == "import.rows_date_order_unsure"
    assert import_csv(vault, source, preset="simplepractice").charts_created == 0
    good = plan_csv(vault, source, preset="simplepractice", date_order="dmy")
    assert sorted((c.name, c.date_of_birth.isoformat() if c.date_of_birth else "") for c in good.charts) == [
        ("Ada Example", "1980-04-03"), ("Bram Example", "1981-12-25")]


def test_a_date_that_is_no_date_in_either_order_says_so_in_plain_words(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("Name,Date of Birth\nAda Example,03/04/1980\nBram Example,31/31/1981\n")
    plan = plan_csv(vault, source, preset="simplepractice")
    assert [c.name for c in plan.charts] == ["Ada Example"]
    said = {i.path: i.reason for i in plan.skipped}
    assert said["row 3"].code == "import.row_date"
    assert "MDY" not in str(said["row 3"]) and "month/day/year" in str(said["row 3"])
