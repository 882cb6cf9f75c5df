"""The core fixtures' vault is a copy of the process's template (tests/vault_template.py): these
tests prove a copy is the vault a fresh create_vault gives, in everything a test can observe but
the vault id, salt, keys and creation time, that two copies share nothing in memory or on disk,
and that a fresh create_vault runs where a copy would differ."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import MemoryKeyring
from tests.vault_template import FRESH_MARK, VaultTemplates, fresh_reason
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import EnvironmentProblem, VaultBusy
from vault_app.services import clients
from vault_app.services.ledger import Ledger
from vault_app.services.vault import CreatedVault, Vault, create_vault, open_vault, recover_vault
from vault_app.storage import header as header_io
from vault_app.storage.header import Header

# Differ between any two vaults (random or timed at creation); everything else must not.
_PER_VAULT = {"vault_id", "created", "kdf_salt", "wrapped", "signing_public_key", "ledger_anchor", "mac"}


def _observed(created: CreatedVault) -> dict[str, Any]:
    """What a test can see of a vault just made, without its random or timed parts."""
    vault = created.vault
    header = vault.header
    entries = vault.ledger.entries()
    report = vault.ledger.verify_full(header.ledger_anchor, check_index=True)
    return {
        "header": {k: v for k, v in vars(header).items() if k not in _PER_VAULT},
        "wrapped slots": sorted(header.wrapped),
        "anchor seq": header.ledger_anchor.seq,
        "header on disk": header_io.read(vault.folder) == header,
        "entries": [(e.seq, e.kind, e.payload) for e in entries],
        "entry times ordered": [e.time for e in entries] == sorted(e.time for e in entries),
        "chain": (report.ok, report.entries_checked, report.head_seq, report.problems),
        "anchor is head": (header.ledger_anchor.seq, header.ledger_anchor.mac_hex)
                          == (vault.ledger.head().seq, vault.ledger.head().mac_hex),
        "integrity": vault.check_integrity(),
        "held keys": vault.held_key_slots(),
        "open": (vault.is_open, vault.psychotherapy_open, vault.psychotherapy_key_apart),
        "changes": vault.changes.take(),
        "files": sorted((p.name, p.stat().st_size, p.stat().st_mode) for p in vault.folder.iterdir()),
        "folder mode": vault.folder.stat().st_mode,
        "result": (created.device_secret_used, created.keyring_message, len(created.recovery_key)),
        "clients": clients.list_clients(vault),
    }


def _copy(templates: VaultTemplates, folder: Path, request: pytest.FixtureRequest) -> CreatedVault:
    made, how = templates.created(request.node, folder, OWASP_FLOOR)
    assert how == "template"
    return made


def test_the_fixture_vault_is_a_copy_as_a_fresh_create_makes_it(
    created: CreatedVault, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    assert ("vault_made", "template") in request.node.user_properties
    fresh = create_vault(tmp_path / "fresh", PASSPHRASE, params=OWASP_FLOOR)
    try:
        copy, made = _observed(created), _observed(fresh)
        assert copy == made
        assert [kind for _seq, kind, _payload in copy["entries"]] == [
            "vault.created", "psychotherapy.unlocked", "psychotherapy.locked"]
        assert copy["chain"][0] and copy["integrity"] == {"records": [], "ledger": []}
        # Both hold the folder's writer lock until they are locked.
        for folder in (created.vault.folder, fresh.vault.folder):
            with pytest.raises(VaultBusy):
                open_vault(folder, PASSPHRASE, wait_seconds=0)
    finally:
        fresh.vault.lock()


def test_a_copy_unlocks_psychotherapy_reopens_and_recovers_as_a_fresh_vault(
    psy_vault: Vault, created: CreatedVault, tmp_path: Path
) -> None:
    """The passphrase and the Emergency Kit of the copy are the template's, and work the same."""
    fresh = create_vault(tmp_path / "fresh", PASSPHRASE, params=OWASP_FLOOR)
    fresh.vault.unlock_psychotherapy(PASSPHRASE)
    kits = {}
    for made in (created, fresh):
        vault = made.vault
        assert vault.psychotherapy_open
        assert vault.check_integrity() == {"records": [], "psychotherapy": [], "ledger": []}
        assert [e.kind for e in vault.ledger.entries()][-1] == "psychotherapy.unlocked"
        folder = vault.folder
        vault.lock()
        with pytest.raises(Exception, match="passphrase"):
            open_vault(folder, PASSPHRASE + " wrong")
        reopened = open_vault(folder, PASSPHRASE, with_psychotherapy=True, check_every_page=True)
        assert reopened.ledger.verify_full(reopened.header.ledger_anchor, check_index=True).ok
        kits[made is fresh] = [e.kind for e in reopened.ledger.entries()]
        reopened.lock()
        recovered = recover_vault(folder, made.recovery_key, PASSPHRASE + " again", params=OWASP_FLOOR)
        assert recovered.ledger.entries()[-1].kind == "vault.recovered"
        recovered.lock()
        open_vault(folder, PASSPHRASE + " again").lock()
    assert kits[False] == kits[True]


