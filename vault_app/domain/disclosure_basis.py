"""The legal bases a disclosure can rest on, and the evidence each one needs.

An authorization is one basis; the others are the exceptions HIPAA lists
(164.506, 164.508(a)(2), 164.512, 164.524). Each kind declares which kinds of
information it can carry, whether the disclosure belongs in the client's
accounting (164.528), and the evidence the therapist must record for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from vault_app.domain.authorization import INFO_KINDS, InfoKind
from vault_app.domain.basis_spec import BasisKind, BasisSpec, EvidenceField, FieldType, Moved
from vault_app.domain.errors import InvalidInput
from vault_app.domain.treatment_recipient import (
    RECIPIENT_FIELD,
    RECIPIENT_KIND_LABELS,
    RECIPIENT_KINDS,
    RECIPIENT_LABEL,
    SAME_NAME_FIELD,
    SAME_NAME_LABEL,
)

DIRECTED_FIELD = "directed_by_client"  # client_access: see BASES

# "duty_to_warn" stays readable for disclosures recorded before the serious-threat basis
# existed; the gate refuses it for new ones (it is 164.512(j), not 164.512(a)).
LAW_KINDS = ("child_abuse_report", "elder_abuse_report", "duty_to_warn", "other_statute")

# 45 CFR 164.508(a)(2): psychotherapy notes need an authorization for psychotherapy notes only,
# except for these uses and disclosures. Every other basis refuses them, whatever it allows otherwise.
PSYCHOTHERAPY_BASES: dict[str, str] = {
    "authorization": "45 CFR 164.508(a)(2) (an authorization for psychotherapy notes only)",
    "training": "45 CFR 164.508(a)(2)(i)(B)",
    "legal_defense": "45 CFR 164.508(a)(2)(i)(C)",
    "required_by_law": "45 CFR 164.508(a)(2)(ii); 164.512(a)",
    # An order that compels disclosure makes it required by law (164.103 "required by law").
    "court_order": "45 CFR 164.508(a)(2)(ii); 164.512(a); 164.512(e)(1)(i)",
    "health_oversight": "45 CFR 164.508(a)(2)(ii); 164.512(d) (oversight of the notes' author only)",
    "coroner": "45 CFR 164.508(a)(2)(ii); 164.512(g)(1)",
    "serious_threat": "45 CFR 164.508(a)(2)(ii); 164.512(j)(1)(i)",
}
PSYCHOTHERAPY_REFUSAL = (
    "Psychotherapy notes may be used or disclosed without an authorization for psychotherapy notes only for the "
    "purposes 45 CFR 164.508(a)(2) lists (your own treatment, supervised training in your practice, your defense "
    "in an action the client brought, a disclosure required by law or by a court order, oversight of their author, "
    "a coroner, a serious and imminent threat); {title} is not one of them."
)

SUBPOENA_ADVICE = (
    "A subpoena alone is not a court order and does not permit disclosing these records. "
    "Notify the client, consult counsel (or your liability insurer's risk-management line), "
    "and disclose only under a court order signed by a judge, and then only the minimum the order requires, "
    "or with the satisfactory assurances of 45 CFR 164.512(e)(1)(ii) (notice to the client with the time to "
    "object passed, or a qualified protective order), and never psychotherapy notes or Part 2 records."
)


# A choice's words where its stored key alone does not read as the answer (a form's list shows them).
CHOICE_LABELS: dict[str, str] = dict(RECIPIENT_KIND_LABELS)


# A duty to warn or protect is a disclosure to prevent or lessen a serious and imminent threat,
# 45 CFR 164.512(j), permissive and under minimum necessary; never "required by law" (164.512(a)),
# which the gate refuses for it ("threat.not_required", domain/disclosure_gate.py).
MOVED: tuple[Moved, ...] = (
    Moved("required_by_law", "law_kind", "duty_to_warn", "serious_threat",
          only_for=("threat", "identifiable_person")),
)


ALL_KINDS = frozenset(INFO_KINDS)
NOT_PSY: frozenset[InfoKind] = frozenset({"progress", "billing"})

SPECS: dict[str, BasisSpec] = {
    spec.kind: spec
    for spec in (
        BasisSpec(
            "authorization", "the client's written authorization", "45 CFR 164.508", ALL_KINDS, accountable=False,
            exclusion="under the client's authorization (164.528(a)(1)(iv))", minimum_necessary=False,
        ),
        BasisSpec(
            "court_order", "a court order", "45 CFR 164.512(e)(1)(i)", ALL_KINDS, accountable=True,
            fields=(
                EvidenceField("judge", "the judge's name"),
                EvidenceField("court", "the court"),
                EvidenceField("case_number", "the case number"),
                EvidenceField("order_date", "the date of the order", "date"),
                # When it reached the practice (domain/subpoena.RECEIVED_FIELD): the hold's day.
                EvidenceField("received_on", "the date the order was received", "date", required=False),
                EvidenceField("order_attachment_id", "the attached copy of the signed order", "attachment"),
                EvidenceField("covers", "what the order requires (progress, psychotherapy, billing)", "kinds"),
                EvidenceField("records_from", "the first date of records the order covers", "date", required=False),
                EvidenceField("records_to", "the last date of records the order covers", "date", required=False),
                EvidenceField(
                    "part2_findings", "whether the order makes the findings of 42 CFR 2.64", "bool", required=False,
                    part2_only=True,
                ),
                EvidenceField("part2_notice_on", "when the patient was given notice of the 2.64 application",
                              "date", required=False, part2_only=True),
                EvidenceField("part2_limits", "the 2.64 order's limits on what, to whom, and identity protection",
                              required=False, part2_only=True),
            ),
        ),
        BasisSpec(
            # Refused with advice unless satisfactory assurances are recorded (domain/subpoena.py).
            "subpoena", "a subpoena with satisfactory assurances", "45 CFR 164.512(e)(1)(ii)-(v)", NOT_PSY,
            accountable=True,
            fields=(
                EvidenceField("issuer", "who issued the subpoena", required=False),
                EvidenceField("received_on", "the date the subpoena was received", "date", required=False),
                EvidenceField("case_number", "the case number", required=False),
                EvidenceField("assurance", "the satisfactory assurance received", "choice", required=False,
                              choices=("notice_to_client", "protective_order")),
                EvidenceField("assurance_attachment_id", "the written statement of assurance", "attachment",
                              required=False),
                EvidenceField("notice_sent_on", "when written notice was sent to the client", "date", required=False),
                EvidenceField("notice_sufficient", "the notice let the client object", "bool", required=False),
                EvidenceField("objection_deadline", "the last day to object", "date", required=False),
                EvidenceField("objections_resolved", "no objection, or all resolved", "bool", required=False),
                EvidenceField("qpo_status", "the qualified protective order's status", "choice", required=False,
                              choices=("agreed_and_presented", "requested")),
                EvidenceField("qpo_limits_use", "the order forbids use outside the litigation", "bool",
                              required=False),
                EvidenceField("qpo_return_or_destroy", "the order requires return or destruction", "bool",
                              required=False),
                # Where the license state's privilege is not listed as barring it (domain/state_privilege.py):
                # the therapist's record of counsel's advice, never pre-ticked, kept with the disclosure.
                EvidenceField("state_law_cleared",
                              "confirmation that counsel advised your state's privilege does not bar this release",
                              "bool", required=False),
            ),
        ),
        BasisSpec(
            # Only 164.512(a) is exempt from minimum necessary (164.502(b)(2)(v)); a child- or elder-abuse
            # report a statute mandates is required by law, whatever (b) or (c) also permits.
            "required_by_law", "a disclosure required by law", "45 CFR 164.512(a); (b)(1)(ii), (c)", ALL_KINDS,
            accountable=True, minimum_necessary=False,
            fields=(
                EvidenceField("law_kind", "which duty applies", "choice", choices=LAW_KINDS),
                EvidenceField("agency", "the agency or person receiving the report"),
                EvidenceField("statute", "the law that requires it (statute or rule)", required=False),
                EvidenceField("threat", "the threat (duty to warn/protect)", required=False),
                EvidenceField("identifiable_person", "the identifiable person threatened", required=False),
                EvidenceField("report_reference", "the report or hotline reference", required=False),
            ),
        ),
        BasisSpec(
            "health_oversight", "health oversight", "45 CFR 164.512(d); 164.508(a)(2)(ii)",
            ALL_KINDS, accountable=True,
            fields=(
                EvidenceField("agency", "the oversight agency"),
                EvidenceField("request_reference", "the agency's request (reference or date)"),
                EvidenceField(
                    "of_originator", "whether the oversight concerns the author of the notes", "bool", required=False
                ),
            ),
        ),
        BasisSpec(
            "legal_defense", "defense in a legal action brought by the client", "45 CFR 164.508(a)(2)(i)(C)",
            ALL_KINDS, accountable=True,
            fields=(
                EvidenceField("proceeding", "the action or complaint the client brought (court or board)"),
                EvidenceField("case_number", "the case or complaint number"),
                EvidenceField("brought_by_client", "confirmation that the client brought the action", "bool"),
            ),
        ),
        BasisSpec(
            "coroner", "a coroner or medical examiner", "45 CFR 164.512(g)(1)", ALL_KINDS, accountable=True,
            fields=(
                EvidenceField("office", "the coroner's or medical examiner's office"),
                EvidenceField("official", "the official requesting"),
                EvidenceField("case_number", "the case number", required=False),
            ),
        ),
        BasisSpec(
            "treatment", "treatment by another provider", "45 CFR 164.506(c)(2)", frozenset({"progress"}),
            accountable=False, exclusion="for treatment (164.528(a)(1)(i))", minimum_necessary=False,
            # Who receives it, as the therapist says (domain/treatment_recipient.py): the client's copy is
            # their access (164.524), a relative is no provider.
            fields=(EvidenceField(RECIPIENT_FIELD, RECIPIENT_LABEL, "choice", choices=RECIPIENT_KINDS, unchosen=True),
                    EvidenceField("provider_role", "the receiving provider's role (e.g. psychiatrist)"),
                    EvidenceField(SAME_NAME_FIELD, SAME_NAME_LABEL, "bool", required=False)),
        ),
        BasisSpec(
            "payment", "payment", "45 CFR 164.506(c)(1)", frozenset({"billing"}), accountable=False,
            exclusion="for payment (164.528(a)(1)(i))",
            fields=(EvidenceField("payer_id", "the payer's identifier or claim reference", required=False),),
        ),
        BasisSpec(
            "client_access", "the client's own access request", "45 CFR 164.524", NOT_PSY, accountable=False,
            exclusion="to the client (164.528(a)(1)(ii))", minimum_necessary=False,
            fields=(EvidenceField("request_id", "the access request on file"),
                    # 164.524(c)(3)(ii): the client's signed, written direction to send the copy to a
                    # person it names; the copy then goes to that person, listed as them
                    # (services/access_recipient.py).
                    EvidenceField(DIRECTED_FIELD, "the client's signed, written direction naming this recipient",
                                  type="bool", required=False)),
        ),
        BasisSpec(
            "national_security", "national security or intelligence activities", "45 CFR 164.512(k)(2)",
            NOT_PSY, accountable=False,
            exclusion="for national security or intelligence purposes (164.528(a)(1)(vi))", hidden_from_client=True,
            fields=(
                EvidenceField("official", "the authorized federal official"),
                EvidenceField("authority", "the legal authority the official cited"),
                EvidenceField("request_reference", "the request's reference", required=False),
            ),
        ),
        BasisSpec(
            # Permissive, and minimum necessary applies (164.502(b)(2)(v) exempts only 164.512(a)).
            "serious_threat", "a disclosure to prevent or lessen a serious and imminent threat",
            "45 CFR 164.512(j)(1)(i)", ALL_KINDS, accountable=True,
            fields=(
                EvidenceField("agency", "who receives it (a person reasonably able to prevent or lessen the threat, "
                              "including its target)"),
                EvidenceField("threat", "the threat, in a few words"),
                EvidenceField("identifiable_person", "the person threatened", required=False),
                EvidenceField("statute", "a state duty-to-warn or duty-to-protect law you also rely on",
                              required=False),
                EvidenceField("report_reference", "the report or call reference", required=False),
            ),
        ),
        BasisSpec(
            "training", "supervised training in your own practice", "45 CFR 164.508(a)(2)(i)(B); 164.501",
            ALL_KINDS, accountable=False,
            exclusion="for health care operations: supervised training (164.528(a)(1)(i))",
            fields=(
                EvidenceField("trainee", "the trainee (student, intern or practitioner learning under supervision)"),
                EvidenceField("supervisor", "the supervisor"),
                EvidenceField("program", "the training program"),
                EvidenceField("own_practice", "confirmation that the training is your own practice's program",
                              "bool"),
            ),
        ),
        BasisSpec(
            # 164.501 "health care operations" (6)(iv): "the sale, transfer, merger, or consolidation of all or
            # part of the covered entity with another covered entity, or an entity that following such
            # activity will become a covered entity"; 164.506(c)(1) permits it without an authorization, and
            # 164.528(a)(1)(i) leaves it out of the accounting. Psychotherapy notes are not carried: 164.508(a)(2)
            # lists no such exception (PSYCHOTHERAPY_BASES). Minimum necessary applies: 164.502(b)(2) does not
            # except health care operations.
            "successor", "transfer of the practice to a successor (health care operations)",
            "45 CFR 164.501; 164.506(c)(1)", NOT_PSY, accountable=False,
            exclusion="for health care operations: transfer of the practice to a successor (164.528(a)(1)(i))",
            fields=(
                EvidenceField("transfer", "the transfer (the sale, merger or closing of your practice, and its date)"),
                # The therapist's word: the app cannot know whether the successor is a covered entity.
                EvidenceField("covered_entity", "confirmation that the successor is a HIPAA covered entity or becomes "
                              "one by this transfer", "bool"),
            ),
        ),
    )
}
HIDDEN_FROM_CLIENT = frozenset(k for k, spec in SPECS.items() if spec.hidden_from_client)


def moved_from(kind: str) -> tuple[Moved, ...]:
    """The choices `kind` no longer carries for a new disclosure, each with where it went."""
    return tuple(m for m in MOVED if m.kind == kind)


def asked_fields(kind: str, *, part2: bool | None) -> tuple[EvidenceField, ...]:
    """The evidence a form asks for `kind`, each as the gate will require it: a Part 2 field
    only when the records are Part 2 records (`part2`: the client is flagged Part 2, as the gate's
    GateContext.client_part2), and then required (42 CFR 2.64, subpoena.part2_order_lacking);
    None (not known): asked as the spec declares it. The form asked the 2.64 findings of every
    client's court order (found by a walker). A moved choice (MOVED) is never offered, nor a field
    asked only for it: the form offered "duty to warn" under "required by law", which the gate
    always refuses for a new disclosure."""
    moved = moved_from(kind)
    gone = {name for m in moved for name in m.only_for}
    asked = []
    for f in spec_for(kind).fields:
        if f.name in gone or (f.part2_only and part2 is False):
            continue
        if f.part2_only and part2:
            f = replace(f, required=True)
        dropped = {m.choice for m in moved if m.field == f.name}
        if dropped:
            f = replace(f, choices=tuple(c for c in f.choices if c not in dropped))
        asked.append(f)
    return tuple(asked)


def spec_for(kind: str) -> BasisSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise InvalidInput(f"Unknown legal basis '{kind}'. Choose one of: {', '.join(SPECS)}.") from None


@dataclass(frozen=True)
class LegalBasis:
    kind: BasisKind
    evidence: Mapping[str, Any] = field(default_factory=dict)
    authorization_id: str | None = None

    @property
    def spec(self) -> BasisSpec:
        return spec_for(self.kind)

    def missing_evidence(self) -> list[str]:
        return [label for _key, label in self.missing_evidence_keys()]

    def missing_evidence_keys(self) -> list[tuple[str, str]]:
        """missing_evidence as (key, label), the key "basis.field" (a screen's words for it)."""
        missing = []
        for f in self.spec.fields:
            value = self.evidence.get(f.name)
            unknown_choice = f.type == "choice" and value not in (None, "") and value not in f.choices
            if f.required and (value is None or value == "" or value == () or value == [] or value is False
                               or unknown_choice):
                missing.append((f"{self.kind}.{f.name}", f.label))
        if self.kind == "required_by_law" and self.evidence.get("law_kind") == "duty_to_warn":
            for name, label in (("threat", "the threat"), ("identifiable_person", "the person threatened")):
                if not str(self.evidence.get(name) or "").strip():
                    missing.append((f"duty_to_warn.{name}", label))
        law_kind = self.evidence.get("law_kind") if self.kind == "required_by_law" else None
        if law_kind == "other_statute" and not str(self.evidence.get("statute") or "").strip():
            missing.append(("required_by_law.statute", "the law that requires it (statute or rule)"))
        return missing

    def summary(self) -> str:
        """Short, id-level description for the ledger and the accounting (no clinical text),
        in one of SUMMARIES' forms (a screen reads it back with `read_summary`)."""
        ev = self.evidence
        form: str = self.kind
        params: dict[str, str] = {}
        if self.kind == "authorization":
            params = {"id": str(self.authorization_id)}
        elif self.kind == "court_order":
            params = {"court": str(ev.get("court", "?")), "case": str(ev.get("case_number", "?")),
                      "day": str(ev.get("order_date", "?"))}
            if ev.get("received_on"):
                form, params = "court_order.received", {**params, "received": str(ev["received_on"])}
        elif self.kind == "subpoena" and ev.get("received_on"):
            form, params = "subpoena.received", {"title": self.spec.title, "received": str(ev["received_on"])}
        elif self.kind == "required_by_law":
            params = {"law": str(ev.get("law_kind", "")).replace("_", " ")}
            if ev.get("statute"):
                form, params = "required_by_law.statute", {**params, "statute": str(ev["statute"])}
        elif self.kind == "health_oversight":
            params = {"reference": str(ev.get("request_reference", "?"))}
        elif self.kind == "legal_defense":
            params = {"case": str(ev.get("case_number", "?"))}
        elif self.kind == "coroner" and ev.get("case_number"):
            form, params = "coroner.case", {"case": str(ev["case_number"])}
        elif self.kind == "client_access":
            params = {"id": str(ev.get("request_id", "?"))}
        elif self.kind == "national_security":
            form, params = "title_citation", {"title": self.spec.title, "citation": self.spec.citation}
        elif self.kind == "serious_threat" and ev.get("statute"):
            form, params = "serious_threat.statute", {"statute": str(ev["statute"])}
        elif self.kind not in SUMMARIES:
            form, params = "title", {"title": self.spec.title}
        return SUMMARIES[form].format(**params)


# The ledger's summary of a basis (LegalBasis.summary), by form: signed history, so a form is
# never reworded; a screen in another language reads the parts back (`read_summary`) and says them.
SUMMARIES: dict[str, str] = {
    "authorization": "authorization {id}",
    "court_order": "court order, {court}, case {case}, {day}",
    "court_order.received": "court order, {court}, case {case}, {day}, received {received}",
    "subpoena.received": "{title}, received {received}",
    "required_by_law": "required by law ({law})",
    "required_by_law.statute": "required by law ({law}), {statute}",
    "health_oversight": "health oversight, request {reference}",
    "legal_defense": "defense in an action brought by the client, case {case}",
    "coroner": "coroner / medical examiner",
    "coroner.case": "coroner / medical examiner, case {case}",
    "client_access": "client's access request {id}",
    "title_citation": "{title} ({citation})",
    "serious_threat": "to prevent or lessen a serious and imminent threat (164.512(j))",
    "serious_threat.statute": "to prevent or lessen a serious and imminent threat (164.512(j)), {statute}",
    "training": "supervised training in the practice (164.508(a)(2)(i)(B))",
    "successor": "transfer of the practice to a successor (health care operations, 164.501)",
    "title": "{title}",
}
# The forms each basis's summary takes, the longer first (a statute after the law's kind).
_FORMS_OF: dict[str, tuple[str, ...]] = {
    "court_order": ("court_order.received", "court_order"),
    "subpoena": ("subpoena.received", "title"),
    "required_by_law": ("required_by_law.statute", "required_by_law"),
    "coroner": ("coroner.case", "coroner"),
    "national_security": ("title_citation",),
    "serious_threat": ("serious_threat.statute", "serious_threat"),
}


def _pattern(form: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", SUMMARIES[form])
    # Literal text and named parts alternate; a part is any text, the last one to the end.
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*?)" for i, p in enumerate(parts)))


def read_summary(kind: str, summary: str) -> tuple[str, dict[str, str]] | None:
    """The form and parts of a stored summary of a basis of `kind` (`LegalBasis.summary`), or
    None when it is in none of its forms (recorded by an older version: shown as stored)."""
    forms = _FORMS_OF.get(kind, (kind,) if kind in SUMMARIES else ("title",))
    for form in forms:
        found = _pattern(form).fullmatch(summary)
        if found is None:
            continue
        parts = found.groupdict()
        if "law" in parts and parts["law"].replace(" ", "_") not in LAW_KINDS:
            continue  # a statute with a bracket in it: not this form
        return form, parts
    return None


__all__ = [
    "CHOICE_LABELS",
    "DIRECTED_FIELD",
    "HIDDEN_FROM_CLIENT",
    "LAW_KINDS",
    "MOVED",
    "PSYCHOTHERAPY_BASES",
    "PSYCHOTHERAPY_REFUSAL",
    "SPECS",
    "SUBPOENA_ADVICE",
    "SUMMARIES",
    "BasisKind",
    "BasisSpec",
    "EvidenceField",
    "FieldType",
    "LegalBasis",
    "Moved",
    "asked_fields",
    "moved_from",
    "read_summary",
    "spec_for",
]
