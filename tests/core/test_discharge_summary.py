"""A signed note reads as a discharge summary in English or Spanish (domain/discharge_summary.py):
the words that say so count with any case and with or without accents; ordinary words that
merely contain them, or "alta" as the adjective "high", do not."""

from __future__ import annotations

import pytest

from vault_app.domain.discharge_summary import (
    ENGLISH_MARKERS,
    HEADING_WORDS,
    SPANISH_MARKERS,
    fold,
    reads_as_discharge_summary,
)
from vault_app.services import clients, notes
from vault_app.services.vault import Vault


@pytest.mark.parametrize("opening", [
    # English
    "Discharge summary: goals met, referred to group.",
    "Client discharged today after 14 sessions; gains maintained.",
    "DISCHARGE NOTE - treatment complete.",
    "Termination summary. Presenting problem resolved.",
    "Closing summary: moved out of state, referral given.",
    "Final session; termination of treatment by mutual agreement.",
    "Termination: client chose to end therapy.",
    # Spanish, with and without accents
    "Resumen de alta: objetivos cumplidos, se deriva a grupo.",
    "RESUMEN DE ALTA. Evolución favorable.",
    "Informe de alta terapéutica tras 20 sesiones.",
    "Alta terapeutica por mejoría.",
    "Se da de alta a la paciente; mantiene los logros.",
    "La clienta es dada de alta por traslado.",
    "Sesión final. Se acuerda el alta.",
    "Resumen de cierre: el cliente se muda.",
    "Cierre del tratamiento por acuerdo mutuo.",
    "Terminación del tratamiento: objetivos alcanzados.",
    "Terminacion de la terapia, derivacion a psiquiatria.",
    "Finalización del tratamiento tras 12 sesiones.",
    "Alta: objetivos cumplidos.",
    "Terminación - el cliente decide finalizar.",
    "Cierre. Se entrega informe.",
])
def test_a_discharge_summary_is_recognised_in_either_language(opening: str) -> None:
    assert reads_as_discharge_summary(opening)


@pytest.mark.parametrize("opening", [
    "",
    "Mid-treatment note.",
    "Reviewed safety plan; mood stable.",
    "Charge nurse called about scheduling.",  # "charge" is not "discharge"
    "Discussed terminating her lease.",  # "terminating" alone is not a termination summary
    "Closing the session with a breathing exercise.",
    # Spanish: "alta" as "high", "terminación"/"cierre" about other things, words that contain them
    "Ansiedad alta esta semana; duerme mal.",
    "Alta ansiedad ante la mudanza.",
    "Refiere presión alta; se deriva a su médico.",
    "Sesión de alta intensidad emocional.",
    "Habla de la terminación de su relación de pareja.",
    "El cierre de la empresa le preocupa.",
    "Visita a su tía en Altamira; salta comidas.",
    "Nota de evolución: trabaja la exposición gradual.",
])
def test_an_ordinary_note_is_not_a_discharge_summary(opening: str) -> None:
    assert not reads_as_discharge_summary(opening)


@pytest.mark.parametrize(("text", "folded"), [
    ("TERMINACIÓN", "terminacion"),
    ("Clínica", "clinica"),
    ("Evolución", "evolucion"),
    ("Discharge", "discharge"),
])
def test_case_and_accents_are_set_aside(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_the_markers_are_written_as_they_are_compared() -> None:
    """A marker with an accent or a capital would never match the folded text."""
    for marker in (*ENGLISH_MARKERS, *SPANISH_MARKERS, *HEADING_WORDS):
        assert fold(marker) == marker, marker
    assert "alta" not in SPANISH_MARKERS and "alta" in HEADING_WORDS


def test_a_signed_spanish_summary_in_a_real_vault_reads_as_one(vault: Vault) -> None:
    """The preview the note list carries (the worker's only view of a note) is what is read."""
    client = clients.create_client(vault, legal_name="Lucía Fernández", date_of_birth="1980-02-03")
    cid = client.client_id
    notes.create_progress_note(vault, cid, template="free", sections={"text": "Ansiedad alta esta semana."})
    summary = notes.create_progress_note(vault, cid, template="dap", sections={
        "data": "Resumen de alta: objetivos cumplidos.", "assessment": "Estable.", "plan": "Sin seguimiento."})

    def found() -> bool:
        return any(n.signed and reads_as_discharge_summary(n.preview) for n in notes.list_notes(vault, cid))

    assert not found(), "unsigned, the summary does not count yet"
    notes.sign_note(vault, summary.note_id)
    assert found()
