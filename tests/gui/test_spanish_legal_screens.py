"""The export wizard and the confidentiality decision's review page, walked in Spanish: every
label, button and box the therapist sees is in Spanish. A text on screen that is one of the
English sources of these screens (es.ts's sources for their contexts, and the domain's basis
titles and evidence labels the form used to show as they are) fails, and so does a text with an
English word in it. Real vault, real gate, real widgets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget, QWizard

from tests.core.decision_helpers import make_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_decision_dialog import open_dialog, press
from tests.gui.test_export_and_lock import _chart_with_signed_note
from vault_app.domain.disclosure_basis import CHOICE_LABELS, SPECS, asked_fields
from vault_app.gui import basis_words, decision_prompt_words, decision_words
from vault_app.gui.controller import AppController
from vault_app.gui.i18n import TsTranslator
from vault_app.services.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

CONTEXTS = ("ExportWizard", "WhatPage", "BasisPage", "SavePage", "BasisForm", "BasisWords", "GateWords",
            "DecisionDialog", "DecisionReviewPage", "DecisionWords", "RefusalWordsLegal")
# Words of English that no Spanish sentence of these screens has ("a" and "no" are Spanish too).
ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "is", "for", "under", "not", "Press", "Check", "Legal",
                           "basis", "Basis", "Still", "needed", "Ready", "sign", "Sign", "Review", "Note",
                           "Disclosure", "disclosure", "allowed", "Allowed", "refused", "Records", "Recipient",
                           "Purpose", "Address", "Kind", "Item", "Date", "Next", "Back", "Cancel", "optional",
                           "attached", "none", "order", "court", "judge", "case", "number", "what", "who",
                           "when", "which", "whether", "threat", "agency", "progress", "billing", "saving"})


def _english_sources() -> set[str]:
    """What these screens say in English: es.ts's sources of their contexts (those whose Spanish
    differs), and the domain's basis titles and evidence labels."""
    text = resources.files("vault_app.gui.translations").joinpath("es.ts").read_text("utf-8")
    translator = TsTranslator.from_ts(text)
    sources = {source for (context, source), words in translator._messages.items()
               if context in CONTEXTS and words != source and len(source) > 3}
    for spec in SPECS.values():
        sources.add(spec.title)
        sources.update(f.label for f in spec.fields)
    return {_plain(s) for s in sources}


def _plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip()


def _shown(top: QWidget) -> list[str]:
    """Every visible label, button and box title under `top`, and every drop-down's items."""
    # Qt shows a widget added to a shown layout on the next turn of the event loop.
    QApplication.processEvents()
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            # as it reads on the screen: an Alt letter's "&" is drawn as the letter underlined
            texts.append(re.sub(r"&(.)", r"\1", widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    return [t for t in texts if t.strip()]


def _english_in(texts: Iterable[str], sources: set[str]) -> list[str]:
    left = []
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)
        whole = _plain(plain) in sources or any(_plain(line) in sources for line in plain.split("\n"))
        if whole or ENGLISH_WORDS & set(re.findall(r"[A-Za-z]+", plain)):
            left.append(text)
    return left


def _page_texts(wizard: QWizard) -> list[str]:
    page = wizard.currentPage()
    assert page is not None
    return [page.title(), page.subTitle(), *_shown(page),
            *(wizard.button(b).text() for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                                                QWizard.WizardButton.CancelButton,
                                                QWizard.WizardButton.CommitButton)
              if wizard.button(b).isVisible())]


def test_the_check_sees_english_among_spanish(qapp: object) -> None:
    sources = _english_sources()
    assert _english_in(["Basis:", "The court:", "Base legal", "Still needed: {0}.", "Falta: la amenaza."],
                       sources) == ["Basis:", "The court:", "Still needed: {0}."]


