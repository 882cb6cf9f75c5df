"""The basis on which a parent who may not sign still has the child's records: chosen from the bases the
sources name (domain/guardian_records_access.BASES: the custody order, another court order, the state's
law, each with its citation), or "other" in the therapist's words; kept as a code and a text. Before, it
was free text alone ("because", "yes" let the whole record go). Real vault, the command line in process."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain import guardian_records_access as rules
from vault_app.domain.errors import ExitCode, InvalidInput
from vault_app.services import guardians, practice
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("code", "text", "kept"), [
    ("", "", ("", "")),
    ("", "order of 03/02/2026, s. 4", ("other", "order of 03/02/2026, s. 4")),  # words alone, as before
    ("custody_order", "", ("custody_order", "")),
    ("custody_order", "order of 03/02/2026, s. 4", ("custody_order", "order of 03/02/2026, s. 4")),
    ("court_order", " dependency order of 01/05/2026 ", ("court_order", "dependency order of 01/05/2026")),
    ("state_law", "Fam. Code section on a non-custodial parent's access", (
        "state_law", "Fam. Code section on a non-custodial parent's access")),
    ("other", "the parents' written agreement, kept in the chart", (
        "other", "the parents' written agreement, kept in the chart")),
])
def test_a_basis_is_kept_as_a_code_and_words(code: str, text: str, kept: tuple[str, str]) -> None:
    assert rules.checked_basis(code, text) == kept


@pytest.mark.parametrize(("code", "text", "refused"), [
    ("state_law", "", "guardian.records_basis_needs_words"),  # which law: the sources name none
    ("other", "  ", "guardian.records_basis_needs_words"),
    ("because", "x", "guardian.records_basis_unknown"),
])
def test_a_basis_that_says_nothing_is_refused(code: str, text: str, refused: str) -> None:
    with pytest.raises(InvalidInput) as found:
        rules.checked_basis(code, text)
    assert found.value.code == refused


def test_every_basis_has_its_citation() -> None:
    assert rules.CODES == ("custody_order", "court_order", "state_law", "other")
    assert all("164.502(g)" in b.citation and b.words and b.detail for b in rules.BASES)


def _father(vault: Vault) -> tuple[str, str]:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(10))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    father = guardians.add_guardian(vault, chart.client_id, "Ned Roe", authority="parent", relationship="father",
                                    may_authorize=False)
    return chart.client_id, father.guardian_id


def test_the_service_keeps_the_choice_and_clears_both(vault: Vault) -> None:
    client_id, father = _father(vault)
    chosen = guardians.update_guardian(vault, client_id, father, records_access_code="custody_order",
                                       records_access_basis="order of 03/02/2026, s. 4")
    assert (chosen.records_access_code, chosen.records_access_basis) == ("custody_order", "order of 03/02/2026, s. 4")
    assert chosen.has_records_basis
    cleared = guardians.update_guardian(vault, client_id, father, records_access_basis="")
    assert (cleared.records_access_code, cleared.records_access_basis) == ("", "") and not cleared.has_records_basis


def test_the_command_line_offers_the_bases(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, father = _father(vault)
    folder = str(vault.folder)
    vault.lock()
    refused = cli(capsys, monkeypatch, "guardian", "update", client_id, father, "--records-basis", "state_law",
                  "--vault", folder)
    assert refused.code == ExitCode.USAGE and "Say the basis" in refused.err
    done = cli(capsys, monkeypatch, "guardian", "update", client_id, father, "--records-basis", "custody_order",
               "--records-access", "order of 03/02/2026, s. 4", "--vault", folder)
    assert done.code == ExitCode.OK, done.err
    assert "the custody order or parenting plan gives them the records: order of 03/02/2026, s. 4" in done.out
    with pytest.raises(SystemExit):  # argparse's refusal names the choices
        cli(capsys, monkeypatch, "guardian", "update", client_id, father, "--records-basis", "because",
            "--vault", folder)
    said = capsys.readouterr().err
    assert "custody_order" in said and "state_law" in said
