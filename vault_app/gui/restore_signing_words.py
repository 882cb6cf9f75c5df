"""What the restore dialogs (Restore from a backup…, Vault > Backups…) say of the signing key the
restored vault signs with (services/restore_signing.py): a backup older than a Replace every key
keeps the key in use now and the earlier key retired, and the restored vault opens with the kit of
then; restored where no other copy was read, the key to compare with the most recent Emergency Kit.
Nothing is said when nothing changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dates import show_moment
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vault_app.services.restore_report import RestoreReport

# services/restore_signing.CARRIED, NEW, UNSURE and REMEMBERED (not imported: the GUI reads the report's words only).
_CARRIED, _NEW, _UNSURE, _REMEMBERED = "carried", "new", "new_unsure", "new_remembered"
_ELSEWHERE = "new_remembered_elsewhere"  # services/restore_signing.REMEMBERED_ELSEWHERE
_CONTEXT = "RestoreSigningWords"

# Before the restore is answered, by how it will come by its key (nothing for a key kept or carried).
_QUESTION = {
    _NEW: QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "This backup was made before every key was replaced, and the vault that replaced them cannot be read "
        "with what you gave: the restored vault will sign with a NEW signing key (its fingerprint is shown "
        "after the restore), and the backup's key stays retired. The fingerprint on your Emergency Kit will no "
        "longer be the vault's: give whoever checks your certificates the new one."),
    _UNSURE: QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "The vault.header in that folder does not match the files beside it (an older copy of it was put back, "
        "or a file is damaged): nothing there can tell whether every key was replaced after this backup. The "
        "restored vault will sign with a NEW signing key (its fingerprint is shown after the restore), and the "
        "backup's key will be retired from the day the backup was made. The fingerprint on your Emergency Kit "
        "will no longer be the vault's: give whoever checks your certificates the new one."),
    _REMEMBERED: QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "This computer's keyring records that this backup's signing key was retired when every key was "
        "replaced, though nothing in the vault's folder says so (an older copy of the whole folder may have "
        "been put back). The restored vault will sign with a NEW signing key (its fingerprint is shown after "
        "the restore), and the backup's key stays retired. The fingerprint on your Emergency Kit will no longer "
        "be the vault's: give whoever checks your certificates the new one."),
    # A copy of the vault in another folder (one restored beside it) replaced its keys; this folder never did.
    _ELSEWHERE: QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "This computer's keyring records that this backup's signing key was retired when every key was replaced "
        "in another copy of this vault, in another folder (a copy restored from a backup beside it, for one); "
        "this vault's own folder never replaced it. The restored vault will sign with a NEW signing key (its "
        "fingerprint is shown after the restore), and the backup's key stays retired. The fingerprint on your "
        "Emergency Kit will no longer be the vault's: give whoever checks your certificates the new one."),
}

# After it: the words by how the key was come by, and what fills their {0} {1} {2} in turn ("when" the
# backup's key was retired, "fp" the key in use, "backup" the backup's key).
_WHEN_FP_BACKUP, _FP_BACKUP_WHEN = ("when", "fp", "backup"), ("fp", "backup", "when")
_SUMMARY: dict[str, tuple[str, tuple[str, str, str]]] = {
    _CARRIED: (QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "This backup was made before every key was replaced ({0}): the restored vault keeps the signing key "
        "in use now (fingerprint {1}). The backup's key (fingerprint {2}) stays retired: a certificate signed "
        "with it and dated after {0} is refused; everything signed before still checks."),
        _WHEN_FP_BACKUP),
    _NEW: (QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "This backup was made before every key was replaced ({0}), and the vault that replaced them could "
        "not be read: the restored vault signs with a new signing key (fingerprint {1}), and the backup's key "
        "(fingerprint {2}) is retired from {0}. Certificates signed since then check with the fingerprint on "
        "the Emergency Kit you printed then; give whoever checks your certificates the new fingerprint."),
        _WHEN_FP_BACKUP),
    _UNSURE: (QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "The vault.header in the folder did not match the files beside it (an older copy of it put back, or a "
        "damaged file), so nothing could tell whether every key was replaced after this backup: the restored "
        "vault signs with a new signing key (fingerprint {0}), and the backup's key (fingerprint {1}) is retired "
        "from {2}. Give whoever checks your certificates the new fingerprint."),
        _FP_BACKUP_WHEN),
    _REMEMBERED: (QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "This computer's keyring records that this backup's signing key was retired when every key was "
        "replaced ({0}), though nothing in the vault's folder said so (an older copy of the whole folder may "
        "have been put back): the restored vault signs with a new signing key (fingerprint {1}), and the "
        "backup's key (fingerprint {2}) stays retired from {0}. Give whoever checks your certificates the new "
        "fingerprint."),
        _WHEN_FP_BACKUP),
    _ELSEWHERE: (QT_TRANSLATE_NOOP(
        "RestoreSigningWords",
        "This computer's keyring records that this backup's signing key was retired when every key was replaced "
        "({0}) in another copy of this vault, in another folder (a copy restored from a backup beside it, for "
        "one); this vault's own folder never replaced it. The restored vault signs with a new signing key "
        "(fingerprint {1}), and the backup's key (fingerprint {2}) stays retired from {0}, as that copy retired "
        "it. Give whoever checks your certificates the new fingerprint."),
        _WHEN_FP_BACKUP),
}
_AGAIN = QT_TRANSLATE_NOOP(
    "RestoreSigningWords",
    "Whoever holds the Emergency Kit of the backup's time (or its passphrase of then) can open the restored "
    "vault: replace every key again (Vault > Replace every key…) so that they no longer can.")
_COMPARE = QT_TRANSLATE_NOOP(
    "RestoreSigningWords",
    "The vault signs with the key it had when this backup was made (fingerprint {0}). Compare it with the "
    "fingerprint on your most recent Emergency Kit: if that shows another, every key was replaced after "
    "this backup, and an older copy of the vault can sign with this key. Restore a newer backup, or "
    "replace every key now (Vault > Replace every key…).")
_RETIRED_HERE = QT_TRANSLATE_NOOP(
    "RestoreSigningWords",
    "Retired by this restore (a copy of the vault that replaced its keys apart): fingerprint {0}.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def question_lines(said: object) -> list[str]:
    """Before the restore is answered (restore_ask.Ahead.signing, foreseen as the restore decides):
    a restore that will make a new key pair says so, and why; nothing otherwise."""
    text = _QUESTION.get(str(getattr(said, "signing", "")))
    return [_tr(text)] if text is not None else []


def lines(report: RestoreReport) -> list[str]:
    fp, backup_fp = report.signing_key, report.signing_key_backup
    if not fp:
        return []
    when = show_moment(report.signing_key_retired_on) if report.signing_key_retired_on else ""
    said = _SUMMARY.get(report.signing_key_how)
    if said is not None:
        text, order = said
        filled = {"when": when, "fp": fp, "backup": backup_fp}
        out = [_tr(text).format(*(filled[name] for name in order)), _tr(_AGAIN)]
    elif not report.destruction_sources:
        out = [_tr(_COMPARE).format(fp)]
    else:
        out = []
    out += [_tr(_RETIRED_HERE).format(other) for other in report.signing_keys_retired_here if other != backup_fp]
    return out


__all__ = ["lines", "question_lines"]
