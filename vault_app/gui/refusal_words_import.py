"""The words of the core's refusals about an import (Vault > Import…): a CSV client list or a
SimplePractice export that cannot be read, and an import stopped by the lock or already running.

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
    # the import's sources (Vault > Import…)
    "import.csv_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That CSV file does not exist."),
    "import.csv_too_large": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The CSV file is over the {max_mib} MB limit."),
    "import.csv_no_header": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The CSV file has no header row."),
    "import.csv_unreadable": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The CSV file cannot be read as CSV (a cell is far too long, or quotes do not match)."),
    "import.csv_column_twice": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                 "The header row names the column '{column}' twice."),
    "import.csv_unknown_preset": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Unknown CSV preset."),
    "import.csv_unknown_field": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Unknown field in the column mapping."),
    "import.csv_column_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                   "A mapped column is not in the CSV file's header row."),
    "import.csv_no_name_column": QT_TRANSLATE_NOOP("RefusalWordsRecords", "No column for the client's name."),
    "import.folder_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That folder does not exist."),
    "import.chart_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That chart is no longer in the vault."),
    "import.export_folder_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That folder does not exist."),
    "import.not_simplepractice": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                   "That folder does not look like a SimplePractice export."),
    "import.export_is_zip": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That is the export's ZIP file, not its folder."),
    "import.export_is_file": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That is a file, not a folder."),
    "import.source_unreadable": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords",
        "A file of the import could not be read: its folder was moved or deleted, or its drive unplugged."),
    "import.csv_not_text": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords",
        "The CSV file cannot be read: it is not text in UTF-8, Windows (cp1252) or UTF-16 with its byte-order mark."),
    "import.csv_is_workbook": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That is a spreadsheet workbook (Excel or LibreOffice), not a CSV file."),
    "import.csv_too_many_rows": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The CSV file has more than {max_rows} rows: more than a client list holds."),
    # the import (or its dry run) stopped by the vault's lock (services/importers/plan.ImportStopped)
    "import.stopped": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The import stopped because the vault locked."),
    "import.already_running": QT_TRANSLATE_NOOP("RefusalWordsRecords", "An import is already running."),
    # a pipe or a device given as the CSV (services/importers/csv_clients._csv_bytes), and a folder
    "import.csv_not_a_file": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The CSV file given is not a regular file (a pipe or a device): {path}."),
    "import.csv_is_folder": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That is a folder, not a CSV file: {path}."),
}

# What to do about it, in the screen's language; a code not here is said without a hint.
HINTS: Mapping[str, str] = {
    "import.csv_no_header": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The first row must name the columns."),
    "import.csv_unreadable": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Open it in a spreadsheet, check it, save it as CSV UTF-8 and try again."),
    "import.csv_column_twice": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                 "Rename one of the two columns in the file and try again."),
    "import.csv_no_name_column": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Map 'name', or 'first_name' and 'last_name', to columns of the file."),
    "import.chart_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Choose another chart."),
    "import.export_folder_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                      "Choose the folder SimplePractice's export unpacked to."),
    "import.not_simplepractice": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords",
        "Choose the folder that holds 'Contacts' and 'Medical Records' (unzip the export first)."),
    "import.export_is_zip": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords",
        "Unzip it first (double-click it, or right-click > Extract All), then choose the folder it unpacked to."),
    "import.export_is_file": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                               "Choose the folder SimplePractice's export unpacked to."),
    "import.source_unreadable": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Put the folder back (plug the drive in again) and run the import again."),
    "import.csv_not_text": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Save it from the spreadsheet as CSV UTF-8 (or Unicode text) and try again."),
    "import.csv_is_workbook": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Open it in the spreadsheet and save it as CSV UTF-8 (File > Save As), then choose "
                               "that file."),
    "import.csv_too_many_rows": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Check that it is the client list; split a longer one into files of {max_rows} rows "
                               "at most."),
    "import.stopped": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                        "Unlock and run the same import again: it continues where it stopped."),
    "import.already_running": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Wait for it to finish, or cancel it."),
    "import.csv_not_a_file": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Choose the CSV file itself."),
    "import.csv_is_folder": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Choose the CSV file in it."),
}
FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
