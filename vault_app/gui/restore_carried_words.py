"""What a restore's question and summary say of the replaced vault's ledger
(services/restore_ask.py, services/restore_carried.py): what it holds beyond the backup, by kind
and never by content, what is (was) carried into the restored vault, and where the rest is.
Shared by the two restore dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.services.restore_carried import NOT_RECORDS

# (singular, plural) of each category counted (restore_carried.CATEGORIES, OTHER).
_KINDS: dict[str, tuple[str, str]] = {
    "disclosures": (QT_TRANSLATE_NOOP("RestoreCarried", "%n disclosure"),
                    QT_TRANSLATE_NOOP("RestoreCarried", "%n disclosures")),
    "not_delivered": (QT_TRANSLATE_NOOP("RestoreCarried", "%n copy recorded as not delivered"),
                      QT_TRANSLATE_NOOP("RestoreCarried", "%n copies recorded as not delivered")),
    "signed_notes": (QT_TRANSLATE_NOOP("RestoreCarried", "%n signed note or amendment"),
                     QT_TRANSLATE_NOOP("RestoreCarried", "%n signed notes or amendments")),
    "authorizations": (QT_TRANSLATE_NOOP("RestoreCarried", "%n authorization entry"),
                       QT_TRANSLATE_NOOP("RestoreCarried", "%n authorization entries")),
    "requests": (QT_TRANSLATE_NOOP("RestoreCarried", "%n request entry"),
                 QT_TRANSLATE_NOOP("RestoreCarried", "%n request entries")),
    "accounting": (QT_TRANSLATE_NOOP("RestoreCarried", "%n accounting entry"),
                   QT_TRANSLATE_NOOP("RestoreCarried", "%n accounting entries")),
    "destructions": (QT_TRANSLATE_NOOP("RestoreCarried", "%n destruction entry"),
                     QT_TRANSLATE_NOOP("RestoreCarried", "%n destruction entries")),
    "rekeyed": (QT_TRANSLATE_NOOP("RestoreCarried", "%n replacement of every key"),
                      QT_TRANSLATE_NOOP("RestoreCarried", "%n replacements of every key")),
    "housekeeping": (QT_TRANSLATE_NOOP("RestoreCarried", "%n housekeeping entry (backups, unlocks, checks)"),
                     QT_TRANSLATE_NOOP("RestoreCarried", "%n housekeeping entries (backups, unlocks, checks)")),
    "other": (QT_TRANSLATE_NOOP("RestoreCarried", "%n other record entry"),
              QT_TRANSLATE_NOOP("RestoreCarried", "%n other record entries")),
}


def _counted(kind: str, n: int) -> str:
    one, many = _KINDS.get(kind, _KINDS["other"])
    return QCoreApplication.translate("RestoreCarried", one if n == 1 else many).replace("%n", str(n))


# What each signed record no file holds is called (restore_ask_lost.SIGNED).
_LOST_WHAT: dict[str, str] = {
    "note": QT_TRANSLATE_NOOP("RestoreCarried", "signed note"),
    "amendment": QT_TRANSLATE_NOOP("RestoreCarried", "note amendment or addendum"),
    "decision": QT_TRANSLATE_NOOP("RestoreCarried", "signed decision"),
    "decision_addendum": QT_TRANSLATE_NOOP("RestoreCarried", "decision addendum"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreCarried", text)  # of QT_TRANSLATE_NOOP's marked words


def _lost_item(kind: str, n: int, lost: int) -> str | None:
    """The words of a kind some of whose entries no file holds (an older file put back: the
    safety copy does not keep them; found by a walker, the question said it did)."""
    if not lost:
        return None
    if kind == "signed_notes":
        if lost < n:
            return QCoreApplication.translate(
                "RestoreCarried", "({0} of them LOST, see below; the safety copy keeps the others)").format(lost)
        if n == 1:
            return QCoreApplication.translate("RestoreCarried", "(LOST: its text is in no file, see below)")
        return QCoreApplication.translate("RestoreCarried", "(LOST: their text is in no file, see below)")
    if lost < n:
        return QCoreApplication.translate(
            "RestoreCarried", "(not carried over: {0} LOST with the older file, the safety copy keeps the others)"
        ).format(lost)
    return QCoreApplication.translate(
        "RestoreCarried", "(not carried over, and LOST: not in the file being replaced either)")


def _lost_notes(notes: Any) -> str:
    """Each signed record no file holds, by what it was, its day and chart number (never its text
    nor the client's name), so that it can be written again."""
    said = []
    for note in notes:
        what, day = _tr(_LOST_WHAT.get(note.what, _LOST_WHAT["note"])), show_date(note.time)
        if note.chart:
            said.append(QCoreApplication.translate("RestoreCarried", "{0} of {1}, chart {2}").format(
                what, day, note.chart))
        else:
            said.append(QCoreApplication.translate("RestoreCarried", "{0} of {1}, in a chart no file kept holds")
                        .format(what, day))
    return "; ".join(said)


def lost_lines(lost: Any, *, after: bool = False) -> list[str]:
    """What no file holds any more (restore_ask_lost.Lost), before the restore or after it."""
    if lost is None or not lost.files:
        return []
    files = ", ".join(lost.files)
    if after:
        out = [QCoreApplication.translate(
            "RestoreCarried", "{0} in the vault it replaced was an older copy put back: what was written after that "
            "copy was in no file, the safety copy included; only its ledger entries are left.").format(files)]
    else:
        out = [QCoreApplication.translate(
            "RestoreCarried", "{0} in the vault you are replacing is an older copy put back: its audit ledger "
            "recorded later changes it does not hold. What was written after that copy is in no file any more, "
            "the safety copy included; only its ledger entries are left.").format(files)]
    if lost.notes:
        out.append(QCoreApplication.translate("RestoreCarried", "Write these again (their text is lost): {0}.")
                   .format(_lost_notes(lost.notes)))
    return out


def _ahead_item(kind: str, n: int, said: Any) -> str:
    words = _counted(kind, n)
    gone = _lost_item(kind, n, said.lost.by_category.get(kind, 0)) if getattr(said, "lost", None) else None
    if gone is not None:
        return f"{words} {gone}"
    if kind in ("disclosures", "not_delivered"):
        what = QCoreApplication.translate("RestoreCarried", "(it will be carried over)") if n == 1 else \
            QCoreApplication.translate("RestoreCarried", "(they will be carried over)")
    elif kind == "accounting" and said.suspensions:
        what = QCoreApplication.translate(
            "RestoreCarried", "(1 accounting suspension will be carried over)") if said.suspensions == 1 else \
            QCoreApplication.translate(
                "RestoreCarried", "({0} accounting suspensions will be carried over)").format(said.suspensions)
    elif kind == "signed_notes":
        what = QCoreApplication.translate(
            "RestoreCarried", "(NOT carried over: the text is in the files being replaced; the safety copy keeps them)")
    elif kind == "destructions":
        what = QCoreApplication.translate("RestoreCarried", "(re-applied in the restored vault)")
    elif kind == "rekeyed":
        what = QCoreApplication.translate(
            "RestoreCarried", "(the restored vault keeps the signing key in use now; the earlier one stays retired)")
    elif kind == "housekeeping":
        what = QCoreApplication.translate("RestoreCarried", "(no record; the safety copy keeps it)") if n == 1 else \
            QCoreApplication.translate("RestoreCarried", "(no record; the safety copy keeps them)")
    else:
        what = QCoreApplication.translate("RestoreCarried", "(not carried over: the safety copy keeps it)") \
            if n == 1 else \
            QCoreApplication.translate("RestoreCarried", "(not carried over: the safety copy keeps them)")
    return f"{words} {what}"


def ahead_lines(said: Any, *, typed_current: bool = False) -> list[str]:
    """The question's sentences of the vault it would replace (restore_ask.Ahead); none when no
    vault of the backup's is replaced. `typed_current`: its current passphrase was typed beside the kit."""
    if said is None:
        return []
    if not said.read and getattr(said, "keys_replaced", None):
        # Its keys were replaced since (restore_destructions.KeysReplacedSince): said with the way to
        # read it, as `backup restore` says it, in this screen's words.
        why = QCoreApplication.translate("RestoreCarried", "nor with the current passphrase typed") if typed_current \
            else QCoreApplication.translate("RestoreCarried", "and no current passphrase of it was typed")
        return [QCoreApplication.translate(
            "RestoreCarried", "The vault you are replacing does not open with this backup's keys (its passphrase or "
            "Emergency Kit of then), {0}: its keys were replaced since (Replace every key). Nothing will be carried "
            "over from it, and the charts destroyed in it since this backup will not be destroyed again in the "
            "restored vault. To have them destroyed again, choose Cancel and type its passphrase of now in "
            "“Current passphrase”. The safety copy kept beside it keeps it as it is.").format(why)]
    if not said.read:
        return [QCoreApplication.translate(
            "RestoreCarried", "The audit ledger of the vault you are replacing could not be verified as this "
            "vault's: nothing will be carried over from it. The safety copy kept beside it keeps it as it is.")]
    if not said.beyond:
        return [QCoreApplication.translate(
            "RestoreCarried", "The vault you are replacing holds nothing newer than this backup.")]
    total = sum(said.beyond.values())
    entries = QCoreApplication.translate("RestoreCarried", "1 entry") if total == 1 else \
        QCoreApplication.translate("RestoreCarried", "{0} entries").format(total)
    return [QCoreApplication.translate(
        "RestoreCarried", "The vault you are replacing holds {0} newer than this backup: {1}.").format(
        entries, "; ".join(_ahead_item(k, n, said) for k, n in said.beyond.items())),
        *lost_lines(getattr(said, "lost", None))]


def lines(report: Any, asked: Any = None) -> list[str]:
    """The summary's sentences of the replaced vault's ledger; none when no vault was replaced.
    `asked`: what the question said of it (restore_ask.Ahead), which knows what no file held."""
    said: dict[str, Any] | None = getattr(report, "replaced_ledger", None)
    if not said:
        return []
    safety = said.get("safety_copy") or ""
    if not said.get("read"):
        return [QCoreApplication.translate(
            "RestoreCarried", "Nothing was carried over from the vault it replaced: its audit ledger could not be "
            "verified as this vault's. The safety copy in {0} keeps it as it was.").format(safety)]
    beyond: dict[str, int] = said.get("beyond") or {}
    if not beyond:
        return [QCoreApplication.translate(
            "RestoreCarried", "The ledger of the vault it replaced held nothing beyond this backup.")]
    out = [QCoreApplication.translate(
        "RestoreCarried", "The ledger of the vault it replaced held, beyond this backup: {0}.").format(
        ", ".join(_counted(k, n) for k, n in beyond.items()))]
    carried = int(said.get("disclosures_carried") or 0)
    if carried == 1:
        out.append(QCoreApplication.translate(
            "RestoreCarried", "Carried into the restored vault, for the accounting of disclosures: 1 disclosure."))
    elif carried:
        out.append(QCoreApplication.translate(
            "RestoreCarried", "Carried into the restored vault, for the accounting of disclosures: {0} disclosures.")
            .format(carried))
    followed = int(said.get("not_delivered_carried") or 0)
    if followed:  # a disclosure the backup holds, recorded since as not delivered (45 CFR 164.528)
        out.append(QCoreApplication.translate(
            "RestoreCarried", "Carried into the restored vault, for the accounting of disclosures: {0} "
            "record(s) that a copy was not delivered.").format(followed))
    suspended = int(said.get("suspensions_carried") or 0)
    if suspended:
        out.append(QCoreApplication.translate(
            "RestoreCarried", "Carried into the restored vault, for the accounting of disclosures: {0} accounting "
            "suspension(s).").format(suspended))
    # Housekeeping alone is no record left behind; signed notes named only when some were
    # (found by a walker: "signed notes and other records" said for 4 housekeeping entries).
    # What no file held (an older file put back) is not "in the safety copy" (found by a walker).
    lost = getattr(asked, "lost", None)
    gone: dict[str, int] = lost.by_category if lost is not None else {}
    records = [k for k in beyond if k not in NOT_RECORDS and gone.get(k, 0) < beyond[k]]
    out += lost_lines(lost, after=True)
    if "signed_notes" in records:
        out.append(QCoreApplication.translate(
            "RestoreCarried", "The rest was not carried over (signed notes and other records were in the files "
            "the backup replaced): the safety copy in {0} holds that ledger and those files.").format(safety))
    elif records:
        out.append(QCoreApplication.translate(
            "RestoreCarried", "The rest was not carried over (those records were in the files the backup "
            "replaced): the safety copy in {0} holds that ledger and those files.").format(safety))
    return out
