"""The copy's window in Spanish when a copy made earlier is in the folder already (a retry after
a partial copy). Its test was lost when the year without notes began to say "nothing held"
instead: here the chart holds notes and charges in the dates asked, so the copy is tried and
the file an earlier try left is what stops it. A real vault, real exports, real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy import _open_request
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, requests

pytestmark = pytest.mark.gui


def test_a_copy_made_earlier_is_said_in_spanish(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                spanish: None) -> None:
    detail, rid, chart = _open_request(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    number = clients.get_client(vault, chart.client_id).chart_number
    name = f"access-copy-{number}-{rid}-progress.pdf"
    earlier = tmp_path / name
    earlier.write_bytes(b"made earlier")
    dialog = detail.grant()  # type: ignore[attr-defined]
    assert isinstance(dialog, AccessCopyDialog)
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.folder.setText(str(tmp_path))
    dialog.make_button.click()  # the dates the window proposes hold the chart's notes and charges
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.outcome.text()), timeout=10_000)
    lines = dialog.outcome.text().splitlines()
    billing = next(path.name for path in tmp_path.glob("access-copy-*-billing.pdf"))
    assert lines == [
        f"Copia creada: información de facturación ({billing}).",
        f"Copia no creada: notas de evolución: Ya hay en esta carpeta una copia hecha antes ({name}). Elija otra "
        "carpeta, o saque ese archivo de esta y vuelva a intentarlo.",
        "La solicitud sigue abierta hasta que se creen todas las copias (o se deniegue una parte).",
    ], lines
    assert earlier.read_bytes() == b"made earlier"  # never overwritten
    assert requests.get_request(vault, rid).status == "open"
    dialog.reject()
