"""Change notices: the vault reports what each operation wrote, read off its ledger."""

from __future__ import annotations

import pytest

from vault_app.services import clients, notes
from vault_app.services.changes import ChangeLog, Changes, Kind, kind_of_event
from vault_app.services.vault import Vault


@pytest.mark.parametrize(
    ("event", "payload", "kind"),
    [
        ("client.created", {}, Kind.CLIENTS),
        ("case.created", {}, Kind.CLIENTS),
        ("note.signed", {"kind": "progress"}, Kind.NOTES),
        ("note.signed", {"kind": "psychotherapy"}, Kind.PSYCHOTHERAPY_NOTES),
        ("note.viewed", {"kind": "psychotherapy"}, Kind.VIEWS),
        ("chart.opened", {}, Kind.VIEWS),
        ("authorization.revoked", {}, Kind.AUTHORIZATIONS),
        ("export.created", {}, Kind.DISCLOSURES),
        ("backup.created", {}, Kind.BACKUPS),
        ("practice.updated", {}, Kind.SETTINGS),
        ("psychotherapy.unlocked", {}, Kind.VIEWS),
        ("psychotherapy.unlock_refused", {}, Kind.VIEWS),
        ("passphrase.reask_refused", {}, Kind.VIEWS),
        ("passphrase.changed", {}, Kind.SETTINGS),
        ("something.new", {}, Kind.VAULT),
    ],
)
def test_each_ledger_event_names_the_kind_it_changed(event: str, payload: dict[str, str], kind: Kind) -> None:
    assert kind_of_event(event, payload) is kind


def test_a_vault_collects_what_its_services_wrote_and_hands_it_over_once(vault: Vault) -> None:
    vault.changes.take()
    client = clients.create_client(vault, "Change Notice")
    note = notes.create_progress_note(vault, client.client_id, sections={"subjective": "s"})
    taken = vault.changes.take()
    assert taken.touches_client(client.client_id, Kind.CLIENTS)
    assert taken.touches_client(client.client_id, Kind.NOTES)
    assert not taken.touches(Kind.AUTHORIZATIONS)
    assert not taken.touches_client("someone-else", Kind.NOTES)
    assert note.client_id == client.client_id
    assert not vault.changes.take()  # taken once


def test_a_read_that_is_logged_is_only_a_view(vault: Vault) -> None:
    client = clients.create_client(vault, "Viewed Once")
    vault.changes.take()
    clients.open_chart(vault, client.client_id)
    taken = vault.changes.take()
    assert taken.only_views() and taken.touches(Kind.VIEWS)
    assert not taken.touches(Kind.CLIENTS)


def test_vault_wide_changes_touch_every_chart() -> None:
    log = ChangeLog()
    log.record(Kind.RETENTION)
    taken = log.take()
    assert taken.vault_wide and taken.touches_client("any", Kind.RETENTION)
    assert (Changes.of(Kind.NOTES, clients=["a"]) | taken).touches_client("b", Kind.RETENTION)
    assert not Changes.of(Kind.NOTES, clients=["a"]).touches_client("b", Kind.NOTES)
