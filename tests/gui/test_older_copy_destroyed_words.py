"""The older-copy message names what was entered here by chart number, and a chart destroyed
since has no number left: the words say how many such charts there are (gui/older_copy.py).

Found by a walker: "Entered here since then: destruction: started: 1 (chart ?)". The Superseded
found for a real pair of copies in tests/core/test_lineage_after_restore.py holds exactly these
OnlyHere items; here the words are read in English and Spanish."""

from __future__ import annotations

import pytest

from vault_app.gui import older_copy
from vault_app.services.backup_superseded import OnlyHere, Superseded

pytestmark = pytest.mark.gui

FOUND = Superseded("/media/usb", "2026-12-05T19:05:00+00:00", "2026-12-05T18:58:00+00:00", (
    OnlyHere("client.created", 1, ("C00009",)),
    OnlyHere("destruction.started", 1, (), 1),
    OnlyHere("note.created", 3, ("C00002",), 2),
))


def test_a_destroyed_chart_is_counted_not_shown_as_a_question_mark(qapp: object) -> None:
    said = older_copy.words(FOUND)
    assert "?" not in said.split("Entered here since then:")[1]
    assert "(chart C00009)" in said
    assert "Destruction of the chart started: 1 (charts destroyed since: 1)" in said
    assert "(chart C00002; charts destroyed since: 2)" in said


def test_the_same_in_spanish(qapp: object, spanish: None) -> None:
    said = older_copy.words(FOUND)
    assert "(expediente C00009)" in said
    assert "(expedientes destruidos desde entonces: 1)" in said
    assert "(expediente C00002; expedientes destruidos desde entonces: 2)" in said
    assert "?" not in said and "destroyed" not in said


def test_a_copy_kept_in_another_folder_is_not_told_its_disclosures_are_refused(qapp: object) -> None:
    # services/older_copy_refusal.kept: another backup folder chosen for this copy.
    assert "exports and disclosures from this copy are refused" in older_copy.words(FOUND)
    assert "exports and disclosures" not in older_copy.words(FOUND, refused=False)
