"""The PHQ-9's Spanish is Pfizer's published Spanish (USA) wording, word for word, and nothing
else: each item, the instruction line and the four answers equal the text of the form cited
in domain/measures/instruments_es.py; the items and answers are the English ones in the same
order with the same values, so a Spanish screen scores exactly as an English one. The GAD-7's
Spanish is Pfizer's Spanish (USA) wording too, from the same PHQ screeners series: the same
instruction line and answers as the PHQ-9's, its seven items as reproduced word for word by the
sources cited in instruments_es.py."""

from __future__ import annotations

import unicodedata

import pytest

from vault_app.domain.errors import InvalidInput
from vault_app.domain.measures import get_instrument, instrument_from_data
from vault_app.domain.measures.instruments import PHQ9

# Copied from the cited form (es.studenta.com/content/129686767, Pfizer's PHQ-9 Spanish for
# the USA), one row per item: a change to the app's wording must be a change to this table.
PHQ9_CITED_ITEMS = [
    ("phq9_1", "Poco interés o placer en hacer cosas"),
    ("phq9_2", "Se ha sentido decaído(a), deprimido(a) o sin esperanzas"),
    ("phq9_3", "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado"),
    ("phq9_4", "Se ha sentido cansado(a) o con poca energía"),
    ("phq9_5", "Sin apetito o ha comido en exceso"),
    ("phq9_6", "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted "
               "mismo(a) o con su familia"),
    ("phq9_7", "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver "
               "la televisión"),
    ("phq9_8", "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy "
               "inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal"),
    ("phq9_9", "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"),
]
PHQ9_CITED_PROMPT = ("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes "
                     "problemas?")
PHQ9_CITED_OPTIONS = [(0, "Ningún día"), (1, "Varios días"), (2, "Más de la mitad de los días"),
                      (3, "Casi todos los días")]
# Pfizer's GAD-7, Spanish for the USA (instruments_es.GAD7_ES_SOURCE): one row per item.
GAD7_CITED_ITEMS = [
    ("gad7_1", "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta"),
    ("gad7_2", "No ha sido capaz de parar o controlar su preocupación"),
    ("gad7_3", "Se ha preocupado demasiado por motivos diferentes"),
    ("gad7_4", "Ha tenido dificultad para relajarse"),
    ("gad7_5", "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)"),
    ("gad7_6", "Se ha molestado o irritado fácilmente"),
    ("gad7_7", "Ha tenido miedo de que algo terrible fuera a pasar"),
]


@pytest.mark.parametrize(("position", "link_id", "cited"),
                         [(n, link_id, text) for n, (link_id, text) in enumerate(PHQ9_CITED_ITEMS)])
def test_each_phq9_item_in_spanish_is_the_cited_text(position: int, link_id: str, cited: str) -> None:
    inst = get_instrument("phq9")
    spanish = inst.wording("es")
    assert inst.items[position].link_id == link_id  # the same item, in the same place
    assert spanish.items[position] == cited
    # The form's characters, not look-alikes: composed accents, the en dash of items 6 and 8.
    assert unicodedata.normalize("NFC", spanish.items[position]) == spanish.items[position]


@pytest.mark.parametrize(("value", "cited"), PHQ9_CITED_OPTIONS)
def test_each_phq9_answer_in_spanish_is_the_cited_text_with_the_english_value(value: int, cited: str) -> None:
    inst = get_instrument("phq9")
    spanish = inst.wording("es")
    assert [o.value for o in inst.options].index(value) == value  # the answers keep their order
    assert spanish.options[value] == cited


def test_phq9_instruction_line_and_source_in_spanish() -> None:
    spanish = get_instrument("phq9").wording("es")
    assert spanish.language == "es"
    assert spanish.prompt == PHQ9_CITED_PROMPT
    assert "Spanish for the USA" in spanish.source and "studenta.com" in spanish.source


@pytest.mark.parametrize("key", ["phq9", "gad7"])
def test_every_wording_has_the_english_count_and_order(key: str) -> None:
    inst = get_instrument(key)
    for wording in (inst.wording(w.language) for w in inst.wordings):
        assert len(wording.items) == len(inst.items)
        assert len(wording.options) == len(inst.options)
        assert all(text.strip() == text and text for text in (*wording.items, *wording.options, wording.prompt))


@pytest.mark.parametrize(("position", "link_id", "cited"),
                         [(n, link_id, text) for n, (link_id, text) in enumerate(GAD7_CITED_ITEMS)])
def test_each_gad7_item_in_spanish_is_the_cited_text(position: int, link_id: str, cited: str) -> None:
    inst = get_instrument("gad7")
    spanish = inst.wording("es")
    assert spanish.language == "es"  # held: a Spanish screen no longer shows the English original
    assert inst.items[position].link_id == link_id
    assert spanish.items[position] == cited
    assert unicodedata.normalize("NFC", spanish.items[position]) == spanish.items[position]


def test_gad7_instruction_line_answers_and_source_in_spanish() -> None:
    spanish = get_instrument("gad7").wording("es")
    assert spanish.prompt == PHQ9_CITED_PROMPT  # the series' one instruction line
    assert list(enumerate(spanish.options)) == PHQ9_CITED_OPTIONS
    assert "GAD-7" in spanish.source and "Spanish for the USA" in spanish.source


def test_english_reads_as_the_english_instrument() -> None:
    for key in ("phq9", "gad7"):
        inst = get_instrument(key)
        english = inst.wording("en")
        assert english.prompt == inst.prompt
        assert english.items == tuple(i.text for i in inst.items)
        assert english.options == tuple(o.label for o in inst.options)
        assert inst.wording("fr") == english  # a language without a published wording: the English


def test_the_language_changes_no_score_and_no_stored_word() -> None:
    """What is scored and stored is the answer values: the instrument's own (English) labels
    and band names, whatever wording a screen shows."""
    inst = get_instrument("phq9")
    answers = [2, 2, 1, 1, 1, 1, 1, 1, 1]
    assert inst.score(answers).total == 11 and inst.score(answers).band == "moderate"
    assert inst.option_label(0) == "Not at all" and inst.risk_item_ids == ("phq9_9",)


def _with_spanish(**changes: object) -> dict[str, object]:
    spanish = {**PHQ9["wordings"]["es"], **changes}
    return {**PHQ9, "key": "phq9_test", "wordings": {"es": spanish}}


@pytest.mark.parametrize(("changes", "said"), [
    ({"items": PHQ9["wordings"]["es"]["items"][:-1]}, "the same items"),
    ({"items": list(reversed(PHQ9["wordings"]["es"]["items"]))}, "the same items"),
    ({"options": PHQ9["wordings"]["es"]["options"][1:]}, "the same answers"),
    ({"options": [{**o, "value": o["value"] + 1} for o in PHQ9["wordings"]["es"]["options"]]}, "the same answers"),
    ({"prompt": ""}, "instruction"),
    ({"source": ""}, "source"),
    ({"items": [{**i, "text": " "} for i in PHQ9["wordings"]["es"]["items"]]}, "every item"),
])
def test_a_wording_that_does_not_match_the_instrument_is_refused(changes: dict[str, object], said: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        instrument_from_data(_with_spanish(**changes))
    assert said in str(refused.value)
