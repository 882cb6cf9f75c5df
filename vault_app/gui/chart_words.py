"""The stored words the chart's tabs show (a session's billing status, a goal's status, an
attachment's kind, a request's status...) in the screen's language. What is stored, compared
and exported stays the key ("no_charge", "partially_granted"); only its display is translated.
A key added to the domain later shows as stored, underscores as spaces, until it has words here.

The tables are QT_TRANSLATE_NOOP-marked so pyside6-lupdate sees them (it does not see strings
passed through a helper); they are translated under the context "ChartWords"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

GOAL_STATUS = {
    "active": QT_TRANSLATE_NOOP("ChartWords", "active"),
    "met": QT_TRANSLATE_NOOP("ChartWords", "met"),
    "revised": QT_TRANSLATE_NOOP("ChartWords", "revised"),
    "discontinued": QT_TRANSLATE_NOOP("ChartWords", "discontinued"),
}
BILLING_STATUS = {
    "unbilled": QT_TRANSLATE_NOOP("ChartWords", "unbilled"),
    "billed": QT_TRANSLATE_NOOP("ChartWords", "billed"),
    "paid": QT_TRANSLATE_NOOP("ChartWords", "paid"),
    "denied": QT_TRANSLATE_NOOP("ChartWords", "denied"),
    "no_charge": QT_TRANSLATE_NOOP("ChartWords", "no charge"),
    "self_pay": QT_TRANSLATE_NOOP("ChartWords", "self-pay"),
}
# A session's modality is the kind of therapy, its setting where it took place.
MODALITY = {
    "individual": QT_TRANSLATE_NOOP("ChartWords", "individual"),
    "couple": QT_TRANSLATE_NOOP("ChartWords", "couple"),
    "family": QT_TRANSLATE_NOOP("ChartWords", "family"),
    "group": QT_TRANSLATE_NOOP("ChartWords", "group"),
}
SETTING = {
    "in_person": QT_TRANSLATE_NOOP("ChartWords", "in person"),
    "telehealth": QT_TRANSLATE_NOOP("ChartWords", "telehealth"),
}
GUARDIAN_AUTHORITY = {
    "parent": QT_TRANSLATE_NOOP("ChartWords", "parent"),
    "legal_guardian": QT_TRANSLATE_NOOP("ChartWords", "legal guardian"),
    "personal_representative": QT_TRANSLATE_NOOP("ChartWords", "personal representative"),
    "health_care_agent": QT_TRANSLATE_NOOP("ChartWords", "health care agent"),
    "other": QT_TRANSLATE_NOOP("ChartWords", "other"),
}
ATTACHMENT_KIND = {
    "consent": QT_TRANSLATE_NOOP("ChartWords", "consent"),
    "authorization": QT_TRANSLATE_NOOP("ChartWords", "authorization"),
    "court_order": QT_TRANSLATE_NOOP("ChartWords", "court order"),
    "custody_order": QT_TRANSLATE_NOOP("ChartWords", "custody order"),
    "other": QT_TRANSLATE_NOOP("ChartWords", "other"),
    "imported_note": QT_TRANSLATE_NOOP("ChartWords", "imported note"),
    "treatment_plan": QT_TRANSLATE_NOOP("ChartWords", "treatment plan"),
    "questionnaire": QT_TRANSLATE_NOOP("ChartWords", "questionnaire"),
    "billing": QT_TRANSLATE_NOOP("ChartWords", "billing"),
    "message": QT_TRANSLATE_NOOP("ChartWords", "message"),
    "stored_document": QT_TRANSLATE_NOOP("ChartWords", "stored document"),
}
# The attachment kinds the Attachments tab offers, capitalised as its list shows them.
ATTACHMENT_CHOICE = {
    "consent": QT_TRANSLATE_NOOP("ChartWords", "Consent"),
    "authorization": QT_TRANSLATE_NOOP("ChartWords", "Authorization"),
    "court_order": QT_TRANSLATE_NOOP("ChartWords", "Court order"),
    "custody_order": QT_TRANSLATE_NOOP("ChartWords", "Custody order"),
    "other": QT_TRANSLATE_NOOP("ChartWords", "Other"),
}
AUTHORIZATION_STATE = {
    "valid": QT_TRANSLATE_NOOP("ChartWords", "valid"),
    "expired": QT_TRANSLATE_NOOP("ChartWords", "expired"),
    "revoked": QT_TRANSLATE_NOOP("ChartWords", "revoked"),
    "incomplete": QT_TRANSLATE_NOOP("ChartWords", "incomplete"),
    "not_yet_effective": QT_TRANSLATE_NOOP("ChartWords", "not yet effective"),
}
# What an authorization covers (domain.authorization.InfoKind). The notes are said as notes
# (found: "progress to Dr. ..." in the Covers column and the export's authorization picker).
INFO_KIND = {
    "progress": QT_TRANSLATE_NOOP("ChartWords", "progress notes"),
    "psychotherapy": QT_TRANSLATE_NOOP("ChartWords", "psychotherapy notes"),
    "billing": QT_TRANSLATE_NOOP("ChartWords", "billing"),
}
REQUEST_KIND = {
    "access": QT_TRANSLATE_NOOP("ChartWords", "access"),
    "amendment": QT_TRANSLATE_NOOP("ChartWords", "amendment"),
    "accounting": QT_TRANSLATE_NOOP("ChartWords", "accounting"),
}
REQUEST_STATUS = {
    "open": QT_TRANSLATE_NOOP("ChartWords", "open"),
    "granted": QT_TRANSLATE_NOOP("ChartWords", "granted"),
    "partially_granted": QT_TRANSLATE_NOOP("ChartWords", "partially granted"),
    "denied": QT_TRANSLATE_NOOP("ChartWords", "denied"),
    "withdrawn": QT_TRANSLATE_NOOP("ChartWords", "withdrawn"),
}
# A measure's severity band (the instruments' own labels, domain/measures/instruments.py).
SEVERITY = {
    "minimal": QT_TRANSLATE_NOOP("ChartWords", "minimal"),
    "mild": QT_TRANSLATE_NOOP("ChartWords", "mild"),
    "moderate": QT_TRANSLATE_NOOP("ChartWords", "moderate"),
    "moderately severe": QT_TRANSLATE_NOOP("ChartWords", "moderately severe"),
    "severe": QT_TRANSLATE_NOOP("ChartWords", "severe"),
}
# A result against the first one, by the instrument's reliable-change threshold.
CHANGE = {
    "improved": QT_TRANSLATE_NOOP("ChartWords", "improved"),
    "deteriorated": QT_TRANSLATE_NOOP("ChartWords", "deteriorated"),
    "no reliable change": QT_TRANSLATE_NOOP("ChartWords", "no reliable change"),
}

# The same values as the forms' drop-downs offer them, capitalised as they always read there
# ("Self pay", "In person"): English is the key with spaces for underscores, first letter up.
MODALITY_CHOICE = {
    "individual": QT_TRANSLATE_NOOP("ChartWords", "Individual"),
    "couple": QT_TRANSLATE_NOOP("ChartWords", "Couple"),
    "family": QT_TRANSLATE_NOOP("ChartWords", "Family"),
    "group": QT_TRANSLATE_NOOP("ChartWords", "Group"),
}
SETTING_CHOICE = {
    "in_person": QT_TRANSLATE_NOOP("ChartWords", "In person"),
    "telehealth": QT_TRANSLATE_NOOP("ChartWords", "Telehealth"),
}
SERVICE_TYPE_CHOICE = {
    "psychotherapy": QT_TRANSLATE_NOOP("ChartWords", "Psychotherapy"),
    "intake": QT_TRANSLATE_NOOP("ChartWords", "Intake"),
    "crisis": QT_TRANSLATE_NOOP("ChartWords", "Crisis"),
}
BILLING_CHOICE = {
    "unbilled": QT_TRANSLATE_NOOP("ChartWords", "Unbilled"),
    "billed": QT_TRANSLATE_NOOP("ChartWords", "Billed"),
    "paid": QT_TRANSLATE_NOOP("ChartWords", "Paid"),
    "denied": QT_TRANSLATE_NOOP("ChartWords", "Denied"),
    "no_charge": QT_TRANSLATE_NOOP("ChartWords", "No charge"),
    "self_pay": QT_TRANSLATE_NOOP("ChartWords", "Self pay"),
}
GOAL_STATUS_CHOICE = {
    "active": QT_TRANSLATE_NOOP("ChartWords", "Active"),
    "met": QT_TRANSLATE_NOOP("ChartWords", "Met"),
    "revised": QT_TRANSLATE_NOOP("ChartWords", "Revised"),
    "discontinued": QT_TRANSLATE_NOOP("ChartWords", "Discontinued"),
}
GUARDIAN_AUTHORITY_CHOICE = {
    "parent": QT_TRANSLATE_NOOP("ChartWords", "Parent"),
    "legal_guardian": QT_TRANSLATE_NOOP("ChartWords", "Legal guardian"),
    "personal_representative": QT_TRANSLATE_NOOP("ChartWords", "Personal representative"),
    "health_care_agent": QT_TRANSLATE_NOOP("ChartWords", "Health care agent"),
    "other": QT_TRANSLATE_NOOP("ChartWords", "Other"),
}


def shown(table: Mapping[str, str], key: str) -> str:
    """`key` in the screen's language, or as stored (underscores as spaces) when not in `table`."""
    if key in table:
        return QCoreApplication.translate("ChartWords", table[key])
    return key.replace("_", " ")


