"""Issue 18 item 3 reaching users: one search (the same service for `vault-app search` and the
search dialog) finds words in the text of attached documents as well as in notes; a
document hit is labelled by its title and chart number, never by the client's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import _pdf
from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import clients, notes, search
from vault_app.services.importers.pdf_folder import import_pdf_folder
from vault_app.services.vault import Vault, create_vault


def _charts(vault: Vault, tmp_path: Path) -> tuple[str, str]:
    """Two charts, each with a folder of PDFs brought in; one progress note mentions 'hypnagogic'."""
    first = clients.create_client(vault, "Ines Moorcroft").client_id
    second = clients.create_client(vault, "Paolo Quenby").client_id
    for client_id, name, lines in (
        (first, "Intake 2021-05-04.pdf", ["Intake form", "Reports hypnagogic imagery and poor sleep"]),
        (first, "letter_20190102.pdf", ["Referral letter", "Nothing of note"]),
        (second, "Discharge 2022-08-30.pdf", ["Discharge summary", "Hypnagogic episodes resolved"]),
    ):
        folder = tmp_path / f"scans-{client_id}"
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(_pdf(lines))
    assert import_pdf_folder(vault, tmp_path / f"scans-{first}", first, kind="stored_document").documents == 2
    assert import_pdf_folder(vault, tmp_path / f"scans-{second}", second, kind="other").documents == 1
    notes.create_progress_note(vault, second, template="free", text="Client described hypnagogic jerks.")
    return first, second


def test_search_finds_documents_beside_notes(vault: Vault, tmp_path: Path) -> None:
    first, second = _charts(vault, tmp_path)
    charts = {c.client_id: c.chart_number for c in clients.list_clients(vault)}
    found = search.search(vault, "hypnagogic")
    assert [n.client_id for n in found.notes] == [second]
    docs = {d.filename: d for d in found.documents}
    assert set(docs) == {"Intake 2021-05-04.pdf", "Discharge 2022-08-30.pdf"}
    intake = docs["Intake 2021-05-04.pdf"]
    assert (intake.client_id, intake.chart_number, intake.kind) == (first, charts[first], "stored_document")
    assert intake.title == "Intake 2021-05-04" and intake.document_date == date(2021, 5, 4)  # the description
    assert "[hypnagogic]" in intake.snippet.lower()
    assert docs["Discharge 2022-08-30.pdf"].chart_number == charts[second]
    as_json = found.as_dict()["documents"]
    assert {d["attachment_id"] for d in as_json} == {d.attachment_id for d in found.documents}
    assert all("Moorcroft" not in str(d) and "Quenby" not in str(d) for d in as_json)

    only_first = search.search(vault, "hypnagogic", client_id=first)
    assert [d.client_id for d in only_first.documents] == [first] and only_first.notes == ()
    assert search.search(vault, '"referral letter"').documents[0].filename == "letter_20190102.pdf"
    assert search.search(vault, "hypnagogic", include_documents=False).documents == ()
    assert search.search(vault, "zeppelin").documents == ()
    with pytest.raises(InvalidInput):
        search.search(vault, "  ")
    with pytest.raises(NotFound):
        search.search(vault, "hypnagogic", client_id="0" * 16)


def test_cli_search_lists_document_hits(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    first, _second = _charts(made.vault, tmp_path)
    chart = clients.get_client(made.vault, first).chart_number
    made.vault.lock()
    run = cli_in_process("search", "imagery", "--vault", str(folder))
    assert run.code == 0, run.err
    assert f'chart {chart} "' in run.out and "(stored document 05/04/2021)" in run.out  # the practice's format (US)
    assert "[imagery]" in run.out and "Moorcroft" not in run.out
    data = cli_in_process("search", "hypnagogic", "--json", "--vault", str(folder)).json()
    assert len(data["notes"]) == 1 and len(data["documents"]) == 2
    assert {d["chart_number"] for d in data["documents"]} == {c["chart_number"] for c in cli_in_process(
        "client", "list", "--json", "--vault", str(folder)).json()}
    scoped = cli_in_process("search", "hypnagogic", "--client", chart, "--json", "--vault", str(folder)).json()
    assert [d["client_id"] for d in scoped["documents"]] == [first]
    bad = cli_in_process("search", '""', "--vault", str(folder))
    assert bad.code != 0 and "Traceback" not in bad.err
