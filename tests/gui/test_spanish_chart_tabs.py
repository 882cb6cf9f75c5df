"""What is inside the chart's tabs in Spanish (found: with the tab names in Spanish, a therapist who
chose Spanish still read Client, Treatment plan, Edit details…, 'unbilled', 'telehealth', 'met',
'partially granted' and the measures' 'moderately severe' in English). Real vault, real widgets,
the real es.ts. What is stored stays the key; only its display is translated."""

from __future__ import annotations

import typing

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import rows
from vault_app.domain import authorization, clinical, clinical_documents, deadlines, requests
from vault_app.domain.measures import engine
from vault_app.domain.measures.instruments import BUILT_IN
from vault_app.gui import chart_words, i18n
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, measures, plans, restrictions, sessions
from vault_app.services import requests as request_service

pytestmark = pytest.mark.gui


def _view(app: AppController, qtbot, client_id: str):  # type: ignore[no-untyped-def]
    """A chart view built with Spanish installed (the window's was built before)."""
    from vault_app.gui.chart_view import ChartView

    view = ChartView(app)
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    return view


def _show(view, tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)


def _headers(tree) -> list[str]:  # type: ignore[no-untyped-def]
    header = tree.headerItem()
    return [header.text(c) for c in range(tree.columnCount())]


def test_the_overview_and_sessions_speak_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Lucia Resumen", date_of_birth="1980-01-01")
    guardians.add_guardian(vault, client.client_id, "Marta Resumen", authority="legal_guardian", relationship="tía")
    plans.update_plan(vault, client.client_id, problems="Ansiedad", goals=[
        {"description": "dormir seis horas", "status": "met"}, {"description": "volver al trabajo"}])
    sessions.add_session(vault, client.client_id, date=fx.days_ago(3), start_time="10:00", duration_minutes=53,
                         setting="telehealth", billing_status="no_charge", icd10_codes=["F41.1"])
    view = _view(unlocked_app, qtbot, client.client_id)
    overview = view.overview
    assert overview.edit_button.text() == "Editar datos…"
    assert (overview.guardians_button.text(), overview.plan_button.text()) == ("Tutores…", "Editar plan…")
    assert overview.fields["status"].text() == "activo"
    # Born 1980: the aunt's authority over a minor ended at 18 (test_chart_law_leftovers.py).
    assert overview.fields["guardians"].text() == (
        "Marta Resumen (tía, tutor legal) — autoridad terminada el 01/01/1998: el cliente cumplió 18; ya no puede "
        "firmar")
    assert overview.fields["goals"].text() == "1. dormir seis horas (alcanzado)\n2. volver al trabajo (activo)"
    _show(view, view.sessions, qtbot)
    tab = view.sessions
    assert _headers(tab.sessions) == ["Fecha", "Inicio", "Duración", "Formato", "Modalidad", "CPT", "CIE-10",
                                      "Facturación", "Nota"]
    (row,) = rows(tab.sessions)
    assert row.split(" | ")[2:] == ["53 min", "individual", "telesalud", "90837", "F41.1", "sin cargo", "ninguna"]
    assert tab.notes_label.text() == "Notas de evolución (0)"
    (session,) = sessions.list_sessions(vault, client.client_id)
    assert (session.setting, session.billing_status) == ("telehealth", "no_charge")  # stored by key
    _show(view, view.history, qtbot)
    qtbot.waitUntil(lambda: view.history.tree.topLevelItemCount() > 0, timeout=10_000)
    lines = [r.split(" | ")[2] for r in rows(view.history.tree)]
    assert {"Sesión registrada", "Tutor o representante añadido", "Plan de tratamiento modificado"} <= set(lines)


