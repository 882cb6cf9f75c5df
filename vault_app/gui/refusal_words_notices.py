"""The words of a notice of an accepted amendment refused (domain/amendment_notice.notice_refusal):
without the client's agreement (45 CFR 164.526(c)(2)), or to a recipient an agreed restriction
covers (164.522(a)(1)(iii)); and of a statement of disagreement over its length (164.526(d)(2)).

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsNotices" context.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsNotices"

SAYS: Mapping[str, str] = {
    "amendment_notice.needs_agreement": QT_TRANSLATE_NOOP(
        "RefusalWordsNotices", "Ask the client first: the amendment goes only to those the client agrees to have "
                               "informed (45 CFR 164.526(c)(2))."),
    "amendment_notice.restricted": QT_TRANSLATE_NOOP(
        "RefusalWordsNotices", "The client restricted what goes to this recipient, and the restriction covers the "
                               "amended notes (45 CFR 164.522(a)(1)(iii)): do not send them the amendment unless the "
                               "client ends that restriction (45 CFR 164.522(a)(2)(i))."),
    "text.too_long_by": QT_TRANSLATE_NOOP(
        "RefusalWordsNotices", "The {what} is {length} characters; the most is {max}. Shorten it and try again."),
}
HINTS: Mapping[str, str] = {}
FIELD_NAMES: Mapping[str, str] = {}
