"""What `backup restore --overwrite` prints before it replaces a vault: the entries of that
vault's ledger newer than the backup, by kind (never their content), and which will be carried
over (services/restore_ask.py). Apart from backup_commands.py, which says the restore's result.
Found by a walker: the command printed "Destructions re-applied: 0" and nothing of a court-order
disclosure recorded after the backup, which the restore dropped."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vault_app.cli.common import day, vault_folder
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.domain.plurals import counted
from vault_app.services import restore_ask
from vault_app.services.restore_ask import Ahead
from vault_app.services.restore_ask_lost import Lost
from vault_app.services.restore_carried import NOT_RECORDS

# (singular, plural) of each category (restore_carried.CATEGORIES, OTHER).
_WORDS = {"disclosures": ("disclosure", "disclosures"),
          "not_delivered": ("copy recorded as not delivered", "copies recorded as not delivered"),
          "signed_notes": ("signed note or amendment", "signed notes or amendments"),
          "authorizations": ("authorization entry", "authorization entries"),
          "requests": ("request entry", "request entries"), "accounting": ("accounting entry", "accounting entries"),
          "destructions": ("destruction entry", "destruction entries"),
          "rekeyed": ("replacement of every key", "replacements of every key"),
          "housekeeping": ("housekeeping entry (backups, unlocks, checks)",
                           "housekeeping entries (backups, unlocks, checks)"),
          "other": ("other record entry", "other record entries")}


_LOST_WHAT = {"note": "signed note", "amendment": "note amendment or addendum", "decision": "signed decision",
              "decision_addendum": "decision addendum"}


def _lost_item(kind: str, n: int, lost: int) -> str | None:
    """A kind some of whose entries no file holds (an older file put back: the safety copy does
    not keep them; found by a walker, the question said it did)."""
    if not lost:
        return None
    if kind == "signed_notes":
        if lost < n:
            return f" ({lost} of them LOST, see below; the safety copy keeps the others)"
        return " (LOST: " + ("its" if n == 1 else "their") + " text is in no file, see below)"
    if lost < n:
        return f" (not carried over: {lost} LOST with the older file, the safety copy keeps the others)"
    return " (not carried over, and LOST: not in the file being replaced either)"


def lost_lines(lost: Lost | None, *, after: bool = False) -> list[str]:
    """What no file holds any more (restore_ask_lost), by chart number and day, never its text."""
    if lost is None or not lost.files:
        return []
    files = ", ".join(lost.files)
    out = [f"{files} in the vault you are replacing is an older copy put back: its audit ledger recorded later "
           "changes it does not hold. What was written after that copy is in no file any more, the safety copy "
           "included; only its ledger entries are left." if not after else
           f"{files} in the vault it replaced was an older copy put back: what was written after that copy was in "
           "no file, the safety copy included; only its ledger entries are left."]
    if lost.notes:
        said = [f"{_LOST_WHAT.get(n.what, 'signed note')} of {day(n.time, DEFAULT_LOCALE)}, "
                + (f"chart {n.chart}" if n.chart else "in a chart no file kept holds") for n in lost.notes]
        out.append(f"Write these again (their text is lost): {'; '.join(said)}.")
    return out


def _item(kind: str, n: int, said: Ahead) -> str:
    words = counted(n, *_WORDS.get(kind, _WORDS["other"]))
    gone = _lost_item(kind, n, said.lost.by_category.get(kind, 0))
    if gone is not None:
        return words + gone
    if kind in ("disclosures", "not_delivered"):
        return words + (" (it will be carried over)" if n == 1 else " (they will be carried over)")
    if kind == "accounting" and said.suspensions:
        return words + f" ({counted(said.suspensions, 'accounting suspension')} will be carried over)"
    if kind == "signed_notes":
        return words + (" (NOT carried over: the text is in the files being replaced; the safety copy keeps "
                        "them)")
    if kind == "destructions":
        return words + " (re-applied in the restored vault)"
    if kind == "rekeyed":
        return words + " (the restored vault keeps the signing key in use now; the earlier one stays retired)"
    if kind == "housekeeping":
        return words + " (no record; the safety copy keeps " + ("it)" if n == 1 else "them)")
    return words + " (not carried over: the safety copy keeps " + ("it)" if n == 1 else "them)")


def left_behind(beyond: dict[str, int], safety: object, lost: Lost | None = None) -> list[str]:
    """After the restore: where the records the backup did not hold are, when there were any;
    the signed notes named only when some were (housekeeping alone is no record left behind).
    `lost`: what the question found in no file (an older file put back), said apart: the safety
    copy does not hold it."""
    gone = lost.by_category if lost is not None else {}
    records = [k for k in beyond if k not in NOT_RECORDS and gone.get(k, 0) < beyond[k]]
    said = lost_lines(lost, after=True)
    if not records:
        return said
    which = "signed notes and other records" if "signed_notes" in records else "those records"
    return [*said, f"The rest was not carried over ({which} were in the files the backup replaced): the safety "
            f"copy in {safety} holds that ledger and those files."]


def signing_lines(said: Ahead | None) -> list[str]:
    """Before the restore: a new signing key pair it will make (restore_ask.Ahead.signing, foreseen
    as the restore decides it; services/restore_signing.py), as the GUI's question says it."""
    from vault_app.services import restore_signing  # loaded by the question already

    how = said.signing if said is not None else ""
    if how == restore_signing.NEW:
        return ["This backup was made before every key was replaced, and the vault that replaced them cannot be read "
                "with what was given: the restored vault will sign with a NEW signing key (its fingerprint is "
                "printed after the restore), and the backup's key stays retired. The fingerprint on your Emergency "
                "Kit will no longer be the vault's: give whoever checks your certificates the new one."]
    if how == restore_signing.UNSURE:
        return ["The vault.header in that folder does not match the files beside it (an older copy of it was put "
                "back, or a file is damaged): nothing there can tell whether every key was replaced after this "
                "backup. The restored vault will sign with a NEW signing key (its fingerprint is printed after the "
                "restore), and the backup's key will be retired from the day the backup was made. The fingerprint "
                "on your Emergency Kit will no longer be the vault's: give whoever checks your certificates the new "
                "one."]
    if how == restore_signing.REMEMBERED:
        return ["This computer's keyring records that this backup's signing key was retired when every key was "
                "replaced, though nothing in the vault's folder says so (an older copy of the whole folder may have "
                "been put back). The restored vault will sign with a NEW signing key (its fingerprint is printed "
                "after the restore), and the backup's key stays retired. The fingerprint on your Emergency Kit will "
                "no longer be the vault's: give whoever checks your certificates the new one."]
    if how == restore_signing.REMEMBERED_ELSEWHERE:
        return ["This computer's keyring records that this backup's signing key was retired when every key was "
                "replaced in another copy of this vault, in another folder (a copy restored from a backup beside it, "
                "for one); this vault's own folder never replaced it. The restored vault will sign with a NEW signing "
                "key (its fingerprint is printed after the restore), and the backup's key stays retired. The "
                "fingerprint on your Emergency Kit will no longer be the vault's: give whoever checks your "
                "certificates the new one."]
    return []


