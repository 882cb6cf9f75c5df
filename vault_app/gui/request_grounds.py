"""The grounds for denying an access or amendment request, in the screen's words, with their
citation (domain/requests.py holds the grounds and their law). Split from requests_dialog.py
(over 500 lines), which re-exports both names for the screens and tests that read them there.
Their translation context stays the detail window's: es.ts holds them under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, AMENDMENT_DENIAL_GROUNDS, grounds_offered
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# The grounds for denying a request, in the screen's words: the choice showed the ground's key
# and its English text cut at 90 characters ("not_created_here: The information was not
# created by this practice, and the person who created it is availab"), on a Spanish screen
# too (found on the real app). The citation follows each.
GROUND_WORDS: dict[str, str] = {
    "psychotherapy_notes": QT_TRANSLATE_NOOP("RequestDetailDialog", "Psychotherapy notes, excepted from access"),
    "legal_proceedings": QT_TRANSLATE_NOOP("RequestDetailDialog", "Compiled for a legal action or proceeding"),
    "confidential_source": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                             "Access would reveal a source promised confidentiality"),
    "endangerment": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                      "Access is likely to endanger the life or safety of the client or another"),
    "harm_to_other_person": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                              "It refers to another person, whom access is likely to harm"),
    "representative_harm": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                             "Access by this representative is likely to cause substantial harm"),
    "not_representative": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                            "The requester is not the client's personal representative"),
    "not_created_here": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                          "Not created by this practice, and its author can act on the request"),
    "not_in_record_set": QT_TRANSLATE_NOOP("RequestDetailDialog", "Not part of the designated record set"),
    "not_available_for_inspection": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                                      "Not information the client has a right to inspect"),
    "accurate_and_complete": QT_TRANSLATE_NOOP("RequestDetailDialog", "The information is accurate and complete"),
    # A state's own grounds against a parent's access to a minor's record (domain/state_minor_access).
    # Short: the choice's width is its longest line (the state is in the citation that follows).
    "ca_minor_detriment": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                            "Harmful to the minor or to our relationship with the minor"),
    "ny_minor_detriment": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                            "Harmful to the minor's care or to the minor's relationships"),
    "ny_minor_objects": QT_TRANSLATE_NOOP("RequestDetailDialog",
                                          "The minor, 12 or older, objects to the parent's access"),
}


def denial_choices(kind: str, by_representative: bool = True,
                   offered: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(ground code, how it reads) for denying a request of `kind`, in the table's order; only
    those that fit who made it (domain.requests.grounds_offered). `offered`: the codes the request's
    read found open today (services.request_grounds_fit: a state's own grounds about a minor only
    where they fit); None: those that fit who asked, without a state's."""
    table = {**ACCESS_DENIAL_GROUNDS, **AMENDMENT_DENIAL_GROUNDS}
    grounds = grounds_offered(kind, by_representative) if offered is None else [
        table[c] for c in offered if c in table]
    return [(g.code, "{words} ({citation})".format(
        words=QCoreApplication.translate("RequestDetailDialog", GROUND_WORDS[g.code]), citation=g.citation))
        for g in grounds]

__all__ = ["GROUND_WORDS", "denial_choices"]
