"""A folder nested a thousand deep inside what is imported is listed as not read, and the rest
comes in. Found by the attacker's walk (thirty-eighth round): `Stored documents/Deep/a/a/…/a`
(1,200 levels) made the SimplePractice dry run "internal error (RecursionError …)" on the command
line and "Something went wrong inside the app" over an empty review in the window: Path.rglob
recursed one Python frame per level, and nothing of the export could be imported."""

from __future__ import annotations

import os
import random
from pathlib import Path

from scripts.make_simplepractice_export import _pdf, _png, make_export
from vault_app.services import attachments, clients
from vault_app.services.importers.folder_walk import MAX_DEPTH
from vault_app.services.importers.pdf_folder import import_pdf_folder, plan_pdf_folder
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault

LEVELS = 1_200


def _nest(folder: Path, levels: int) -> Path:
    """`folder`/a/a/…/a, `levels` deep, made one folder at a time (os.makedirs recurses too)."""
    folder.mkdir(parents=True, exist_ok=True)
    here = folder
    for _ in range(levels):
        here = here / "a"
        os.mkdir(here)
    return here


def _unnest(folder: Path, levels: int) -> None:
    """Taken down from the bottom: shutil.rmtree recurses as rglob did, and pytest's clean-up of
    old tmp_path folders with it (found: RecursionError at the session's end)."""
    here = folder / Path(*["a"] * levels)
    while here != folder:
        for leftover in here.iterdir():
            if not leftover.is_dir():
                leftover.unlink()
        here.rmdir()
        here = here.parent


def test_a_deep_folder_in_an_export_is_listed_and_the_rest_is_imported(vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "export", clients=1, notes_per_client=1)
    deep = export.root / "Stored documents" / "Deep"
    (_nest(deep, LEVELS) / "x.pdf").write_bytes(_pdf(["Far down"]))
    try:
        plan = plan_simplepractice(vault, export.root)
        report = import_simplepractice(vault, export.root)
    finally:
        _unnest(deep, LEVELS)
    too_deep = [i.path for i in plan.skipped if i.reason.code == "import.folder_too_deep"]  # type: ignore[attr-defined]
    # The first folder MAX_DEPTH + 1 down from the export (Stored documents is 1, Deep 2).
    assert too_deep == ["Stored documents/Deep" + "/a" * (MAX_DEPTH - 1)]
    assert [str(i.reason) for i in plan.skipped if i.path == too_deep[0]] == [
        f"A folder nested more than {MAX_DEPTH} folders deep: nothing in it is imported. Move what belongs to the "
        "import nearer the top."]
    assert export.clients[0].name in {c.name for c in plan.charts} and plan.charts[0].items
    assert report.charts_created == len(plan.charts)
    assert {c.legal_name for c in clients.list_clients(vault)} == {c.name for c in plan.charts}


def test_a_deep_folder_among_scans_is_listed_and_the_others_attached(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "Scans"
    folder.mkdir()
    (folder / "letter.pdf").write_bytes(_pdf(["A letter"]))
    (folder / "scan.png").write_bytes(_png(20, 20, random.Random(1)))
    (_nest(folder / "old", LEVELS) / "far.pdf").write_bytes(_pdf(["Far down"]))
    (_nest(folder / "kept", MAX_DEPTH - 1) / "near.pdf").write_bytes(_pdf(["Deep but within"]))
    client_id = clients.create_client(vault, "Ines Harrow").client_id
    try:
        plan = plan_pdf_folder(vault, folder, client_id)
        import_pdf_folder(vault, folder, client_id)
    finally:
        _unnest(folder / "old", LEVELS)
    skipped = {i.path: i.reason.code for i in plan.skipped}  # type: ignore[attr-defined]
    assert skipped == {"old" + "/a" * MAX_DEPTH: "import.folder_too_deep"}
    near = "kept" + "/a" * (MAX_DEPTH - 1) + "/near.pdf"
    assert sorted(i.path for i in plan.charts[0].items) == sorted(["letter.pdf", "scan.png", near])
    assert sorted(a.filename for a in attachments.list_attachments(vault, client_id)) == [
        "letter.pdf", "near.pdf", "scan.png"]
