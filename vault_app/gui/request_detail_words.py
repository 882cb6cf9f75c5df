"""The request window's words that are not its widgets': a request's kind as its title, each
letter's head, and the next step for a requester not recorded in the chart (gui/requests_dialog.py
says them; the Qt context stays "RequestDetailDialog", where es.ts has them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.widgets import masked_representative

# A request's kind as its title, and the letters' kinds (domain/letters.py): whole phrases, as
# Spanish puts the kind after the noun. A kind without words reads as before.
REQUEST_TITLES = {"access": QT_TRANSLATE_NOOP("RequestDetailDialog", "Access request"),
                  "amendment": QT_TRANSLATE_NOOP("RequestDetailDialog", "Amendment request"),
                  "accounting": QT_TRANSLATE_NOOP("RequestDetailDialog", "Accounting request")}
# Each letter's head in words: it read "— extension-notice (12/05/2026) —", the stored kind
# (found in the real app).
LETTER_KINDS = {"access-denial": QT_TRANSLATE_NOOP("RequestDetailDialog", "Denial of access"),
                "amendment-denial": QT_TRANSLATE_NOOP("RequestDetailDialog", "Denial of the amendment"),
                "amendment-accepted": QT_TRANSLATE_NOOP("RequestDetailDialog", "Amendment accepted"),
                "extension-notice": QT_TRANSLATE_NOOP("RequestDetailDialog", "Notice of extension"),
                "review-decision": QT_TRANSLATE_NOOP("RequestDetailDialog", "Decision of the review"),
                "amendment-rebuttal": QT_TRANSLATE_NOOP("RequestDetailDialog", "Rebuttal of the statement"),
                "access-not-representative": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                                               "Reply to the requester (not a representative)")}


def request_title(kind: str) -> str:
    if kind in REQUEST_TITLES:
        return QCoreApplication.translate("RequestDetailDialog", str(REQUEST_TITLES[kind]))
    return f"{kind.capitalize()} request"


def letter_kind(kind: str) -> str:
    if kind in LETTER_KINDS:
        return QCoreApplication.translate("RequestDetailDialog", str(LETTER_KINDS[kind]))
    return kind.replace("-", " ").capitalize()  # a kind without words reads at least as words


def next_step(name: str, privacy: bool) -> str:
    """The next step for one not recorded in the chart, by the name recorded (masked in privacy mode)."""
    return QCoreApplication.translate(
        "RequestDetailDialog",
        "<b>Next step</b>: check the authority {name} claims (45 CFR 164.514(h)(1)). If they are not the client's "
        "personal representative (for an adult client, a parent's authority has ended unless a court order says "
        "otherwise, 45 CFR 164.502(g)), deny it: “The requester is not the client's personal representative”. The "
        "reply goes to them, and neither confirms nor denies that the person is a client.").format(
            name=escape(masked_representative(name, privacy)))


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["LETTER_KINDS", "REQUEST_TITLES", "escape", "letter_kind", "next_step", "request_title"]
