"""Passphrase rules (length, strength) and the failed-unlock counter. Re-exported by
services/vault_keys.py, where callers find them."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path

from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.storage.files import atomic_write, read_regular

MIN_PASSPHRASE_LEN = 8
FAILURES_FILE = "vault.failures"
REASKED_FILE = "vault.reasked"

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
        raise InvalidInput(f"The passphrase must be at least {MIN_PASSPHRASE_LEN} characters long.",
                           code="passphrase.too_short", field="new_passphrase", params={"min": MIN_PASSPHRASE_LEN})
    if passphrase != passphrase.strip():
        raise InvalidInput("The passphrase must not start or end with spaces.", code="passphrase.spaces",
                           field="new_passphrase")
    score, advice = passphrase_strength(passphrase)
    if score < STRENGTH_FLOOR:
        raise InvalidInput("That passphrase is too easy to guess.", hint=advice, code="passphrase.weak",
                           field="new_passphrase")


# --- failed-unlock counter ------------------------------------------------------
# A failed unlock cannot write to the encrypted ledger (no key), so the count is
# kept in a small plaintext file with no sensitive content and moved into the
# ledger on the next successful unlock.
MAX_COUNT = 1_000_000
_MAX_COUNTER_BYTES = 4096  # what the app writes is a few dozen bytes


def read_counts(path: Path, keys: tuple[str, ...]) -> dict[str, int]:
    """A counter file's counts, each from 0 to MAX_COUNT, 0 for one it does not hold as a whole
    number. The file is plain text anyone with the folder can change: it is read bounded, and
    nothing it says may stop an unlock (found: a count of 1e400 made every unlock an
    OverflowError, a file of gigabytes was read whole)."""
    try:
        raw = read_regular(path, _MAX_COUNTER_BYTES)
        data = json.loads(raw) if raw is not None and len(raw) <= _MAX_COUNTER_BYTES else None
    except (OSError, ValueError):
        data = None
    counts = {}
    for key in keys:
        value = data.get(key) if isinstance(data, dict) else None
        counts[key] = min(max(value, 0), MAX_COUNT) if type(value) is int else 0
    return counts


# A counter in the folder is plain text anyone with the folder can put back as it was (fewer
# failures or refusals, a shorter wait), so a second copy is kept outside it, in the user's
# state folder (services/paths.counter_outside), and the larger of each count counts. Keyed by
# the header's vault id: a header altered to name another id makes every passphrase fail, the
# right one too, so a guess that could succeed is always counted under the true id.
def _counts_at(folder: Path, vault_id: str | None, name: str = FAILURES_FILE) -> tuple[Path, ...]:
    from vault_app.services.paths import counter_outside

    outside = counter_outside(vault_id, name) if vault_id else None
    return (folder / name,) if outside is None else (folder / name, outside)


def read_counted(folder: Path, vault_id: str | None, name: str, keys: tuple[str, ...]) -> dict[str, int]:
    """Each count of counter file `name`: the larger of the folder's copy and the one outside."""
    found = [read_counts(path, keys) for path in _counts_at(folder, vault_id, name)]
    return {key: max(counts[key] for counts in found) for key in keys}


def write_counted(folder: Path, vault_id: str | None, name: str, counts: dict[str, int], what: str) -> None:
    """Both copies of counter file `name` set to `counts` (removed when all are 0). Informative
    only: never hides the real error behind it, and nothing in the place of the copy outside
    (the user's, e.g. a folder) stops what counts."""
    paths = _counts_at(folder, vault_id, name)
    if not any(counts.values()):
        with contextlib.suppress(OSError):
            for path in paths[1:]:
                path.unlink(missing_ok=True)
        paths[0].unlink(missing_ok=True)
        return
    payload = json.dumps({**counts, "last": datetime.now(UTC).isoformat(timespec="seconds")}).encode()
    for path in paths:
        with contextlib.suppress(VaultError, OSError):
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write(path, payload, what=what)


def read_failures(folder: Path, vault_id: str | None = None) -> int:
    return read_counted(folder, vault_id, FAILURES_FILE, ("count",))["count"]


def note_failure(folder: Path, vault_id: str | None = None) -> None:
    count = min(read_failures(folder, vault_id) + 1, MAX_COUNT)
    write_counted(folder, vault_id, FAILURES_FILE, {"count": count}, "counting a failed unlock")


def failed_attempts(folder: Path, vault_id: str | None = None) -> int:
    return read_failures(folder, vault_id)


def clear_failures(folder: Path, vault_id: str) -> None:
    """Moved into the ledger by a successful unlock: both copies go. The folder's as before (an
    error is said); the one outside is the user's, and something in its place (a folder) never
    stops an unlock: it only keeps the count it holds."""
    write_counted(folder, vault_id, FAILURES_FILE, {"count": 0}, "clearing the failed-unlock count")


# --- passphrases asked again inside an open vault ----------------------------------
# Not failed unlocks (services/vault_master_key.py), but kept on disk all the same: a count held
# only by the session's VaultKeys started again at 0 with every unlock (a PIN's quick
# unlock, the app restarted), so someone at an unattended open vault got three free
# guesses each time, and nothing told the therapist. "count" slows the next try until the
# passphrase is typed right inside an open vault; "unseen" is what the unlock window names
# and the next unlock moves into the ledger.
def _read_reasked(folder: Path, vault_id: str | None) -> dict[str, int]:
    return read_counted(folder, vault_id, REASKED_FILE, ("count", "unseen"))


def _write_reasked(folder: Path, vault_id: str | None, counts: dict[str, int]) -> None:
    with contextlib.suppress(VaultError, OSError):  # informative, as the failed-unlock counter
        write_counted(folder, vault_id, REASKED_FILE, counts, "counting a refused passphrase")


def reasked_refusals(folder: Path, vault_id: str | None = None) -> int:
    """Refused passphrases asked again since one was typed right: the back-off's count."""
    return _read_reasked(folder, vault_id)["count"]


def unseen_reasked_refusals(folder: Path, vault_id: str | None = None) -> int:
    return _read_reasked(folder, vault_id)["unseen"]


def note_reasked_refusal(folder: Path, vault_id: str) -> None:
    counts = _read_reasked(folder, vault_id)
    _write_reasked(folder, vault_id, {"count": min(counts["count"] + 1, MAX_COUNT),
                                      "unseen": min(counts["unseen"] + 1, MAX_COUNT)})


def reasked_proven(folder: Path, vault_id: str) -> None:
    """The passphrase typed right inside the open vault: the back-off starts again."""
    counts = _read_reasked(folder, vault_id)
    if counts["count"]:
        _write_reasked(folder, vault_id, {**counts, "count": 0})


def reasked_seen(folder: Path, vault_id: str) -> None:
    """Named by the unlock window and logged at the unlock: not named again."""
    counts = _read_reasked(folder, vault_id)
    if counts["unseen"]:
        _write_reasked(folder, vault_id, {**counts, "unseen": 0})
