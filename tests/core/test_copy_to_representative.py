"""The copy an access request gives, sent to a personal representative (45 CFR 164.524 with
164.502(g)): found in the real app, a parent's copy was logged as given to "the client". Now the
ledger records the representative (capacity and guardian id: never a name from the chart, which
would fail a later destruction's verification), the disclosure log, the accounting's excluded
lines and the CLI name them, and the rules of domain/who_acts.py refuse a representative whose
authority ended and a minor client whose representative controls the record. On a real vault,
real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import (
    access_copy,
    access_recipient,
    accounting,
    clients,
    export,
    export_delivery,
    guardians,
    practice,
    requests,
)
from vault_app.services.vault import Vault


def _minor(vault: Vault, years: int) -> str:
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    return chart.client_id


PARENT = "the client's personal representative (parent)"  # what the ledger keeps


def _folder(tmp_path: Path) -> Path:
    out = tmp_path / "copies"
    out.mkdir()
    return out


def _ledger_recipients(vault: Vault, client_id: str) -> list[tuple[str, str | None]]:
    return [(str(e.payload["recipient"]["name"]), (e.payload.get("extra") or {}).get("guardian_id"))  # type: ignore[index, union-attr]
            for e in vault.ledger.entries(kinds=(export_delivery.DISCLOSURE,))
            if e.payload.get("client_id") == client_id]


def test_the_parent_who_asked_receives_the_copy_and_the_ledger_names_them(vault: Vault, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    client_id = _minor(vault, 10)
    mother = guardians.add_guardian(vault, client_id, "Jane Roe", authority="parent", relationship="mother")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother.guardian_id)
    assert requests.get_request(vault, q.id).guardian_id == mother.guardian_id, "who asked is kept with the request"
    offered = access_copy.recipients(vault, q.id)
    assert offered.default == mother.guardian_id
    assert (mother.guardian_id, "Jane Roe, parent (mother)") in offered.choices

    result = access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD)
    assert result.granted and len(result.made) == 2
    assert _ledger_recipients(vault, client_id) == [(PARENT, mother.guardian_id)] * 2
    assert {r.recipient.name for r in export.disclosures(vault, client_id)} == {"Jane Roe, parent (mother)"}
    excluded = accounting.build(vault, client_id, exclusions="list").excluded
    assert {line.first.recipient.name for line in excluded} == {"Jane Roe, parent (mother)"}
    assert requests.get_request(vault, q.id).granted.endswith(", given to the parent")
    logged = str([e.payload for e in vault.ledger.entries()])
    assert "Alex Testclient" not in logged and "Jane Roe" not in logged and "mother" not in logged


def test_a_minor_under_the_age_of_consent_is_refused_and_told_who_receives(vault: Vault, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    client_id = _minor(vault, 10)
    mother = guardians.add_guardian(vault, client_id, "Jane Roe", authority="parent")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    assert access_copy.recipients(vault, q.id).default == mother.guardian_id, "the representative first"
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(1\), \(g\)\(3\).*Send it to: Jane Roe, parent\."):
        access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD, to=access_copy.CLIENT)
    assert list(tmp_path.iterdir()) == [] and _ledger_recipients(vault, client_id) == []
    assert requests.get_request(vault, q.id).status == "open", "nothing lost: the request stays open"
    # The same rule under the export the wizard and 'vault-app export' make on the request's basis.
    with pytest.raises(RefusedByPolicy, match="Send it to: Jane Roe, parent"):
        export.export(vault, DisclosureRequest(
            client_id=client_id, kind="progress", selection=Selection(date_from=fx.days_ago(365), date_to=fx.today()),
            recipient=Recipient("Alex Testclient"), purpose=access_copy.PURPOSE,
            basis=LegalBasis("client_access", {"request_id": q.id}), on=fx.today()), out=tmp_path / "x.pdf",
            password=fx.PASSWORD)
    assert _ledger_recipients(vault, client_id) == []


def test_a_guardianship_that_ended_is_refused_and_the_client_then_receives(vault: Vault, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    client_id = _minor(vault, 10)
    ended = guardians.add_guardian(vault, client_id, "Gail Roe", authority="legal_guardian",
                                 valid_until=fx.days_ago(10))
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    with pytest.raises(RefusedByPolicy, match=r"Gail Roe, legal guardian's authority .* ended on .*164\.502\(g\)"):
        access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD, to=ended.guardian_id)
    assert access_copy.recipients(vault, q.id).default == access_copy.CLIENT
    assert access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD).granted
    assert {name for name, _g in _ledger_recipients(vault, client_id)} == {access_recipient.CLIENT_SELF_RECIPIENT}


def test_a_parent_of_a_client_who_turned_18_is_refused(vault: Vault, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    client_id = _minor(vault, 18)
    father = guardians.add_guardian(vault, client_id, "Sam Roe", authority="parent")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    with pytest.raises(RefusedByPolicy, match=r"reached the age of majority.*receive a copy of the client's records"):
        access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD, to=father.guardian_id)
    assert access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD,
                                       to=access_copy.CLIENT).granted


def test_cli_request_copy_sends_it_to_the_representative(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    client_id = _minor(vault, 9)
    mother = guardians.add_guardian(vault, client_id, "Jane Roe", authority="parent")
    folder = vault.folder
    vault.lock()

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", str(folder), env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})

    added = run("request", "add", "--kind", "access", "--client", client_id, "--received-on", fx.today().isoformat(),
                "--guardian", mother.guardian_id, "--json")
    assert added.code == 0, added.err  # type: ignore[attr-defined]
    made = added.json()  # type: ignore[attr-defined]
    assert made["guardian_id"] == mother.guardian_id and made["made_by"] == "Jane Roe, parent"
    out = tmp_path / "copy"
    out.mkdir()
    refused = run("request", "copy", made["request_id"], "--folder", str(out), "--to-guardian", "client")
    assert refused.code == ExitCode.REFUSED and "Send it to: Jane Roe, parent" in refused.err  # type: ignore[attr-defined]
    assert list(out.iterdir()) == []
    given = run("request", "copy", made["request_id"], "--folder", str(out), "--kinds", "progress")
    assert given.code == 0 and "The request is closed as granted" in given.out, given.err  # type: ignore[attr-defined]
    shown = run("request", "show", made["request_id"])
    assert "made by Jane Roe, parent" in shown.out  # type: ignore[attr-defined]
    again = reopen(folder)
    try:
        assert _ledger_recipients(again, client_id) == [(PARENT, mother.guardian_id)]
        assert [r.recipient.name for r in export.disclosures(again, client_id)] == ["Jane Roe, parent"]
    finally:
        again.lock()


def test_a_chart_whose_copy_went_to_a_parent_is_destroyed_and_verifies(psy_vault: Vault, tmp_path: Path) -> None:
    """The parent's name the ledger now keeps is a recipient's, kept by design (164.528(b)(2)):
    the destruction's search explains it and passes; the certificate does not print the name."""
    from vault_app.services import destruction

    folder = _folder(tmp_path)
    client_id = _minor(psy_vault, 10)
    mother = guardians.add_guardian(psy_vault, client_id, "Jane Roe", authority="parent")
    q = requests.add_request(psy_vault, client_id, kind="access", received_on=fx.today(),
                             guardian_id=mother.guardian_id)
    assert access_copy.grant_with_copy(psy_vault, q.id, folder=folder, password=fx.PASSWORD).granted
    number = clients.get_client(psy_vault, client_id).chart_number
    cert = destruction.destroy(psy_vault, number, basis="override", confirm=number,
                               override_reason="records transferred under the closure plan")
    assert cert["verification"]["result"] == "passed", cert["verification"]
    assert "Roe" not in str(cert), "the certificate outlives the chart: no name from it"
    assert [r.recipient.name for r in export.disclosures(psy_vault, client_id)] == [PARENT] * 2, \
        "the chart is gone: the ledger's words stand"


