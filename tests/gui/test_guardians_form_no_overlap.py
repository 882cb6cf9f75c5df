"""The Guardians window's form at 100 %, 150 % and 200 % (the logical room of a 1920x1080 screen at each
scale; QT_SCALE_FACTOR=2 gives 960x540): no two of its rows' widgets overlap. Found on Xvfb at 200 %: the
amber warning about an adult client's parent ran 8 pixels under "In force from", its last line hidden
behind the dates. The warnings shown at once (the adult's, a foster parent's) and the records' basis, in
English and Spanish. Real widgets, the real es.ts."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFormLayout, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import i18n, screen_fit
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, practice

pytestmark = pytest.mark.gui

ROOMS = {"100 %": QRect(0, 0, 1920, 1080), "150 %": QRect(0, 0, 1280, 720), "200 %": QRect(0, 0, 960, 540)}


def _rows(form: QFormLayout, inside: QWidget) -> list[tuple[str, QRect]]:
    """Each visible widget of the form (labels and fields, a row's several fields each), in `inside`'s
    coordinates, by its name or text."""
    found: list[tuple[str, QRect]] = []
    for i in range(form.count()):
        item = form.itemAt(i)
        widgets = [item.widget()] if item.widget() is not None else []
        if item.layout() is not None:
            layout = item.layout()
            widgets = [layout.itemAt(j).widget() for j in range(layout.count()) if layout.itemAt(j).widget()]
        for w in widgets:
            if w is not None and w.isVisibleTo(inside) and w.width() > 0 and w.height() > 0:
                place = QRect(w.mapTo(inside, w.rect().topLeft()), w.size())
                found.append((w.accessibleName() or getattr(w, "text", lambda: "")() or w.objectName(), place))
    return found


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("scale", sorted(ROOMS))
def test_no_row_of_the_form_overlaps_another(unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch,
                                             scale: str, language: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: ROOMS[scale])
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    client_id = clients.create_client(vault, "Lena Adult", date_of_birth=fx.born_years_ago(20)).client_id
    mother = guardians.add_guardian(vault, client_id, "Mara Adult", authority="parent", relationship="mother")
    assert i18n.install(language) == language
    try:
        window.open_chart(client_id)
        wait_ops(qtbot)
        dialog = window.chart.overview.edit_guardians()
        assert dialog is not None
        wait_ops(qtbot)
        qtbot.waitExposed(dialog)
        for step in ("new", "selected", "foster"):
            if step == "selected":
                dialog.select(mother.guardian_id)
            if step == "foster":
                dialog.relationship.setText("foster mother")  # both warnings at once
                assert dialog.foster_warning.isVisibleTo(dialog)
            qtbot.wait(50)  # the layout's next passes
            assert dialog.adult_warning.isVisibleTo(dialog), step
            form = dialog.form_box.layout()
            assert isinstance(form, QFormLayout)
            rows = _rows(form, dialog.form_box)
            for (a, here), (b, there) in itertools.combinations(rows, 2):
                assert not here.intersects(there), (scale, language, step, a[:40], here, b[:40], there)
            for warning in (dialog.adult_warning, dialog.foster_warning):
                if warning.isVisibleTo(dialog):  # its lines whole, not cut at its rectangle's foot
                    assert warning.height() >= warning.heightForWidth(warning.width()), (scale, step)
        dialog.new_guardian()
        dialog.reject()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
