"""The wizard's last page names what the PDF carries beside its items, counted, in the screen's
language (domain/export_carried; found: an export with an amendment, a dispute and a Part 2
consent's copy was summed up as "2 progress notes (…)")."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.gui import i18n
from vault_app.gui.dates import show_date
from vault_app.gui.export_words import described_text
from vault_app.services.export import Described

pytestmark = pytest.mark.gui

FIRST, LAST = date(2026, 8, 6), date(2026, 9, 24)
CASES = [
    (Described("progress", 2, FIRST, LAST, amendments=1, disputes=1, disagreements=1, consent_copy=True),
     "2 progress notes ({first} to {last}); with 1 amendment, 1 amendment request denied, 1 statement of "
     "disagreement, a copy of the client's 42 CFR Part 2 consent",
     "2 notas de evolución (del {first} al {last}); con 1 enmienda, 1 solicitud de enmienda denegada, "
     "1 declaración de desacuerdo, una copia del consentimiento del cliente según 42 CFR Part 2"),
    (Described("progress", 3, FIRST, LAST, ("measures",), 2, amendments=2, addenda=3, disputes=2, disagreements=2),
     "3 progress notes ({first} to {last}); with 2 outcome measure results; with 2 amendments, 3 addenda, "
     "2 amendment requests denied, 2 statements of disagreement",
     "3 notas de evolución (del {first} al {last}); con 2 resultados de escalas; con 2 enmiendas, 3 adendas, "
     "2 solicitudes de enmienda denegadas, 2 declaraciones de desacuerdo"),
    # Measures asked for, none held: said so, not as "fields: outcome measures" (found by a walker)
    (Described("progress", 12, FIRST, LAST, ("measures",)),
     "12 progress notes ({first} to {last}); outcome measures asked for: none recorded in these dates",
     "12 notas de evolución (del {first} al {last}); escalas solicitadas: ninguna registrada en estas fechas"),
    (Described("psychotherapy", 1, LAST, LAST, addenda=1), "1 psychotherapy note ({last}); with 1 addendum",
     "1 nota de psicoterapia ({last}); con 1 adenda"),
]


@pytest.mark.parametrize(("facts", "english", "spanish"), CASES, ids=[c[1][:40] for c in CASES])
def test_what_the_pdf_carries_is_said_in_each_language(facts: Described, english: str, spanish: str,
                                                       qapp: object, us_practice: None) -> None:
    days = {"first": show_date(FIRST), "last": show_date(LAST)}
    assert described_text(facts) == english.format(**days)
    assert i18n.install("es") == "es"
    try:
        assert described_text(facts) == spanish.format(**days)
    finally:
        i18n.install("en")
