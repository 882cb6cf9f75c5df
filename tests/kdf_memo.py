"""Argon2 results kept for the test process: each (passphrase, salt, parameters) is derived
for real once, at the parameters asked for, and the same 32 bytes are handed back when the
same vault is unlocked again with the same passphrase.

Why: a test makes its vault (one derivation with a new random salt: always real) and then
locks and unlocks it, reopens it to check what was written, forks kill-test children that
unlock it, runs a prober that tries to open it... each a full Argon2id at the OWASP floor
(~28 ms of CPU) that gives the bytes already computed. Argon2id is a pure function of its
inputs, so the bytes are exactly those the real derivation gives; only the repeated CPU goes.

What still runs for real, every time:
- every derivation with inputs not seen before in this process: a new vault's or a new
  passphrase's (new random salt), a wrong passphrase, a backup's own salt;
- the parameter check (`check_params`): too weak or too costly parameters are refused as before;
- calibration (it times the derivation: its all-zero salt and fixed input are never kept);
- every derivation in another process (the CLI and app processes the tests start);
- every test marked `real_kdf` (about the key derivation itself, or timing it), and the whole
  suite with VAULT_TEST_REAL_KDF=1.

The memo lives in the test process's memory only (never on disk); forked kill-test children
inherit it with the rest of the parent's memory.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from vault_app.crypto import kdf
from vault_app.crypto.kdf import KdfParams

DISABLED = os.environ.get("VAULT_TEST_REAL_KDF", "") not in ("", "0")
# Enough for a worker's whole run (a few thousand vaults); a new entry past it drops the oldest.
_KEPT = 4096
_CALIBRATION_SALT = b"\x00" * kdf.SALT_LEN

_memo: dict[tuple[str, bytes, KdfParams], bytes] = {}
counts = {"derived": 0, "reused": 0}


def remembering(real: Callable[[str, bytes, KdfParams], bytes]) -> Callable[[str, bytes, KdfParams], bytes]:
    """`real` (kdf.derive), with the results for inputs seen before handed back."""

    def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        salt = bytes(salt)
        if salt == _CALIBRATION_SALT:
            return real(passphrase, salt, params)
        kdf.check_params(params)
        key = (passphrase, salt, params)
        found = _memo.get(key)
        if found is not None:
            counts["reused"] += 1
            return found
        found = real(passphrase, salt, params)
        counts["derived"] += 1
        if len(_memo) >= _KEPT:
            del _memo[next(iter(_memo))]
        _memo[key] = found
        return found

    return derive
