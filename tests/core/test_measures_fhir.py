"""The FHIR R4 QuestionnaireResponse of a measure: structure checked by hand against the R4
resource, then parsed by an independent FHIR model library (fhir.resources, R4B: the
QuestionnaireResponse resource is unchanged from R4)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from vault_app.domain.measures import get_instrument, instrument_from_data, register
from vault_app.domain.measures.engine import unregister
from vault_app.domain.measures.record import Measure
from vault_app.services.measures_fhir import questionnaire_response


def _measure(key: str, answers: list[int], replaces: str | None = None) -> Measure:
    s = get_instrument(key).score(answers)
    return Measure("m1", "c1", None, key, date(2026, 5, 4), tuple(answers), s.total, s.band, s.risk_items,
                   replaces=replaces)


@pytest.mark.parametrize(
    ("key", "answers", "panel", "total_code", "first_item"),
    [
        ("phq9", [0, 1, 2, 3, 0, 1, 2, 3, 1], "44249-1", "44261-6", "44250-9"),
        ("gad7", [3, 2, 1, 0, 1, 2, 3], "69737-5", "70274-6", "69725-0"),
    ],
)
def test_r4_questionnaire_response(key: str, answers: list[int], panel: str, total_code: str,
                                   first_item: str) -> None:
    qr = questionnaire_response(_measure(key, answers), "Patient/c1")
    json.dumps(qr)  # plain JSON
    assert qr["resourceType"] == "QuestionnaireResponse"
    assert qr["status"] == "completed"
    assert qr["questionnaire"] == f"http://loinc.org/q/{panel}"
    assert qr["subject"] == {"reference": "Patient/c1"}
    assert qr["authored"] == "2026-05-04"
    items = qr["item"]
    assert len(items) == len(answers) + 1
    assert items[0]["linkId"] == f"/{first_item}"
    labels = ["Not at all", "Several days", "More than half the days", "Nearly every day"]
    codes = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]
    for item, value in zip(items, answers, strict=False):
        [answer] = item["answer"]
        assert answer == {"valueCoding": {"system": "http://loinc.org", "code": codes[value],
                                          "display": labels[value]}}
    assert items[-1] == {"linkId": f"/{total_code}", "text": f"{get_instrument(key).title} total score",
                         "answer": [{"valueInteger": sum(answers)}]}
    parsed = QuestionnaireResponse.model_validate(qr)
    assert parsed.status == "completed" and parsed.item is not None and len(parsed.item) == len(answers) + 1
    assert parsed.item[-1].answer[0].valueInteger == sum(answers)  # type: ignore[index]


def test_a_correction_is_amended() -> None:
    qr = questionnaire_response(_measure("gad7", [0] * 7, replaces="m0"), "Patient/c1")
    assert qr["status"] == "amended"
    QuestionnaireResponse.model_validate(qr)


def test_an_instrument_without_loinc_codes_keeps_its_own_ids() -> None:
    register(instrument_from_data({
        "key": "test-two", "title": "T-2", "citation": "made up", "reliable_change": 1,
        "reliable_change_citation": "made up", "items": [{"id": "t_1", "text": "a"}, {"id": "t_2", "text": "b"}],
        "options": [{"value": 0, "label": "no"}, {"value": 1, "label": "yes"}], "bands": [{"min": 0, "label": "x"}],
    }))
    try:
        s = get_instrument("test-two").score([1, 0])
        qr = questionnaire_response(Measure("m2", "c1", None, "test-two", date(2026, 1, 1), (1, 0), s.total, s.band),
                                    "Patient/c1")
    finally:
        unregister("test-two")
    assert qr["questionnaire"] == "urn:vault-app:measure:questionnaire:test-two"
    assert [i["linkId"] for i in qr["item"]] == ["t_1", "t_2", "test-two_total"]
    assert qr["item"][0]["answer"] == [{"valueInteger": 1}]
    QuestionnaireResponse.model_validate(qr)


@pytest.mark.parametrize("broken", [
    lambda qr: qr["item"][0].pop("linkId"),  # linkId is 1..1 in R4
    lambda qr: qr.update(authored="May 4th"),  # authored is a FHIR dateTime
    lambda qr: qr["item"][0]["answer"][0].update(valueInteger="two"),
])
def test_the_validator_is_live(broken: object) -> None:
    """Negative control: the same library refuses a response broken in ways the R4 structure forbids."""
    qr = questionnaire_response(_measure("phq9", [0] * 9), "Patient/c1")
    broken(qr)  # type: ignore[operator]
    with pytest.raises(ValueError):
        QuestionnaireResponse.model_validate(qr)
