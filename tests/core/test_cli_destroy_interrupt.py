"""Ctrl-C during `destroy`. Found: "Stopped (Ctrl-C)." alone, which reads as if the chart
were untouched, while the decision was recorded and the next unlock finishes the
destruction. The SIGINT is a real one, sent to this process as the third step begins."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from vault_app.cli import retention_commands
from vault_app.domain.errors import DiskFull
from vault_app.services import clients
from vault_app.services.destruction_progress import Step
from vault_app.services.vault import Vault

pytestmark = pytest.mark.usefixtures("ctrl_c_as_at_a_terminal")


def test_ctrl_c_after_the_destruction_began(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    chart = clients.create_client(vault, "Dora Stopped").chart_number
    vault.lock()
    shown = retention_commands._print_step

    def step(done: Step) -> None:
        shown(done)
        if done.done == 2:
            os.kill(os.getpid(), signal.SIGINT)  # as the terminal's Ctrl-C

    monkeypatch.setattr(retention_commands, "_print_step", step)
    v = ("--vault", str(vault_dir))
    stopped = cli(capsys, monkeypatch, "destroy", *v, "--client", chart, "--basis", "override",
                  "--override-reason", "test of an interrupted destruction", "--confirm", chart)
    assert stopped.code == 130, stopped.err
    assert "Stopped (Ctrl-C) after the destruction began.\n  It was recorded and is finished" in stopped.err
    assert "'vault-app destruction resume'" in stopped.err and "Traceback" not in stopped.err
    resumed = cli(capsys, monkeypatch, "destruction", "list", *v, "--json")
    assert resumed.code == 0, resumed.err  # the unlock finished it, and said so on stderr (the app says it too)
    assert "destruction that had stopped part-way" in resumed.err and "has been finished at this unlock" in resumed.err
    assert "'vault-app destruction list' shows its certificate" in resumed.err
    (done,) = resumed.json()
    assert done["state"] == "completed" and done["chart_number"] == chart
    again = cli(capsys, monkeypatch, "client", "show", chart, *v)
    assert again.code == 8 and "interrupted" not in again.err  # said once, by the unlock that finished it


def test_with_json_the_ctrl_c_is_json(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    chart = clients.create_client(vault, "Jason Stopped").chart_number
    vault.lock()
    shown = retention_commands._print_step

    def step(done: Step) -> None:
        shown(done)
        if done.done == 2:
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(retention_commands, "_print_step", step)
    stopped = cli(capsys, monkeypatch, "destroy", "--vault", str(vault_dir), "--client", chart, "--basis", "override",
                  "--override-reason", "test of an interrupted destruction", "--confirm", chart, "--json")
    assert stopped.code == 130
    *steps, error = [json.loads(line) for line in stopped.err.splitlines()]  # JSON Lines: the steps, then the error
    assert steps and all(s["kind"] == "notice" for s in steps), stopped.err
    assert error["kind"] == "error" and error["error"] == "interrupted" and "destruction resume" in error["hint"]


def test_ctrl_c_before_it_began_is_the_plain_sentence(vault: Vault, vault_dir: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    chart = clients.create_client(vault, "Dora Kept").chart_number
    vault.lock()

    def plan(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(retention_commands.destruction, "destroy", plan)
    stopped = cli(capsys, monkeypatch, "destroy", "--vault", str(vault_dir), "--client", chart, "--basis", "override",
                  "--override-reason", "test of an interrupted destruction", "--confirm", chart)
    assert stopped.code == 130 and stopped.err.strip() == "Stopped (Ctrl-C)."
    monkeypatch.undo()
    assert cli(capsys, monkeypatch, "client", "show", chart, "--vault", str(vault_dir)).code == 0


def test_a_certificate_file_that_cannot_be_written_is_refused_before_the_destruction(
        vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Found: `destroy ... --certificate-pdf nodir/c.pdf` destroyed the chart, then said only
    "I/O error while writing the certificate PDF (ENOENT)", exit 7."""
    chart = clients.create_client(vault, "Cora Certificate").chart_number
    vault.lock()
    v = ("--vault", str(vault_dir), "--client", chart, "--basis", "override",
         "--override-reason", "test of a certificate path", "--confirm", chart)
    refused = cli(capsys, monkeypatch, "destroy", *v, "--certificate-pdf", str(tmp_path / "nodir" / "c.pdf"))
    assert refused.code == 2 and "nothing was done" in refused.err, refused.err
    assert cli(capsys, monkeypatch, "client", "show", chart, "--vault", str(vault_dir)).code == 0

    def disk_full(*_: object, **__: object) -> None:
        raise DiskFull("The disk is full while writing the certificate PDF.")

    monkeypatch.setattr(retention_commands.certificates, "export", disk_full)
    done = cli(capsys, monkeypatch, "destroy", *v, "--certificate-pdf", str(tmp_path / "c.pdf"))
    assert done.code == 7
    assert f"Destroyed and verified: chart {chart}" in done.out
    assert "The destruction is done; export the certificate again" in done.err
