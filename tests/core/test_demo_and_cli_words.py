"""Words a walk found (H20): the demo practice had no clinician, so its PDFs and letters said
"the treating clinician (name not set)", and its minors' parents carried the relationship
"parent" in English beside the authority that already says it ("(parent, progenitor)" on a
Spanish screen); the command line said "will create 1 charts" and spoke of MiB to a clinician."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli, cli_in_process
from vault_app.services import clients, demo, practice
from vault_app.services.vault import Vault


def test_the_demo_practice_has_a_clinician_and_its_parents_no_repeated_relationship(vault: Vault) -> None:
    assert practice.load(vault).clinician_name == ""  # a new vault, as `vault-app demo` makes it
    demo.populate(vault, clients=8, notes_per_client=2, psychotherapy_every=0)
    profile = practice.load(vault)
    assert profile.clinician_name == demo.DEMO_CLINICIAN and profile.clinician_name.endswith(demo.DEMO_MARK)
    guardians = [g for c in clients.list_clients(vault) for g in clients.get_client(vault, c.client_id).guardians]
    assert guardians, "the demo has minors, each with a parent"
    for g in guardians:
        assert g.authority == "parent"
        assert g.relationship == ""  # the authority says it, in the screen's language
    # a second run over a practice that has its clinician keeps that clinician
    practice.update(vault, clinician_name="Dr. Maren Oakes")
    demo.populate(vault, clients=1, notes_per_client=1, psychotherapy_every=0, seed=2)
    assert practice.load(vault).clinician_name == "Dr. Maren Oakes"


ONE_CLIENT_CSV = (
    "Client ID,First Name,Last Name,Date of Birth,Email,Mobile Phone,Last Appointment\n"
    "5001,Orla,Farrowby,04/03/1980,orla@example.org,555-0101,11/02/2023\n"
)


def test_the_import_dry_run_counts_one_chart_in_the_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "vault"
    assert cli(capsys, monkeypatch, "init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    path = tmp_path / "clients.csv"
    path.write_text(ONE_CLIENT_CSV, encoding="utf-8")
    dry = cli(capsys, monkeypatch, "import", "csv", str(path), "--preset", "simplepractice", "--dry-run",
              "--vault", str(folder))
    assert dry.code == 0, dry.err
    assert "will create 1 chart, 0 progress notes, 0 psychotherapy notes, 0 documents" in dry.out, dry.out
    assert "1 charts" not in dry.out


def test_the_command_line_says_mb_with_the_figures_it_had(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert cli_in_process("init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    info = cli_in_process("info", "--vault", str(folder), passphrase=None)
    assert info.code == 0, info.err
    assert "Key derivation: Argon2id, 19 MB of memory, 2 iterations, 1 lane" in info.out, info.out
    assert "MiB" not in info.out
    as_json = cli_in_process("info", "--vault", str(folder), "--json", passphrase=None)
    assert json.loads(as_json.out)["kdf"]["memory_mib"] == 19  # the figure, as scripts read it
    helped = cli_in_process("init", "--help", passphrase=None)
    assert "Argon2id memory in MB" in helped.out and "MiB" not in helped.out.replace("--kdf-memory-mib", "")
    too_weak = cli_in_process("init", "--vault", str(tmp_path / "weak"), "--no-keyring", "--kdf-memory-mib", "8",
                              "--kdf-iterations", "2")
    assert too_weak.code != 0 and "MiB" not in too_weak.err, too_weak.err
