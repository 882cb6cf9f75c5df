"""A passphrase or PDF password file other users can read is said on stderr, as ssh says it of a
key (found by a walker: `--passphrase-file` and `--pdf-password-file` took a 0644 file without a
word). Still read: the file is the user's, and refusing it would break scripts that worked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.mark.parametrize(("mode", "warned"), [
    (0o644, True), (0o640, True), (0o604, True), (0o600, False), (0o400, False),
])
def test_a_passphrase_file_others_can_read_is_said(
        vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, mode: int, warned: bool) -> None:
    clients.create_client(vault, "Mode Reader")
    vault.lock()
    secret = tmp_path / "my pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    secret.chmod(mode)
    listed = cli(capsys, monkeypatch, "client", "list", "--json", "--passphrase-file", str(secret),
                 "--vault", str(vault_dir), passphrase=None)
    assert listed.code == 0, listed.err
    said = f"the passphrase file {secret} can be read by other users" in listed.err
    assert said == warned, listed.err
    assert ("chmod 600 '" + str(secret) + "'" in listed.err) == warned
    assert PASSPHRASE not in listed.err


def test_a_pdf_password_file_others_can_read_is_said(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    folder = str(vault.folder)
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD)
    pw.chmod(0o644)
    done = cli(capsys, monkeypatch, "accounting", "--vault", folder, "--client", chart.client_id,
               "--pdf-password-file", str(pw), "--out", str(tmp_path / "a.pdf"))
    assert done.code == 0, done.err
    assert f"the PDF password file {pw} can be read by other users" in done.err and "chmod 600" in done.err
    assert fx.PASSWORD not in done.err
