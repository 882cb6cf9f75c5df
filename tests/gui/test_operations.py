"""Typed operations: a write's changes reach every listening screen before its own callback."""

from __future__ import annotations

from tests.gui.conftest import wait_ops
from vault_app.domain.errors import InvalidInput
from vault_app.gui.controller import AppController
from vault_app.services import clients
from vault_app.services.changes import Changes, Kind
from vault_app.services.clients import Client


def test_a_write_broadcasts_what_it_changed_before_its_own_callback(unlocked_app: AppController, qtbot: object) -> None:
    heard: list[tuple[str, object]] = []
    unlocked_app.changed.connect(lambda ch: heard.append(("changed", ch)))
    op = unlocked_app.op(None, lambda v: clients.create_client(v, "Seam Client"), label="Saving…")
    op.success(lambda c: heard.append(("success", c))).run()
    wait_ops(qtbot)
    assert [what for what, _ in heard] == ["changed", "success"]
    changes, client = heard[0][1], heard[1][1]
    assert isinstance(changes, Changes) and isinstance(client, Client)
    assert changes.touches_client(client.client_id, Kind.CLIENTS)


def test_a_query_that_changes_nothing_broadcasts_nothing(unlocked_app: AppController, qtbot: object) -> None:
    heard: list[object] = []
    got: list[int] = []
    unlocked_app.changed.connect(heard.append)
    unlocked_app.query(None, lambda v: len(clients.list_clients(v))).success(got.append).run()
    wait_ops(qtbot)
    assert got and heard == []


def test_a_failed_write_still_reports_what_it_wrote_and_its_error(unlocked_app: AppController, qtbot: object) -> None:
    heard: list[Changes] = []
    errors: list[BaseException] = []
    unlocked_app.changed.connect(heard.append)

    def half_done(v: object) -> None:
        clients.create_client(v, "Written First")  # type: ignore[arg-type]
        raise InvalidInput("then refused")

    unlocked_app.op(None, half_done).failure(lambda e: errors.append(e) is None).run()
    wait_ops(qtbot)
    assert len(errors) == 1 and isinstance(errors[0], InvalidInput)
    assert len(heard) == 1 and heard[0].touches(Kind.CLIENTS)
