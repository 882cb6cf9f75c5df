"""A representative's access request for a minor who consented to her own care (Cal. HSC 123115(a)(1);
45 CFR 164.502(g)(3)(i)). Found by a walker: `request add --kind access --by-representative` (no name) was
recorded for a 15-year-old whose chart says she consented to her own care, and `open-export` then sent the
whole chart to her mother. The recorded parent (--guardian) was refused already; the unrecorded one, named
or not, is now refused by the same rule (domain/representatives "minor_consented_care") when the request
is recorded. Table-driven both sides; the command line in process; a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure import Recipient
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import clients, export, guardians, practice, requests
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault


def _minor(vault: Vault, age: int, consented_by: str) -> str:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(age))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})  # California
    if consented_by:
        clients.update_client(vault, chart.client_id, care_consented_by=consented_by)
    return chart.client_id


ROWS = [
    # age, who consented to the care, what the request says of its maker, refused
    (15, "client", {"by_representative": True}, True),
    (15, "client", {"requester_name": "Ana Reyes", "requester_claim": "parent"}, True),
    (15, "client", {"requester_name": "Ana Reyes"}, True),
    (15, "client", {}, False),  # the minor's own request
    (15, "guardian", {"by_representative": True}, False),  # the parent consented: the parent's request stands
    (15, "", {"by_representative": True}, False),  # not recorded: the open question, said elsewhere
    (10, "client", {"by_representative": True}, False),  # under the age of consent
    (30, "", {"by_representative": True}, False),  # an adult's: claimed_authority's own rules
    (15, "client", {"requester_name": "Ana Reyes", "requester_claim": "health_care_poa"}, False),
]


@pytest.mark.parametrize(("age", "consented_by", "made", "refused"), ROWS)
def test_an_unrecorded_representatives_request_is_checked_when_recorded(
        vault: Vault, age: int, consented_by: str, made: dict[str, object], refused: bool) -> None:
    client_id = _minor(vault, age, consented_by)
    if not refused:
        requests.add_request(vault, client_id, kind="access", received_on=fx.today(), **made)  # type: ignore[arg-type]
        return
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(3\)\(i\)") as caught:
        requests.add_request(vault, client_id, kind="access", received_on=fx.today(), **made)  # type: ignore[arg-type]
    assert caught.value.code == "representative.minor_consents"
    assert requests.list_requests(vault, client_id=client_id) == [], "nothing recorded"


def test_cli_request_add_by_representative_is_refused(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = _minor(vault, 15, "client")
    folder = vault.folder
    vault.lock()
    run = cli(capsys, monkeypatch, "request", "add", "--vault", str(folder), "--client", client_id, "--kind",
              "access", "--by-representative", "--received-on", fx.today().isoformat())
    assert run.code == ExitCode.REFUSED, run.out + run.err
    assert "consented" in run.err and "164.502(g)(3)(i)" in run.err


def test_the_copy_addressed_to_the_recorded_mother_is_refused(vault: Vault, tmp_path: Path) -> None:
    """The walker's open-export to "Ana Reyes": the typed name is the recorded mother's, so her rule
    decides (services/access_recipient), and the 15-year-old consented to her own care."""
    client_id = _minor(vault, 15, "client")
    guardians.add_guardian(vault, client_id, "Ana Reyes", authority="parent", relationship="mother")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    basis = LegalBasis("client_access", {"request_id": q.id})
    with pytest.raises(RefusedByPolicy) as caught:
        open_export(vault, client_id, recipient=Recipient("ana reyes"), purpose="mother asked", basis=basis,
                    out=tmp_path / "sofia.pdf", password=fx.PASSWORD)
    assert caught.value.code == "representative.minor_consents"
    assert not (tmp_path / "sofia.pdf").exists() and export.disclosures(vault, client_id) == []
