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


CHOICE = """
import json, sys
spawned = []
sys.addaudithook(lambda event, args: spawned.append(str(args[0])) if event == "subprocess.Popen" else None)
from vault_app.services.device_secret import KeyringSecretStore
KeyringSecretStore().available()
import keyring
print(json.dumps({"backend": type(keyring.get_keyring()).__name__, "spawned": spawned}))
"""
PLAIN = """
import json, keyring
print(json.dumps({"backend": type(keyring.get_keyring()).__name__}))
"""


def _choice(code: str, home: Path) -> dict[str, object]:
    # No backend named and no keyringrc: keyring detects one, as on a therapist's computer.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=Path(__file__).resolve().parents[2],
                          capture_output=True, text=True, timeout=120, check=True)
    return dict(json.loads(done.stdout))


def test_detection_off_macos_starts_no_process_and_chooses_as_keyring_does(tmp_path: Path) -> None:
    """The macOS backend's native half runs ldconfig to look for the Security framework in every
    process that asks the keyring; off macOS that backend is never chosen, so it is not loaded
    (no process is started to look for a library), and the backend chosen is the one keyring's
    own detection chooses."""
    ours = _choice(CHOICE, tmp_path)
    assert ours["backend"] == _choice(PLAIN, tmp_path)["backend"]
    if sys.platform != "darwin":
        assert ours["spawned"] == []
