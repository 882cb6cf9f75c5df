"""F9: the folder-of-PDFs import lists a link (never followed) as the SimplePractice import does,
instead of passing over it in silence; and an image that is not a well-formed PNG or JPEG (a
14-byte "PNG") is listed as damaged, not kept as a document."""

from __future__ import annotations

import random
from pathlib import Path

from scripts.make_simplepractice_export import _pdf, _png
from vault_app.services import attachments, clients
from vault_app.services.importers.pdf_folder import import_pdf_folder, plan_pdf_folder
from vault_app.services.vault import Vault


def test_links_listed_and_broken_images_refused(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "Scans"
    folder.mkdir()
    (folder / "letter.pdf").write_bytes(_pdf(["A letter"]))
    (folder / "scan.png").write_bytes(_png(20, 20, random.Random(1)))
    (folder / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 6)
    (folder / "cut.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    outside = tmp_path / "private.pdf"
    outside.write_bytes(_pdf(["Not part of the folder"]))
    (folder / "shadow.pdf").symlink_to(outside)
    client_id = clients.create_client(vault, "Ines Harrow").client_id

    plan = plan_pdf_folder(vault, folder, client_id)
    skipped = {i.path: i.reason.code for i in plan.skipped}  # type: ignore[attr-defined]
    assert skipped == {"shadow.pdf": "import.link_not_followed", "broken.png": "import.image_damaged",
                       "cut.jpg": "import.image_damaged"}
    assert sorted(i.path for i in plan.charts[0].items) == ["letter.pdf", "scan.png"]

    import_pdf_folder(vault, folder, client_id)
    assert sorted(a.filename for a in attachments.list_attachments(vault, client_id)) == ["letter.pdf", "scan.png"]
