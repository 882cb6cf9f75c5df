"""The legal bases and their evidence fields as the export wizard's form shows them, in the
screen's language. What is stored, checked and signed stays the domain's key and English
(domain/disclosure_basis.SPECS); only the words on screen change.

The English here repeats the domain's labels for pyside6-lupdate (it cannot see the domain's
tables). A label is translated only while its English still equals the domain's, so a label
reworded there shows its new English, never a stale translation
(tests/gui/test_spanish_legal_screens.py keeps the tables complete)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.disclosure_basis import SPECS
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_words_gate import BASES
from vault_app.gui.refusal_words_gate import CONTEXT as GATE_CONTEXT

CONTEXT = "BasisWords"

# Each basis's evidence field, by "basis.field" (the keys the gate's "lacking" list uses too).
EVIDENCE: Mapping[str, str] = {
    "court_order.judge": QT_TRANSLATE_NOOP("BasisWords", "the judge's name"),
    "court_order.court": QT_TRANSLATE_NOOP("BasisWords", "the court"),
    "court_order.case_number": QT_TRANSLATE_NOOP("BasisWords", "the case number"),
    "court_order.order_date": QT_TRANSLATE_NOOP("BasisWords", "the date of the order"),
    "court_order.order_attachment_id": QT_TRANSLATE_NOOP("BasisWords", "the attached copy of the signed order"),
    "court_order.covers": QT_TRANSLATE_NOOP(
        "BasisWords", "what the order requires (progress, psychotherapy, billing)"),
    "court_order.records_from": QT_TRANSLATE_NOOP("BasisWords", "the first date of records the order covers"),
    "court_order.records_to": QT_TRANSLATE_NOOP("BasisWords", "the last date of records the order covers"),
    "court_order.part2_findings": QT_TRANSLATE_NOOP(
        "BasisWords", "whether the order makes the findings of 42 CFR 2.64"),
    "court_order.part2_notice_on": QT_TRANSLATE_NOOP(
        "BasisWords", "when the patient was given notice of the 2.64 application"),
    "court_order.part2_limits": QT_TRANSLATE_NOOP(
        "BasisWords", "the 2.64 order's limits on what, to whom, and identity protection"),
    "subpoena.issuer": QT_TRANSLATE_NOOP("BasisWords", "who issued the subpoena"),
    "subpoena.case_number": QT_TRANSLATE_NOOP("BasisWords", "the case number"),
    "subpoena.assurance": QT_TRANSLATE_NOOP("BasisWords", "the satisfactory assurance received"),
    "subpoena.assurance_attachment_id": QT_TRANSLATE_NOOP("BasisWords", "the written statement of assurance"),
    "subpoena.notice_sent_on": QT_TRANSLATE_NOOP("BasisWords", "when written notice was sent to the client"),
    "subpoena.notice_sufficient": QT_TRANSLATE_NOOP("BasisWords", "the notice let the client object"),
    "subpoena.objection_deadline": QT_TRANSLATE_NOOP("BasisWords", "the last day to object"),
    "subpoena.objections_resolved": QT_TRANSLATE_NOOP("BasisWords", "no objection, or all resolved"),
    "subpoena.qpo_status": QT_TRANSLATE_NOOP("BasisWords", "the qualified protective order's status"),
    "subpoena.qpo_limits_use": QT_TRANSLATE_NOOP("BasisWords", "the order forbids use outside the litigation"),
    "subpoena.qpo_return_or_destroy": QT_TRANSLATE_NOOP("BasisWords", "the order requires return or destruction"),
    "required_by_law.law_kind": QT_TRANSLATE_NOOP("BasisWords", "which duty applies"),
    "required_by_law.agency": QT_TRANSLATE_NOOP("BasisWords", "the agency or person receiving the report"),
    "required_by_law.statute": QT_TRANSLATE_NOOP("BasisWords", "the law that requires it (statute or rule)"),
    "required_by_law.threat": QT_TRANSLATE_NOOP("BasisWords", "the threat (duty to warn/protect)"),
    "required_by_law.identifiable_person": QT_TRANSLATE_NOOP("BasisWords", "the identifiable person threatened"),
    "required_by_law.report_reference": QT_TRANSLATE_NOOP("BasisWords", "the report or hotline reference"),
    "health_oversight.agency": QT_TRANSLATE_NOOP("BasisWords", "the oversight agency"),
    "health_oversight.request_reference": QT_TRANSLATE_NOOP("BasisWords", "the agency's request (reference or date)"),
    "health_oversight.of_originator": QT_TRANSLATE_NOOP(
        "BasisWords", "whether the oversight concerns the author of the notes"),
    "legal_defense.proceeding": QT_TRANSLATE_NOOP(
        "BasisWords", "the action or complaint the client brought (court or board)"),
    "legal_defense.case_number": QT_TRANSLATE_NOOP("BasisWords", "the case or complaint number"),
    "legal_defense.brought_by_client": QT_TRANSLATE_NOOP(
        "BasisWords", "confirmation that the client brought the action"),
    "coroner.office": QT_TRANSLATE_NOOP("BasisWords", "the coroner's or medical examiner's office"),
    "coroner.official": QT_TRANSLATE_NOOP("BasisWords", "the official requesting"),
    "coroner.case_number": QT_TRANSLATE_NOOP("BasisWords", "the case number"),
    "treatment.provider_role": QT_TRANSLATE_NOOP("BasisWords", "the receiving provider's role (e.g. psychiatrist)"),
    "payment.payer_id": QT_TRANSLATE_NOOP("BasisWords", "the payer's identifier or claim reference"),
    "client_access.request_id": QT_TRANSLATE_NOOP("BasisWords", "the access request on file"),
    "national_security.official": QT_TRANSLATE_NOOP("BasisWords", "the authorized federal official"),
    "national_security.authority": QT_TRANSLATE_NOOP("BasisWords", "the legal authority the official cited"),
    "national_security.request_reference": QT_TRANSLATE_NOOP("BasisWords", "the request's reference"),
    "serious_threat.agency": QT_TRANSLATE_NOOP(
        "BasisWords", "who receives it (a person reasonably able to prevent or lessen the threat, including its "
                      "target)"),
    "serious_threat.threat": QT_TRANSLATE_NOOP("BasisWords", "the threat, in a few words"),
    "serious_threat.identifiable_person": QT_TRANSLATE_NOOP("BasisWords", "the person threatened"),
    "serious_threat.statute": QT_TRANSLATE_NOOP(
        "BasisWords", "a state duty-to-warn or duty-to-protect law you also rely on"),
    "serious_threat.report_reference": QT_TRANSLATE_NOOP("BasisWords", "the report or call reference"),
    "training.trainee": QT_TRANSLATE_NOOP(
        "BasisWords", "the trainee (student, intern or practitioner learning under supervision)"),
    "training.supervisor": QT_TRANSLATE_NOOP("BasisWords", "the supervisor"),
    "training.program": QT_TRANSLATE_NOOP("BasisWords", "the training program"),
    "training.own_practice": QT_TRANSLATE_NOOP(
        "BasisWords", "confirmation that the training is your own practice's program"),
}

# A choice field's stored values (domain/disclosure_basis.LAW_KINDS and the subpoena's choices).
CHOICES: Mapping[str, str] = {
    "child_abuse_report": QT_TRANSLATE_NOOP("BasisWords", "child abuse report"),
    "elder_abuse_report": QT_TRANSLATE_NOOP("BasisWords", "elder abuse report"),
    "duty_to_warn": QT_TRANSLATE_NOOP("BasisWords", "duty to warn"),
    "other_statute": QT_TRANSLATE_NOOP("BasisWords", "other statute"),
    "notice_to_client": QT_TRANSLATE_NOOP("BasisWords", "notice to client"),
    "protective_order": QT_TRANSLATE_NOOP("BasisWords", "protective order"),
    "agreed_and_presented": QT_TRANSLATE_NOOP("BasisWords", "agreed and presented"),
    "requested": QT_TRANSLATE_NOOP("BasisWords", "requested"),
}

# The kinds of records a court order covers, one box each (short: the label says "notes").
KIND_BOXES: Mapping[str, str] = {
    "progress": QT_TRANSLATE_NOOP("BasisWords", "progress"),
    "psychotherapy": QT_TRANSLATE_NOOP("BasisWords", "psychotherapy"),
    "billing": QT_TRANSLATE_NOOP("BasisWords", "billing"),
}

# Why a basis's disclosures are left out of the client's accounting (BasisSpec.exclusion).
EXCLUSIONS: Mapping[str, str] = {
    "authorization": QT_TRANSLATE_NOOP("BasisWords", "under the client's authorization (164.528(a)(1)(iv))"),
    "treatment": QT_TRANSLATE_NOOP("BasisWords", "for treatment (164.528(a)(1)(i))"),
    "payment": QT_TRANSLATE_NOOP("BasisWords", "for payment (164.528(a)(1)(i))"),
    "client_access": QT_TRANSLATE_NOOP("BasisWords", "to the client (164.528(a)(1)(ii))"),
    "national_security": QT_TRANSLATE_NOOP(
        "BasisWords", "for national security or intelligence purposes (164.528(a)(1)(vi))"),
    "training": QT_TRANSLATE_NOOP(
        "BasisWords", "for health care operations: supervised training (164.528(a)(1)(i))"),
}


def _domain_label(key: str) -> str | None:
    kind, _dot, name = key.partition(".")
    spec = SPECS.get(kind)
    found = [f.label for f in spec.fields if f.name == name] if spec is not None else []
    return found[0] if found else None


def basis_title(kind: str) -> str:
    """A basis as the drop-down names it ("a court order"), in the screen's language."""
    title = SPECS[kind].title
    source = BASES.get(kind)
    return QCoreApplication.translate(GATE_CONTEXT, source) if source == title else title


def evidence_label(kind: str, name: str) -> str:
    """An evidence field's label in the screen's language (the domain's while it has no words)."""
    key = f"{kind}.{name}"
    label = _domain_label(key) or name
    source = EVIDENCE.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source == label else label


def exclusion_words(kind: str, exclusion: str) -> str:
    """Why a verdict's disclosure is not in the accounting, in the screen's language."""
    source = EXCLUSIONS.get(kind)
    return QCoreApplication.translate(CONTEXT, source) if source == exclusion else exclusion


def choice_words(value: str) -> str:
    source = CHOICES.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source is not None else value.replace("_", " ")


def kind_words(kind: str) -> str:
    """A kind of records as a court order's box to tick names it ("progress")."""
    source = KIND_BOXES.get(kind)
    return QCoreApplication.translate(CONTEXT, source) if source is not None else kind


__all__ = ["CHOICES", "EVIDENCE", "EXCLUSIONS", "KIND_BOXES", "basis_title", "choice_words", "evidence_label",
           "exclusion_words", "kind_words"]
