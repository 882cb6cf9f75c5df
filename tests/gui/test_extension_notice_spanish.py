"""A notice of extension dated after today is refused (domain/deadlines.check_notice_given):
a screen says it in the practice's words, in Spanish on a Spanish screen, with its citation and
what to do; the core's English, which the command line prints, stays as it is."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.deadlines import check_notice_given
from vault_app.domain.errors import RefusedByPolicy
from vault_app.gui.refusal_words import refusal_text

pytestmark = pytest.mark.gui


def _refused() -> RefusedByPolicy:
    with pytest.raises(RefusedByPolicy) as refused:
        check_notice_given("amendment", date(2028, 4, 9), today=date(2028, 3, 10))
    return refused.value


def test_said_in_english(qapp: object) -> None:
    said = refusal_text(_refused())
    assert said.startswith("The extension notice is dated 04/09/2028, after today (03/10/2028): ")
    assert "(45 CFR 164.526(b)(2))" in said and "Give the notice first" in said, said


def test_said_in_spanish(qapp: object, spanish: None) -> None:
    exc = _refused()
    said = refusal_text(exc)
    assert said.startswith("El aviso de prórroga tiene fecha del 04/09/2028, posterior a hoy (03/10/2028)"), said
    assert "(45 CFR 164.526(b)(2))" in said and "Entregue primero el aviso" in said, said
    assert "extension" not in said
    assert str(exc).startswith("The extension notice is dated")  # the command line's words, unchanged
