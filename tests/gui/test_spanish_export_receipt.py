"""The export's receipt says what was disclosed in the screen's language (found: on Spanish
screens it said the ledger's English, "1 progress notes (…)"), from the facts the export gives
(services/export.Described); the ledger keeps its English sentence as before. Real vault, real
gate, real PDF, the real es.ts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.disclosure import describe_items
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.export_words import ITEMS, described_text
from vault_app.services import export, notes, sessions
from vault_app.services.export import Described

pytestmark = pytest.mark.gui

FIRST, LAST = date(2026, 8, 6), date(2026, 9, 24)
# (facts, English, Spanish), {first}/{last} standing for the days as the practice writes them.
CASES = [
    (Described("progress", 3, FIRST, LAST), "3 progress notes ({first} to {last})",
     "3 notas de evolución (del {first} al {last})"),
    (Described("progress", 1, FIRST, FIRST), "1 progress note ({first})", "1 nota de evolución ({first})"),
    (Described("psychotherapy", 2, FIRST, LAST), "2 psychotherapy notes ({first} to {last})",
     "2 notas de psicoterapia (del {first} al {last})"),
    (Described("psychotherapy", 1, LAST, LAST), "1 psychotherapy note ({last})", "1 nota de psicoterapia ({last})"),
    (Described("billing", 8, FIRST, LAST), "8 sessions' billing data ({first} to {last})",
     "datos de facturación de 8 sesiones (del {first} al {last})"),
    (Described("billing", 1, FIRST, FIRST), "1 session's billing data ({first})",
     "datos de facturación de 1 sesión ({first})"),
    (Described("progress", 2, FIRST, LAST, ("measures",), 3),
     "2 progress notes ({first} to {last}); with 3 outcome measure results",
     "2 notas de evolución (del {first} al {last}); con 3 resultados de escalas"),
    (Described("progress", 2, FIRST, LAST, ("measures",), 1),
     "2 progress notes ({first} to {last}); with 1 outcome measure result",
     "2 notas de evolución (del {first} al {last}); con 1 resultado de escala"),
    # Measures asked for and none taken within the notes' dates: said so, not as a field (it
    # read as if only the measures went: found by the records-day walker on an access copy).
    (Described("progress", 2, FIRST, LAST, ("measures",), 0),
     "2 progress notes ({first} to {last}); outcome measures asked for: none recorded in these dates",
     "2 notas de evolución (del {first} al {last}); escalas solicitadas: ninguna registrada en estas fechas"),
    (Described("billing", 2, FIRST, LAST, ("cpt", "icd10")),
     "2 sessions' billing data ({first} to {last}); fields: cpt, icd10",
     "datos de facturación de 2 sesiones (del {first} al {last}); campos: cpt, icd10"),
]


@pytest.mark.parametrize(("facts", "english", "spanish"), CASES, ids=[c[1] for c in CASES])
def test_a_description_is_said_in_each_language(facts: Described, english: str, spanish: str, qapp: object,
                                                us_practice: None) -> None:
    # A vault's practice (en_US) open: its days whatever the screens' language (without one,
    # Spanish screens write es_US's: tests/gui/test_dates_before_a_vault.py).
    days = {"first": show_date(FIRST), "last": show_date(LAST)}
    assert described_text(facts) == english.format(**days)
    assert i18n.install("es") == "es"
    try:
        assert described_text(facts) == spanish.format(**days)
    finally:
        i18n.install("en")


def test_every_kind_of_records_has_its_words() -> None:
    from vault_app.domain.authorization import INFO_LABELS

    assert set(ITEMS) == {*INFO_LABELS, *(f"{kind}.one" for kind in INFO_LABELS)}


def test_the_spanish_receipt_says_what_was_disclosed_in_spanish(unlocked_app: AppController, qtbot,
                                                                 spanish: None, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Lucia Recibo")
    for back in (9, 2):
        session = sessions.add_session(vault, client_id, date=fx.days_ago(back), duration_minutes=53)
        note = notes.create_progress_note(vault, client_id, sections={"subjective": "Mejor."},
                                          session_id=session.session_id)
        notes.sign_note(vault, note.note_id)
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    what = wizard.what_page
    what.check_all()
    what.recipient.setText("Servicio de Protección de Menores")
    what.purpose.setText("denuncia obligatoria")
    wizard.next()
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("required_by_law"))
    basis.form.set_value("law_kind", "child_abuse_report")
    basis.form.set_value("agency", "County CPS")
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    wizard.next()
    save = wizard.save_page
    save.path.setText(str(tmp_path / "denuncia.pdf"))
    save.password.setText(fx.PASSWORD)
    save.confirm.setText(fx.PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page)
    receipt = wizard.receipt_page.text.text()
    said = f"2 notas de evolución (del {show_date(fx.days_ago(9))} al {show_date(fx.days_ago(2))})"
    assert said in receipt, receipt
    assert "progress note" not in receipt
    # What the ledger keeps, and the CLI prints, is the app's English sentence, as before.
    result = save.result
    assert result is not None and result.described == Described("progress", 2, fx.days_ago(9), fx.days_ago(2))
    (record,) = export.disclosures(vault, client_id)
    assert record.description == result.description == f"2 progress notes ({fx.days_ago(9)} to {fx.days_ago(2)})"
    assert result.as_dict()["description"] == record.description and "described" not in result.as_dict()
    wizard.accept()
    wait_ops(qtbot)
    # The chart's Disclosures tab says its basis in Spanish too; the ledger keeps the English.
    tab = window.chart.disclosures
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    # Basis, with its section of the law (domain/basis_citations)
    assert tab.tree.topLevelItem(0).text(4) == ("exigida por la ley (denuncia de maltrato infantil) — "
                                                "45 CFR 164.512(b)(1)(ii)")
    assert record.basis_summary == "required by law (child abuse report)"


def test_the_facts_are_those_the_ledger_s_sentence_was_made_of() -> None:
    """Described.of reads the items as describe_items does: the same count and first and last day."""
    from vault_app.domain.disclosure import ItemFacts

    items = tuple(ItemFacts(f"N{i}", "progress", day) for i, day in enumerate((LAST, FIRST, date(2026, 9, 1))))
    facts = Described.of("progress", items, ())
    assert (facts.count, facts.first, facts.last) == (3, FIRST, LAST)
    assert describe_items("progress", items) == f"3 progress notes ({FIRST.isoformat()} to {LAST.isoformat()})"
    assert Described.of("billing", (), ()) == Described("billing", 0)


# The chart's Disclosures tab said the basis as the ledger summarises it, in English on Spanish
# screens ("required by law (child abuse report)"); now its parts are said in Spanish.
SUMMARY_CASES = [
    ("authorization", "authorization A-1", "autorización A-1"),
    ("court_order", "court order, Superior Court, case 24-1, 2025-03-14",
     "orden judicial, Superior Court, causa 24-1, {day}"),
    ("required_by_law", "required by law (child abuse report)", "exigida por la ley (denuncia de maltrato infantil)"),
    ("required_by_law", "required by law (duty to warn), Civ. Code 43.92",
     "exigida por la ley (deber de advertir), Civ. Code 43.92"),
    ("health_oversight", "health oversight, request R-9", "supervisión sanitaria, solicitud R-9"),
    ("legal_defense", "defense in an action brought by the client, case B-1",
     "defensa en una acción iniciada por el cliente, causa B-1"),
    ("coroner", "coroner / medical examiner, case C-7", "médico forense o examinador médico, caso C-7"),
    ("serious_threat", "to prevent or lessen a serious and imminent threat (164.512(j))",
     "para prevenir o reducir una amenaza grave e inminente (164.512(j))"),
    ("training", "supervised training in the practice (164.508(a)(2)(i)(B))",
     "formación supervisada en la consulta (164.508(a)(2)(i)(B))"),
    ("successor", "transfer of the practice to a successor (health care operations, 164.501)",
     "traspaso de la consulta a un sucesor (operaciones de atención sanitaria, 164.501)"),
    ("payment", "payment", "el pago"),
    # An older version's summary, in no form: as stored.
    ("authorization", "consent on file", "consent on file"),
]


@pytest.mark.parametrize(("kind", "stored", "spanish"), SUMMARY_CASES, ids=[c[1] for c in SUMMARY_CASES])
def test_a_basis_summary_is_said_in_spanish(kind: str, stored: str, spanish: str, qapp: object) -> None:
    from vault_app.gui.basis_words import summary_words
    from vault_app.gui.dates import show_basis

    assert summary_words(kind, stored) == show_basis(stored)  # English: as stored, its date as the practice's
    assert i18n.install("es") == "es"
    try:
        assert summary_words(kind, stored) == spanish.format(day=show_date("2025-03-14"))
    finally:
        i18n.install("en")


def test_the_words_of_each_summary_are_the_domain_s_forms() -> None:
    from vault_app.domain.disclosure_basis import SUMMARIES
    from vault_app.gui.basis_words import SUMMARY_WORDS

    assert dict(SUMMARY_WORDS) == SUMMARIES