def test_the_export_wizard_speaks_spanish_from_its_first_page_to_the_check(
        unlocked_app: AppController, qtbot: Any, spanish: None) -> None:
    window = unlocked_app.main_window
    assert window is not None
    sources = _english_sources()
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    assert wizard.windowTitle().startswith("Exportar o divulgar")
    first = _page_texts(wizard)
    assert "Qué, y a quién" in first and "Registros:" in first and "Destinatario:" in first, first
    assert _english_in(first, sources) == []

    what = wizard.what_page
    what.check_all()
    # Typed in Spanish too, so the preview's English check looks at the screen's words only.
    what.recipient.setText("Dra. Psiquiatra Receptora")
    what.purpose.setText("continuidad de la atención")
    assert what.isComplete()
    wizard.next()
    basis = wizard.basis_page
    form = basis.form
    assert form.basis.itemText(form.basis.findData("court_order")) == "Una orden judicial (45 CFR 164.512(e)(1)(i))"
    # Every basis's evidence, shown in turn: its labels, boxes and choices.
    for kind in SPECS:
        form.basis.setCurrentIndex(form.basis.findData(kind))
        texts = _page_texts(wizard)
        assert _english_in(texts, sources) == [], kind
        shown_fields = [t for t in texts if t.endswith(":") and t not in ("Base:", "Autorización:")]
        # What the gate asks of this client (not Part 2: no 42 CFR 2.64 fields for a court order).
        asked = asked_fields(kind, part2=False)
        assert len(shown_fields) == sum(f.type != "bool" for f in asked), (kind, texts)
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    texts = _shown(basis)
    assert "El nombre del juez:" in texts and "La última fecha de los registros que abarca la orden (opcional):" \
        in texts, texts
    assert {"evolución", "psicoterapia", "facturación"} <= set(texts)
    form.basis.setCurrentIndex(form.basis.findData("required_by_law"))
    duty = form.inputs["law_kind"]
    assert isinstance(duty, QComboBox) and duty.currentData() == "child_abuse_report"
    assert duty.currentText() == "denuncia de maltrato infantil"

    # Allowed: the verdict, its warnings and the accounting line, all in Spanish.
    form.basis.setCurrentIndex(form.basis.findData("serious_threat"))
    for name, typed in (("agency", "County sheriff"), ("threat", "stated plan to harm a coworker")):
        field = form.inputs[name]
        assert isinstance(field, QLineEdit)
        field.setText(typed)
    assert form.legal_basis().evidence == {"agency": "County sheriff", "threat": "stated plan to harm a coworker"}
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    allowed = _page_texts(wizard)
    assert _english_in(allowed, sources) == []
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    save = _page_texts(wizard)
    assert "Contraseña y archivo" in save
    assert _english_in(save, sources) == []
    wizard.reject()


def test_the_decision_s_review_page_speaks_spanish_whole(vault: Vault, qtbot: Any, spanish: None) -> None:
    """Walked with nothing filled in, for a threat (so the risk factors' note shows too)."""
    sources = _english_sources()
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="duty_to_warn")
    assert dialog.windowTitle().startswith("Decisión de confidencialidad")
    trigger = dialog.trigger_page
    assert trigger.buttons["duty_to_warn"].text().replace("&", "") == \
        "Amenaza a otra persona (deber de advertir o proteger)"  # its Alt letter aside
    assert trigger.title() == "¿Qué ha ocurrido?"
    assert any(t.startswith("Esta aplicación registra su razonamiento; no da asesoramiento legal.")
               for t in _shown(trigger))
    for _ in range(12):
        if dialog.currentPage() is dialog.review_page:
            break
        press(dialog, qtbot)
    review = dialog.review_page
    assert dialog.currentPage() is review and review.readiness is not None
    texts = _page_texts(dialog)
    assert texts[0] == "Revisar y firmar"
    assert "Todavía no está lista para firmar." in texts
    lines = review.details.text().split("\n")
    assert "Falta: su razonamiento clínico." in lines, lines
    assert "Nota: Factores de riesgo sin evaluar: plan, intención, medios, víctima identificable, antecedentes." \
        in lines, lines
    assert "Nota: El paso de la Ley no nombra ninguna ley ni reglamento." in lines, lines
    assert review.verdict.text() == "No se divulgará nada."
    assert _english_in(texts, sources) == []
    assert dialog.button(QWizard.WizardButton.CommitButton).text() == "&Firmar y sellar"  # with its Alt letter
    dialog.reject()


