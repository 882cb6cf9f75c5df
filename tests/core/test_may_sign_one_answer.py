"""Whether a recorded parent may sign, one answer for the Guardians window, `guardian list` and `client
show` (domain/may_sign). Found by a walker: after `client update --care-consented-by client` for a
15-year-old, the window said "no: the client consented to their own care" and `auth add --guardian` was
refused, while the command line still said the mother "may sign authorizations" / "may authorize until
...". Table-driven both sides; the command line in process on a real vault."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.clinical import Guardian
from vault_app.domain.may_sign import may_sign
from vault_app.domain.representatives import standing
from vault_app.services import guardians, practice
from vault_app.services.vault import Vault

ROWS = [
    # age, who consented, may_authorize box, answer
    (15, "client", True, "minor_consents"),
    (15, "guardian", True, "yes"),
    (15, "", True, "open"),
    (11, "client", True, "yes"),  # under the age of consent (12): the parent signs
    (15, "client", False, "no"),
    (30, "", True, "ended"),  # a parent of an adult: the law's end
]


@pytest.mark.parametrize(("age", "consented_by", "box", "answer"), ROWS)
def test_the_answer(age: int, consented_by: str, box: bool, answer: str) -> None:
    born = date(date.today().year - age, 1, 1)  # `age` today
    mother = Guardian("G1", "C1", "Ana Reyes", "mother", "parent", may_authorize=box)
    found = standing(mother, born, 18, date.today())
    assert may_sign(found, may_authorize=box, authority="parent", age=age, age_of_consent=12, age_of_majority=18,
                    care_consented_by=consented_by) == answer


def test_guardian_list_and_client_show_say_what_the_window_says(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    guardians.add_guardian(vault, chart.client_id, "Ana Reyes", authority="parent", relationship="mother")
    folder = str(vault.folder)
    vault.lock()

    def said() -> tuple[str, str]:
        listed = cli(capsys, monkeypatch, "guardian", "list", chart.client_id, "--vault", folder)
        shown = cli(capsys, monkeypatch, "client", "show", chart.client_id, "--vault", folder)
        assert listed.code == 0 and shown.code == 0, listed.err + shown.err
        return listed.out, shown.out

    listed, shown = said()
    assert "may sign authorizations (who consented to the care: not recorded)" in listed
    assert "may authorize (who consented to the care: not recorded)" in shown
    assert cli(capsys, monkeypatch, "client", "update", chart.client_id, "--care-consented-by", "client",
               "--vault", folder).code == 0
    listed, shown = said()
    assert "may NOT sign authorizations: the client consented to their own care (45 CFR 164.502(g)(3)(i))" in listed
    assert "may sign authorizations," not in listed and "may authorize until" not in shown
    assert "may not authorize (the client consented to their own care" in shown