def test_cli_export_on_the_access_request_names_who_receives(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    client_id = _minor(vault, 9)
    mother = guardians.add_guardian(vault, client_id, "Jane Roe", authority="parent")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    folder = vault.folder
    vault.lock()
    out = _folder(tmp_path)

    def export_to(*extra: str, recipient: str = "Jane Roe") -> object:
        return cli(capsys, monkeypatch, "export", "--vault", str(folder), "--client", client_id, "--from",
                   "2000-01-01", "--recipient", recipient, "--purpose", access_copy.PURPOSE, "--basis",
                   "client_access", "--request", q.id, *extra, env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})

    # Addressed to the 9-year-old: refused, naming who receives it. Addressed to the mother by her
    # recorded name, she is the recipient (services/access_recipient: the typed recipient is checked).
    checked = export_to("--check-only", recipient="Alex Testclient")
    assert checked.code == ExitCode.REFUSED and "Send it to: Jane Roe, parent" in checked.out  # type: ignore[attr-defined]
    assert export_to("--check-only").code == 0  # type: ignore[attr-defined]
    refused = export_to("--out", str(out / "x.pdf"), "--to-guardian", "client", recipient="Alex Testclient")
    assert refused.code == ExitCode.REFUSED and not (out / "x.pdf").exists()  # type: ignore[attr-defined]
    done = export_to("--out", str(out / "x.pdf"), "--to-guardian", mother.guardian_id)
    assert done.code == 0, done.err  # type: ignore[attr-defined]
    again = reopen(folder)
    try:
        assert _ledger_recipients(again, client_id) == [(PARENT, mother.guardian_id)]
    finally:
        again.lock()


def test_cli_check_only_says_the_one_verdict_the_export_would_give(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Found in the real app: for a client who had turned 18, `export --check-only --to-guardian
    <mother>` printed "ALLOWED: ..." and then the export's refusal of the mother, exit 6. The
    check now runs the export's check of who receives the copy too, and says one verdict."""
    client_id = _minor(vault, 19)
    mother = guardians.add_guardian(vault, client_id, "Jane Roe", authority="parent")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    folder = vault.folder
    vault.lock()

    def check(*extra: str, recipient: str = "Jane Roe") -> object:
        return cli(capsys, monkeypatch, "export", "--vault", str(folder), "--client", client_id, "--from",
                   "2000-01-01", "--recipient", recipient, "--purpose", access_copy.PURPOSE, "--basis",
                   "client_access", "--request", q.id, "--check-only", *extra)

    refused = check("--to-guardian", mother.guardian_id)
    assert refused.code == ExitCode.REFUSED  # type: ignore[attr-defined]
    assert refused.out.startswith("REFUSED: ") and "ALLOWED" not in refused.out  # type: ignore[attr-defined]
    assert "may not receive" in refused.out  # type: ignore[attr-defined]
    # Said once (found by a walker: "REFUSED: ..." then "error: Disclosure refused: ..." again)
    assert "refused" not in refused.err.lower(), refused.err  # type: ignore[attr-defined]
    as_json = check("--to-guardian", mother.guardian_id, "--json")
    assert as_json.code == ExitCode.REFUSED  # type: ignore[attr-defined]
    assert '"allowed": false' in as_json.out  # type: ignore[attr-defined]
    to_client = check("--to-guardian", "client", recipient="Alex Testclient")  # the adult client: allowed, said once
    assert to_client.code == 0 and to_client.out.startswith("ALLOWED: ")  # type: ignore[attr-defined]
    assert "REFUSED" not in to_client.out + to_client.err  # type: ignore[attr-defined]
