"""The words of the core's refusals about destroying a chart or psychotherapy notes: the gate's
refusals and their parts, the retention basis without a named rule (gui/refusal_words_retention.py
holds those naming it), an early destruction's reason, the purge of backups on a read-only drive.

A book of gui/refusal_words.py (which reads it), split from gui/refusal_words_records.py; es.ts holds
the Spanish under the "RefusalWordsRecords" context, where these words were first translated.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# The Qt context of the words this book took out of gui/refusal_words_records.py: es.ts keeps
# their Spanish there.
CONTEXT = "RefusalWordsRecords"

SAYS: Mapping[str, str] = {
    # destroying a chart
    "destruction.permission_not_scan": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The signed permission file is not a PDF, PNG or JPEG scan (or it is empty)."),
    "destruction.text_names_client": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The {what} must not contain the client's name: it is kept in the ledger and on the "
                               "certificate, which outlive the chart."),
    # a destruction's purge of a backup folder on a drive it cannot write (it stays interrupted)
    "destruction.backup_folder_not_writable": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The destroyed chart could not be purged from the backups in {folder}: that drive "
                               "is read-only (or you cannot write to it)."),
    "destruction.refused": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Destruction refused. {parts}"),
    "destruction.under_hold": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} is under a legal hold (active holds: {count}); records under a hold "
                               "must not be destroyed. Release the hold first if it has ended."),
    "destruction.open_request": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} has an open client request (open requests: {count}); finish it "
                               "before destroying any records."),
    "destruction.notes_not_of_chart": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Of the selected notes, {count} are not psychotherapy notes of chart {chart}."),
    "destruction.nothing_left": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "There is nothing left to destroy in the selection."),
    "destruction.retention_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The retention period of chart {chart} cannot be computed (no contact date), so it "
                               "is not eligible. Attach the client's written permission or document an override."),
    "destruction.retention_day.minor": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That day is {years} years after the client turned {age}."),
    "destruction.retention_day.adult": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That day is {years} years after the last contact ({last})."),
    "destruction.retention_uncovered": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} is not eligible on its retention period: {rule} applies to therapy "
                               "ended on or after {start}, and this chart's last contact was {last}. The app's "
                               "sources do not say what applied before; ask your licensing board before destroying "
                               "it. To destroy it, attach the client's written permission or document an override "
                               "with its reason."),
    "destruction.retention_not_met": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept until {day} under the retention policy; this chart "
                               "cannot be destroyed on that basis yet. Attach the client's written permission or "
                               "document an override with its reason."),
    "destruction.retention_not_met.notes": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept until {day} under the retention policy; these "
                               "psychotherapy notes cannot be destroyed on that basis yet. Attach the client's "
                               "written permission or document an override with its reason."),
    "destruction.permission_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Destruction on the client's permission needs the signed permission document "
                               "attached."),
    "destruction.early_needs_reason.until.source": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept until {day} under {source}. A client's written "
                               "permission does not shorten a retention period set by state law or your licensing "
                               "board; destroying earlier may breach it. To go ahead anyway, write down why (at "
                               "least {min} characters)."),
    "destruction.early_needs_reason.until": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept until {day} under your retention policy. A client's "
                               "written permission does not shorten a retention period set by state law or your "
                               "licensing board; destroying earlier may breach it. To go ahead anyway, write down "
                               "why (at least {min} characters)."),
    "destruction.early_needs_reason.source": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept for a period that cannot be computed under {source}. A "
                               "client's written permission does not shorten a retention period set by state law "
                               "or your licensing board; destroying earlier may breach it. To go ahead anyway, "
                               "write down why (at least {min} characters)."),
    "destruction.early_needs_reason": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept for a period that cannot be computed under your "
                               "retention policy. A client's written permission does not shorten a retention "
                               "period set by state law or your licensing board; destroying earlier may breach it. "
                               "To go ahead anyway, write down why (at least {min} characters)."),
    "destruction.early_override_needs_reason.until.source": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept until {day} under {source}. This destruction is early: an"
                               " override departs from that rule and does not shorten it; destroying earlier may "
                               "breach it. To go ahead anyway, write down why (at least {min} characters)."),
    "destruction.early_override_needs_reason.until": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept until {day} under your retention policy. This destruction"
                               " is early: an override departs from that rule and does not shorten it; destroying "
                               "earlier may breach it. To go ahead anyway, write down why (at least {min} "
                               "characters)."),
    "destruction.early_override_needs_reason.source": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept for a period that cannot be computed under {source}. This"
                               " destruction is early: an override departs from that rule and does not shorten it; "
                               "destroying earlier may breach it. To go ahead anyway, write down why (at least {min}"
                               " characters)."),
    "destruction.early_override_needs_reason": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Chart {chart} must be kept for a period that cannot be computed under your retention"
                               " policy. This destruction is early: an override departs from that rule and does not "
                               "shorten it; destroying earlier may breach it. To go ahead anyway, write down why (at"
                               " least {min} characters)."),
    "destruction.override_needs_reason": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "An override needs its reason written down (at least {min} characters)."),
    "destruction.confirmation_mismatch": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The confirmation does not name the chart. Type the chart number ({chart}) to "
                               "confirm."),
}

# What to do about it, in the screen's language; a code not here is said without a hint.
HINTS: Mapping[str, str] = {
    "destruction.permission_not_scan": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Choose the scan of the client's signed request; nothing was destroyed."),
    # In the app's terms (the CLI's hint names `destruction resume` and `purge-backups`): the
    # Destructions window's Finish now and Purge the backups now run the same services.
    "destruction.backup_folder_not_writable": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Make the drive writable (its write-protect switch, or mount it read-write), then "
                               "choose Finish now in Records > Destructions and certificates (the app also tries "
                               "again at each unlock). If it cannot be made writable now, disconnect that drive and "
                               "choose Finish now: the destruction finishes without it, and its certificate lists "
                               "those backups as not reachable. Once the drive is connected and writable again, "
                               "Purge the backups now, in the same window, removes the chart from them."),
}

# The name of each field a destruction's refusal can be about, as `{what}` says it.
FIELD_NAMES: Mapping[str, str] = {
    # a destruction's free texts (kept in the ledger and on the certificate)
    "override_reason": QT_TRANSLATE_NOOP("RefusalWordsRecords", "override reason"),
    "early_reason": QT_TRANSLATE_NOOP("RefusalWordsRecords", "reason"),
    "witness": QT_TRANSLATE_NOOP("RefusalWordsRecords", "witness"),
    "authorized_by": QT_TRANSLATE_NOOP("RefusalWordsRecords", "name of who authorized it"),
    "verified_by": QT_TRANSLATE_NOOP("RefusalWordsRecords", "name of who verified it"),
}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
