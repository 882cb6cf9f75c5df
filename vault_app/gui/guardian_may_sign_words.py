"""What the Guardians window's list says under "May sign" for one guardian today: the one answer of
domain/may_sign (the Overview, `guardian list` and `client show` say the same), in the window's
language. Kept apart from gui/guardians_dialog.py, which lays out the window and saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from vault_app.domain.clinical import Guardian, age_on
from vault_app.domain.may_sign import may_sign
from vault_app.domain.representatives import Standing
from vault_app.domain.typed_signer import foster_without_order
from vault_app.gui.dates import show_date


def foster_no_order(g: Guardian) -> bool:
    """A foster parent recorded as allowed to sign with no court order attached (representatives'
    "foster_without_order"): an earlier version's record, kept editable, refused where they would act."""
    return foster_without_order(g.relationship, g.may_authorize, g.custody_order_attachment_id)


def may_sign_words(g: Guardian, found: Standing | None, *, date_of_birth: date | None, consent_age: int | None,
                   majority: int | None, care_consented_by: str, confidentiality_agreed_on: date | None,
                   died_on: date | None) -> str:
    """Whether the app takes their signature today, and why not, whatever the box says: "yes" stood
    beside an Until already past, and beside a start still to come."""
    age = age_on(date_of_birth, date.today()) if date_of_birth else None
    # One answer with `guardian list` and `client show` (domain/may_sign): the list said "yes" beside
    # the refusal of a parent of a minor who consented to their own care (164.502(g)(3)(i)).
    said = may_sign(found, may_authorize=g.may_authorize, authority=g.authority, age=age,
                    age_of_consent=consent_age, age_of_majority=majority, care_consented_by=care_consented_by,
                    confidentiality_agreed_on=confidentiality_agreed_on, on=date.today(), died_on=died_on,
                    foster_no_order=foster_no_order(g))
    if said == "no" and not g.may_authorize:
        # Nor the client's records, unless their basis is recorded (representatives' "limited_authority").
        if g.has_records_basis:
            return QCoreApplication.translate("GuardiansDialog", "no; records on the basis recorded")
        return QCoreApplication.translate("GuardiansDialog", "no, nor the records")
    if said == "foster_no_order":
        return QCoreApplication.translate("GuardiansDialog", "no: a foster parent, no court order attached")
    if said == "no":
        return QCoreApplication.translate("GuardiansDialog", "no")
    if said == "ended_at_death" and died_on is not None:
        return QCoreApplication.translate("GuardiansDialog", "no longer: the client died on {day}").format(
            day=show_date(died_on))
    if said == "minor_consents":
        return QCoreApplication.translate("GuardiansDialog", "no: the client consented to their own care")
    if said == "confidential_care":
        return QCoreApplication.translate("GuardiansDialog", "no: a parent agreed to confidential care")
    if said == "open":
        return QCoreApplication.translate("GuardiansDialog", "yes; who consented to the care: not recorded")
    if said == "yes":
        return QCoreApplication.translate("GuardiansDialog", "yes")
    if found is not None and said == "declined":
        return QCoreApplication.translate("GuardiansDialog", "no longer (declined on {day})").format(
            day=show_date(found.since))
    if found is not None and said == "not_yet":
        return QCoreApplication.translate("GuardiansDialog", "not yet, from {day}").format(day=show_date(found.since))
    return QCoreApplication.translate("GuardiansDialog", "no longer")


__all__ = ["foster_no_order", "may_sign_words"]
