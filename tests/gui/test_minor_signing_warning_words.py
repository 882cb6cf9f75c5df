"""The warning before a minor's own signature is recorded ("a minor signs alone", and for a
Part 2 consent its kin) in the screen's language, found by its code (domain/representatives
SIGNATURE_WARNINGS -> gui/refusal_words_legal.py, es.ts's "RefusalWordsLegal").

Found in the real app: the core gave the warning in English only, so the Spanish "Record an
authorization" form said "Compruebe antes de registrar: The client is 16, under your age of
consent...". Table-driven: every code the rule can return (every action, every age, every age
of consent) has words here whose English is the core's, and Spanish with the same placeholders;
said in Spanish, no English sentence or word is left. The CLI keeps the core's English. Then
the real form on a real vault: a 16-year-old's own signature warned in Spanish, and after a
lock the held warning comes back in Spanish too."""

from __future__ import annotations

import re
import typing
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import _reopened
from tests.gui.test_spanish_legal_screens import ENGLISH_WORDS
from vault_app.domain.errors import Problem
from vault_app.domain.representatives import SIGNATURE_WARNINGS, RepAction, client_signature_warning
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.controller import AppController
from vault_app.gui.i18n import TsTranslator
from vault_app.gui.refusal_words import problem_text
from vault_app.gui.refusal_words_legal import CONTEXT, SAYS
from vault_app.services import authorizations, clients, practice

pytestmark = pytest.mark.gui

PLACEHOLDER = re.compile(r"\{(\w+)\}")
ACTIONS: tuple[RepAction, ...] = typing.get_args(RepAction)
RULES = {rule.code: rule for rule in SIGNATURE_WARNINGS}


def _spanish_words() -> dict[str, str]:
    text = resources.files("vault_app.gui.translations").joinpath("es.ts").read_text("utf-8")
    return {source: words for (context, source), words in TsTranslator.from_ts(text)._messages.items()
            if context == CONTEXT}


def _every_warning() -> list[Problem]:
    """What the rule says for every action, client's age (and no birth date) and age of consent."""
    said = [client_signature_warning(age, consent, action)
            for action in ACTIONS for consent in range(1, 31) for age in (None, *range(0, 32))]
    return [w for w in said if isinstance(w, Problem)]


def test_every_code_the_rule_can_return_is_one_of_its_table() -> None:
    warnings = _every_warning()
    assert {w.code for w in warnings} == set(RULES), "a code given but not in the table, or one never given"
    assert all(w.code and w.params for w in warnings)
    # None is said where there is nothing to check.
    assert client_signature_warning(None, 18, "sign_authorization") == ""
    assert client_signature_warning(18, 18, "sign_part2_consent") == ""


@pytest.mark.parametrize("code", sorted(RULES))
def test_each_code_has_the_core_s_english_and_spanish_words(code: str) -> None:
    rule = RULES[code]
    assert rule.citation in rule.message, "the legal rule keeps its citation"
    assert SAYS[code] == rule.message, "the screen's English is the core's"
    spanish = _spanish_words().get(rule.message)
    assert spanish, f"es.ts has no Spanish for {code}"
    assert set(PLACEHOLDER.findall(spanish)) == set(PLACEHOLDER.findall(rule.message)) == {"age", "consent"}
    assert rule.citation in spanish


@pytest.mark.parametrize("code", sorted(RULES))
def test_said_in_spanish_no_english_is_left(code: str, qapp: object, spanish: None) -> None:
    for warning in (w for w in _every_warning() if w.code == code):
        words = problem_text(warning)
        assert words != str(warning)
        assert words.startswith(f"El cliente tiene {warning.params['age']} años"), words
        assert f"({warning.params['consent']})" in words
        assert not ENGLISH_WORDS & set(re.findall(r"[A-Za-z]+", words)), words


@pytest.mark.parametrize("code", sorted(RULES))
def test_in_english_the_core_s_own_sentence_is_said(code: str, qapp: object) -> None:
    for warning in (w for w in _every_warning() if w.code == code):
        assert problem_text(warning) == str(warning)


def _sixteen() -> str:
    today = date.today()
    return date(today.year - 16, 1, 1).isoformat() if today.month > 1 else date(today.year - 17, 3, 1).isoformat()


def test_the_cli_s_warning_stays_in_english(app_folder: Path, unlocked_app: AppController, spanish: None) -> None:
    """The service the CLI prints from gives the core's English whatever the screen speaks."""
    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    client = clients.create_client(vault, "Ines Solafirma", date_of_birth=_sixteen())
    warning = authorizations.client_signing_warning(vault, client.client_id, date.today())
    assert str(warning) == ("The client is 16, under your age of consent for treatment (18); check that the law "
                            "lets the minor authorize this (45 CFR 164.502(g)(3)).")


@pytest.mark.parametrize("part2", [False, True], ids=["authorization", "Part 2 consent"])
def test_a_sixteen_year_old_signing_alone_is_warned_in_spanish_and_held_so(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, tmp_path: Path, spanish: None, part2: bool) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    client = clients.create_client(vault, "Ines Solafirma", date_of_birth=_sixteen(), part2=part2)
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert isinstance(dialog, AuthorizationDialog)
    wait_ops(qtbot)
    fill_authorization(dialog, signed_scan(tmp_path), signer="Ines Solafirma")
    if part2:
        dialog.part2.setChecked(True)
    dialog.save_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    rule = RULES["authorization.minor_signs_alone.part2" if part2 else "authorization.minor_signs_alone"]
    assert said.startswith("Compruebe antes de registrar: El cliente tiene 16 años"), said
    assert rule.citation in said and "(18)" in said
    assert not ENGLISH_WORDS & set(re.findall(r"[A-Za-z]+", said)), said
    assert dialog.save_button.text() == "Registrar de todos modos"
    assert authorizations.list_authorizations(vault, client.client_id) == []

    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog)
    assert said in again.message.text(), "the warning read comes back in Spanish, not in the English it was held with"
    again.reject()
    wait_ops(qtbot)


def test_a_warning_held_before_its_code_was_kept_comes_back_in_its_english(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    """A form held by the version before this one has the warning's English alone: said as read."""
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    client = clients.create_client(vault, "Ines Solafirma", date_of_birth=_sixteen())
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert isinstance(dialog, AuthorizationDialog)
    wait_ops(qtbot)
    fill_authorization(dialog, signed_scan(tmp_path), signer="Ines Solafirma")
    fields = dialog.held_entry()
    assert fields is not None
    english = "The client is 16, under your age of consent for treatment (18); check it."
    dialog.restore_fields({**fields["fields"], "minor_warning_read": {
        "signature": ["client", dialog.signed_on.date().toString("yyyy-MM-dd"), False], "warning": english}})
    assert dialog.restored_also() == f"Check before recording: {english}"
    dialog.reject()
    wait_ops(qtbot)
