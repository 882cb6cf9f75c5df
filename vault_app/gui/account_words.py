"""What the account window (account_dialog.py) says once a superbill or statement is written, its
payment methods in words, its notes of codes without a fee and of what a superbill needs, and its
date fields.
Apart from the dialog for its length (the dialog's own file stays under the team's limit); the
words stay in the dialog's translation context, "AccountDialog"."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit

from vault_app.domain.decedent import PASSWORD_TO_ESTATE
from vault_app.domain.superbill_diagnosis import PLAN_STARTS_LATER
from vault_app.gui.date_field import date_picker
from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# The methods in the screen's language; what is stored (and sent) is the key.
METHOD_WORDS = {
    "cash": QT_TRANSLATE_NOOP("AccountDialog", "cash"),
    "check": QT_TRANSLATE_NOOP("AccountDialog", "check"),
    "card": QT_TRANSLATE_NOOP("AccountDialog", "card"),
    "transfer": QT_TRANSLATE_NOOP("AccountDialog", "transfer"),
    "hsa": QT_TRANSLATE_NOOP("AccountDialog", "HSA"),
    "other": QT_TRANSLATE_NOOP("AccountDialog", "other"),
}


def method_words(method: str) -> str:
    """A payment method in the screen's language (a later key as stored)."""
    return QCoreApplication.translate("AccountDialog", METHOD_WORDS[method]) if method in METHOD_WORDS else method


def date_edit(day: date) -> QDateEdit:
    return date_picker("", QDate(day.year, day.month, day.day))


def issued_words(issued: Any) -> str:
    """The PDF written, its disclosure id, and who is to be told its password."""
    # Addressed to a guardian, it is the guardian who opens it (it said "the client" always).
    count: int = issued.sessions
    one = count == 1  # one source per form: English has no translator for %n's plural
    if issued.password_to == PASSWORD_TO_ESTATE:  # the client has died: never "give the client" (wclose F8)
        return _to_estate(count).format(file=issued.path.name, id=issued.disclosure_id)
    if issued.sessions == 0:
        # A statement of dates without a session or fee: "(0 lines)" read as an empty file.
        text = (QCoreApplication.translate(
            "AccountDialog", "{file} written (the balances: no session or fee in these dates), logged as disclosure "
                             "{id}. Give the client the password separately.") if issued.addressee == "client" else
                QCoreApplication.translate(
            "AccountDialog", "{file} written (the balances: no session or fee in these dates), logged as disclosure "
                             "{id}. Give the guardian it is addressed to the password separately."))
    elif issued.addressee == "client" and one:
        text = QCoreApplication.translate(
            "AccountDialog", "{file} written (%n line), logged as disclosure {id}. Give the client the password "
                             "separately.", "", 1)
    elif issued.addressee == "client":
        text = QCoreApplication.translate(
            "AccountDialog", "{file} written (%n lines), logged as disclosure {id}. Give the client the password "
                             "separately.", "", count)
    elif one:
        text = QCoreApplication.translate(
            "AccountDialog", "{file} written (%n line), logged as disclosure {id}. Give the guardian it is addressed "
                             "to the password separately.", "", 1)
    else:
        text = QCoreApplication.translate(
            "AccountDialog", "{file} written (%n lines), logged as disclosure {id}. Give the guardian it is "
                             "addressed to the password separately.", "", count)
    return text.format(file=issued.path.name, id=issued.disclosure_id)


def client_addressee(to: str) -> str:
    """The "Addressed to" choice that is not a guardian: the client, or the client having died, their
    estate, whose executor or administrator is given the password (45 CFR 164.502(g)(4))."""
    if to == PASSWORD_TO_ESTATE:
        return QCoreApplication.translate("AccountDialog", "The client's estate (its executor or administrator)")
    return QCoreApplication.translate("AccountDialog", "The client")


def _to_estate(count: int) -> str:
    """A deceased client's PDF: its password to the executor or administrator (45 CFR 164.502(g)(4))."""
    if count == 0:
        return QCoreApplication.translate(
            "AccountDialog", "{file} written (the balances: no session or fee in these dates), logged as disclosure "
                             "{id}. The client has died: give the password separately to their personal "
                             "representative, the executor or administrator of the estate (45 CFR 164.502(g)(4)).")
    if count == 1:
        return QCoreApplication.translate(
            "AccountDialog", "{file} written (%n line), logged as disclosure {id}. The client has died: give the "
                             "password separately to their personal representative, the executor or administrator "
                             "of the estate (45 CFR 164.502(g)(4)).", "", 1)
    return QCoreApplication.translate(
        "AccountDialog", "{file} written (%n lines), logged as disclosure {id}. The client has died: give the "
                         "password separately to their personal representative, the executor or administrator of "
                         "the estate (45 CFR 164.502(g)(4)).", "", count)


def issued_message(issued: Any) -> str:
    """What the message line says of a PDF made: where it went, the codes with no fee on it, the
    visits that took the plan's diagnosis."""
    text = issued_words(issued)
    if issued.unpriced:
        text += " " + unpriced_words(issued.unpriced)
    if issued.diagnosis_from_plan:
        text += " " + plan_diagnosis_words(issued.diagnosis_from_plan)
    return text


