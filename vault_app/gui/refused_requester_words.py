"""A refused requester's basis in the screen's language: the representative rule a request was
recorded refused on (domain/refused_requester.BASES, by the code the request keeps), with its
citation. The basis was stored as the core's English sentence and stayed English on a Spanish
screen; a request recorded before the code was kept is said by its stored words. Qt context
"RefusedRequesterWords" (es.ts holds the Spanish); each English source is BASES' own, word for word
(tests/gui/test_refused_requester_words.py)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.refused_requester import rule_citation
from vault_app.domain.requests import ClientRequest
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusedRequesterWords"

BASIS_WORDS: Mapping[str, str] = {
    "minor_consented_care": QT_TRANSLATE_NOOP(
        "RefusedRequesterWords", "The law lets some minors consent to their own care; for such care their parents "
                                 "and guardians are not their personal representatives, and the minor alone exercises "
                                 "the right to the health information about it"),
    "confidential_care_agreement": QT_TRANSLATE_NOOP(
        "RefusedRequesterWords", "Where a parent or guardian agrees to a confidential relationship between a provider "
                                 "and a minor, the parent or guardian is not the minor's personal representative for "
                                 "that care"),
    "parent_past_majority": QT_TRANSLATE_NOOP(
        "RefusedRequesterWords", "A parent's or guardian's authority to act for a child ends when the child reaches "
                                 "the age of majority, unless a court order says otherwise; an adult exercises the "
                                 "right to their own health information"),
    "declined": QT_TRANSLATE_NOOP(
        "RefusedRequesterWords", "The law lets a provider decline, in some circumstances, to treat a person as "
                                 "another's personal representative, and such a person may not exercise the other's "
                                 "right of access"),
    "not_yet_in_force": QT_TRANSLATE_NOOP(
        "RefusedRequesterWords", "Authority to act for another person counts only from the day it begins; a request "
                                 "made before then is not one by a personal representative"),
    "authority_ended": QT_TRANSLATE_NOOP(
        "RefusedRequesterWords", "Authority to act for another person ends when the guardianship, order or power that "
                                 "gives it ends; a request made after then is not one by a personal representative"),
    "limited_authority": QT_TRANSLATE_NOOP(
        "RefusedRequesterWords", "A parent acts for a child only within the authority the law and any court order "
                                 "give them; where a custody order leaves decisions about the child's health care to "
                                 "another, that parent may not exercise the child's right to the health information "
                                 "unless the order or the law gives them access to it"),
    "authority_ended_at_death": QT_TRANSLATE_NOOP(
        "RefusedRequesterWords", "A parent's, guardian's or health care agent's authority to act for a person ends at "
                                 "that person's death; after it, only the executor or administrator of the estate, or "
                                 "another person with authority under law to act for the deceased or the estate, is "
                                 "their personal representative"),
}
WITH_CITATION = QT_TRANSLATE_NOOP("RefusedRequesterWords", "{rule} ({citation})")


def refused_basis(q: ClientRequest) -> str:
    """The basis a refused requester's request was denied on, in the screen's language: the rule
    by its code; else (recorded before the code was kept, or a code without words) as stored."""
    source = BASIS_WORDS.get(q.refused_rule)
    if source is None:
        return q.explanation
    return QCoreApplication.translate(CONTEXT, WITH_CITATION).format(
        rule=QCoreApplication.translate(CONTEXT, source), citation=rule_citation(q.refused_rule))


__all__ = ["BASIS_WORDS", "CONTEXT", "WITH_CITATION", "refused_basis"]
