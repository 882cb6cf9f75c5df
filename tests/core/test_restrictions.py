"""Restrictions (45 CFR 164.522(a)) and confidential communications (164.522(b)): the rule tables,
then the gate through the services, and the CLI on a real vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.local_clock import us_day
from vault_app.domain.disclosure import Verdict
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.restrictions import (
    RestrictedItem,
    Restriction,
    check_decision,
    check_termination,
    parse_covers,
    restriction_refusals,
)
from vault_app.services import attachments, clients, disclosure_gate, export, restrictions, sessions
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault

DAY = date(2026, 6, 1)
SELF = Restriction("X1", "c1", "health_plan_self_pay", "not to my insurer", date(2026, 1, 5), "agreed",
                   date(2026, 1, 5))
OTHER = Restriction("X2", "c1", "other", "not to Dr. Rivera", date(2026, 1, 5), "agreed", date(2026, 1, 6),
                    kinds=("progress",), recipient="Dr. Rivera")

# (citation, restriction, agree, refused because)
DECISION_ROWS = [
    ("45 CFR 164.522(a)(1)(vi)", Restriction("X", "c", "health_plan_self_pay", "d", DAY), True, ""),
    ("45 CFR 164.522(a)(1)(vi)", Restriction("X", "c", "health_plan_self_pay", "d", DAY), False, "cannot be refused"),
    ("45 CFR 164.522(a)(1)(ii)", Restriction("X", "c", "other", "d", DAY), False, ""),
    ("45 CFR 164.522(a)(1)(ii)", Restriction("X", "c", "other", "d", DAY), True, ""),
]


@pytest.mark.parametrize(("citation", "r", "agree", "refused"), DECISION_ROWS)
def test_decision_table(citation: str, r: Restriction, agree: bool, refused: str) -> None:
    if not refused:
        check_decision(r, agree)
        return
    with pytest.raises(RefusedByPolicy, match=refused) as caught:
        check_decision(r, agree)
    assert citation in str(caught.value)


# (citation, restriction, terminated by, refused because)
TERMINATION_ROWS = [
    ("45 CFR 164.522(a)(2)(i)", SELF, "client", ""),
    ("45 CFR 164.522(a)(2)(iii)", SELF, "practice", "may not end"),
    ("45 CFR 164.522(a)(2)(iii)", OTHER, "practice", ""),
]


@pytest.mark.parametrize(("citation", "r", "by", "refused"), TERMINATION_ROWS)
def test_termination_table(citation: str, r: Restriction, by: str, refused: str) -> None:
    if not refused:
        check_termination(r, by)
        return
    with pytest.raises(RefusedByPolicy, match=refused) as caught:
        check_termination(r, by)
    assert citation in str(caught.value)


PAID = RestrictedItem("s1", "billing", DAY, True)
BILLED = RestrictedItem("s2", "billing", DAY, False)
NOTE = RestrictedItem("n1", "progress", DAY, False)
EARLIER = RestrictedItem("n0", "progress", date(2026, 4, 10), False)  # written before the end below
ENDED_BY_PRACTICE = Restriction("X2", "c1", "other", "not to Dr. Rivera", date(2026, 1, 5), "terminated",
                                date(2026, 1, 6), kinds=("progress",), recipient="Dr. Rivera",
                                terminated_on=date(2026, 5, 1), terminated_by="practice")
ENDED_BY_CLIENT = Restriction("X2", "c1", "other", "not to Dr. Rivera", date(2026, 1, 5), "terminated",
                              date(2026, 1, 6), kinds=("progress",), recipient="Dr. Rivera",
                              terminated_on=date(2026, 5, 1), terminated_by="client")
# (citation, basis, recipient, items, restrictions, refused, warned)
GATE_ROWS = [
    ("45 CFR 164.522(a)(1)(vi)", "payment", "Acme Health Plan", (PAID, BILLED), (SELF,), True, False),
    ("45 CFR 164.522(a)(1)(vi)", "payment", "Acme Health Plan", (BILLED,), (SELF,), False, False),
    ("45 CFR 164.522(a)(1)(vi)", "payment", "Acme Health Plan", (PAID,), (), False, True),
    ("45 CFR 164.522(a)(1)(v)", "required_by_law", "County CPS", (PAID,), (SELF,), False, False),
    ("45 CFR 164.522(a)(1)(iii)", "treatment", "Dr. Rivera", (NOTE,), (OTHER,), True, False),
    ("45 CFR 164.522(a)(1)(iii)", "treatment", "Dr. Other", (NOTE,), (OTHER,), False, False),
    ("45 CFR 164.522(a)(1)(v)", "court_order", "Dr. Rivera", (NOTE,), (OTHER,), False, False),
    ("45 CFR 164.522(a)(2)", "payment", "Acme Health Plan", (PAID,),
     (Restriction("X3", "c1", "health_plan_self_pay", "d", date(2026, 1, 5), "terminated", date(2026, 1, 5),
                  terminated_on=date(2026, 5, 1), terminated_by="client"),), False, True),
    # Ended by the practice: only what is written after its end is freed (164.522(a)(2)(iii)(B));
    # ended by the client, all of it (164.522(a)(2)(i)).
    ("45 CFR 164.522(a)(2)(iii)(B)", "treatment", "Dr. Rivera", (EARLIER,), (ENDED_BY_PRACTICE,), True, False),
    ("45 CFR 164.522(a)(2)(iii)(B)", "treatment", "Dr. Rivera", (EARLIER, NOTE), (ENDED_BY_PRACTICE,), True, False),
    ("45 CFR 164.522(a)(2)(iii)(B)", "treatment", "Dr. Rivera", (NOTE,), (ENDED_BY_PRACTICE,), False, False),
    ("45 CFR 164.522(a)(2)(i)", "treatment", "Dr. Rivera", (EARLIER,), (ENDED_BY_CLIENT,), False, False),
    ("45 CFR 164.522(a)(2)(iii)(B)", "court_order", "Dr. Rivera", (EARLIER,), (ENDED_BY_PRACTICE,), False, False),
]


@pytest.mark.parametrize(("citation", "basis", "recipient", "items", "held", "refused", "warned"), GATE_ROWS,
                         ids=[f"{r[0]} {r[1]} {r[2]}" for r in GATE_ROWS])
def test_gate_table(citation: str, basis: str, recipient: str, items: tuple[RestrictedItem, ...],
                    held: tuple[Restriction, ...], refused: bool, warned: bool) -> None:
    reasons, warnings = restriction_refusals(basis, recipient, items, held, DAY)
    assert bool(reasons) is refused and bool(warnings) is warned
    if refused:
        assert citation in reasons[0]
        assert "not to" not in reasons[0], "the client's words stay out of the reason"


def test_self_paid_sessions_stay_out_of_payment_exports(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=2)
    sessions.update_session(vault, chart.sessions[0], billing_status="self_pay")
    payment = fx.request(chart.client_id, kind="billing", note_ids=tuple(chart.sessions), basis="payment",
                         recipient=fx.Recipient("Acme Health Plan", "PO Box 1"), purpose="claim")
    first = disclosure_gate.check(vault, payment)
    assert first.allowed and any("164.522(a)(1)(vi)" in w for w in first.warnings)

    r = restrictions.request_restriction(vault, chart.client_id, kind="health_plan_self_pay",
                                         description="do not tell my insurer about sessions I paid",
                                         requested_on=fx.days_ago(3))
    with pytest.raises(RefusedByPolicy, match=r"164\.522\(a\)\(1\)\(vi\)"):
        restrictions.decide(vault, r.restriction_id, agree=False)
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.days_ago(2))
    refused = disclosure_gate.check(vault, payment)
    assert not refused.allowed and "paid in full out of pocket" in refused.reasons[0]
    only_billed = fx.request(chart.client_id, kind="billing", note_ids=(chart.sessions[1],), basis="payment",
                             recipient=fx.Recipient("Acme Health Plan", "PO Box 1"), purpose="claim")
    assert disclosure_gate.check(vault, only_billed).allowed
    with pytest.raises(RefusedByPolicy, match="may not end"):
        restrictions.terminate(vault, r.restriction_id, by="practice")
    restrictions.terminate(vault, r.restriction_id, by="client", on=fx.days_ago(1))
    assert disclosure_gate.check(vault, payment).allowed
    logged = [e.payload for e in vault.ledger.entries() if e.kind.startswith("restriction.")]
    assert [p["restriction_id"] for p in logged] == [r.restriction_id] * 3
    assert "insurer" not in str(logged), "the client's words stay in the chart"


def test_confidential_communications_are_kept_with_contact_preferences(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, contact={"confidential_request": "mobile only; mail to PO Box 9"})
    assert clients.get_client(vault, chart.client_id).contact.confidential_request == "mobile only; mail to PO Box 9"


def test_cli_restriction_shown_and_enforced(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    sessions.update_session(vault, chart.sessions[0], billing_status="self_pay")
    folder = str(vault.folder)
    vault.lock()
    v = ["--vault", folder]
    added = cli(capsys, monkeypatch, "restriction", "add", *v, "--client", chart.client_id, "--kind",
                "health_plan_self_pay", "--description", "not to my plan", "--requested-on",
                fx.days_ago(1).isoformat(), "--json")
    assert added.code == 0, added.err
    rid = added.json()["restriction_id"]
    assert cli(capsys, monkeypatch, "restriction", "refuse", *v, rid).code == 6
    assert cli(capsys, monkeypatch, "restriction", "agree", *v, rid).code == 0
    shown = cli(capsys, monkeypatch, "client", "show", chart.client_id, *v)
    assert f"restriction {rid} (health plan self pay) agreed" in shown.out
    refused = cli(capsys, monkeypatch, "export", *v, "--client", chart.client_id, "--kind", "billing", "--notes",
                  chart.sessions[0], "--recipient", "Acme Health Plan", "--purpose", "claim", "--basis", "payment",
                  "--out", str(tmp_path / "b.pdf"), "--check-only")
    assert refused.code == 6 and "164.522(a)(1)(vi)" in refused.out  # --check-only: said once, on stdout
    # An ended restriction read "terminated on <the day it was agreed>".
    assert cli(capsys, monkeypatch, "restriction", "terminate", *v, rid, "--by", "client").code == 0
    # The days as recorded, not as the test's clock reads them (a run across midnight failed).
    (row,) = cli(capsys, monkeypatch, "restriction", "list", chart.client_id, *v, "--json").json()
    agreed_on, ended = row["decided_on"], row["terminated_on"]
    listed = cli(capsys, monkeypatch, "restriction", "list", chart.client_id, *v).out
    assert f"agreed on {us_day(agreed_on)}, ended {us_day(ended)} by the client" in listed
    assert "terminated on" not in listed


def test_an_agreed_restriction_binds_treatment_not_required_disclosures(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    r = restrictions.request_restriction(vault, chart.client_id, kind="other", description="not to Dr. Rivera",
                                         requested_on=fx.days_ago(3), kinds=["progress"],
                                         recipient=fx.RECIPIENT.name)
    treatment = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="treatment",
                           evidence=dict(fx.TREATMENT))
    assert disclosure_gate.check(vault, treatment).allowed, "a request alone binds nothing"
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.days_ago(2))
    refused = disclosure_gate.check(vault, treatment)
    assert not refused.allowed and "164.522(a)(1)(iii)" in refused.reasons[0]
    assert r.restriction_id not in refused.reasons[0] and "Requests tab" in refused.reasons[0]
    law = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="required_by_law",
                     evidence={"law_kind": "child_abuse_report", "agency": "County CPS"})
    assert disclosure_gate.check(vault, law).allowed, "164.522(a)(1)(v): never stops a required disclosure"


def test_ended_by_the_practice_what_was_written_before_stays_restricted(vault: Vault) -> None:
    """45 CFR 164.522(a)(2)(iii)(B): the practice's ending "is only effective with respect to
    protected health information created or received after" it told the client. The gate let
    every note go from the day of the ending (the dialog told the therapist to hold back the
    earlier ones themselves)."""
    chart = fx.make_chart(vault, n=3)  # notes dated 90, 60 and 30 days ago
    r = restrictions.request_restriction(vault, chart.client_id, kind="other", description="not to Dr. Rivera",
                                         requested_on=fx.days_ago(120), kinds=["progress"],
                                         recipient=fx.RECIPIENT.name)
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.days_ago(119))
    restrictions.terminate(vault, r.restriction_id, by="practice", on=fx.days_ago(45))

    def treatment(*note_ids: str) -> Verdict:
        return disclosure_gate.check(vault, fx.request(chart.client_id, note_ids=note_ids, basis="treatment",
                                                       evidence=dict(fx.TREATMENT)))

    earlier = treatment(chart.progress[0], chart.progress[2])
    assert not earlier.allowed and "164.522(a)(2)(iii)(B)" in earlier.reasons[0]
    assert treatment(chart.progress[2]).allowed  # written after the ending


def test_ended_by_the_client_nothing_stays_restricted(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=3)
    r = restrictions.request_restriction(vault, chart.client_id, kind="other", description="not to Dr. Rivera",
                                         requested_on=fx.days_ago(120), kinds=["progress"],
                                         recipient=fx.RECIPIENT.name)
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.days_ago(119))
    restrictions.terminate(vault, r.restriction_id, by="client", on=fx.days_ago(45))
    request = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="treatment",
                         evidence=dict(fx.TREATMENT))
    assert disclosure_gate.check(vault, request).allowed, "164.522(a)(2)(i): the client's ending frees it all"


# (restricted recipient, recipient of the disclosure, the restriction concerns it)
RECIPIENT_ROWS = [
    ("Dr. Rivera", "Dr. Rivera", True),
    ("Dr. Rivera", "dr.  RIVERA", True),
    ("Dr. Rivera", "Dr Rivera", True),
    ("Dr. Rivera", "Dr. Rivera.", True),
    ("Dr. Rivera", "Dr. Rivеra", True),  # a Cyrillic "е"
    ("Dr. Rivera", "Ｄｒ． Ｒｉｖｅｒａ", True),  # full-width, as some forms paste
    ("Dr. Rivera", "Dr. Rivéra", True),
    ("Acme Health Plan", "Acme Health Plan, Inc.", True),
    ("Acme Health Plan", "ACME HEALTH-PLAN", True),
    ("", "Anyone at all", True),
    ("Dr. Rivera", "Dr. Other", False),
    ("Dr. Rivera", "Dr. Riveras", False),
    ("Acme Health Plan", "Acme Dental", False),
]


@pytest.mark.parametrize(("restricted", "recipient", "concerned"), RECIPIENT_ROWS,
                         ids=[f"{r[0]!r} {r[1]!r}" for r in RECIPIENT_ROWS])
def test_a_restricted_recipient_is_known_under_another_spelling(restricted: str, recipient: str,
                                                                concerned: bool) -> None:
    """Found by review: the gate compared the names after case and spaces only, so a trailing
    period, a dropped one, a look-alike letter or the plan's ", Inc." let an agreed restriction
    (164.522(a)(1)(iii)) be passed by the same recipient spelled another way."""
    held = (Restriction("X2", "c1", "other", "d", date(2026, 1, 5), "agreed", date(2026, 1, 6),
                        recipient=restricted),)
    reasons, _warnings = restriction_refusals("treatment", recipient, (NOTE,), held, DAY)
    assert bool(reasons) is concerned



def test_an_export_reaching_back_before_an_ended_restriction_does_not_carry_earlier_measures(
        vault: Vault, tmp_path: Path) -> None:
    """Found by review: measures ride with progress notes for the selection's dates; notes all
    written after the practice ended the restriction passed the gate, and the measures taken
    before its end, still restricted (164.522(a)(2)(iii)(B)), went with them."""
    from vault_app.services import export, measures

    chart = fx.make_chart(vault, n=3)  # notes 90, 60 and 30 days ago
    measures.record_measure(vault, chart.client_id, "gad7", [1] * 7, taken_on=fx.days_ago(150))
    r = restrictions.request_restriction(vault, chart.client_id, kind="other", description="not to Dr. Rivera",
                                         requested_on=fx.days_ago(200), kinds=("progress",), recipient="Dr. Rivera")
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.days_ago(199))
    restrictions.terminate(vault, r.restriction_id, by="practice", on=fx.days_ago(100))
    entries = len(vault.ledger.entries())

    def asked(first: date) -> fx.DisclosureRequest:
        return fx.request(chart.client_id, basis="treatment", evidence=dict(fx.TREATMENT),
                          date_from=first, date_to=fx.today(), fields=("measures",))

    with pytest.raises(RefusedByPolicy, match=r"1 outcome measure result from before"):
        export.export(vault, asked(fx.days_ago(200)), out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert not (tmp_path / "x.pdf").exists() and len(vault.ledger.entries()) == entries
    done = export.export(vault, asked(fx.days_ago(100)), out=tmp_path / "y.pdf", password=fx.PASSWORD)
    assert (tmp_path / "y.pdf").exists() and done


# --- documents: a restriction may cover the chart's documents alone -----------------------------
DOC = RestrictedItem("a1", "documents", date(2026, 3, 1), False)  # a document dated before the end below
LATER_DOC = RestrictedItem("a2", "documents", date(2026, 5, 20), False)


def _on_documents(kinds: tuple[str, ...] = ("documents",), **ended: object) -> Restriction:
    status = "terminated" if ended else "agreed"
    return Restriction("X4", "c1", "other", "not my hospital records", date(2026, 1, 5), status,  # type: ignore[arg-type]
                       date(2026, 1, 6), kinds=kinds, recipient="Dr. Rivera", **ended)  # type: ignore[arg-type]


BY_PRACTICE = {"terminated_on": date(2026, 5, 1), "terminated_by": "practice"}
BY_CLIENT = {"terminated_on": date(2026, 5, 1), "terminated_by": "client"}
# (citation, basis, recipient, items chosen, documents riding with them, restriction, refused)
DOCUMENT_ROWS = [
    ("45 CFR 164.522(a)(1)(iii)", "treatment", "Dr. Rivera", (NOTE,), (DOC,), _on_documents(), True),
    ("45 CFR 164.522(a)(1)(iii)", "treatment", "Dr. Rivera", (NOTE,), (), _on_documents(), False),  # notes alone
    ("45 CFR 164.522(a)(1)(iii)", "treatment", "Dr. Rivera", (NOTE,), (DOC,), _on_documents(()), True),  # all kinds
    ("45 CFR 164.522(a)(1)(iii)", "payment", "Dr. Rivera", (BILLED,), (DOC,), _on_documents(("billing",)), True),
    ("45 CFR 164.522(a)(1)(iii)", "treatment", "Dr. Rivera", (NOTE,), (DOC,), _on_documents(("billing",)), False),
    ("45 CFR 164.522(a)(1)(iii)", "treatment", "Dr. Other", (NOTE,), (DOC,), _on_documents(), False),
    ("45 CFR 164.522(a)(1)(v)", "court_order", "Dr. Rivera", (NOTE,), (DOC,), _on_documents(), False),
    ("45 CFR 164.522(a)(2)(iii)(B)", "treatment", "Dr. Rivera", (NOTE,), (DOC,), _on_documents(**BY_PRACTICE), True),
    ("45 CFR 164.522(a)(2)(iii)(B)", "treatment", "Dr. Rivera", (NOTE,), (LATER_DOC,), _on_documents(**BY_PRACTICE),
     False),
    ("45 CFR 164.522(a)(2)(i)", "treatment", "Dr. Rivera", (NOTE,), (DOC,), _on_documents(**BY_CLIENT), False),
]


@pytest.mark.parametrize(("citation", "basis", "recipient", "items", "riders", "held", "refused"), DOCUMENT_ROWS,
                         ids=[f"{r[0]} {r[1]} {r[2]} {r[5].kinds} {r[5].terminated_by}" for r in DOCUMENT_ROWS])
def test_documents_table(citation: str, basis: str, recipient: str, items: tuple[RestrictedItem, ...],
                         riders: tuple[RestrictedItem, ...], held: Restriction, refused: bool) -> None:
    reasons, _warnings = restriction_refusals(basis, recipient, items, (held,), DAY, riders=riders)
    assert bool(reasons) is refused, reasons
    if refused:
        assert citation in reasons[0] and "not my" not in reasons[0]
        if held.kinds == ("documents",):
            assert "would carry 1 document" in reasons[0]


@pytest.mark.parametrize(("covers", "read"), [((), ()), (["documents"], ("documents",)),
                                               ([" progress", "documents "], ("documents", "progress")),
                                               (["attachments"], None), (["notes"], None), ("documents", None)])
def test_what_a_restriction_may_cover(covers: object, read: tuple[str, ...] | None) -> None:
    if read is not None:
        assert parse_covers(covers) == read
        return
    with pytest.raises(InvalidInput, match=r"progress, psychotherapy, billing or documents|list of kinds"):
        parse_covers(covers)


def test_a_restriction_on_documents_alone_refuses_them_and_lets_the_notes_go(vault: Vault, tmp_path: Path) -> None:
    """The client asks that their old hospital records (a document of the chart) not go to
    Dr. Rivera, and agrees the notes may: the request could be recorded only as covering the
    notes, or everything. The gate now refuses the document and lets a note go."""
    chart = fx.make_chart(vault, n=2)
    doc = attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="consent", filename="hospital.pdf",
                                     document_date=fx.days_ago(150))
    r = restrictions.request_restriction(vault, chart.client_id, kind="other", description="not my hospital records",
                                         requested_on=fx.days_ago(20), kinds=["documents"],
                                         recipient=fx.RECIPIENT.name)
    assert r.kinds == ("documents",)
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.days_ago(19))
    note = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="treatment",
                      evidence=dict(fx.TREATMENT))
    assert disclosure_gate.check(vault, note).allowed, "a restriction on documents does not hold back a note"
    with_document = disclosure_gate.check(vault, note, documents=[doc])
    assert not with_document.allowed
    assert "164.522(a)(1)(iii)" in with_document.reasons[0] and "would carry 1 document" in with_document.reasons[0]
    entries = len(vault.ledger.entries())
    with pytest.raises(RefusedByPolicy, match="would carry 1 document"):
        open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose="transfer of care",
                    basis=LegalBasis("treatment", dict(fx.TREATMENT)), out=tmp_path / "chart.pdf",
                    password=fx.PASSWORD)
    assert not (tmp_path / "chart.pdf").exists() and len(vault.ledger.entries()) == entries
    export.export(vault, note, out=tmp_path / "note.pdf", password=fx.PASSWORD)
    assert (tmp_path / "note.pdf").exists()