def same_day_words(count: int, day: date) -> str:
    """Asked once per range at Make the PDF: a superbill with a visit billed twice reaches an insurer."""
    return QCoreApplication.translate(
        "AccountDialog", "This PDF would list {count} sessions on {day}. If that day was one visit, correct the "
                         "session first; if there were two visits, press Make the PDF again.").format(
        count=count, day=show_date(day))


def unpriced_words(codes: tuple[str, ...]) -> str:
    return QCoreApplication.translate(
        "AccountDialog", "No fee is set for code {codes}: it adds nothing to the charges until its fee is set "
                         "(Fee schedule…).").format(codes=", ".join(codes)) if len(codes) == 1 else \
        QCoreApplication.translate(
            "AccountDialog", "No fee is set for codes {codes}: they add nothing to the charges until their fees are "
                             "set (Fee schedule…).").format(codes=", ".join(codes))


def plan_diagnosis_words(days: tuple[str, ...]) -> str:
    """After a superbill whose visits recorded no diagnosis took the treatment plan's current one
    (domain/superbill_diagnosis): the therapist certifies it, so it is said, with the way to correct it."""
    if not days:
        return ""
    return QCoreApplication.translate(
        "AccountDialog", "No diagnosis was recorded on the visit of {days}: this superbill gives it the treatment "
                         "plan's current diagnosis. If it was different then, record it on the session (Sessions & "
                         "notes, Correct session details…) and make the superbill again.").format(
        days=", ".join(show_date(day) for day in days))


def duplicates_words(days: list[tuple[date, int]]) -> str:
    """Two sessions on one day are two charges and two superbill lines: said before the PDF."""
    return QCoreApplication.translate(
        "AccountDialog", "More than one session on {days}: each is a charge and a line on the superbill. If one was "
                         "recorded twice, correct it under Sessions & notes (Correct session details…).").format(
        days=", ".join(f"{show_date(day)} ({count})" for day, count in days))


def us_forms_words(day: str, amount: str) -> str:
    """Beside Superbill, where the practice writes dates or money otherwise than the US does."""
    return QCoreApplication.translate(
        "AccountDialog", "A superbill is for the client's US health plan: its dates are written as the US writes "
                         "them (month/day/year: {day}), and its amounts too ({amount}), whatever Dates and money "
                         "says.").format(day=day, amount=amount)


def undiagnosed_words(visits: tuple[tuple[str, str], ...]) -> str:
    """Under the charges, before a superbill is asked for: the visits with no diagnosis in force
    (services/superbill_diagnosis.undiagnosed: (ISO date, why)), for which a superbill listing
    them is refused (CMS-1500 items 21 and 24E), and where to add it; "" for none."""
    none = [show_date(day) for day, why in visits if why != PLAN_STARTS_LATER]
    later = [show_date(day) for day, why in visits if why == PLAN_STARTS_LATER]
    said = []
    if none:
        said.append(QCoreApplication.translate(
            "AccountDialog", "The visit of {days} has no diagnosis: a superbill listing it is refused (a health plan "
                             "pays a service only against its diagnosis). Add it in the chart's treatment plan "
                             "(Overview, Edit plan…) or on the session (Sessions & notes, Correct session details…); "
                             "a statement can be made as it is.").format(days=", ".join(none)))
    if later:
        said.append(QCoreApplication.translate(
            "AccountDialog", "The treatment plan's diagnosis starts after the visit of {days}: a superbill listing it "
                             "is refused. Record that visit's diagnosis on the session (Sessions & notes, Correct "
                             "session details…), or correct the plan's start date; a statement can be made as it "
                             "is.").format(days=", ".join(later)))
    return " ".join(said)


def superbill_needs_words(missing: tuple[str, ...], unpriced: tuple[str, ...]) -> str:
    """Beside Superbill, before the PDF: what the practice lacks (domain/superbill_provider) and
    the services with no fee (domain/superbill_fees), for either of which a superbill is refused."""
    said = []
    if missing:
        words = {"npi": QCoreApplication.translate("AccountDialog", "NPI"),
                 "tax_id": QCoreApplication.translate("AccountDialog", "Tax ID"),
                 "address": QCoreApplication.translate("AccountDialog", "address")}
        said.append(QCoreApplication.translate(
            "AccountDialog", "Not set for a superbill: {fields}. A health plan cannot pay from one without them: set "
                             "them in Vault > Settings… > About you and the practice. A statement can be made without "
                             "them.").format(fields=", ".join(words.get(name, name) for name in missing)))
    if unpriced:
        # Found: a superbill issued with every line "no fee set" and a total of $0.00, unsaid until then.
        said.append(QCoreApplication.translate(
            "AccountDialog", "No fee is set for {codes}: a superbill listing it is refused (a health plan pays from "
                             "each service's charge). Set the fee with Fee schedule… (or the session's own) first; a "
                             "statement can be made as it is.").format(codes=", ".join(unpriced)))
    return " ".join(said)


__all__ = ["METHOD_WORDS", "date_edit", "duplicates_words", "issued_message", "issued_words", "method_words",
           "plan_diagnosis_words", "same_day_words", "superbill_needs_words", "undiagnosed_words", "unpriced_words",
           "us_forms_words"]
