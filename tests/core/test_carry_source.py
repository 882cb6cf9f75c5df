"""Which note carry forward starts from (domain/faster_notes.carry_source), table-driven: the
newest SIGNED note, never a draft (its words were never signed), and the newer draft passed
over named so the editor can say so."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.clinical_notes import NoteSummary
from vault_app.domain.faster_notes import carry_source


def _note(name: str) -> NoteSummary:
    """'s3' is a signed note of March 3rd, 'd9' a draft of March 9th."""
    day = date(2026, 3, int(name[1:]))
    return NoteSummary(note_id=name, kind="progress", client_id="c", session_id=None, note_date=day,
                       template="soap", signed_at="2026-03-10T10:00:00+00:00" if name[0] == "s" else None,
                       updated_at="2026-03-10T10:00:00+00:00")


# (the chart's notes newest first, the note carried from, the draft passed over)
@pytest.mark.parametrize(("newest_first", "source", "passed"), [
    ([], None, None),  # no note at all
    (["s9"], "s9", None),  # the newest is signed: it
    (["s9", "s3"], "s9", None),
    (["d9", "s3"], "s3", "d9"),  # the newest is a draft: the signed one before it, and the draft named
    (["d9", "d7", "s3", "s1"], "s3", "d9"),  # two drafts passed over: the newest is named
    (["s9", "d7", "s3"], "s9", None),  # an older draft under a signed note changes nothing
    (["d9"], None, "d9"),  # only a draft: nothing signed to carry
    (["d9", "d8"], None, "d9"),
])
def test_carry_source(newest_first: list[str], source: str | None, passed: str | None) -> None:
    found = carry_source([_note(n) for n in newest_first])
    assert (found.source.note_id if found.source else None) == source
    assert (found.passed_draft.note_id if found.passed_draft else None) == passed