def shown_all(table: Mapping[str, str], keys: Iterable[str]) -> str:
    return ", ".join(shown(table, k) for k in keys)


def representative_words(name: str, authority: str, relationship: str = "") -> str:
    """domain.who_acts.label in the screen's language: "Jane Roe, parent (mother)", «Jane Roe,
    progenitor (madre)». English reads exactly as the domain's (a test holds them equal); the
    ledger keeps the domain's words."""
    rel = relationship.strip()
    if authority == "other":
        words = rel or shown(GUARDIAN_AUTHORITY, "personal_representative")
    else:
        words = shown(GUARDIAN_AUTHORITY, authority)
        if rel and rel.lower() != authority.replace("_", " "):  # compared as the domain compares
            words += f" ({rel})"
    return f"{name.strip()}, {words}"


__all__ = ["ATTACHMENT_CHOICE", "ATTACHMENT_KIND", "AUTHORIZATION_STATE", "BILLING_CHOICE", "BILLING_STATUS", "CHANGE",
           "GOAL_STATUS", "GOAL_STATUS_CHOICE", "GUARDIAN_AUTHORITY", "GUARDIAN_AUTHORITY_CHOICE", "INFO_KIND",
           "MODALITY", "MODALITY_CHOICE", "REQUEST_KIND", "REQUEST_STATUS", "SERVICE_TYPE_CHOICE", "SETTING",
           "SETTING_CHOICE", "SEVERITY", "representative_words", "shown", "shown_all"]
