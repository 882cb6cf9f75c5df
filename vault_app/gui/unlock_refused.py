"""What the unlock window says of a refused unlock, and the way forward it offers (the
Emergency Kit or a backup): held apart from gui/unlock.py, which passed one file's worth, and
loaded only when an unlock is refused (the window's first paint needs none of it).

The words keep the "UnlockWindow" context they had in gui/unlock.py (es.ts holds them there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# The rollbacks that name one file older than the rest of the vault (services/vault_binding.py,
# the ledger's own against the header), not the whole vault older than the keyring saw it.
ONE_FILE_PUT_BACK = frozenset({"ledger.file_rolled_back", "ledger.file_saw_later", "ledger.header_rolled_back",
                                "ledger.header_before_new_keys", "ledger.rolled_back",
                                "ledger.header_rolled_back.newer_beside", "ledger.header_before_new_keys.newer_beside",
                                "ledger.rolled_back_alone", "ledger.rolled_back_alone.newer_beside",
                                "ledger.notes_rolled_back_alone", "ledger.notes_rolled_back_alone.newer_beside",
                                "ledger.records_rolled_back_alone", "ledger.records_rolled_back_alone.newer_beside"})
# Of those, the ones where only that file is old and the rest newer and whole, so a restore would replace
# newer work (the refusal's advice: a newer copy of the file first, "Only if you have none, restore"). The
# Restore button is not put under the keyboard after them: the passphrase typed again and Enter pressed
# opened it (round 45). Enter stays the Unlock's, which only says the refusal again.
_RESTORE_REPLACES_NEWER = frozenset({"ledger.header_rolled_back", "ledger.header_before_new_keys",
                                     "ledger.rolled_back_alone", "ledger.notes_rolled_back_alone",
                                     "ledger.records_rolled_back_alone"})


def explain(exc: BaseException, failures: int = 0, kit: str = "") -> tuple[str, str]:
    """Inline text for an unlock failure, and the way forward: "recover" (the Emergency
    Kit), "restore" (a backup: the vault's files are older, altered or damaged) or "".
    A wrong passphrase says the day the passphrase changed whenever the header has one, and,
    after `failures` (this one counted) reach unlock_wrong.KIT_AFTER, the recovery button `kit` by name."""
    # Lazy (start-up): vault_app.domain is not loaded before the window shows (SHOWN_WITH, test_startup_imports.py)
    from vault_app.domain import errors

    if isinstance(exc, errors.WrongPassphrase):
        # Lazy (start-up): only a refused passphrase needs its words
        from vault_app.gui.unlock_wrong import wrong_passphrase

        return (wrong_passphrase(exc, failures, kit), "")
    if not isinstance(exc, errors.VaultError):
        return ("", "")
    # Lazy (start-up), as above: only a refused unlock needs the refusals' words. Said by its
    # code in the screen's language; never the core's hint for the CLI ('vault-app recover').
    from vault_app.gui.refusal_words import refusal_text, refusal_words

    message, hint = refusal_words(exc)
    if isinstance(exc, errors.LedgerRollback) and exc.code in ONE_FILE_PUT_BACK:
        # One file older than the others (found: an older psychotherapy.db was said as the whole
        # vault replaced, which the computer's keyring had not seen). Once: the hint says who may
        # have put it back (found by a walker: said twice, the file "rolled back").
        # A newer file kept beside is the way, not a restore (the Restore button is not put forward); nor is
        # it where a restore would replace the newer files beside the old one.
        way = "" if exc.code.endswith(".newer_beside") or exc.code in _RESTORE_REPLACES_NEWER else "restore"
        return (" ".join([QCoreApplication.translate(
            "UnlockWindow", "One of this vault's files is older than the others."), message, hint]).strip(), way)
    if isinstance(exc, errors.LedgerRollback):
        return (" ".join([QCoreApplication.translate(
            "UnlockWindow", "This vault is older than the one this computer last saw: it may have been replaced by "
                            "an old copy."), message, hint]).strip(), "restore")
    if isinstance(exc, errors.VaultTampered):
        return (" ".join([QCoreApplication.translate(
            "UnlockWindow", "The vault did not pass its integrity check: it was changed outside the app."),
            message, hint]).strip(), "restore")
    if isinstance(exc, errors.KeyringProblem):
        return (" ".join([message, QCoreApplication.translate(
            "UnlockWindow", "Your Emergency Kit opens the vault without the keyring.")]), "recover")
    if isinstance(exc, errors.VaultCorrupt):
        return (f"{message} {hint}".strip(), "restore")
    return (refusal_text(exc), "")
