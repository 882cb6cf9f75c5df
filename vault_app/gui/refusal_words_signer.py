"""The words of the refusals of a personal representative typed in on the authorization form
(domain/typed_signer.py): {names} are the recorded people by name alone (the core's English says
"Jane Roe, parent"); the hints say the app's way (the Guardians… window, the Signed by field),
where the core's name commands.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsSigner" context.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsSigner"

SAYS: Mapping[str, str] = {
    # not a refusal: what a form signed while the authority held means once it has ended (Record anyway)
    # not a refusal: a parent's signature for a minor who may consent to their own care, the chart silent
    "authorization.care_consent_open": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "Open question: the chart does not record who consented to this minor's care. If the "
                              "minor consented to their own care ({rule}), the minor, not the parent, exercises the "
                              "rights for it (45 CFR 164.502(g)(3)(i)) and signs; record who consented on the "
                              "client's form."),
    "authorization.representative_ended_since": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "Signed on {signed} by {who}, while they held authority as the client's personal "
                              "representative (45 CFR 164.502(g)); that authority no longer holds from {ended}. The "
                              "authorization was valid when signed and stays in force until it expires or the client "
                              "revokes it in writing (45 CFR 164.508(b)(5)): the client now acts for themselves and may"
                              " revoke it. {who} may not sign a new one."),
    "representative.typed_on_file": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "A personal representative of the client is recorded for the day the form was signed: "
                              "{names}. Their signature is recorded as theirs, so that their recorded dates and "
                              "authority are checked (45 CFR 164.502(g); 164.508(c)(1)(vi)); a signer typed in "
                              "instead is refused while one is on file."),
    "representative.typed_declined": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "You recorded that {names} is not treated as the client's personal representative (45 "
                              "CFR 164.502(g)(5)). While that decision stands, a representative typed in is refused: "
                              "the app cannot tell whether it is the same person under another name."),
    "representative.typed_parent_of_adult": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The client was {age} on the day the form was signed and had reached the "
                              "age of majority ({majority}): a parent's or a minor's guardian's authority had ended "
                              "(45 CFR 164.502(g)(2)-(3)). An adult's personal representative is someone with "
                              "authority under law to make health-care decisions for them, such as a health care "
                              "power of attorney or a court guardianship (45 CFR 164.502(g)(2))."),
    "representative.typed_adult_no_authority": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The client was {age} on the day the form was signed, an adult (age of majority "
                              "{majority}): only someone with authority under law to make health-care decisions for "
                              "them is their personal representative (45 CFR 164.502(g)(2)), and the form describes "
                              "that authority (164.508(c)(1)(vi)). The authority given does not say one, such as a "
                              "health care power of attorney, agent or proxy."),
    "representative.typed_minor_part2": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The client was {age} on the day the form was signed and may consent to treatment on "
                              "their own (your setting: from {consent}), so only the minor signs a Part 2 consent (42 "
                              "CFR 2.14(a)); a representative's signature is refused."),
    "representative.typed_minor_part2_alone": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The client was {age} on the day the form was signed and, as the chart records, "
                              "obtained the treatment without a parent's or guardian's consent, as your state's rule "
                              "for substance-use treatment allows, so only the minor signs a Part 2 consent (42 CFR "
                              "2.14(a)); a representative's signature is refused."),
    # a recorded parent's, on the same ground (domain/representatives "minor_part2_obtained_alone")
    "representative.minor_part2_alone": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The client is {age} and, as the chart records, obtained the treatment without a "
                              "parent's or guardian's consent, as your state's rule for substance-use treatment "
                              "allows, so only the minor may sign a Part 2 consent (42 CFR 2.14(a)); a parent's or "
                              "guardian's signature is refused."),
    "representative.typed_minor_consents": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The client was {age} on the day the form was signed and, as the chart records, "
                              "consented to their own outpatient care (your setting: from {consent}); for that care "
                              "the minor, not a parent, exercises the rights (45 CFR 164.502(g)(3)(i)), so a "
                              "representative typed in is refused."),
    "representative.typed_confidential_care": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The chart records that a parent or guardian agreed to a confidential relationship "
                              "between you and the minor about their care, by the day the form was signed: for that "
                              "care the minor, not a parent, exercises the rights (45 CFR 164.502(g)(3)(i)(C)), so a "
                              "parent's or guardian's signature is refused."),
}

_RECORD_AUTHORITY = QT_TRANSLATE_NOOP(
    "RefusalWordsSigner", "If they hold such authority, record them in the client's Guardians… window as a health care "
                          "agent or personal representative, with the document attached and its dates; then type "
                          "their name under Signed by as recorded. Otherwise the client signs.")

HINTS: Mapping[str, str] = {
    "representative.typed_on_file": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "If one of them signed, type their name under Signed by as it is recorded. If someone "
                              "else holds the authority now, record them first in the client's Guardians… window with "
                              "their document and dates, and give the end date of the one who no longer acts."),
    "representative.typed_declined": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "Record whoever signed in the client's Guardians… window, with their document and dates, "
                              "then type their name under Signed by as recorded. If your decision changed, record that "
                              "in the Guardians… window."),
    "representative.typed_parent_of_adult": _RECORD_AUTHORITY,
    "representative.typed_adult_no_authority": _RECORD_AUTHORITY,
    "representative.typed_minor_part2": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "Ask the client to sign the consent personally: under Signer is, choose The client."),
    "representative.typed_minor_part2_alone": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "Ask the client to sign the consent personally: under Signer is, choose The client. If "
                              "a parent or guardian consented to the treatment, correct it under Edit details… (Care "
                              "consented to by)."),
    "representative.minor_part2_alone": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "Ask the client to sign the consent personally. If a parent or guardian consented to "
                              "the treatment, correct it under Edit details… (Care consented to by)."),
    "representative.typed_minor_consents": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The client signs: under Signer is, choose The client. If a court appointed someone for "
                              "the minor, record them with the order in the client's Guardians… window, then type "
                              "their name under Signed by as recorded."),
    "representative.typed_confidential_care": QT_TRANSLATE_NOOP(
        "RefusalWordsSigner", "The client signs: under Signer is, choose The client. If no such agreement was made, "
                              "correct it under Edit details… (Confidential care agreed on)."),
}

FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
