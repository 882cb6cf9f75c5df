"""The grounds offered when denying an access or amendment request, as found on the real app
(H14 walk, Spanish): the choice read "not_created_here: The information was not created by
this practice, and the person who created it is availab", an internal key and English cut
off at 90 characters on a Spanish screen. Each ground now reads in the screen's language
with its citation, and the choice still records the ground's code."""

from __future__ import annotations

import pytest

from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, AMENDMENT_DENIAL_GROUNDS
from vault_app.gui.requests_dialog import GROUND_WORDS, denial_choices

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("kind", "table"), [("access", ACCESS_DENIAL_GROUNDS),
                                             ("amendment", AMENDMENT_DENIAL_GROUNDS)])
def test_every_ground_reads_in_words_with_its_citation(qapp, kind: str, table: dict) -> None:
    choices = denial_choices(kind, True, tuple(table))  # a state's own grounds too, where the request has them
    assert [code for code, _label in choices] == list(table)
    for code, label in choices:
        assert code not in label, label
        assert table[code].citation in label, label
        assert not label.endswith(("availab", "…")), label


@pytest.mark.parametrize(("kind", "table"), [("access", ACCESS_DENIAL_GROUNDS),
                                             ("amendment", AMENDMENT_DENIAL_GROUNDS)])
def test_a_spanish_screen_offers_the_grounds_in_spanish(qapp, spanish, kind: str, table: dict) -> None:
    for code, label in denial_choices(kind, True, tuple(table)):
        assert GROUND_WORDS[code] not in label, label  # the English words, untranslated
        assert table[code].text[:30] not in label, label
        assert table[code].citation in label, label


def test_the_ground_chosen_by_its_words_is_the_one_recorded(unlocked_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Chosen in the dialog by how it reads, the denial records that ground's code (the old
    choice was parsed back from its "code:" prefix, which the words no longer carry)."""
    from tests.core import disclosure_fixtures as fx
    from tests.gui.conftest import wait_ops
    from vault_app.gui.requests_dialog import RequestDetailDialog
    from vault_app.services import practice, requests

    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             description="the date of my move is wrong", note_ids=chart.progress[:1])
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    (wanted,) = [label for code, label in denial_choices("amendment") if code == "accurate_and_complete"]
    window = detail.deny()  # none chosen for the therapist (found in the real app: Enter took the first)
    assert window.ground.currentIndex() == -1
    items = [window.ground.itemText(i) for i in range(window.ground.count())]
    assert wanted in items and not any(":" in item.split(" (45 CFR")[0] for item in items), items
    window.ground.setCurrentText(wanted)
    window.record_button.click()
    wait_ops(qtbot)
    decided = requests.get_request(vault, q.id)
    assert decided.status == "denied" and decided.grounds == ("accurate_and_complete",)
