"""The words of the notice of closure's refusals (domain/closure_notice.checked_details,
services/closure_notice.py): the details typed once for every client's letter.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"ClosureNoticeRefusals" context.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ClosureNoticeRefusals"

SAYS: Mapping[str, str] = {
    "closure.no_day": QT_TRANSLATE_NOOP("ClosureNoticeRefusals", "Give the day the practice closes."),
    "closure.day_past": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "The day the practice closes is already past: the letter tells clients it will "
                                 "close."),
    "closure.custodian_name_missing": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "Give the custodian's name: the letter tells clients who keeps their records."),
    "closure.custodian_contact_missing": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "Give the custodian's contact: the letter tells clients how to reach who keeps "
                                 "their records."),
    "closure.one_line": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "This field holds a line break or an invisible character."),
    "closure.too_long": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "This is {length} characters; the most is {max}."),
    "closure.referrals_invisible": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "The referrals hold an invisible character."),
    "closure.case_chart": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "Chart {chart} is a couple's or family's case: each member is written to from "
                                 "their own chart."),
    "closure.no_active": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "No client is active: there is no one to write to."),
    "closure.tell_first": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "{count} client(s) asked to be reached their own way: nothing was written."),
    "closure.already_sent": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "Chart {chart} was sent a notice of this closing day on {day}."),
    "closure.file_appeared": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "The file {name} appeared in the letter's folder while the letters were written "
                                 "(another program made it): it was left as it is."),
    "closure.none_sent": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "Chart {chart} was sent no notice of closure."),
}
HINTS: Mapping[str, str] = {
    "closure.day_past": QT_TRANSLATE_NOOP("ClosureNoticeRefusals", "Check the year."),
    "closure.one_line": QT_TRANSLATE_NOOP("ClosureNoticeRefusals", "Type it on one line."),
    "closure.referrals_invisible": QT_TRANSLATE_NOOP(
        "ClosureNoticeRefusals", "Type them again, or paste them as plain text."),
    "closure.case_chart": QT_TRANSLATE_NOOP("ClosureNoticeRefusals", "Give a member's chart number."),
    "closure.tell_first": QT_TRANSLATE_NOOP("ClosureNoticeRefusals",
                                            "Read how each letter goes, then write them as listed."),
    "closure.file_appeared": QT_TRANSLATE_NOOP("ClosureNoticeRefusals",
                                               "Move it away or choose another folder, then write again."),
    "closure.already_sent": QT_TRANSLATE_NOOP("ClosureNoticeRefusals",
                                              "Print it again (Reprint), or tick “Make them again” to make a new one."),
}
FIELD_NAMES: Mapping[str, str] = {}
