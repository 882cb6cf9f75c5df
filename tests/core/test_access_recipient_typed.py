"""The recipient typed on an export on the client's access request (45 CFR 164.524(c)(3)(ii),
164.502(g), 164.528). Found by a walker: `export --basis client_access --request R --recipient
"Random Journalist"` was allowed, the cover told the journalist "This is your own health
information", with no redisclosure notice, and the accounting listed it as "the client (own access
request)", left out as a disclosure to the client. Now the copy goes to the client or the
representative who receives it, by name; anyone else only with the client's signed, written
direction recorded with the basis, listed then as that person, in the accounting. Real vault, real
PDFs, the command line in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.disclosure_basis import DIRECTED_FIELD, LegalBasis
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.domain.recipient_notices import OWN_COPY_COVER, REPRESENTATIVE_COVER, THIRD_PARTY_COVER
from vault_app.services import export, guardians, requests
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault

JOURNALIST = Recipient("Random Journalist", "Newsroom")


def _asked(vault: Vault, recipient: Recipient, **evidence: object) -> tuple[str, DisclosureRequest]:
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today())
    return chart.client_id, DisclosureRequest(
        client_id=chart.client_id, kind="progress",
        selection=Selection(date_from=fx.days_ago(365), date_to=fx.today()), recipient=recipient,
        purpose="story", basis=LegalBasis("client_access", {"request_id": q.id, **evidence}), on=fx.today())


def _logged(vault: Vault, client_id: str) -> list[tuple[str, bool]]:
    return [(d.recipient.name, d.accountable) for d in export.disclosures(vault, client_id)]


def _cover(path: Path) -> str:
    return " ".join(fx.pdf_text(path))


def test_a_third_party_typed_in_is_refused_saying_what_would_allow_it(vault: Vault, tmp_path: Path) -> None:
    client_id, asked = _asked(vault, JOURNALIST)
    verdict = export.check(vault, asked)
    assert not verdict.allowed and verdict.reasons[0].code == "access.recipient_not_requester"
    assert "164.524(c)(3)(ii)" in verdict.message and "--directed-by-client" in verdict.hint
    with pytest.raises(RefusedByPolicy, match=r"signed, written request that names them"):
        export.export(vault, asked, out=tmp_path / "j.pdf", password=fx.PASSWORD)
    with pytest.raises(RefusedByPolicy, match=r"164\.524\(c\)\(3\)\(ii\)"):
        open_export(vault, client_id, recipient=JOURNALIST, purpose="story", basis=asked.basis,
                    out=tmp_path / "o.pdf", password=fx.PASSWORD)
    assert not (tmp_path / "j.pdf").exists() and not (tmp_path / "o.pdf").exists()
    assert _logged(vault, client_id) == []


@pytest.mark.parametrize("typed", ["Alex Testclient", "alex  TESTCLIENT", "The client"])
def test_the_client_by_name_receives_their_own_copy(vault: Vault, tmp_path: Path, typed: str) -> None:
    client_id, asked = _asked(vault, Recipient(typed))
    export.export(vault, asked, out=tmp_path / "c.pdf", password=fx.PASSWORD)
    assert OWN_COPY_COVER.split(",")[0] in _cover(tmp_path / "c.pdf")
    assert _logged(vault, client_id) == [("the client (own access request)", False)]


def test_the_clients_written_direction_sends_it_to_that_person_listed_in_the_accounting(
        vault: Vault, tmp_path: Path) -> None:
    client_id, asked = _asked(vault, JOURNALIST, **{DIRECTED_FIELD: True})
    verdict = export.check(vault, asked)
    assert verdict.allowed and verdict.accountable
    export.export(vault, asked, out=tmp_path / "j.pdf", password=fx.PASSWORD)
    cover = _cover(tmp_path / "j.pdf")
    assert "your own health information" not in cover and THIRD_PARTY_COVER.split(".")[0] in cover
    assert _logged(vault, client_id) == [("Random Journalist", True)]
    # Without a name the direction names no one: refused.
    _other, unnamed = _asked(vault, Recipient(""), **{DIRECTED_FIELD: True})
    assert not export.check(vault, unnamed).allowed


def test_a_representatives_copy_says_it_is_the_clients_information(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(9))
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today(),
                             guardian_id=mother.guardian_id)
    asked = DisclosureRequest(
        client_id=chart.client_id, kind="progress", selection=Selection(date_from=fx.days_ago(365),
                                                                         date_to=fx.today()),
        recipient=Recipient("Jane Roe"), purpose="copy", basis=LegalBasis("client_access", {"request_id": q.id}),
        on=fx.today())
    export.export(vault, asked, out=tmp_path / "m.pdf", password=fx.PASSWORD)
    cover = _cover(tmp_path / "m.pdf")
    assert "your own health information" not in cover and REPRESENTATIVE_COVER.split("(")[0].strip() in cover
    # A stranger typed in for the mother's request is refused as for the client's.
    assert not export.check(vault, DisclosureRequest(
        client_id=chart.client_id, kind="progress", selection=asked.selection, recipient=JOURNALIST,
        purpose="copy", basis=asked.basis, on=fx.today())).allowed


def test_cli_export_refuses_the_journalist_and_takes_the_direction(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today())
    folder = vault.folder
    vault.lock()

    def run(*extra: str) -> object:
        return cli(capsys, monkeypatch, "export", "--vault", str(folder), "--client", chart.client_id, "--from",
                   "2000-01-01", "--recipient", "Random Journalist", "--purpose", "story", "--basis",
                   "client_access", "--request", q.id, *extra, env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})

    refused = run("--check-only")
    assert refused.code == ExitCode.REFUSED and "--directed-by-client" in refused.out  # type: ignore[attr-defined]
    allowed = run("--check-only", "--directed-by-client")
    assert allowed.code == 0 and "in the accounting: yes" in allowed.out  # type: ignore[attr-defined]
    done = run("--out", str(tmp_path / "j.pdf"), "--directed-by-client")
    assert done.code == 0 and (tmp_path / "j.pdf").exists(), done.err  # type: ignore[attr-defined]
