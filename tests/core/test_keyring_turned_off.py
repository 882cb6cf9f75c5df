"""A process told by keyring's own switch (PYTHON_KEYRING_BACKEND = its "fail" backend) that
there is no keyring answers as that backend would (unavailable, nothing read, nothing kept)
without importing the keyring package, which costs a short command about a quarter of its CPU.
Another backend named there is still used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from vault_app.services.device_secret import KeyringSecretStore
store = KeyringSecretStore()
answers = [store.available(), store.get("v/device-secret"), store.set("v/device-secret", "x"),
           store.delete("v/device-secret"), store.get("v/device-secret")]
print(json.dumps({"answers": answers, "imported": "keyring" in sys.modules}))
"""


def _probe(backend: str, tmp: str) -> dict[str, object]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend, "VAULT_TEST_KEYRING_FILE": os.path.join(tmp, "k.json")}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=Path(__file__).resolve().parents[2],
                          capture_output=True, text=True, timeout=120, check=True)
    return dict(json.loads(done.stdout))


def test_the_fail_backend_is_answered_without_importing_keyring(tmp_path: Path) -> None:
    found = _probe("keyring.backends.fail.Keyring", str(tmp_path))
    assert found == {"answers": [False, None, False, None, None], "imported": False}


def test_another_backend_is_still_asked(tmp_path: Path) -> None:
    found = _probe("tests.fakes.FileKeyring", str(tmp_path))
    assert found["imported"] is True
    assert found["answers"] == [True, None, True, None, None]
