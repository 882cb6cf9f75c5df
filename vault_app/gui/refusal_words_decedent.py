"""The words of what the app refuses about a client who died (domain/decedent.py, 45 CFR 164.502(g)(4)):
an authority that ended at the death, an executor for a client the chart does not record as deceased, a
date of death before birth.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsDecedent" context.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsDecedent"

SAYS: Mapping[str, str] = {
    "representative.ended_at_death": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "The chart records that the client died before this day. A health care agent's, a "
                                "guardian's or a parent's authority ended at the death; only the executor or "
                                "administrator of the estate acts for a deceased client (45 CFR 164.502(g)(4)), so "
                                "this person may not act for the client."),
    "request.executor_client_living": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "The chart records no death of this client on or before the day the request was "
                                "received: an executor or administrator acts for a deceased client's estate (45 CFR "
                                "164.502(g)(4)), not for a living client."),
    "representative.typed_estate_client_living": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "The chart records no death of this client on or before the day the form was signed: "
                                "an executor or administrator acts for a deceased client's estate (45 CFR "
                                "164.502(g)(4)), not for a living client."),
    "client.death_before_birth": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "The date of death is before the date of birth."),
    "client.signed_after_death": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "The chart records that the client died before the day this form was signed: the "
                                "client cannot have signed it. After the death the executor or administrator signs for "
                                "the client (45 CFR 164.502(g)(4))."),
}
HINTS: Mapping[str, str] = {
    "representative.ended_at_death": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "If this person is the executor or administrator, record them in the client's "
                                "Guardians… window with the authority \"Personal representative\". A form signed "
                                "before the death stands."),
    "request.executor_client_living": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "If the client has died, record the date of death first (Edit details… on the chart). "
                                "Otherwise choose the authority the person really holds."),
    "representative.typed_estate_client_living": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "If the client has died, record the date of death first (Edit details… on the chart). "
                                "Otherwise type the authority the signer really holds, or under Signer is choose The "
                                "client."),
    "client.death_before_birth": QT_TRANSLATE_NOOP("RefusalWordsDecedent", "Check both dates."),
    "client.signed_after_death": QT_TRANSLATE_NOOP(
        "RefusalWordsDecedent", "Check the date signed, or the date of death. If the executor or administrator signed, "
                                "record them as the client's personal representative and choose them as the signer."),
}
FIELD_NAMES: Mapping[str, str] = {
    "died_on": QT_TRANSLATE_NOOP("RefusalWordsDecedent", "date of death"),
}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