def lines(said: Ahead | None, given: bool = False) -> list[str]:
    """The sentences printed before the restore replaces a vault; none when none is replaced.
    `given`: a passphrase of it was given (read with it when its keys were replaced since)."""
    return [*_ledger_lines(said, given), *signing_lines(said)]


def _ledger_lines(said: Ahead | None, given: bool) -> list[str]:
    if said is None:
        return []
    if not said.read and said.keys_replaced:
        return ["The vault you are replacing does not open with this backup's keys (its passphrase or Emergency Kit "
                "of then), " + ("nor with the passphrase given" if given else "and no passphrase of it was given")
                + ": its keys were replaced since (Replace every key). Nothing will be carried over from it, and the "
                "charts destroyed in it since this backup will not be destroyed again in the restored vault. To "
                "have them destroyed again, give its current passphrase (VAULT_APP_PASSPHRASE or --passphrase-file, "
                "with the recovery key file). The safety copy kept beside it keeps it as it is."]
    if not said.read:
        return ["The audit ledger of the vault you are replacing could not be verified as this vault's: nothing "
                "will be carried over from it. The safety copy kept beside it keeps it as it is."]
    if not said.beyond:
        return ["The vault you are replacing holds nothing newer than this backup."]
    total = sum(said.beyond.values())
    held = "; ".join(_item(kind, n, said) for kind, n in said.beyond.items())
    return [f"The vault you are replacing holds {counted(total, 'entry', 'entries')} newer than this backup: "
            f"{held}.", *lost_lines(said.lost)]


def say_before(args: argparse.Namespace, phrase: str | None, key: str | None,
               current: str | None = None) -> restore_ask.Question:
    """Before the vault in --to is replaced: what its ledger holds newer than the backup, and what
    will be carried over, or that the backup is another vault's (the command asks nothing:
    --overwrite and --other-vault are the answer, so it is said first). On stderr under --json,
    whose output is the report alone. Returns the question: the identity of the file said of, from
    the same read (restore_ask.question), which the restore is held to (another backup put in its
    place in between would be restored under these words; found by a reader, 2026-12-06), and what
    it found in no file, which the report says again. `current`: with the kit, the passphrase of the
    vault replaced, read with it as the restore reads it (its keys replaced since)."""
    # The copies the restore reads (cmd_restore: the configured vault, a --newer-ledger), read alike: the
    # question foresees the signing key the restore decides from them.
    asked = restore_ask.question(Path(args.file), Path(args.to), passphrase=phrase, recovery_key=key,
                                 current_passphrase=current, known_copies=[vault_folder(args)],
                                 newer_ledger=Path(args.newer_ledger) if args.newer_ledger else None)
    said = lines(asked.ahead, given=bool(phrase or current))
    if asked.other and args.other_vault:
        said = [f"{Path(args.file).name} is a backup of another vault: the vault in {args.to} is replaced with that "
                "other vault (a safety copy of it is kept beside it)."]
    for line in said:
        print(line, file=sys.stderr if getattr(args, "json", False) else sys.stdout, flush=True)
    return asked
