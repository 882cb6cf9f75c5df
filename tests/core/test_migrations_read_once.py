"""The schema migrations are read from the package once per process (storage/migrations): every
compartment open asked for them twice and every unlock once more, ~100 small files per unlock.
What is kept is exactly what the files say, and an unlock after the first reads none of them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from tests.conftest import reopen
from vault_app.services.vault import Vault
from vault_app.storage import migrations

COMPARTMENTS = ("records", "ledger", "psychotherapy")


@pytest.mark.parametrize("name", COMPARTMENTS)
def test_the_kept_migrations_are_the_files(name: str) -> None:
    folder = Path(str(resources.files("vault_app.storage.migrations").joinpath(name)))
    files = sorted(p for p in folder.glob("*.sql"))
    kept = migrations.migrations_for(name)
    assert [(m.name, m.sql) for m in kept] == [(p.name, p.read_text("utf-8")) for p in files]
    assert [m.version for m in kept] == sorted(int(p.name[:4]) for p in files)
    assert migrations.latest_version(name) == kept[-1].version


def test_a_caller_changing_its_list_changes_nothing_kept() -> None:
    first = migrations.migrations_for("records")
    first.clear()
    assert migrations.migrations_for("records")
    assert migrations.latest_version("records") > 0


def test_an_unlock_after_the_first_reads_no_migration_file(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = vault.folder
    vault.lock()

    class NoFiles:
        @staticmethod
        def files(package: str) -> None:
            raise AssertionError(f"the migrations of {package} were read again")

    monkeypatch.setattr(migrations, "resources", NoFiles)
    again = reopen(folder, psychotherapy=True)
    try:
        assert again.records.user_version() == migrations.latest_version("records")
        assert again.psychotherapy.user_version() == migrations.latest_version("psychotherapy")
    finally:
        again.lock()
