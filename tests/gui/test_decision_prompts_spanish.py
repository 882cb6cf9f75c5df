"""The confidentiality decision's step pages in Spanish, walked for every trigger: the guided
prompts (step titles, questions, explanations, summaries, statute hints), the suggestions a step
fills in and the warnings before signing are said by their codes in the screen's language, while
the domain's English stays what the CLI prints and what a signed decision keeps.

Real vault, real service calls off the GUI thread, real Qt widgets (offscreen)."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWizard

from tests.core.decision_helpers import REASONING, make_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_decision_dialog import open_dialog, press
from tests.gui.test_spanish_legal_screens import _english_in, _plain, _shown
from vault_app.domain.decision_guide import NOT_LEGAL_ADVICE, STEP_TITLES, Sentences, words
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.decision_rules import sign_warnings
from vault_app.domain.decisions import RISK_FACTORS, TRIGGERS
from vault_app.domain.duty_to_protect import DUTY_RULES, STATE_REPORTS
from vault_app.domain.errors import Problem
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.state_privilege import SUBPOENA_PRIVILEGE
from vault_app.gui import decision_pages
from vault_app.gui.decision_prompt_book import CONTEXT, SAYS
from vault_app.gui.decision_prompt_words import kept, knows, prompt_words, sentence_words, shown
from vault_app.gui.i18n import TsTranslator
from vault_app.services import decisions, practice
from vault_app.services.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

# The settings a guide is built under: the shipped baseline, and a state the therapist typed.
SETTINGS = [Jurisdiction(duty_to_warn=kind) for kind in ("mandatory", "permissive", "none")] + [
    Jurisdiction(name="Oregon", duty_to_warn="mandatory", elder_abuse_reporting_age=60,
                 elder_abuse_scope="financial abuse", age_of_consent_for_treatment=14),
]
# The step pages' own contexts, whose English must not show on a Spanish screen either.
CONTEXTS = ("StepPage", "DutyPage", "ExceptionPage", "AskPage", "LawPage", "ReasoningPage", "OutcomePage",
            "ClientPage", "decision_pages", "DecisionPromptWords", "DecisionWords", "DecisionDialog", "TriggerPage")


def _texts_of(guide: Any) -> list[str]:
    """Every coded text a guide gives a screen."""
    texts: list[str] = [guide.summary, guide.statute_hint, *guide.recipients, *guide.follow_ups,
                        *guide.follow_ups_if_disclosed]
    for p in guide.prompts:
        texts += [p.question, p.explanation]
    texts += [t for t in (guide.exception_name, guide.jurisdiction_setting) if t]
    return texts


def _every_text(vault: Vault) -> list[str]:
    chart = make_chart(vault)
    texts: list[str] = [*STEP_TITLES.values(), NOT_LEGAL_ADVICE]
    for j in SETTINGS:
        for age in (None, 12, 40):
            for trigger in TRIGGERS:
                texts += _texts_of(guide_for(trigger, j, age))
            for state in SUBPOENA_PRIVILEGE:  # a listed state's privilege in the subpoena's setting
                texts += _texts_of(guide_for("subpoena", j, age, state))
            for trigger in TRIGGERS:  # a state with no rule of its own named (domain/jurisdiction_named)
                texts += _texts_of(guide_for(trigger, j, age, "TX"))
            for state in DUTY_RULES:  # a state's duty to protect (domain/duty_to_protect)
                texts += _texts_of(guide_for("duty_to_warn", j, age, state))
            for state in STATE_REPORTS:  # a state's required report (domain/duty_to_protect)
                for trigger in TRIGGERS:
                    texts += _texts_of(guide_for(trigger, j, age, state))
    for trigger in TRIGGERS:
        # A fresh draft with nothing answered and no follow-up: every warning its trigger can give.
        draft = replace(decisions.start(vault, chart.client_id, trigger), follow_up=())
        texts += sign_warnings(draft)
    for state in DUTY_RULES:  # a warning given where the state's duty is discharged by telling two
        disclosing = replace(decisions.start(vault, chart.client_id, "duty_to_warn"), outcome="disclose")
        texts += sign_warnings(disclosing, guide_for("duty_to_warn", SETTINGS[0], None, state))
    return texts


def _codes(text: str) -> list[str]:
    return [p.code for p in getattr(text, "parts", None) or (text,)]


def _spanish_sources() -> dict[str, str]:
    text = resources.files("vault_app.gui.translations").joinpath("es.ts").read_text("utf-8")
    return {source: words for (context, source), words in TsTranslator.from_ts(text)._messages.items()
            if context == CONTEXT}


def test_every_code_of_every_guide_and_warning_has_words_that_are_still_the_domain_s(vault: Vault) -> None:
    texts = _every_text(vault)
    assert all(isinstance(t, (Problem, Sentences)) for t in texts), [t for t in texts if not _codes(t)[0]]
    lacking = [t for t in texts if not knows(t)]
    assert lacking == []
    used = {code for t in texts for code in _codes(t)}
    assert set(SAYS) == used, set(SAYS) ^ used  # no words left for a code the domain no longer gives
    spanish = _spanish_sources()
    assert [source for source in SAYS.values() if source not in spanish] == []
    assert set(decision_pages.RISK_LABELS) == set(RISK_FACTORS)


def test_a_text_reworded_in_the_domain_shows_its_new_english_never_a_stale_translation(qtbot: Any,
                                                                                      spanish: None) -> None:
    question = words("decision.q.will_report", "Will you report?")
    assert prompt_words(question) == "¿Presentará la denuncia?"
    reworded = words("decision.q.will_report", "Will you make the report?")
    assert prompt_words(reworded) == "Will you make the report?"
    # An explanation is said whole: one sentence reworded, all of it stays in English.
    fresh = words("decision.law.recorded", "Your jurisdiction settings are recorded with this decision as they "
                  "stand now.")
    stale = words("decision.law.recorded", "Your settings are recorded with this decision.")
    assert prompt_words(Sentences(fresh, NOT_LEGAL_ADVICE)).startswith("La configuración de su jurisdicción")
    assert prompt_words(Sentences(stale, NOT_LEGAL_ADVICE)) == str(Sentences(stale, NOT_LEGAL_ADVICE))
    # A param that does not fill the words as the domain did, or a code with no words at all.
    minor = words("decision.client.minor", "The client is {age}, under the age of consent for treatment in your "
                  "settings ({consent_age}): a parent or guardian usually acts for them. Do not inform a parent or "
                  "guardian who may be the person causing the harm.", age=13, consent_age=18)
    assert sentence_words(minor) is not None and "13 años" in (sentence_words(minor) or "")
    assert sentence_words(Problem(str(minor), code="decision.client.minor", params={"age": 13})) is None
    assert prompt_words(Problem("A prompt added later.", code="decision.later")) == "A prompt added later."
    assert prompt_words("Plain English without a code.") == "Plain English without a code."


def test_a_suggestion_left_as_shown_is_kept_in_english_and_a_typed_one_as_typed(qtbot: Any, spanish: None) -> None:
    guide = guide_for("child_abuse")
    assert prompt_words(guide.recipients[0]) == "Servicios de protección infantil"
    assert kept("Servicios de protección infantil", guide.recipients) == "Child protective services"
    assert kept("Servicios de protección infantil del condado", guide.recipients) == \
        "Servicios de protección infantil del condado"
    assert shown("Child protective services", guide.recipients) == "Servicios de protección infantil"
    assert shown("County CPS", guide.recipients) == "County CPS"
    # The shipped settings name is said in Spanish; a name the therapist typed is theirs.
    assert prompt_words(guide.jurisdiction_setting) == \
        "mayoría de edad: 18 (Base federal de EE. UU. (ajústela a su estado))"
    assert prompt_words(guide_for("child_abuse", Jurisdiction(name="Oregon")).jurisdiction_setting) == \
        "mayoría de edad: 18 (Oregon)"


@pytest.mark.parametrize(("state", "said"), [("NY", "ley de Nueva York (el estado de la licencia): N.Y. CPLR 4507"),
                                             ("CA", "ley de California (el estado de la licencia): Cal. Evid."),
                                             ("TX", "norma federal: 45 CFR 164.512(e)(1)(ii) (la aplicación no "
                                                    "tiene ninguna norma de Texas")])
def test_a_subpoenas_setting_names_the_license_states_privilege_in_spanish_and_keeps_the_english(
        qtbot: Any, spanish: None, state: str, said: str) -> None:
    guide = guide_for("subpoena", license_state=state)
    assert prompt_words(guide.jurisdiction_setting).startswith(said)
    assert kept(prompt_words(guide.jurisdiction_setting), (guide.jurisdiction_setting,)) == \
        guide.jurisdiction_setting
    assert prompt_words(guide.statute_hint) != "" and "164.512(e)(1)(ii)" in prompt_words(guide.statute_hint)
    for code in SUBPOENA_PRIVILEGE:  # every listed state's name has Spanish words (else all of it is English)
        setting = guide_for("subpoena", license_state=code).jurisdiction_setting
        assert knows(setting) and prompt_words(setting).startswith("ley de "), code


def _english_sources() -> set[str]:
    text = resources.files("vault_app.gui.translations").joinpath("es.ts").read_text("utf-8")
    translator = TsTranslator.from_ts(text)
    sources = {source for (context, source), words in translator._messages.items()
               if context in CONTEXTS and words != source and len(source) > 3}
    sources |= set(SAYS.values())
    return {_plain(s) for s in sources}


def _step_shows_spanish(dialog: Any, page: Any, step: str, english: set[str]) -> None:
    guide = dialog.guide
    prompt = guide.prompt(step)
    assert page.title() == prompt_words(STEP_TITLES[step]) != STEP_TITLES[step], step
    assert page.question.text() == prompt_words(prompt.question) != prompt.question, step
    if step == "decision":  # the outcome page's explanation is the disclosure step's
        prompt = guide.prompt("disclosure")
    shown_explanation = page.prompt.text() if step == "decision" else page.explanation.text()
    assert shown_explanation == prompt_words(prompt.explanation) != prompt.explanation, step
    assert "Paso" in page.subTitle(), page.subTitle()
    # The attached order's file name (make_chart's "order.pdf") is the therapist's, not the app's words.
    texts = [t.removesuffix(": order.pdf") for t in [page.title(), page.subTitle(), *_shown(page)]]
    assert _english_in(texts, english) == [], step


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_every_step_of_every_trigger_speaks_spanish(vault: Vault, qtbot: Any, spanish: None, trigger: str) -> None:
    english = _english_sources()
    chart = make_chart(vault, birth="2012-05-01")  # a minor: the client step adds the age-of-consent note
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger=trigger)
    guide = dialog.guide_for(trigger)
    summary = dialog.trigger_page.summary.text()
    assert summary == prompt_words(guide.summary) != guide.summary
    press(dialog, qtbot)
    pages = {"duty": dialog.duty_page, "exception": dialog.exception_page, "ask": dialog.ask_page,
             "law": dialog.law_page, "reasoning": dialog.reasoning_page, "decision": dialog.outcome_page,
             "client": dialog.client_page}
    for step, page in pages.items():
        assert dialog.currentPage() is page, (trigger, step)
        _step_shows_spanish(dialog, page, step, english)
        if step == "exception" and guide.exception_name:
            assert page.name.text() == prompt_words(guide.exception_name) != guide.exception_name
        if step == "law":
            assert page.statute.placeholderText() == prompt_words(guide.statute_hint) != guide.statute_hint
        if step == "decision" and guide.recipients:
            assert page.recipient.itemText(0) == prompt_words(guide.recipients[0])
        if step == "client" and not guide.must_not_tell_client:
            assert "menos que la edad de consentimiento" in page.explanation.text()
        press(dialog, qtbot)
    review = dialog.review_page
    assert dialog.currentPage() is review and review.readiness is not None
    warnings = review.readiness.warnings
    assert warnings, trigger
    notes = [line for line in review.details.text().split("\n") if line.startswith("Nota: ")]
    assert notes == [f"Nota: {prompt_words(w)}" for w in warnings]
    assert all(prompt_words(w) != w for w in warnings)
    dialog.reject()
    wait_ops(qtbot)


def test_signed_in_spanish_the_record_keeps_the_domain_s_english(vault: Vault, qtbot: Any, spanish: None) -> None:
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, session_id=chart.session_id, trigger="child_abuse")
    guide = dialog.guide_for("child_abuse")
    press(dialog, qtbot)
    dialog.duty_page.answers["yes"].setChecked(True)
    press(dialog, qtbot)
    assert dialog.exception_page.setting.text().startswith("mayoría de edad: 18")
    press(dialog, qtbot)
    press(dialog, qtbot)
    dialog.law_page.statute.setText("Ley estatal de denuncia del maltrato infantil")
    press(dialog, qtbot)
    dialog.reasoning_page.reasoning.setPlainText(REASONING)
    press(dialog, qtbot)
    outcome = dialog.outcome_page
    assert outcome.outcomes["disclose"].text().replace("&", "") == "Divulgar (lo mínimo necesario)"
    assert outcome.recipient.currentText() == "Servicios de protección infantil"
    assert outcome.method.currentText() == "llamada telefónica"
    outcome.what.setPlainText("El nombre del menor y las lesiones descritas.")
    outcome.minimum.setChecked(True)
    press(dialog, qtbot)
    client = dialog.client_page
    client.answers["no"].setChecked(True)
    client.reason_code.setCurrentIndex(client.reason_code.findData("safety"))
    assert client.reason_code.currentText() == "informar al cliente pondría a alguien en riesgo"
    client.reason.setText("El progenitor es el presunto agresor.")
    assert client.follow_up.toPlainText().split("\n")[0] == \
        "Anotar el número de referencia de la denuncia o de la línea directa"
    # One offered step reworded by the therapist: theirs, as typed; the others stay the domain's.
    lines = client.follow_up.toPlainText().split("\n")
    client.follow_up.setPlainText("\n".join([*lines[:-1], "Añadir una adenda cuando llame el organismo"]))
    press(dialog, qtbot)
    review = dialog.review_page
    assert review.state.text() == "Lista para firmar.", review.details.text()
    press(dialog, qtbot, QWizard.WizardButton.CommitButton)
    result = dialog.result_signed
    assert result is not None and result.decision.signed

    signed = decisions.view(vault, result.decision.decision_id).decision
    assert signed.exception.name == guide.exception_name == "Mandatory report of suspected child abuse or neglect"
    assert signed.exception.setting == "age of majority 18 (US federal baseline (edit for your state))"
    assert signed.disclosure is not None and signed.disclosure.recipient == "Child protective services"
    assert signed.disclosure.method == "phone"
    assert list(signed.follow_up) == [*map(str, guide.follow_ups_if_disclosed[:-1]),
                                      "Añadir una adenda cuando llame el organismo"]
    assert signed.client_informed.reason_code == "safety"
    dialog.reject()
    wait_ops(qtbot)


def test_the_jurisdiction_settings_speak_spanish_and_save_the_shipped_english(vault: Vault, qtbot: Any,
                                                                            spanish: None) -> None:
    english = _english_sources() | {_plain(s) for s in ("Jurisdiction settings", "Duty to warn:",
                                                        "Elder abuse covers:", "Age of consent for treatment:")}
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="elder_abuse")
    press(dialog, qtbot)
    press(dialog, qtbot)
    dialog.exception_page.settings_button.click()
    settings = dialog.settings_dialog
    assert settings is not None
    assert settings.windowTitle() == "Configuración de la jurisdicción"
    assert settings.name.text() == "Base federal de EE. UU. (ajústela a su estado)"
    assert settings.elder_scope.text() == \
        "maltrato, negligencia o explotación de una persona mayor o un adulto dependiente"
    assert [settings.duty.itemText(i) for i in range(settings.duty.count())] == [
        "Obligatorio: la ley exige tomar medidas de protección", "Permisivo: la ley permite advertir",
        "Ninguno: no hay ley sobre el deber de advertir"]
    texts = _shown(settings)
    assert any(t.startswith("Esta aplicación registra su razonamiento") for t in texts)
    assert _english_in([settings.windowTitle(), *texts], english) == []
    settings.elder_age.setValue(60)
    settings.buttons.button(settings.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    saved = practice.load(vault).jurisdiction
    assert (saved.name, saved.elder_abuse_scope, saved.elder_abuse_reporting_age) == (
        Jurisdiction().name, Jurisdiction().elder_abuse_scope, 60)
    # The suggestion follows the new age; the law step shows the settings in Spanish.
    assert "60" in dialog.exception_page.setting.text()
    assert dialog.exception_page.setting.text().startswith("edad para denunciar el maltrato")
    press(dialog, qtbot)
    press(dialog, qtbot)
    assert dialog.law_page.snapshot.text().startswith("Base federal de EE. UU. (ajústela a su estado). Deber de "
                                                      "advertir: permisivo.")
    # A name the therapist types is saved as typed.
    dialog.law_page.findChild(QPushButton).click()
    again = dialog.settings_dialog
    assert again is not None and again is not settings
    again.name.setText("Oregón")
    again.buttons.button(again.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    assert practice.load(vault).jurisdiction.name == "Oregón"
    dialog.reject()
    wait_ops(qtbot)
