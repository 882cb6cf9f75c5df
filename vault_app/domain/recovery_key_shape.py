"""The shape of a printed Emergency Kit recovery key, told from a passphrase: a restore that asks for
the backup's passphrase takes a recovery key typed there as one (the command line's prompt and the
GUI's Restore from a backup). Found by a walker on a new computer: the kit typed at the passphrase
was refused as a wrong passphrase, and the way that takes it was never named."""

from __future__ import annotations

# The letters and digits a recovery key is printed with (crypto/keys.py), 0 and 1 and 8 typed for O, I, B.
_KIT_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567018")


def looks_like_recovery_key(text: str) -> bool:
    """About 55 letters and digits of its alphabet in groups of four joined by dashes or spaces. A
    typo in it still has the shape, and the restore then says what is wrong with it (a typo, a
    missing group) instead of "wrong passphrase"."""
    groups = [g for g in text.strip().upper().replace(" ", "-").split("-") if g]
    letters = "".join(groups)
    return len(groups) >= 10 and 48 <= len(letters) <= 62 and set(letters) <= _KIT_ALPHABET


__all__ = ["looks_like_recovery_key"]
