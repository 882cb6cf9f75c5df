""""Treatment by another provider" (45 CFR 164.506(c)(2)) goes to a health care provider. Who receives it is
what the therapist states (the evidence "recipient_is"): the client's own copy is the client's access
(164.524), a relative or anyone else is no provider (164.508: the client's authorization). The recipient's
name is a second catch that ASKS: a name like the client's ("Ms. Rivera", the client's family name, the
client's own name) is a question, answered by saying the recipient is a provider of that name.

Found by walkers: "José Ñúñez-Peña" (role "psiquiatra") got his own progress note logged as a treatment
disclosure; once names were compared, "Ms. Rivera", a nickname or the client's mother still passed, since
only the client's exact name was taken for the client (round 38's brief)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure import Recipient, Verdict
from vault_app.domain.errors import ExitCode
from vault_app.services import clients, export, notes, sessions
from vault_app.services.vault import Vault

PROVIDER = {"recipient_is": "provider", "provider_role": "psiquiatra"}
CLIENT = {"recipient_is": "client", "provider_role": "psiquiatra"}
SOMEONE = {"recipient_is": "someone_else", "provider_role": "madre"}
SAME_NAME = {**PROVIDER, "not_the_client": True}

# (what, evidence, recipient's name, the gate's first recipient code or None: allowed)
CASES: list[tuple[str, dict[str, Any], str, str | None]] = [
    # allowed: a provider said so, whose name is not the client's
    ("a provider", PROVIDER, "Dr. Ramón Ibáñez", None),
    ("a provider sharing a first name", PROVIDER, "Dr. José Ibáñez", None),
    ("a provider of the client's name, said so", SAME_NAME, "Dr. José Ñúñez-Peña", None),
    ("a provider of the family name, said so", SAME_NAME, "Dr. Peña", None),
    # refused: the therapist says who receives it
    ("the client, by a title", CLIENT, "Mr. Ñúñez", "treatment.recipient_is_client"),
    ("the client, by a nickname the app does not know", CLIENT, "Pepito", "treatment.recipient_is_client"),
    ("the client, by name", CLIENT, "José Ñúñez-Peña", "treatment.recipient_is_client"),
    ("the client's mother", SOMEONE, "María Peña", "treatment.recipient_not_provider"),
    ("a friend", SOMEONE, "Carlos Ruiz", "treatment.recipient_not_provider"),
    # asked: said to be a provider, but the name reads like the client's
    ("the client's own name", PROVIDER, "Jose Nunez-Pena", "treatment.recipient_named_like_client"),
    ("the client's preferred name", PROVIDER, "Pepe", "treatment.recipient_named_like_client"),
    ("a title and the family name", PROVIDER, "Sr. Ñúñez-Peña", "treatment.recipient_named_like_client"),
    ("one part of a double family name", PROVIDER, "Dr. Peña", "treatment.recipient_named_like_client"),
    ("a look-alike letter pasted in", PROVIDER, "Dr. Ñúñеz", "treatment.recipient_named_like_client"),
    # nothing said: asked for, as any missing evidence
    ("who receives it not said", {"provider_role": "psiquiatra"}, "Dr. Ramón Ibáñez", "evidence.missing"),
    ("a kind of recipient the rules do not know", {**PROVIDER, "recipient_is": "cousin"}, "Dr. Ramón Ibáñez",
     "evidence.missing"),
]


# The domain's table alone: (stated kind, recipient, not_the_client ticked, code or None, citation's part)
RULE_ROWS: list[tuple[str, str, bool, str | None, str]] = [
    ("provider", "Dr. Ramón Ibáñez", False, None, "164.506(c)(2)"),
    ("provider", "Dr. Peña", True, None, "164.506(c)(2)"),
    ("provider", "Dr. Peña", False, "treatment.recipient_named_like_client", "164.506(c)(2)"),
    ("client", "Dr. Ramón Ibáñez", True, "treatment.recipient_is_client", "164.524"),  # the tick answers a name
    ("someone_else", "Dr. Ramón Ibáñez", True, "treatment.recipient_not_provider", "164.508"),
    ("", "Jose Nunez-Pena", False, None, ""),  # nothing stated: the gate's missing evidence asks
]


@pytest.mark.parametrize(("kind", "recipient", "ticked", "code", "cited"), RULE_ROWS)
def test_the_rule_table(kind: str, recipient: str, ticked: bool, code: str | None, cited: str) -> None:
    from vault_app.domain.recipient_is_client import client_name_forms
    from vault_app.domain.treatment_recipient import RULES, treatment_recipient_problems

    evidence = {"recipient_is": kind, "not_the_client": ticked} if kind else {}
    reasons, hint = treatment_recipient_problems(evidence, recipient, client_name_forms("José Ñúñez-Peña", "Pepe"))
    assert [getattr(r, "code", "") for r in reasons] == ([code] if code else [])
    assert (hint is None) is (code is None)
    if kind:
        assert cited in RULES[kind].citation
    if code:
        assert cited in str(reasons[0])


@pytest.mark.parametrize(("legal", "recipient", "asked"), [
    ("Ana Rivera (demo)", "Ms. Rivera", True),  # a part in brackets is not the family name
    ("Ana Rivera (Annie)", "Dr. Annie Cole", False),
    ("John Smith Jr.", "Dr. Smith", True),  # nor a suffix
    ("John Smith III", "Dr. Smith", True),
    ("Madonna", "Dr. Madonna Lee", False),  # one name: no family name to look for
    ("Madonna", "Madonna", True),  # but the name itself
    ("Alex T.", "Dr. Tom T. Smith", False),  # an initial is no family name
])
def test_a_name_like_the_clients(legal: str, recipient: str, asked: bool) -> None:
    from vault_app.domain.recipient_is_client import client_name_forms
    from vault_app.domain.treatment_recipient import named_like_client

    assert named_like_client(recipient, client_name_forms(legal)) is asked


def _treatment(vault: Vault, chart: fx.Chart, name: str, evidence: dict[str, Any]) -> Verdict:
    req = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="treatment", evidence=evidence,
                     recipient=Recipient(name, "1 Calle Mayor"))
    return export.check(vault, req)


@pytest.mark.parametrize(("what", "evidence", "recipient", "code"), CASES, ids=[c[0] for c in CASES])
def test_who_receives_a_treatment_disclosure(vault: Vault, what: str, evidence: dict[str, Any], recipient: str,
                                             code: str | None) -> None:
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, legal_name="José Ñúñez-Peña", preferred_name="Pepe")
    verdict = _treatment(vault, chart, recipient, evidence)
    if code is None:
        assert verdict.allowed, (what, verdict.reasons)
        return
    assert not verdict.allowed, what
    codes = [getattr(r, "code", "") for r in verdict.reasons]
    assert codes == [code], (what, verdict.reasons)
    said = " ".join(map(str, verdict.reasons)) + str(verdict.hint)
    # Never the client's name in what is said (it is printed and may be logged).
    assert "Ñúñez" not in said and "Nunez" not in said and "Pepe" not in said
    if code == "treatment.recipient_is_client":
        assert "164.524" in said and "access request" in str(verdict.hint)
    if code == "treatment.recipient_not_provider":
        assert "164.508" in said and "authorization" in str(verdict.hint)
    if code == "treatment.recipient_named_like_client":
        assert str(verdict.reasons[0]).endswith("164.506(c)(2)).") and "?" in str(verdict.reasons[0])
        assert "not_the_client" in str(verdict.hint), "the command line's answer named"


def test_the_command_line_asks_and_takes_the_answer(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, legal_name="Ana Rivera")
    folder = str(vault.folder)
    vault.lock()
    evidence = tmp_path / "treatment.json"
    base = ("export", "--client", chart.client_id, "--kind", "progress", "--notes", chart.progress[0],
            "--basis", "treatment", "--evidence", str(evidence), "--recipient", "Dr. Rivera",
            "--purpose", "coordination of care", "--check-only", "--vault", folder)
    evidence.write_text('{"provider_role": "psychiatrist"}', encoding="utf-8")
    unsaid = cli(capsys, monkeypatch, *base)
    assert unsaid.code == ExitCode.REFUSED
    assert "who receives it" in unsaid.out + unsaid.err and '"recipient_is"' in unsaid.out + unsaid.err
    evidence.write_text('{"recipient_is": "provider", "provider_role": "psychiatrist"}', encoding="utf-8")
    asked = cli(capsys, monkeypatch, *base)
    assert asked.code == ExitCode.REFUSED
    assert "reads like the client's own" in asked.out + asked.err
    evidence.write_text('{"recipient_is": "provider", "provider_role": "psychiatrist", "not_the_client": true}',
                        encoding="utf-8")
    answered = cli(capsys, monkeypatch, *base)
    assert answered.code == ExitCode.OK, answered.out + answered.err


@pytest.mark.parametrize(("recipient", "asked"), [
    ("Ms. Rivera", True),  # a member's family name
    ("Sam", True),  # a member's preferred name
    ("Couples Clinic, Dr. Ortiz", False),  # the record's own name ("Rivera couple") is no one's
])
def test_a_joint_records_clients_are_its_members(vault: Vault, recipient: str, asked: bool) -> None:
    fx.set_practice(vault)
    one = clients.create_client(vault, "Ana Rivera", date_of_birth="1980-01-01").client_id
    two = clients.create_client(vault, "Samuel Ortega", date_of_birth="1981-01-01", preferred_name="Sam").client_id
    case = clients.create_case(vault, "Rivera couple", [one, two], kind="couple")
    session = sessions.add_session(vault, case.case_id, date=fx.days_ago(10), duration_minutes=50)
    note = notes.create_progress_note(vault, case.case_id, text="Joint session.", session_id=session.session_id)
    notes.sign_note(vault, note.note_id)
    req = fx.request(case.case_id, note_ids=(note.note_id,), basis="treatment", evidence=dict(fx.TREATMENT),
                     recipient=Recipient(recipient, "1 Main St"))
    verdict = export.check(vault, req)
    codes = [getattr(r, "code", "") for r in verdict.reasons]
    assert ("treatment.recipient_named_like_client" in codes) is asked, verdict.reasons
