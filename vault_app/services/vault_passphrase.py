"""Passphrase rules (length, strength) and the failed-unlock counter. Re-exported by
services/vault_keys.py, where callers find them."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path

from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.storage.files import atomic_write

MIN_PASSPHRASE_LEN = 8
FAILURES_FILE = "vault.failures"

# zxcvbn scores 0-4; below the floor a passphrase falls to an offline guesser quickly
# (common words, keyboard walks, "password1"); at WARN_BELOW it is accepted with a warning.
STRENGTH_FLOOR = 2
WARN_BELOW = 3
# zxcvbn's matching grows fast with length; a passphrase this long is judged on its start.
_STRENGTH_SAMPLE = 100


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """(zxcvbn score 0-4, advice) for a new passphrase."""
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_STRENGTH_SAMPLE])
    feedback = result.get("feedback") or {}
    advice = " ".join(x for x in [feedback.get("warning") or "", *(feedback.get("suggestions") or [])] if x)
    return int(result["score"]), advice or "Add another word or two. Uncommon words are better."


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise InvalidInput(f"The passphrase must be at least {MIN_PASSPHRASE_LEN} characters long.")
    if passphrase != passphrase.strip():
        raise InvalidInput("The passphrase must not start or end with spaces.")
    score, advice = passphrase_strength(passphrase)
    if score < STRENGTH_FLOOR:
        raise InvalidInput("That passphrase is too easy to guess.", hint=advice)


# --- failed-unlock counter ------------------------------------------------------
# A failed unlock cannot write to the encrypted ledger (no key), so the count is
# kept in a small plaintext file with no sensitive content and moved into the
# ledger on the next successful unlock.
def read_failures(folder: Path) -> int:
    try:
        return int(json.loads((folder / FAILURES_FILE).read_text())["count"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def note_failure(folder: Path) -> None:
    count = read_failures(folder) + 1
    payload = json.dumps({"count": count, "last": datetime.now(UTC).isoformat(timespec="seconds")})
    # The counter is informative only; never hide the real error behind it.
    with contextlib.suppress(VaultError):
        atomic_write(folder / FAILURES_FILE, payload.encode(), what="counting a failed unlock")


def failed_attempts(folder: Path) -> int:
    return read_failures(folder)
