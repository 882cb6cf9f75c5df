"""What a backup's check checked, in the screen's language, by each line's code.

The core says it line by line (services/backup_checked.py: "header MAC", "every page of
records checked now"), each line its English, which the command line prints as it is, with a
code and params (backup_checked.checked_line). Backups showed them whole after its own Spanish
words: "snap-….vrs está intacta: comprobado snapshot authentication, every chunk's
authentication and keyed hash, …" (found on Xvfb); the lines were then matched by pattern, which a
change of the core's English silently undid. Each line is now said by its code; a line without
one (or with one this version does not know: a newer core's) stays in English rather than be
half translated.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.services import backup_checked as checked

CONTEXT = "BackupCheckWords"

# Each code's words, by the kind of copy ({what}: "backup" or "snapshot"; a translation needs
# the noun's gender) or "" for one sentence, and the params said as %1, %2, ... in that order.
_WORDS: Mapping[str, tuple[Mapping[str, str], tuple[str, ...]]] = {
    checked.CHECKSUM: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "checksum")}, ()),
    checked.AUTHENTICATION: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "authentication")}, ()),
    checked.PART_HASHES: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "part hashes")}, ()),
    checked.PART_HASHES_READ_BACK: ({"": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "part hashes (when the file was read back after it was written)")}, ()),
    checked.HEADER_MAC: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "header MAC")}, ()),
    checked.SNAPSHOT_AUTHENTICATION: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "snapshot authentication")}, ()),
    checked.CHUNKS: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "every chunk's authentication and keyed hash")}, ()),
    checked.PART_SIZES: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "part sizes")}, ()),
    checked.EVERY_PAGE: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "every compartment page")}, ()),
    checked.LEDGER_CHAIN: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "ledger chain")}, ()),
    checked.LEDGER_ENDS: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "ledger ends at the recorded entry")}, ()),
    checked.PSYCHOTHERAPY_LOCKED: ({"": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "psychotherapy.db is locked: its bytes are checked by the authentication only")}, ()),
    checked.PAGES_PSYCHOTHERAPY_LOCKED: (
        {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "every page of records.db and ledger.db (psychotherapy.db is "
                                     "locked: its bytes are checked by the backup's authentication; unlock it, or give "
                                     "the passphrase, to check its pages)"),
         "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "every page of records.db and ledger.db (psychotherapy.db "
                                       "is locked: its bytes are checked by the snapshot's authentication; unlock it, "
                                       "or give the passphrase, to check its pages)")}, ()),
    checked.RECORDED_MADE: (
        {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "every page, the ledger chain and the attachments were "
                                     "checked when the backup was made (app %1; pages of %2); the backup's "
                                     "authentication proves it holds those bytes"),
         "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "every page, the ledger chain and the attachments were "
                                       "checked when the snapshot was made (app %1; pages of %2); the snapshot's "
                                       "authentication proves it holds those bytes")}, ("app", "pages")),
    checked.RECORDED_REWRITTEN: (
        {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "every page, the ledger chain and the attachments were "
                                     "checked when a destruction's purge rewrote the backup (app %1; pages of %2); "
                                     "the backup's authentication proves it holds those bytes"),
         "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "every page, the ledger chain and the attachments were "
                                       "checked when a destruction's purge rewrote the snapshot (app %1; pages of "
                                       "%2); the snapshot's authentication proves it holds those bytes")},
        ("app", "pages")),
    checked.CHAIN_WALKED_FROM: (
        {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "the ledger chain was walked from entry %1 then; the entries "
                                     "before it when the backup's previous record was made"),
         "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "the ledger chain was walked from entry %1 then; the "
                                       "entries before it when the snapshot's previous record was made")}, ("entry",)),
    checked.PURGED_SINCE: (
        {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "the backup was purged since (app %1): every page it rewrote "
                                     "and the rewritten compartments' structure were checked then; the rest is as "
                                     "checked at creation"),
         "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "the snapshot was purged since (app %1): every page it "
                                       "rewrote and the rewritten compartments' structure were checked then; the rest "
                                       "is as checked at creation")}, ("app",)),
    checked.PAGES_NOW: ({"": QT_TRANSLATE_NOOP("BackupCheckWords", "every page of %1 checked now")}, ("names",)),
    # What the check means, for a clinician (backup_checked.plainly): the window's result says these.
    checked.PLAIN_WHOLE: ({"": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "Every part of the backup was read and is whole: nothing in it is missing or altered.")},
        ()),
    checked.PLAIN_CHECKED_WHEN_MADE: ({"": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "The records in it were checked in full when it was made, and it still holds exactly "
        "what was checked.")}, ()),
    checked.PLAIN_CHECKED_NOW: ({"": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "The records in it were checked in full now.")}, ()),
    checked.PLAIN_NOTES_CHECKED: ({"": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "The psychotherapy notes in it were checked too.")}, ()),
    checked.PLAIN_NOTES_LOCKED: ({"": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "The psychotherapy notes in it could not be checked because they are locked: unlock "
        "them, then check again to include them.")}, ()),
}

# The compartments a line names (backup_checked.COMPARTMENTS), said in the screen's language: the
# Spanish screen read «páginas de ledger, records» (found in the real app).
_COMPARTMENT_WORDS = {
    "records": QT_TRANSLATE_NOOP("BackupCheckWords", "records"),
    "ledger": QT_TRANSLATE_NOOP("BackupCheckWords", "ledger"),
    "psychotherapy": QT_TRANSLATE_NOOP("BackupCheckWords", "psychotherapy"),
}
_NAME_PARAMS = ("pages", "names")


def _names_words(names: str) -> str:
    """'ledger, records' in the screen's language; a name not known stays as it is."""
    return ", ".join(QCoreApplication.translate(CONTEXT, _COMPARTMENT_WORDS[n]) if n in _COMPARTMENT_WORDS else n
                     for n in names.split(", "))


def check_line_words(line: str) -> str:
    """One of the core's "checked" lines in the screen's language, by its code (as it is when
    it has none, or one without words here)."""
    code, params = str(getattr(line, "code", "") or ""), dict(getattr(line, "params", None) or {})
    words = _WORDS.get(code)
    if words is None:
        return line
    sources, order = words
    source = sources.get(str(params.get("what", ""))) if "" not in sources else sources[""]
    if source is None or any(name not in params for name in order):
        return line
    said = QCoreApplication.translate(CONTEXT, source)
    for number, name in enumerate(order, start=1):
        value = str(params[name])
        said = said.replace(f"%{number}", _names_words(value) if name in _NAME_PARAMS else value)
    return said


def checked_words(lines: list[str]) -> str:
    """A verify's "checked" lines joined for a sentence, each in the screen's language."""
    return ", ".join(check_line_words(line) for line in lines)


def plain_words(summary: Mapping[str, object]) -> str:
    """What a verify's result means, for a clinician (backup_checked.plainly), in the screen's language."""
    return " ".join(check_line_words(line) for line in checked.plainly(summary))


__all__ = ["check_line_words", "checked_words", "plain_words"]
