"""The client's copy of their chart (their right of access, 45 CFR 164.524) through a real vault,
read back with an independent PDF reader: its cover says truthfully what is inside, and its days
are the practice's. Found by a walker, a New York psychologist: the cover read "12 progress notes
(...); fields: outcome measures", as if only the measures had been sent (the chart held none; the
whole notes were inside), and every day was ISO (2026-08-04) though the practice writes 08/04/2026."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.services import access_copy, practice, requests
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("locale", "pattern"), (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y")))
def test_the_copys_cover_says_what_is_inside_in_the_practices_days(vault: Vault, tmp_path: Path, locale: str,
                                                                    pattern: str) -> None:
    chart = fx.make_chart(vault, n=3, date_of_birth="1990-05-21")
    practice.update(vault, locale=locale)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2))
    result = access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD, kinds=("progress",),
                                         measures=True)
    assert result.granted
    [(_what, out)] = result.made
    pages = fx.pdf_text(Path(out))
    cover = pages[0]
    first, last = chart.note_days[0].strftime(pattern), chart.note_days[-1].strftime(pattern)
    assert (f"What is disclosed 3 progress notes ({first} to {last}); outcome measures asked for: none "
            f"recorded in these dates") in cover, cover
    assert "fields:" not in cover, cover
    born = "21/05/1990" if locale == "en_GB" else "05/21/1990"
    assert f"Date {fx.today().strftime(pattern)}" in cover and f"born {born}" in cover, cover
    # Every page's days are the practice's, none ISO
    text = " ".join(pages)
    assert all(f"Progress note, {day.strftime(pattern)}" in text for day in chart.note_days), text
    assert not any(day.isoformat() in text for day in chart.note_days), text
