"""The words of a request recorded as made by a member of a couple's or family's chart, refused
(services/request_member.py: not a case chart, not its member, a minor member).

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
}
HINTS: Mapping[str, str] = {}
FIELD_NAMES: Mapping[str, str] = {}
