"""A request needing review because its requester's standing changed after it was made, in the screen's
words (the rule: domain/request_requester_review, who_acts.REQUESTER_NO_LONGER): a few words for the
lists' status, and for the request's window why and what settles it. Found (fguard's leftover): the copy's
window greyed the requester and the client, while the Requests window, the chart's Requests tab and the
request's window said an ordinary "open"."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.request_requester_review import REASONS
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RequestReviewWords"

# The list's few words, by the refusing rule's code (domain/request_requester_review.REASONS).
SHORT: Mapping[str, str] = {
    "limited_authority": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "the requester may no longer sign"),
    "declined": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "the requester was declined as representative"),
    "parent_past_majority": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "the client has come of age"),
    "authority_ended": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "the requester's authority ended"),
    "not_yet_in_force": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "the requester's authority has not begun"),
    "authority_ended_at_death": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "the client's death ended the requester's authority"),
    "foster_without_order": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "a foster parent with no court order"),
}
# What the chart now records, for the request's window (who_acts.REQUESTER_WHY, in plain words).
LONG: Mapping[str, str] = {
    "limited_authority": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "they are recorded as not allowed to sign, with no basis "
                              "recorded for their having the records"),
    "declined": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "you declined to treat them as the client's personal representative "
                              "(45 CFR 164.502(g)(5))"),
    "parent_past_majority": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "the client has reached the age of majority"),
    "authority_ended": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "their recorded authority has ended"),
    "not_yet_in_force": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "their recorded authority has not begun"),
    "authority_ended_at_death": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "the client's death ended their authority"),
    "foster_without_order": QT_TRANSLATE_NOOP(
        "RequestReviewWords", "they are a foster parent with no court order attached"),
}
assert set(SHORT) == set(LONG) == set(REASONS), "a reason without its words"


def status(why: str) -> str:
    """The lists' status: "needs review: the requester may no longer sign"."""
    reason = QCoreApplication.translate(CONTEXT, SHORT[why]) if why in SHORT else QCoreApplication.translate(
        "RequestReviewWords", "the requester may no longer receive the records")
    return QCoreApplication.translate("RequestReviewWords", "needs review: {reason}").format(reason=reason)


def what_to_do() -> str:
    """The two ways to settle it, as the window's controls name them (plain text)."""
    return QCoreApplication.translate(
        "RequestReviewWords", "Deny it as made by one who is not the client's personal representative (Deny, with "
        "grounds…, “The requester is not the client's personal representative”): the letter goes to them. Or, if a "
        "custody order or your state's law gives them the records, record that basis in the client's Guardians… "
        "window (Records despite the limit), and the copy goes to them.")


def heading() -> str:
    return QCoreApplication.translate("RequestReviewWords", "Needs your review")


def explained(why: str) -> str:
    """The request's window, after heading(): why it needs review and what settles it (plain text: the
    caller escapes it)."""
    changed = QCoreApplication.translate(CONTEXT, LONG[why]) if why in LONG else QCoreApplication.translate(
        "RequestReviewWords", "they may no longer receive the client's records")
    return QCoreApplication.translate(
        "RequestReviewWords", "since the request was made, {why}. The copy goes neither to them nor, in answer to "
        "their request, to the client. {todo}").format(why=changed, todo=what_to_do())


__all__ = ["LONG", "SHORT", "explained", "heading", "status", "what_to_do"]
