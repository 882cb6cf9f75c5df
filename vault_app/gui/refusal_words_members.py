"""The words of a request recorded as made by a member of a couple's or family's chart, refused
(services/request_member.py: not a case chart, not its member, a minor member); of an access
request granted by inspection, refused (domain/access_inspection.py); and of a complaint or its
disposition, refused (domain/complaints.py): the client's rights, outside gui/refusal_words_legal.py.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsMembers" context.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsMembers"

SAYS: Mapping[str, str] = {
    "request.member_not_case": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "Only a couple's or family's chart has members to make a request."),
    "request.member_not_member": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "That client is not a member of this couple or family."),
    "request.member_minor": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "A minor member's request is made by their parent or guardian, not as a member of "
                               "the joint record."),
    "request.inspection_only_access": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "Only an access request is granted by an inspection of the record."),
    "request.inspection_not_asked": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "The client asked for copies: an inspection does not answer that; give the copy "
                               "(45 CFR 164.524(c)(2)(i))."),
    "request.inspection_before_received": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "The inspection on {day} is before the request was received ({received})."),
    "request.inspection_past_due": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "The inspection on {day} is after the request is due ({due}): access is given "
                               "within the time allowed (45 CFR 164.524(b)(2)). Arrange an earlier day, or extend "
                               "the request first."),
    "complaint.text_missing": QT_TRANSLATE_NOOP("RefusalWordsMembers", "Say {what}."),
    "complaint.text_too_long": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "This text is too long (at most 20,000 characters) or holds a NUL character."),
    "complaint.received_future": QT_TRANSLATE_NOOP("RefusalWordsMembers",
                                                   "A complaint cannot be received in the future."),
    "complaint.disposed_future": QT_TRANSLATE_NOOP("RefusalWordsMembers",
                                                   "A disposition cannot be dated in the future."),
    "complaint.disposed_before_received": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "The disposition is dated before the complaint was received."),
    "complaint.already_disposed": QT_TRANSLATE_NOOP("RefusalWordsMembers",
                                                    "This complaint's disposition is already recorded."),
    "complaint.not_found": QT_TRANSLATE_NOOP("RefusalWordsMembers", "No complaint with that id."),
    "complaint.destroy_open": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "This complaint has no disposition recorded: it is kept while it is open. Record its "
                               "disposition first; it is then kept six years from that day (45 CFR 164.530(j)(2))."),
    "complaint.destroy_too_early": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "This complaint is kept until {day}: 45 CFR 164.530(j)(2) keeps a complaint and its "
                               "disposition six years from the later of the day it was received and the day of its "
                               "disposition. It cannot be destroyed before that day."),
    "complaint.destroy_confirm": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "Confirm the destruction of this complaint past its six years."),
    "complaint.destroy_clock_jumped": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "This computer's clock is more than a week after this vault's record before today, "
                               "and the complaint became due in between: only the clock says its six years (45 CFR "
                               "164.530(j)(2)) have ended. If the clock is wrong, set it right first."),
}
HINTS: Mapping[str, str] = {
    "complaint.not_found": QT_TRANSLATE_NOOP("RefusalWordsMembers", "Records > Complaints… lists every complaint."),
    "complaint.destroy_clock_jumped": QT_TRANSLATE_NOOP(
        "RefusalWordsMembers", "If it is right, say so when asked, and the complaint is destroyed."),
}
FIELD_NAMES: Mapping[str, str] = {
    "complainant": QT_TRANSLATE_NOOP("RefusalWordsMembers", "who complained"),
    "complaint_about": QT_TRANSLATE_NOOP("RefusalWordsMembers", "what the complaint is about"),
    "complaint_disposition": QT_TRANSLATE_NOOP("RefusalWordsMembers", "what was done about it"),
    "complaint_received_on": QT_TRANSLATE_NOOP("RefusalWordsMembers", "day the complaint was received"),
    "complaint_disposed_on": QT_TRANSLATE_NOOP("RefusalWordsMembers", "day of the disposition"),
    "inspect_on": QT_TRANSLATE_NOOP("RefusalWordsMembers", "day of the inspection"),
    "inspect_place": QT_TRANSLATE_NOOP("RefusalWordsMembers", "place of the inspection"),
}
