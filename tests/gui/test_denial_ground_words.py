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
    choices = denial_choices(kind)
    assert [code for code, _label in choices] == list(table)
    for code, label in choices:
        assert code not in label, label
        assert table[code].citation in label, label
        assert not label.endswith(("availab", "…")), label


@pytest.mark.parametrize(("kind", "table"), [("access", ACCESS_DENIAL_GROUNDS),
                                             ("amendment", AMENDMENT_DENIAL_GROUNDS)])
def test_a_spanish_screen_offers_the_grounds_in_spanish(qapp, spanish, kind: str, table: dict) -> None:
    for code, label in denial_choices(kind):
        assert GROUND_WORDS[code] not in label, label  # the English words, untranslated
        assert table[code].text[:30] not in label, label
        assert table[code].citation in label, label
