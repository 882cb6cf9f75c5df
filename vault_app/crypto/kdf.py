"""Argon2id key derivation from the passphrase, with calibration.

The default is calibrated at vault creation to about one second on this machine
and never goes below m=256 MiB, t=3, p=4. Callers may ask for less explicitly,
but never below the OWASP minimum (m=19 MiB, t=2, p=1).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_LEN = 32
SALT_LEN = 16


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    parallelism: int

    def describe(self) -> str:
        return f"Argon2id m={self.memory_kib // 1024} MiB, t={self.iterations}, p={self.parallelism}"

    def in_words(self) -> str:
        """As `vault-app info` says them, for a therapist: "256 MB of memory, 4 passes, 4 lanes"."""
        passes = "1 pass" if self.iterations == 1 else f"{self.iterations} passes"
        lanes = "1 lane" if self.parallelism == 1 else f"{self.parallelism} lanes"
        return f"{self.memory_kib // 1024} MB of memory, {passes}, {lanes}"


OWASP_FLOOR = KdfParams(memory_kib=19 * 1024, iterations=2, parallelism=1)
DEFAULT_FLOOR = KdfParams(memory_kib=256 * 1024, iterations=3, parallelism=4)
# Below this much memory a new vault gets one lane unless more are asked for.
ONE_LANE_BELOW_KIB = 64 * 1024


@dataclass(frozen=True)
class KdfChange:
    """The settings a person asked for (`--kdf-memory-mib`, ...); None keeps the setting it is
    applied to (found: `passphrase change --kdf-iterations 4` on a 512 MiB vault gave it the
    256 MiB default, and `--kdf-parallelism` alone was ignored)."""

    memory_kib: int | None = None
    iterations: int | None = None
    parallelism: int | None = None

    def applied_to(self, base: KdfParams) -> KdfParams:
        return KdfParams(
            base.memory_kib if self.memory_kib is None else self.memory_kib,
            base.iterations if self.iterations is None else self.iterations,
            base.parallelism if self.parallelism is None else self.parallelism,
        )


def chosen(asked: KdfParams | KdfChange | None, current: KdfParams) -> KdfParams:
    """What a passphrase wrap gets: the settings asked for, the current ones for the rest."""
    if isinstance(asked, KdfParams):
        return asked
    return current if asked is None else asked.applied_to(current)


def recalibrated(current: KdfParams) -> KdfParams:
    """This computer's settings, as a new vault gets them (about one second, never below
    DEFAULT_FLOOR), and never below `current` in any of its settings: a passphrase change or a
    recovery with nothing asked strengthens a vault made years ago on a slower computer, and
    never weakens one. Kept within the supported range (check_params), which `current` is in."""
    floor = KdfParams(max(current.memory_kib, DEFAULT_FLOOR.memory_kib),
                      max(current.iterations, DEFAULT_FLOOR.iterations),
                      max(current.parallelism, DEFAULT_FLOOR.parallelism))
    memory = min(floor.memory_kib, MAX_MEMORY_KIB)
    found = calibrate(floor=KdfParams(memory, min(floor.iterations, MAX_ITERATIONS), floor.parallelism))
    passes = max(floor.iterations, min(found.iterations, MAX_WORK // memory))
    return KdfParams(memory, min(passes, MAX_ITERATIONS), min(found.parallelism, MAX_PARALLELISM))


def for_change(asked: KdfParams | KdfChange | None, current: KdfParams) -> KdfParams:
    """A passphrase change's or a recovery's settings: those asked for (chosen), or with nothing
    asked, recalibrated on this computer (never below the current ones)."""
    return recalibrated(current) if asked is None else chosen(asked, current)


def change_words(before: KdfParams, after: KdfParams, asked: bool) -> str:
    """What a passphrase change or a recovery did to the key derivation, in a sentence."""
    if asked:
        return f"Key derivation as asked: {after.in_words()}."
    if after == before:
        return f"Key derivation kept at {after.in_words()}: already at least what this computer calibrates to."
    return (f"Key derivation calibrated on this computer (about one second, never weaker than before): "
            f"{after.in_words()} (it was {before.in_words()}).")


def for_new_vault(asked: KdfParams | KdfChange | None) -> KdfParams:
    """A new vault's settings: calibrated to ~1 s unless the memory or iterations are given;
    then 256 MiB, 3 iterations and 4 lanes (1 below 64 MiB) for what is not."""
    if isinstance(asked, KdfParams):
        return asked
    asked = asked or KdfChange()
    if asked.memory_kib is None and asked.iterations is None:
        lanes = DEFAULT_FLOOR.parallelism if asked.parallelism is None else asked.parallelism
        return calibrate(floor=KdfParams(DEFAULT_FLOOR.memory_kib, DEFAULT_FLOOR.iterations, lanes))
    memory = DEFAULT_FLOOR.memory_kib if asked.memory_kib is None else asked.memory_kib
    lanes = 1 if memory < ONE_LANE_BELOW_KIB else DEFAULT_FLOOR.parallelism
    return asked.applied_to(KdfParams(memory, DEFAULT_FLOOR.iterations, lanes))
# Calibration stops here so a very fast machine cannot produce a header that
# a slower machine (restoring a backup) takes minutes to open.
MAX_ITERATIONS = 24
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_PARALLELISM = 16
# The calibrated default at its slowest (256 MiB x 24 passes) times four.
MAX_WORK = 4 * 256 * 1024 * MAX_ITERATIONS


class KdfTooWeak(ValueError):
    pass


def check_params(params: KdfParams) -> None:
    if (
        params.memory_kib < OWASP_FLOOR.memory_kib
        or params.iterations < OWASP_FLOOR.iterations
        or params.parallelism < OWASP_FLOOR.parallelism
    ):
        raise KdfTooWeak(
            f"Key derivation settings below the OWASP minimum "
            f"(m={OWASP_FLOOR.memory_kib // 1024} MB, t={OWASP_FLOOR.iterations}) are refused."
        )
    # Checked before any derivation, so a crafted header or backup cannot make the app
    # spend gigabytes and minutes before anything is authenticated.
    if (
        params.memory_kib > MAX_MEMORY_KIB
        or params.iterations > MAX_ITERATIONS
        or params.parallelism > MAX_PARALLELISM
        or params.memory_kib * params.iterations > MAX_WORK
    ):
        raise KdfTooWeak(
            f"Key derivation settings above the supported range (at most {MAX_MEMORY_KIB // (1024 * 1024)} GiB, "
            f"{MAX_ITERATIONS} iterations, {MAX_PARALLELISM} lanes) are refused."
        )


class Ahead:
    """Derivations made beforehand on a thread of a long job's (services/vault_rekey_beside.py),
    so the vault's worker does not run Argon2 for seconds: while `using(ahead)` is active on
    a thread, `derive` there returns the one made for the same passphrase, salt and
    settings. Held in memory only, and dropped with `clear`."""

    def __init__(self) -> None:
        self._done: dict[bytes, bytes] = {}

    def add(self, passphrase: str, salt: bytes, params: KdfParams) -> None:
        self._done[_tag(passphrase, salt, params)] = derive(passphrase, salt, params)

    def get(self, passphrase: str, salt: bytes, params: KdfParams) -> bytes | None:
        return self._done.get(_tag(passphrase, salt, params))

    def clear(self) -> None:
        self._done.clear()


class Carried:
    """The derivations of one step carried to the next step of the same operation: the restore's
    question derives the backup's key to read its table of contents, and the restore then takes
    the same key instead of running Argon2 a second time (seconds at the vault's calibrated
    setting). While `using(carried)` is active on a thread, `derive` there returns a key kept
    for the same passphrase, salt and settings, and keeps each new one it makes.

    Bound to exactly what the derivation depends on (passphrase, salt, settings): a backup file
    replaced between the two steps has its own salt, so its key is derived again; one with the
    same salt and settings (another backup of the same vault) has that same key, which then
    opens only what its own authenticated wraps hold. The keys are held in bytearrays it owns and
    zeroes in `wipe` (what Python lets a program wipe; the bytes handed to a caller are its
    own); they are never in its repr nor in any exception."""

    # A restore derives the backup's key and, rarely, a rekeyed copy's: a few at most.
    _KEPT = 4

    def __init__(self) -> None:
        self._kept: dict[bytes, bytearray] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Carried({len(self._kept)} kept)"

    def get(self, passphrase: str, salt: bytes, params: KdfParams) -> bytes | None:
        with self._lock:
            kept = self._kept.get(_tag(passphrase, salt, params))
            return bytes(kept) if kept is not None else None

    def keep(self, passphrase: str, salt: bytes, params: KdfParams, key: bytes) -> None:
        with self._lock:
            tag = _tag(passphrase, salt, params)
            if tag not in self._kept and len(self._kept) >= self._KEPT:
                _zero(self._kept.pop(next(iter(self._kept))))
            self._kept[tag] = bytearray(key)

    def wipe(self) -> None:
        with self._lock:
            for kept in self._kept.values():
                _zero(kept)
            self._kept.clear()

    def __del__(self) -> None:
        # Dropped without a wipe (a window closed on the question): zeroed all the same.
        for kept in self._kept.values():
            _zero(kept)


def _zero(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))


_AHEAD = threading.local()


def _tag(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    settings = f"{params.memory_kib}|{params.iterations}|{params.parallelism}|".encode()
    return hashlib.sha256(settings + len(salt).to_bytes(2, "big") + salt + passphrase.encode("utf-8")).digest()


@contextlib.contextmanager
def using(ahead: Ahead | Carried | None) -> Iterator[None]:
    """`derive` on this thread takes from `ahead` what it holds (Ahead's and Carried's docstrings)."""
    previous = getattr(_AHEAD, "current", None)
    _AHEAD.current = ahead
    try:
        yield
    finally:
        _AHEAD.current = previous


def passphrase_forms(passphrase: str) -> tuple[str, ...]:
    """The passphrase as typed, then its other Unicode form if it has one: "cañón" typed is
    composed (ñ, U+00F1), the same words pasted from a source that keeps them decomposed are n +
    U+0303, and Argon2 hashes bytes (walker, round 37: a vault refused its own passphrase). An
    unlock tries each; ASCII has one form, so one derivation."""
    forms = [passphrase]
    for form in ("NFC", "NFD"):
        other = unicodedata.normalize(form, passphrase)
        if other not in forms:
            forms.append(other)
    return tuple(forms)


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    check_params(params)
    ahead: Ahead | Carried | None = getattr(_AHEAD, "current", None)
    if ahead is not None and (done := ahead.get(passphrase, salt, params)) is not None:
        return done
    derived = hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )
    if isinstance(ahead, Carried):
        ahead.keep(passphrase, salt, params, derived)
    return derived


def calibrate(target_seconds: float = 1.0, floor: KdfParams = DEFAULT_FLOOR) -> KdfParams:
    """Raise the iteration count from the floor until one derivation takes ~target."""
    salt = b"\x00" * SALT_LEN
    start = time.perf_counter()
    derive("calibration", salt, floor)
    per_run = max(time.perf_counter() - start, 1e-3)
    # Argon2 time is close to linear in t at fixed memory.
    per_iteration = per_run / floor.iterations
    iterations = max(floor.iterations, round(target_seconds / per_iteration))
    return KdfParams(floor.memory_kib, min(iterations, MAX_ITERATIONS), floor.parallelism)
