"""A completed measure as a FHIR R4 QuestionnaireResponse, LOINC-coded, for the open export.

Pure: no vault, no I/O. The questionnaire is the LOINC form's canonical
(http://loinc.org/q/<panel>, the form LOINC and the NLM form builder publish); each item's
linkId is "/<item LOINC code>" as in those forms, its answer the LOINC answer code
(valueCoding) where the answer list has one, else the value (valueInteger). The total
score goes last as its own item (PHQ-9 44261-6, GAD-7 70274-6). An instrument without
LOINC codes keeps its own item ids and a urn for the questionnaire.
"""

from __future__ import annotations

from typing import Any

from vault_app.domain.measures import get_instrument
from vault_app.domain.measures.engine import Instrument, Item
from vault_app.domain.measures.record import Measure

LOINC = "http://loinc.org"
LOCAL = "urn:vault-app:measure"


def questionnaire_canonical(instrument: Instrument) -> str:
    if instrument.loinc_panel:
        return f"{LOINC}/q/{instrument.loinc_panel}"
    return f"{LOCAL}:questionnaire:{instrument.key}"


def _link(item: Item) -> str:
    return f"/{item.loinc}" if item.loinc else item.link_id


def _answer(instrument: Instrument, value: int) -> dict[str, Any]:
    option = next((o for o in instrument.options if o.value == value), None)
    if option is not None and option.loinc:
        return {"valueCoding": {"system": LOINC, "code": option.loinc, "display": option.label}}
    return {"valueInteger": value}


def questionnaire_response(measure: Measure, client_ref: str) -> dict[str, Any]:
    """The QuestionnaireResponse for one measure; `client_ref` is the subject's reference
    as the export names it (e.g. "Patient/1a2b...")."""
    inst = get_instrument(measure.instrument)
    items: list[dict[str, Any]] = [
        {"linkId": _link(item), "text": item.text, "answer": [_answer(inst, value)]}
        for item, value in zip(inst.items, measure.answers, strict=True)
    ]
    total_link = f"/{inst.loinc_total}" if inst.loinc_total else f"{inst.key}_total"
    items.append({"linkId": total_link, "text": f"{inst.title} total score",
                  "answer": [{"valueInteger": measure.total}]})
    return {
        "resourceType": "QuestionnaireResponse",
        "id": measure.measure_id,
        "identifier": {"system": LOCAL, "value": measure.measure_id},
        "questionnaire": questionnaire_canonical(inst),
        # A corrected entry replaces an earlier one: FHIR's "amended" says exactly that.
        "status": "amended" if measure.replaces else "completed",
        "subject": {"reference": client_ref},
        "authored": measure.taken_on.isoformat(),
        "item": items,
    }


__all__ = ["questionnaire_canonical", "questionnaire_response"]
