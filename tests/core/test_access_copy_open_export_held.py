"""A complete open export made under a client's access request gives the treatment plan and the
documents it held, as they were (45 CFR 164.524(c)(1)). Found by a walker: the export held both, and
the request's window still said "Still to give: treatment plan, attached documents". A document
attached, or the plan changed, after the export is still to give; an export logged before the ledger
said what it held is not counted. Real vault, real PDFs, the real ledger."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from tests.core.test_access_copy_outside_parts import _request
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.disclosure import Recipient
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import access_copy, access_copy_paper, attachments, disclosure_gate, export, plans, requests
from vault_app.services.access_copy_export_cover import export_cover
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault, create_vault


def _export(vault: Vault, client_id: str, rid: str, out: Path) -> str:
    return open_export(vault, client_id, recipient=Recipient("Alex Testclient"), purpose="own copy",
                       basis=LegalBasis("client_access", {"request_id": rid}), out=out,
                       password=fx.PASSWORD).request_granted


def test_the_open_export_after_the_copy_gives_the_plan_and_documents(vault: Vault, tmp_path: Path) -> None:
    _client, rid = _request(vault, plan=True, attached=True)
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    assert access_copy_paper.paper_pending(vault, rid) == ("treatment_plan", "attachments")
    assert _export(vault, _client, rid, tmp_path / "chart.pdf") == rid
    q = requests.get_request(vault, rid)
    assert q.status == "granted" and q.given is not None
    # Given by the export, on its day: not "given another way", as if printed by hand (found by a walker).
    assert q.given.by_export == ("treatment_plan", "attachments") and q.given.otherwise == ()
    assert q.given.export_on == fx.today() and q.given.outside == ()
    assert "given by the open export of" in (q.granted or "") and "another way" not in (q.granted or "")
    assert access_copy_paper.paper_pending(vault, rid) == ()


def test_the_open_export_alone_grants_the_whole_record(vault: Vault, tmp_path: Path) -> None:
    client_id, rid = _request(vault, plan=True, attached=True)
    assert _export(vault, client_id, rid, tmp_path / "chart.pdf") == rid
    q = requests.get_request(vault, rid)
    assert q.status == "granted" and q.given is not None and "progress" in q.given.copied
    assert q.given.by_export == ("treatment_plan", "attachments") and q.given.otherwise == ()


def test_a_document_attached_or_the_plan_changed_after_the_export_is_not_given_by_it(
        vault: Vault, tmp_path: Path) -> None:
    client_id, rid = _request(vault, plan=True, attached=True)
    _export(vault, client_id, rid, tmp_path / "chart.pdf")
    q = requests.get_request(vault, rid)
    assert export_cover(vault, q).covered == ("treatment_plan", "attachments")
    attachments.add_attachment(vault, client_id, fx.SCAN, kind="other", filename="later.pdf")
    cover = export_cover(vault, q)
    assert cover.covered == ("treatment_plan",) and cover.changed == (("attachments", fx.today()),)
    plans.update_plan(vault, client_id, problems="Panic attacks, less often")
    assert export_cover(vault, q).covered == ()


def test_an_export_under_another_request_gives_nothing_of_this_one(vault: Vault, tmp_path: Path) -> None:
    client_id, rid = _request(vault, plan=True, attached=True)
    other = requests.add_request(vault, client_id, kind="access", received_on=fx.days_ago(2))
    _export(vault, client_id, other.id, tmp_path / "other.pdf")
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    assert not result.granted and result.outside == ("treatment_plan", "attachments")


def test_an_export_logged_before_it_said_what_it_held_is_not_counted(vault: Vault, tmp_path: Path) -> None:
    client_id, rid = _request(vault, plan=True, attached=True)
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    # As the open export logged it before: its format, no word of the parts it held.
    request = fx.request(client_id, basis="client_access", evidence={"request_id": rid, "guardian_id": ""},
                         recipient=Recipient("Alex Testclient"), purpose="own copy")
    verdict = disclosure_gate.check(vault, request)
    export.deliver(vault, [(request, verdict, "3 progress notes; the treatment plan (complete open export)")],
                   b"%PDF-1.7\n", out=tmp_path / "old.pdf", fmt="open-export-pdf")
    pending, cover = access_copy_paper.still_to_give(vault, rid)
    assert pending == ("treatment_plan", "attachments") and cover.older == (fx.today(),)


def test_request_show_says_what_is_still_to_give_and_the_export_not_counted(tmp_path: Path,
                                                                            kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    client_id, rid = _request(made.vault, plan=True, attached=True)
    access_copy.grant_with_copy(made.vault, rid, folder=tmp_path, password=fx.PASSWORD)
    request = fx.request(client_id, basis="client_access", evidence={"request_id": rid, "guardian_id": ""},
                         recipient=Recipient("Alex Testclient"), purpose="own copy")
    export.deliver(made.vault, [(request, disclosure_gate.check(made.vault, request), "old")], b"%PDF-1.7\n",
                   out=tmp_path / "old.pdf", fmt="open-export-pdf")
    made.vault.lock()
    run = cli_in_process("request", "show", rid, "--vault", str(folder))
    assert run.code == 0, run.err
    assert "Still to give: treatment plan, attached documents" in run.out
    assert "open export of" in run.out and "is not counted" in run.out