def test_requests_restrictions_and_measures_speak_spanish(unlocked_app: AppController, qtbot,
                                                          spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Lucia Escalas", date_of_birth="1980-01-01")
    request_service.add_request(vault, client.client_id, kind="amendment", received_on=fx.days_ago(2))
    restrictions.request_restriction(vault, client.client_id, kind="other", description="no a mi empresa",
                                     requested_on=fx.days_ago(1), kinds=["progress"], recipient="Empresa S.A.")
    measures.record_measure(vault, client.client_id, "phq9", [2, 2, 2, 2, 2, 2, 2, 2, 0], taken_on=fx.days_ago(30))
    measures.record_measure(vault, client.client_id, "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], taken_on=fx.days_ago(2))
    view = _view(unlocked_app, qtbot, client.client_id)
    _show(view, view.requests, qtbot)
    assert rows(view.requests.tree) == [f"enmienda | {view.requests.tree.topLevelItem(0).text(1)} | "
                                        f"{view.requests.tree.topLevelItem(0).text(2)} | abierta | El cliente"]
    panel = view.requests.restrictions
    assert panel.title() == "Restricciones pedidas por el cliente"  # its citation in the note under it
    (restriction,) = rows(panel.tree)
    assert restriction.split(" | ")[1] == "notas de evolución, a Empresa S.A."
    assert restriction.split(" | ")[3] == "sin respuesta"
    _show(view, view.measures, qtbot)
    table = view.measures.table
    assert _headers(table) == ["Fecha", "Escala", "Total", "Gravedad", "Desde la primera", "Ítem de riesgo"]
    assert [r.split(" | ")[1:5] for r in rows(table)] == [["PHQ-9", "5", "leve", "mejoría"],
                                                          ["PHQ-9", "16", "moderadamente grave", "primer resultado"]]
    chart = view.measures.chart
    assert chart._title("") == "PHQ-9 a lo largo del tiempo"
    layout = chart.current_layout()
    assert layout is not None
    # The first result (16) is the baseline; the PHQ-9's reliable change is 5 points either way.
    assert [chart._threshold(line.label) for line in layout.thresholds] == [
        "mejoría fiable (-5)", "empeoramiento fiable (+5)"]
    description = chart.accessibleDescription()
    assert description.startswith("PHQ-9: 2 resultados; el último, 5 (leve) el ")
    assert description.endswith("; desde el primero: mejoría.")


def test_authorizations_and_attachments_speak_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    fx.add_auth(vault, chart.client_id, covers=["progress", "billing"])
    view = _view(unlocked_app, qtbot, chart.client_id)
    _show(view, view.authorizations, qtbot)
    (auth,) = rows(view.authorizations.tree)
    covers, _recipient, _signed, _expires, state, _signed_by, describes = auth.split(" | ")
    assert (covers, state) == ("facturación, notas de evolución", "vigente")
    assert describes == "fechas de asistencia, diagnóstico, notas de evolución completas, evaluaciones y escalas"
    _show(view, view.attachments, qtbot)
    assert [r.split(" | ")[0] for r in rows(view.attachments.tree)] == ["autorización"]  # the signed form's scan
    kinds = view.attachments.kind
    assert [kinds.itemText(i) for i in range(kinds.count())] == [
        "Consentimiento", "Autorización", "Orden judicial", "Resolución de custodia", "Otro"]
    assert kinds.itemData(2) == "court_order"  # attached by key


# Every stored value the tabs show has its words: a key added to the domain fails here until it
# has them (and, through tests/gui/test_i18n.py, its Spanish).
@pytest.mark.parametrize(("table", "keys"), [
    (chart_words.GOAL_STATUS, clinical.GOAL_STATUSES),
    (chart_words.BILLING_STATUS, clinical.BILLING_STATUSES),
    (chart_words.MODALITY, clinical.MODALITIES),
    (chart_words.SETTING, clinical.SETTINGS),
    (chart_words.GUARDIAN_AUTHORITY, clinical.GUARDIAN_AUTHORITIES),
    (chart_words.ATTACHMENT_KIND, clinical_documents.ATTACHMENT_KINDS),
    (chart_words.AUTHORIZATION_STATE, typing.get_args(authorization.AuthState)),
    (chart_words.INFO_KIND, typing.get_args(authorization.InfoKind)),
    (chart_words.REQUEST_KIND, typing.get_args(deadlines.RequestKind)),
    (chart_words.REQUEST_STATUS, typing.get_args(requests.RequestStatus)),
    (chart_words.CHANGE, typing.get_args(engine.Change)),
    (chart_words.SEVERITY, tuple({band["label"] for instrument in BUILT_IN for band in instrument["bands"]})),
])
def test_every_stored_value_the_tabs_show_has_words(table: dict[str, str], keys: tuple[str, ...]) -> None:
    assert sorted(set(keys) - set(table)) == []
    assert sorted(set(table) - set(keys)) == []


def test_a_value_without_words_shows_as_stored_and_english_is_unchanged() -> None:
    assert chart_words.shown(chart_words.BILLING_STATUS, "sliding_scale") == "sliding scale"
    assert chart_words.shown(chart_words.BILLING_STATUS, "no_charge") == "no charge"
    assert chart_words.shown(chart_words.SEVERITY, "moderately severe") == "moderately severe"
    # What an authorization covers says the notes (found: "progress to Dr. ..." in the Covers column).
    assert chart_words.shown_all(chart_words.INFO_KIND, ["billing", "progress", "psychotherapy"]) \
        == "billing, progress notes, psychotherapy notes"


def test_history_lines_in_english_and_in_spanish(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.history_words import describe_event

    opened = {"client_id": "c1", "psychotherapy": True}
    added = {"client_id": "c1", "attachment_id": "a1", "kind": "court_order"}
    updated = {"client_id": "c1", "fields": ["contact", "status"]}
    assert describe_event("chart.opened", opened) == "Chart opened (with the psychotherapy notes)"
    assert describe_event("attachment.added", added) == "Document attached (court order)"
    assert describe_event("client.updated", updated) == \
        "Client's details changed (changed: Contact preferences, Status)"
    assert describe_event("vault.invented_later", {"hits": 3}) == "Vault invented later (3 found)"
    assert i18n.install("es") == "es"
    try:
        assert describe_event("chart.opened", opened) == "Expediente abierto (con las notas de psicoterapia)"
        assert describe_event("chart.opened", {"psychotherapy": False}) == "Expediente abierto"
        assert describe_event("attachment.added", added) == "Documento adjuntado (orden judicial)"
        assert describe_event("note.signed", {"kind": "progress"}) == "Nota firmada (nota de evolución)"
        assert describe_event("vault.invented_later", {"hits": 3}) == "Vault invented later (3 resultados)"
        # Found on the real app: an export's line began "disclosure" in English.
        assert describe_event("disclosure", {"disclosure_id": "D-1", "kind": "progress"}) \
            .startswith("Divulgación registrada (")
    finally:
        i18n.install("en")


# Found: the chart's list of notes showed the template's stored key upper-cased ("FREE",
# "DISCHARGE") on Spanish screens, and on English ones a key, not a name.
TEMPLATE_NAMES = {"soap": ("SOAP", "SOAP"), "dap": ("DAP", "DAP"), "birp": ("BIRP", "BIRP"),
                  "girp": ("GIRP", "GIRP"), "free": ("Free form", "Texto libre"),
                  "discharge": ("Discharge summary", "Resumen de alta")}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_notes_and_sessions_name_each_template_in_the_screen_s_language(
        unlocked_app: AppController, qtbot, language: str) -> None:
    from vault_app.domain.note_templates import TEMPLATES
    from vault_app.services import notes

    assert set(TEMPLATE_NAMES) == set(TEMPLATES)  # a template added to the domain is named here too
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Lucia Plantillas", date_of_birth="1980-01-01")
    for back, key in enumerate(TEMPLATE_NAMES, start=1):
        session = sessions.add_session(vault, client.client_id, date=fx.days_ago(back), duration_minutes=53)
        note = notes.create_progress_note(vault, client.client_id, template=key, text=f"Nota {key}.",
                                          session_id=session.session_id)
        if key in ("free", "discharge"):
            notes.sign_note(vault, note.note_id)
    assert i18n.install(language) == language
    try:
        view = _view(unlocked_app, qtbot, client.client_id)
        _show(view, view.sessions, qtbot)
        tab = view.sessions
        names = {key: words[language == "es"] for key, words in TEMPLATE_NAMES.items()}
        signed, draft = ("signed", "draft") if language == "en" else ("firmada", "borrador")
        # Newest first in both lists: the first template's note is the newest.
        assert [r.split(" | ")[1] for r in rows(tab.notes)] == list(names.values())
        assert [r.split(" | ")[-1] for r in rows(tab.sessions)] == [
            f"{name}, {signed if key in ('free', 'discharge') else draft}" for key, name in names.items()]
    finally:
        i18n.install("en")
    assert {n.template for n in notes.list_notes(vault, client.client_id)} == set(TEMPLATES)  # stored by key


def test_a_chart_without_sessions_says_none_yet_in_the_feminine(unlocked_app: AppController, qtbot,
                                                                 spanish: None) -> None:
    """"Última sesión: ninguno todavía" (found on Xvfb, a new chart in Spanish): sesión is feminine."""
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Sofía Ramírez Luna", date_of_birth="2015-03-02")
    view = _view(unlocked_app, qtbot, client.client_id)
    assert view.overview.fields["last"].text() == "ninguna todavía"
