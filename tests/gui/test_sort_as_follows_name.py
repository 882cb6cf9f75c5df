"""A chart's "Sort as" follows a changed legal name (walker wspanish, round 39): Client details of
"María José García Núñez", filed under "García Núñez"; her legal name corrected to "María José Zamora
Núñez" and saved, the chart stayed under García, its row reading "M… Zamora Núñez" among the C's and
N's. A sort-as the name no longer holds now follows the new name as the form shows it; one the
therapist typed, or one the new name still holds, stays. Real widgets, the practice's Spanish names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLineEdit

from vault_app.gui import dates
from vault_app.gui.sort_as_field import SortAsField

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish_names() -> Iterator[None]:
    dates.set_practice_locale("es_US")
    yield
    dates.set_practice_locale(None)


def _field(qtbot, name: str, kept: str) -> tuple[QLineEdit, SortAsField]:  # type: ignore[no-untyped-def]
    legal = QLineEdit(name)
    field = SortAsField(legal, kept)
    qtbot.addWidget(legal)
    qtbot.addWidget(field)
    return legal, field


def test_a_sort_as_the_new_name_no_longer_holds_follows_it(qtbot, spanish_names: None) -> None:  # type: ignore[no-untyped-def]
    legal, field = _field(qtbot, "María José García Núñez", "García Núñez")
    legal.setText("María José Zamora Núñez")
    assert field.value() == "Zamora Núñez"


def test_it_follows_a_name_typed_anew_letter_by_letter(qtbot, spanish_names: None) -> None:  # type: ignore[no-untyped-def]
    legal, field = _field(qtbot, "María José García Núñez", "García Núñez")
    legal.clear()
    for end in range(1, len("Ana Zamora Núñez") + 1):
        legal.setText("Ana Zamora Núñez"[:end])
    assert field.value() == "Zamora Núñez"


def test_a_correction_the_sort_as_survives_keeps_it(qtbot, spanish_names: None) -> None:  # type: ignore[no-untyped-def]
    legal, field = _field(qtbot, "Maria Jose Garcia Núñez", "Garcia Núñez")
    legal.setText("María José Garcia Núñez")  # accents added to the given names only
    assert field.value() == "Garcia Núñez"


def test_a_sort_as_the_therapist_typed_stays(qtbot, spanish_names: None) -> None:  # type: ignore[no-untyped-def]
    legal, field = _field(qtbot, "María José García Núñez", "García Núñez")
    field.setText("Núñez")  # typed: the therapist's choice
    legal.setText("María José Zamora Núñez")
    assert field.value() == "Núñez"


def test_an_english_practice_s_chart_follows_the_new_last_word(qtbot) -> None:  # type: ignore[no-untyped-def]
    legal, field = _field(qtbot, "Mary Ann Smith-Jones", "Smith-Jones")
    legal.setText("Mary Ann Baker")
    assert field.value() == "" and field.placeholderText() == "Baker"  # "": by the last word


def test_opening_the_form_changes_no_sort_as(qtbot, spanish_names: None) -> None:  # type: ignore[no-untyped-def]
    """A sort-as the name does not hold (a name the client goes by elsewhere) is the therapist's: the
    form shows it as kept until the legal name is edited (found re-running the real app: opening
    Client details already put the new proposal in its place)."""
    _legal, field = _field(qtbot, "Jane Doe", "Smith")
    assert field.value() == "Smith"


def test_a_sort_as_not_from_the_name_stays_when_the_name_is_corrected(qtbot, spanish_names: None) -> None:  # type: ignore[no-untyped-def]
    legal, field = _field(qtbot, "Jane Doe", "Smith")
    legal.setText("Jane Dow")
    assert field.value() == "Smith"
