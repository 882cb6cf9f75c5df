"""The words of a request recorded as made by a member of a couple's or family's chart, refused
(services/request_member.py: not a case chart, not its member, a minor member); and of an access
request granted by inspection, refused (domain/access_inspection.py).

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
}
HINTS: Mapping[str, str] = {}
FIELD_NAMES: Mapping[str, str] = {
    "inspect_on": QT_TRANSLATE_NOOP("RefusalWordsMembers", "day of the inspection"),
    "inspect_place": QT_TRANSLATE_NOOP("RefusalWordsMembers", "place of the inspection"),
}
