"""Replace every key, and a restore that retires a key, killed (SIGKILL, as a power cut) between
their write in the folder and their record in the system keyring (services/signing_keys_keyring.py):
the next open is never refused for it (the record is written after, never before), and it records
what the killed process did not. Real CLI processes for the runs that are killed, sharing a keyring
file with this process (tests/core/test_kill_restore.py's Place)."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli
from tests.core.test_kill_restore import Place, _shared_keyring
from vault_app.crypto import signing
from vault_app.services import signing_keys
from vault_app.services.device_secret import SERVICE
from vault_app.services.signing_keys_keyring import record_name
from vault_app.storage import header as header_io

pytestmark = pytest.mark.slow


def _keys(folder: Path) -> tuple[str, list[str]]:
    header = header_io.read(folder)
    return (signing.fingerprint(header_io.unb64(header.signing_public_key)),
            [k.fingerprint for k in signing_keys.retired(header)])


def _record(place: Place) -> dict[str, object]:
    items = json.loads(Path(place.env["VAULT_TEST_KEYRING_FILE"]).read_text())
    text = items.get(f"{SERVICE}/{record_name(header_io.read(place.vault).vault_id)}")
    return dict(json.loads(text)) if text else {}


def _forget_record(place: Place) -> None:
    path = Path(place.env["VAULT_TEST_KEYRING_FILE"])
    items = json.loads(path.read_text())
    items.pop(f"{SERVICE}/{record_name(header_io.read(place.vault).vault_id)}", None)
    path.write_text(json.dumps(items))


@pytest.fixture
def place(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Place:
    here = Place(tmp_path / "p")
    (here.root / "backups").mkdir(parents=True)
    _shared_keyring(here, monkeypatch)
    here.in_process = lambda *args, **kwargs: cli(capsys, monkeypatch, *args, **kwargs)
    v = str(here.vault)
    assert here.check("init", "--vault", v, *FAST_KDF).code == 0
    assert here.check("client", "add", "Before Backup", "--vault", v).code == 0
    made = here.check("backup", "create", "--vault", v, "--to", str(here.root / "backups"))
    assert made.code == 0, made.err
    return here


def test_a_rekey_killed_before_its_keyring_record_is_recorded_at_the_next_open(place: Place) -> None:
    old_fp = _keys(place.vault)[0]
    killed = place.run("rekey", "--vault", str(place.vault), *FAST_KDF, crash_at="rekey:header-written")
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    assert _keys(place.vault)[1] == [old_fp] and old_fp not in _record(place)  # the folder has it; the keyring not
    opened = place.names()
    assert opened.code == 0, opened.err  # never refused for a record the kill left unwritten
    assert old_fp in _record(place)


def test_a_restore_killed_before_its_keyring_record_is_recorded_at_the_next_open(place: Place) -> None:
    """A key retired before the keyring kept a record (an earlier version's Replace every key): the
    restore of the backup from before it retires it again; killed once its files are in place."""
    old_fp = _keys(place.vault)[0]
    rekeyed = place.check("rekey", "--vault", str(place.vault), *FAST_KDF)
    assert rekeyed.code == 0, rekeyed.err
    new_fp = _keys(place.vault)[0]
    _forget_record(place)
    killed = place.restore(crash_at="restore:in-place")
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    assert _keys(place.vault) == (new_fp, [old_fp]) and old_fp not in _record(place)
    opened = place.names()
    assert opened.code == 0, opened.err
    assert old_fp in _record(place)
