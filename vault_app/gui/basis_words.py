"""The legal bases and their evidence fields as the export wizard's form shows them, in the
screen's language. What is stored, checked and signed stays the domain's key and English
(domain/disclosure_basis.SPECS); only the words on screen change.

The English here repeats the domain's labels for pyside6-lupdate (it cannot see the domain's
tables). A label is translated only while its English still equals the domain's, so a label
reworded there shows its new English, never a stale translation
(tests/gui/test_spanish_legal_screens.py keeps the tables complete). The evidence fields' labels
are the gate's table (gui/refusal_words_gate.EVIDENCE): the form's box and the gate's list of
what is lacking say the same words."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.basis_citations import basis_citation
from vault_app.domain.disclosure_basis import SPECS, SUMMARIES, read_summary
from vault_app.gui.dates import show_basis, show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP, current_language
from vault_app.gui.refusal_words_gate import BASES, EVIDENCE
from vault_app.gui.refusal_words_gate import CONTEXT as GATE_CONTEXT

CONTEXT = "BasisWords"

# A choice field's stored values (domain/disclosure_basis.LAW_KINDS, the subpoena's choices, who receives a
# treatment disclosure).
CHOICES: Mapping[str, str] = {
    "child_abuse_report": QT_TRANSLATE_NOOP("BasisWords", "child abuse report"),
    "elder_abuse_report": QT_TRANSLATE_NOOP("BasisWords", "elder abuse report"),
    "duty_to_warn": QT_TRANSLATE_NOOP("BasisWords", "duty to warn"),
    "other_statute": QT_TRANSLATE_NOOP("BasisWords", "other statute"),
    "notice_to_client": QT_TRANSLATE_NOOP("BasisWords", "notice to client"),
    "protective_order": QT_TRANSLATE_NOOP("BasisWords", "protective order"),
    "agreed_and_presented": QT_TRANSLATE_NOOP("BasisWords", "agreed and presented"),
    "requested": QT_TRANSLATE_NOOP("BasisWords", "requested"),
    # Who receives a treatment disclosure (domain/treatment_recipient.RECIPIENT_KINDS).
    "provider": QT_TRANSLATE_NOOP("BasisWords", "another health care provider"),
    "client": QT_TRANSLATE_NOOP("BasisWords", "the client themself"),
    "someone_else": QT_TRANSLATE_NOOP("BasisWords", "someone else (a relative, a friend, an employer)"),
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
    "successor": QT_TRANSLATE_NOOP(
        "BasisWords", "for health care operations: transfer of the practice to a successor (164.528(a)(1)(i))"),
}


# A disclosure's basis as the ledger summarises it (domain/disclosure_basis.SUMMARIES), by form:
# the chart's Disclosures tab said "required by law (child abuse report)" on Spanish screens.
SUMMARY_WORDS: Mapping[str, str] = {
    "authorization": QT_TRANSLATE_NOOP("BasisWords", "authorization {id}"),
    "court_order": QT_TRANSLATE_NOOP("BasisWords", "court order, {court}, case {case}, {day}"),
    "court_order.received": QT_TRANSLATE_NOOP(
        "BasisWords", "court order, {court}, case {case}, {day}, received {received}"),
    "subpoena.received": QT_TRANSLATE_NOOP("BasisWords", "{title}, received {received}"),
    "required_by_law": QT_TRANSLATE_NOOP("BasisWords", "required by law ({law})"),
    "required_by_law.statute": QT_TRANSLATE_NOOP("BasisWords", "required by law ({law}), {statute}"),
    "health_oversight": QT_TRANSLATE_NOOP("BasisWords", "health oversight, request {reference}"),
    "legal_defense": QT_TRANSLATE_NOOP("BasisWords", "defense in an action brought by the client, case {case}"),
    "coroner": QT_TRANSLATE_NOOP("BasisWords", "coroner / medical examiner"),
    "coroner.case": QT_TRANSLATE_NOOP("BasisWords", "coroner / medical examiner, case {case}"),
    "client_access": QT_TRANSLATE_NOOP("BasisWords", "client's access request {id}"),
    "title_citation": QT_TRANSLATE_NOOP("BasisWords", "{title} ({citation})"),
    "serious_threat": QT_TRANSLATE_NOOP(
        "BasisWords", "to prevent or lessen a serious and imminent threat (164.512(j))"),
    "serious_threat.statute": QT_TRANSLATE_NOOP(
        "BasisWords", "to prevent or lessen a serious and imminent threat (164.512(j)), {statute}"),
    "training": QT_TRANSLATE_NOOP("BasisWords", "supervised training in the practice (164.508(a)(2)(i)(B))"),
    "successor": QT_TRANSLATE_NOOP(
        "BasisWords", "transfer of the practice to a successor (health care operations, 164.501)"),
    "title": QT_TRANSLATE_NOOP("BasisWords", "{title}"),
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
    # The gate's list of what a basis lacks says the same label: one table, one Spanish (GateWords).
    return QCoreApplication.translate(GATE_CONTEXT, source) if source == label else label


def summary_words(kind: str, summary: str) -> str:
    """A disclosure's basis as the ledger summarised it, in the screen's language: its form read
    back (domain/disclosure_basis.read_summary), a law's kind and the basis's title said in
    words, an order's date as the practice writes it. In English, or in a form it cannot read
    (an older version's), the summary as stored, its date as the practice writes it."""
    found = read_summary(kind, summary) if current_language() != "en" else None
    source = SUMMARY_WORDS.get(found[0]) if found is not None else None
    if found is None or source is None or source != SUMMARIES[found[0]]:
        return show_basis(summary)
    parts = found[1]
    if "law" in parts:
        parts["law"] = choice_words(parts["law"].replace(" ", "_"))
    if "title" in parts and kind in SPECS:
        parts["title"] = basis_title(kind)
    for day in ("day", "received"):
        if day in parts:
            parts[day] = show_date(parts[day])
    return QCoreApplication.translate(CONTEXT, source).format(**parts)


def cited_summary_words(kind: str, summary: str) -> str:
    """summary_words with the basis's section of the law beside it when the summary names none
    (domain/basis_citations): "required by law (child abuse report)" named no section on the
    chart's Disclosures tab, while the serious threat's summary named 164.512(j) (a walker)."""
    shown = summary_words(kind, summary)
    citation = basis_citation(kind, summary)
    return QCoreApplication.translate("BasisWords", "{basis} — {citation}").format(
        basis=shown, citation=citation) if citation else shown


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


__all__ = ["CHOICES", "EVIDENCE", "EXCLUSIONS", "KIND_BOXES", "SUMMARY_WORDS", "basis_title", "choice_words",
           "cited_summary_words", "evidence_label", "exclusion_words", "kind_words", "summary_words"]
