"""The words of the refusals about whose authority a minor's chart may rest on (45 CFR 164.502(g)(3)):
a foster parent typed in as signer or recorded without the court's order, an authority typed in
that says no relationship nor basis ("personal representative" alone), and a parent whose
authority the chart records as limited ("may not sign") asked to receive the child's records.
The hints say the app's way (the Guardians… window, the Signed by field) where the core's name
commands.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsGuardian" context.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsGuardian"

SAYS: Mapping[str, str] = {
    "representative.typed_foster_parent": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "The authority given says a foster parent. A foster parent cares for the child day "
                                "to day but generally does not hold the authority to sign a HIPAA authorization for "
                                "them: that stays with the court, the county agency or a legal guardian, as the "
                                "court's order says. Only a person with authority under law to make the minor's "
                                "health-care decisions is their personal representative (45 CFR 164.502(g)(3)), and "
                                "the form describes that authority (164.508(c)(1)(vi))."),
    "representative.typed_minor_vague": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "The authority given does not say who the signer is to the client, nor on what basis "
                                "they act. A minor's personal representative is a parent, a guardian or another "
                                "person acting in loco parentis with authority under law (45 CFR 164.502(g)(3)), and "
                                "the form describes that authority (164.508(c)(1)(vi)): \"personal representative\" "
                                "alone describes none."),
    "representative.limited_authority": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "You recorded that this person may not sign for the client: their authority is "
                                "limited, as by a custody order. A parent acts as a minor's personal representative "
                                "only within the authority the law and any court order give them (45 CFR "
                                "164.502(g)(1), (g)(3)), so they neither receive the client's records nor ask for "
                                "them on the client's behalf unless you record the basis on which they may have "
                                "them."),
    "guardian.foster_needs_order": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "The relationship says a foster parent. A foster parent generally does not hold the "
                                "authority to sign for the child or to have their records: that stays with the court, "
                                "the county agency or a legal guardian, as the court's order says (45 CFR "
                                "164.502(g)(3))."),
    "representative.foster_without_order": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "You recorded this person as a foster parent, allowed to sign, with no court order "
                                "attached. A foster parent generally does not hold the authority to act for the "
                                "child: that stays with the court, the county agency or a legal guardian, as the "
                                "court's order says (45 CFR 164.502(g)(3)); so they neither sign for the client, nor "
                                "receive or ask for the client's records, until the order that gives them that "
                                "authority is attached."),
    "access_copy.requester_no_longer": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "{id} was made on {received} by {who}, as the client's personal representative. "
                                "Since then the chart records that they may no longer receive the client's records "
                                "(the client's Guardians… window says why). The request needs your review: the copy "
                                "goes neither to them nor, in answer to their request, to the client."),
    "guardian.records_basis_needs_words": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "Say the basis on which they may have the records: which order or law, under Which "
                                "order or law."),
    "guardian.records_basis_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "Choose the basis for having the records from the list."),
}

HINTS: Mapping[str, str] = {
    "representative.typed_foster_parent": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "If a court order or a guardianship gives this person that authority, record them in "
                                "the client's Guardians… window as a legal guardian, with the order attached; then "
                                "type their name under Signed by as recorded. Otherwise ask the agency's caseworker or "
                                "the child's legal guardian who signs."),
    "representative.typed_minor_vague": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "Give the relationship and its basis as the form states them: parent, legal guardian "
                                "(court order of DATE), grandmother in loco parentis. Or record the person in the "
                                "client's Guardians… window with their papers, then type their name under Signed by "
                                "as recorded."),
    "representative.limited_authority": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "If the custody order or your state's law gives them access to the records, record "
                                "that basis in the client's Guardians… window (Records despite the limit) and keep "
                                "the order with the chart. Otherwise the copy goes to the representative who holds "
                                "the authority."),
    "guardian.foster_needs_order": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "Attach the court order that gives them authority (Order), or uncheck May sign: they "
                                "are then kept as the child's carer, without the records."),
    "representative.foster_without_order": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "In the client's Guardians… window, choose the court order under Order (attach it "
                                "to the chart first), or untick May sign to keep them as the child's carer, "
                                "without the records."),
    "access_copy.requester_no_longer": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "Deny it in the Requests window as made by one who is not the client's personal "
                                "representative (your decision under 45 CFR 164.502(g)(5), or what the custody order "
                                "or your state's law says of a parent's access): the letter goes to them. If the "
                                "order or the law gives them the records, record that basis in the client's "
                                "Guardians… window (Records despite the limit) and the copy goes to them."),
    "guardian.records_basis_needs_words": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "It is kept with the person, so that anyone reading the chart knows why they "
                                "receive the client's records though they may not sign (45 CFR 164.502(g)(1), "
                                "(g)(3))."),
    "guardian.records_basis_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsGuardian", "Choose one of the bases the list offers, or another basis and say which."),
}

FIELD_NAMES: Mapping[str, str] = {
    "records_access_basis": QT_TRANSLATE_NOOP("RefusalWordsGuardian", "basis for having the records"),
}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
