"""What a backup's check checked, in the screen's language.

The core says it in English lines (services/backup.py, backup_repo.py and
backup_checked.described: "header MAC", "every page of records checked now"), which the command
line prints as they are. Backups showed them whole after its own Spanish words: "snap-….vrs
está intacta: comprobado snapshot authentication, every chunk's authentication and keyed
hash, …" (found on Xvfb). Each line is said here, by its whole pattern; a line this version
does not know (a newer core's) stays in English rather than be half translated.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "BackupCheckWords"

_FIXED = {
    "checksum": QT_TRANSLATE_NOOP("BackupCheckWords", "checksum"),
    "authentication": QT_TRANSLATE_NOOP("BackupCheckWords", "authentication"),
    "part hashes": QT_TRANSLATE_NOOP("BackupCheckWords", "part hashes"),
    "part hashes (when the file was read back after it was written)": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "part hashes (when the file was read back after it was written)"),
    "header MAC": QT_TRANSLATE_NOOP("BackupCheckWords", "header MAC"),
    "snapshot authentication": QT_TRANSLATE_NOOP("BackupCheckWords", "snapshot authentication"),
    "every chunk's authentication and keyed hash": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "every chunk's authentication and keyed hash"),
    "part sizes": QT_TRANSLATE_NOOP("BackupCheckWords", "part sizes"),
    "every compartment page": QT_TRANSLATE_NOOP("BackupCheckWords", "every compartment page"),
    "ledger chain": QT_TRANSLATE_NOOP("BackupCheckWords", "ledger chain"),
    "ledger ends at the recorded entry": QT_TRANSLATE_NOOP("BackupCheckWords", "ledger ends at the recorded entry"),
    "psychotherapy.db is locked: its bytes are checked by the authentication only": QT_TRANSLATE_NOOP(
        "BackupCheckWords", "psychotherapy.db is locked: its bytes are checked by the authentication only"),
}

# (the core's line as a pattern, its words with the pattern's groups as %1, %2, ...): one
# sentence per kind of copy ("backup" or "snapshot"), as a translation needs the noun's gender.
_WHAT = r"(?P<what>backup|snapshot)"
_PATTERNS: tuple[tuple[re.Pattern[str], dict[str, str], tuple[str, ...]], ...] = (
    (re.compile(rf"every page of records\.db and ledger\.db \(psychotherapy\.db is locked: its bytes are checked by "
                rf"the {_WHAT}'s authentication; unlock it, or give the passphrase, to check its pages\)"),
     {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "every page of records.db and ledger.db (psychotherapy.db is "
                                  "locked: its bytes are checked by the backup's authentication; unlock it, or give "
                                  "the passphrase, to check its pages)"),
      "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "every page of records.db and ledger.db (psychotherapy.db is "
                                    "locked: its bytes are checked by the snapshot's authentication; unlock it, or "
                                    "give the passphrase, to check its pages)")}, ()),
    (re.compile(rf"every page, the ledger chain and the attachments were checked when the {_WHAT} was made "
                r"\(app (?P<app>[^;]*); pages of (?P<pages>[^)]*)\); the (?:backup|snapshot)'s authentication "
                r"proves it holds those bytes"),
     {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "every page, the ledger chain and the attachments were "
                                  "checked when the backup was made (app %1; pages of %2); the backup's "
                                  "authentication proves it holds those bytes"),
      "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "every page, the ledger chain and the attachments were "
                                    "checked when the snapshot was made (app %1; pages of %2); the snapshot's "
                                    "authentication proves it holds those bytes")}, ("app", "pages")),
    (re.compile(rf"every page, the ledger chain and the attachments were checked when a destruction's purge rewrote "
                rf"the {_WHAT} \(app (?P<app>[^;]*); pages of (?P<pages>[^)]*)\); the (?:backup|snapshot)'s "
                r"authentication proves it holds those bytes"),
     {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "every page, the ledger chain and the attachments were "
                                  "checked when a destruction's purge rewrote the backup (app %1; pages of %2); "
                                  "the backup's authentication proves it holds those bytes"),
      "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "every page, the ledger chain and the attachments were "
                                    "checked when a destruction's purge rewrote the snapshot (app %1; pages of %2); "
                                    "the snapshot's authentication proves it holds those bytes")}, ("app", "pages")),
    (re.compile(rf"the ledger chain was walked from entry (?P<entry>\d+) then; the entries before it when the "
                rf"{_WHAT}'s previous record was made"),
     {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "the ledger chain was walked from entry %1 then; the entries "
                                  "before it when the backup's previous record was made"),
      "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "the ledger chain was walked from entry %1 then; the "
                                    "entries before it when the snapshot's previous record was made")}, ("entry",)),
    (re.compile(rf"the {_WHAT} was purged since \(app (?P<app>[^)]*)\): every page it rewrote and the rewritten "
                r"compartments' structure were checked then; the rest is as checked at creation"),
     {"backup": QT_TRANSLATE_NOOP("BackupCheckWords", "the backup was purged since (app %1): every page it rewrote "
                                  "and the rewritten compartments' structure were checked then; the rest is as "
                                  "checked at creation"),
      "snapshot": QT_TRANSLATE_NOOP("BackupCheckWords", "the snapshot was purged since (app %1): every page it "
                                    "rewrote and the rewritten compartments' structure were checked then; the rest "
                                    "is as checked at creation")}, ("app",)),
    (re.compile(r"every page of (?P<names>.+) checked now"),
     {"": QT_TRANSLATE_NOOP("BackupCheckWords", "every page of %1 checked now")}, ("names",)),
)


# The compartments a line names (backup_checked.COMPARTMENTS), said in the screen's language: the
# Spanish screen read «páginas de ledger, records» (found in the real app).
_COMPARTMENT_WORDS = {
    "records": QT_TRANSLATE_NOOP("BackupCheckWords", "records"),
    "ledger": QT_TRANSLATE_NOOP("BackupCheckWords", "ledger"),
    "psychotherapy": QT_TRANSLATE_NOOP("BackupCheckWords", "psychotherapy"),
}
_NAME_GROUPS = ("pages", "names")


def _names_words(names: str) -> str:
    """'ledger, records' in the screen's language; a name not known stays as it is."""
    return ", ".join(QCoreApplication.translate(CONTEXT, _COMPARTMENT_WORDS[n]) if n in _COMPARTMENT_WORDS else n
                     for n in names.split(", "))


def check_line_words(line: str) -> str:
    """One of the core's "checked" lines in the screen's language (as it is when unknown)."""
    fixed = _FIXED.get(line)
    if fixed is not None:
        return QCoreApplication.translate(CONTEXT, fixed)
    for pattern, sources, params in _PATTERNS:
        found = pattern.fullmatch(line)
        if found is None:
            continue
        said = QCoreApplication.translate(CONTEXT, sources[found.groupdict().get("what") or ""])
        for number, name in enumerate(params, start=1):
            value = found.group(name)
            said = said.replace(f"%{number}", _names_words(value) if name in _NAME_GROUPS else value)
        return said
    return line


def checked_words(lines: list[str]) -> str:
    """A verify's "checked" lines joined for a sentence, each in the screen's language."""
    return ", ".join(check_line_words(str(line)) for line in lines)


__all__ = ["check_line_words", "checked_words"]