def test_the_gui_s_copies_of_the_domain_s_english_are_the_domain_s() -> None:
    """basis_words and decision_words repeat the domain's English for pyside6-lupdate; a label
    reworded in the domain must be reworded here, or it shows its new English."""
    for kind, spec in SPECS.items():
        for f in spec.fields:
            assert basis_words.EVIDENCE.get(f"{kind}.{f.name}") == f.label, (kind, f.name)
            assert all(c in basis_words.CHOICES for c in f.choices), (kind, f.name)
        if spec.exclusion:
            assert basis_words.EXCLUSIONS.get(kind) == spec.exclusion, kind
    assert len(basis_words.EVIDENCE) == sum(len(s.fields) for s in SPECS.values())
    from vault_app.domain.decision_guide import NOT_LEGAL_ADVICE

    assert decision_prompt_words.knows(NOT_LEGAL_ADVICE)
    for choice, english in basis_words.CHOICES.items():
        # English reads as the stored key did before, or as the domain words the choice.
        assert english == CHOICE_LABELS.get(choice, choice.replace("_", " ")), choice


def test_in_english_the_form_and_the_review_read_as_the_domain_says(vault: Vault, qtbot: Any) -> None:
    from vault_app.gui.basis_form import BasisForm

    form = BasisForm()
    qtbot.addWidget(form)
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    assert form.basis.currentText() == "A court order (45 CFR 164.512(e)(1)(i))"
    labels = [w.text() for w in form.fields_host.findChildren(QLabel)]
    assert "The judge's name:" in labels
    assert "The first date of records the order covers (optional):" in labels
    form.basis.setCurrentIndex(form.basis.findData("subpoena"))
    assurance = form.inputs["assurance"]
    assert isinstance(assurance, QComboBox) and assurance.itemText(0) == "notice to client"

    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="duty_to_warn")
    for _ in range(12):
        if dialog.currentPage() is dialog.review_page:
            break
        press(dialog, qtbot)
    ready = dialog.review_page.readiness
    assert ready is not None
    lines = dialog.review_page.details.text().split("\n")
    assert [f"Note: {w}" for w in ready.warnings] == [line for line in lines if line.startswith("Note: ")]
    assert "Still needed: your clinical reasoning." in lines
    dialog.reject()


def test_a_sign_warning_the_gui_does_not_know_stays_whole_in_english(qtbot: Any, spanish: None) -> None:
    """Warnings are said by their codes (domain/decision_rules.sign_warnings): a plain str, a code
    without words, a risk factor without words or an English reworded in the domain stays English."""
    from vault_app.domain.errors import Problem

    assert decision_words.sign_warning_words("A warning added later.") == "A warning added later."
    assert decision_words.sign_warning_words(Problem("A warning added later.", code="decision.warn.later")) == \
        "A warning added later."
    unknown = Problem("Risk factors not assessed: plan, courage.", code="decision.warn.risk_unassessed",
                      params={"factors": "plan,courage"})
    assert decision_words.sign_warning_words(unknown) == "Risk factors not assessed: plan, courage."
    reworded = Problem("No follow-up is planned.", code="decision.warn.no_follow_up")
    assert decision_words.sign_warning_words(reworded) == "No follow-up is planned."
    plan = Problem("Risk factors not assessed: plan.", code="decision.warn.risk_unassessed",
                   params={"factors": "plan"})
    assert decision_words.sign_warning_words(plan) == "Factores de riesgo sin evaluar: plan."