def test_two_copies_share_nothing_but_the_template(
    vault_templates: VaultTemplates, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    one, two = (_copy(vault_templates, tmp_path / name, request) for name in ("one", "two"))
    try:
        clients.create_client(one.vault, "Alex Onlyinone")
        assert [c.legal_name for c in clients.list_clients(one.vault)] == ["Alex Onlyinone"]
        assert clients.list_clients(two.vault) == []
        assert len(two.vault.ledger.entries()) == 3
        one.vault.lock()  # wipes one's keys, not two's
        clients.create_client(two.vault, "Blake Onlyintwo")
        assert two.vault.check_integrity() == {"records": [], "ledger": []}
    finally:
        one.vault.lock()
        two.vault.lock()
    again = open_vault(tmp_path / "one", PASSPHRASE)
    assert [c.legal_name for c in clients.list_clients(again)] == ["Alex Onlyinone"]
    again.lock()
    # The template itself is never written by a test.
    template = vault_templates.today()
    assert header_io.read(template.folder) == template.header


def test_a_copy_refuses_a_folder_that_holds_a_vault(
    vault_templates: VaultTemplates, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    _copy(vault_templates, tmp_path / "v", request).vault.lock()
    with pytest.raises(EnvironmentProblem, match="already exists"):
        vault_templates.created(request.node, tmp_path / "v", OWASP_FLOOR)


def test_a_keyring_installed_first_gets_a_fresh_vault_with_its_device_secret(
    memory_keyring: MemoryKeyring, created: CreatedVault, request: pytest.FixtureRequest
) -> None:
    assert created.device_secret_used
    assert any(how.startswith("fresh: a keyring") for name, how in request.node.user_properties
               if name == "vault_made")
    assert created.vault.header.uses_device_secret


@pytest.mark.parametrize("change", ["marked", "params", "segment", "header_write"])
def test_a_fresh_vault_where_a_copy_could_differ(
    change: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fresh_reason(request.node, OWASP_FLOOR) is None
    params: KdfParams = OWASP_FLOOR
    if change == "marked":
        request.node.add_marker(FRESH_MARK)
    elif change == "params":
        params = KdfParams(OWASP_FLOOR.memory_kib * 2, OWASP_FLOOR.iterations, OWASP_FLOOR.parallelism)
    elif change == "segment":
        monkeypatch.setattr(Ledger, "segment_size", 2)
    else:
        def write(folder: Path, header: Header) -> None:
            raise AssertionError("not reached")

        monkeypatch.setattr(header_io, "write", write)
    assert fresh_reason(request.node, params) is not None


def test_the_seal_tests_segment_size_still_gets_a_copy(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """test_ledger_seal*.py's 16 entries a segment: larger than the three entries create writes."""
    monkeypatch.setattr(Ledger, "segment_size", 16)
    assert fresh_reason(request.node, OWASP_FLOOR) is None


@pytest.mark.fresh_vault
def test_the_mark_gives_a_vault_made_for_the_test(created: CreatedVault, request: pytest.FixtureRequest) -> None:
    assert ("vault_made", "fresh: marked fresh_vault") in request.node.user_properties
    assert [e.kind for e in created.vault.ledger.entries()] == [
        "vault.created", "psychotherapy.unlocked", "psychotherapy.locked"]
