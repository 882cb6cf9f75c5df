"""The record a History line is about, in a clinician's words ("progress note", not "progress").

The ledger keeps the record's stored kind; what it names depends on the entry: a note's or a
document's kind, the notes a disclosure held, what a request or a restriction asked for. Found in
the real app (round 45's walker): the History tab read "note: signed (kind psychotherapy)".
tests/gui/test_history_kind_words.py holds every kind the domain keeps to an entry here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# A note's or an attached document's kind (and any other entry's, by default).
KINDS = {
    "progress": QT_TRANSLATE_NOOP("HistoryWords", "progress note"),
    "psychotherapy": QT_TRANSLATE_NOOP("HistoryWords", "psychotherapy note"),
    "consent": QT_TRANSLATE_NOOP("HistoryWords", "consent form"),
    "authorization": QT_TRANSLATE_NOOP("HistoryWords", "signed authorization"),
    "court_order": QT_TRANSLATE_NOOP("HistoryWords", "court order"),
    "custody_order": QT_TRANSLATE_NOOP("HistoryWords", "custody order"),
    "other": QT_TRANSLATE_NOOP("HistoryWords", "other document"),
    "imported_note": QT_TRANSLATE_NOOP("HistoryWords", "imported note"),
    "treatment_plan": QT_TRANSLATE_NOOP("HistoryWords", "treatment plan"),
    "questionnaire": QT_TRANSLATE_NOOP("HistoryWords", "questionnaire"),
    "billing": QT_TRANSLATE_NOOP("HistoryWords", "billing record"),
    "message": QT_TRANSLATE_NOOP("HistoryWords", "message"),
    "stored_document": QT_TRANSLATE_NOOP("HistoryWords", "stored document"),
    "access": QT_TRANSLATE_NOOP("HistoryWords", "to see or copy the record"),
    "amendment": QT_TRANSLATE_NOOP("HistoryWords", "to amend the record"),
    "accounting": QT_TRANSLATE_NOOP("HistoryWords", "for an accounting of disclosures"),
    "health_plan_self_pay": QT_TRANSLATE_NOOP("HistoryWords", "not to tell the health plan of self-paid care"),
}
# What a disclosure or an export held (domain/authorization.INFO_KINDS), said as the Disclosures tab says it.
DISCLOSED = {
    "progress": QT_TRANSLATE_NOOP("HistoryWords", "progress notes"),
    "psychotherapy": QT_TRANSLATE_NOOP("HistoryWords", "psychotherapy notes"),
    "billing": QT_TRANSLATE_NOOP("HistoryWords", "billing information"),
}
# What a request asked for (domain/deadlines.RequestKind): "Request received (to see or copy the record)".
REQUESTED = {
    "access": KINDS["access"],
    "amendment": KINDS["amendment"],
    "accounting": KINDS["accounting"],
}
# What a restriction asked (domain/restrictions.RESTRICTION_KINDS).
RESTRICTED = {
    "health_plan_self_pay": KINDS["health_plan_self_pay"],
    "other": QT_TRANSLATE_NOOP("HistoryWords", "to limit uses or disclosures"),
}
# Entries whose phrase names the record already: the kind would say it twice ("Amendment accepted
# (to amend the record)").
UNSAID = ("amendment.",)


def kind_words(event: str, value: str) -> str:
    """The record an entry of `event` names, by its stored kind `value`, in the screen's language;
    "" when the phrase says it already. A kind added later reads spelt out ("new kind")."""
    if event.startswith(UNSAID):
        return ""
    table = (REQUESTED if event.startswith("request.") else RESTRICTED if event.startswith("restriction.")
             else DISCLOSED if event in ("disclosure", "disclosure.not_delivered", "export.created", "chart.exported")
             else KINDS)
    words = table.get(value) or KINDS.get(value)
    return QCoreApplication.translate("HistoryWords", words) if words else value.replace("_", " ")


__all__ = ["DISCLOSED", "KINDS", "REQUESTED", "RESTRICTED", "kind_words"]
