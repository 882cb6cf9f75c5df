"""Measures as data: PHQ-9 and GAD-7 scoring at every published band edge, the item-9
flag, refusals, reliable change, and an instrument added from data alone."""

from __future__ import annotations

import pytest

from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.domain.measures import change_between, get_instrument, instrument_from_data, register
from vault_app.domain.measures.engine import unregister


def answers_for(total: int, n_items: int, *, last_zero: bool = True) -> list[int]:
    """A valid answer list that sums to `total`, filled from the first item (so the PHQ-9
    item 9 stays 0 unless the total needs it)."""
    out = []
    left = total
    for _ in range(n_items):
        take = min(3, left)
        out.append(take)
        left -= take
    assert left == 0 and sum(out) == total
    return out


# (citation, instrument, total, band): both sides of every cut-off the sources publish.
BAND_EDGES = [
    ("Kroenke 2001", "phq9", 0, "minimal"),
    ("Kroenke 2001", "phq9", 4, "minimal"),
    ("Kroenke 2001", "phq9", 5, "mild"),
    ("Kroenke 2001", "phq9", 9, "mild"),
    ("Kroenke 2001", "phq9", 10, "moderate"),
    ("Kroenke 2001", "phq9", 14, "moderate"),
    ("Kroenke 2001", "phq9", 15, "moderately severe"),
    ("Kroenke 2001", "phq9", 19, "moderately severe"),
    ("Kroenke 2001", "phq9", 20, "severe"),
    ("Kroenke 2001", "phq9", 27, "severe"),
    ("Spitzer 2006", "gad7", 0, "minimal"),
    ("Spitzer 2006", "gad7", 4, "minimal"),
    ("Spitzer 2006", "gad7", 5, "mild"),
    ("Spitzer 2006", "gad7", 9, "mild"),
    ("Spitzer 2006", "gad7", 10, "moderate"),
    ("Spitzer 2006", "gad7", 14, "moderate"),
    ("Spitzer 2006", "gad7", 15, "severe"),
    ("Spitzer 2006", "gad7", 21, "severe"),
]


@pytest.mark.parametrize(("citation", "key", "total", "band"), BAND_EDGES)
def test_band_edges(citation: str, key: str, total: int, band: str) -> None:
    instrument = get_instrument(key)
    assert citation.split()[0] in instrument.citation
    score = instrument.score(answers_for(total, len(instrument.items)))
    assert (score.total, score.band) == (total, band)
    assert score.maximum == {"phq9": 27, "gad7": 21}[key]


def test_the_total_is_the_sum_whatever_the_order() -> None:
    phq = get_instrument("phq9")
    assert phq.score([3, 0, 2, 0, 1, 0, 3, 0, 0]).total == 9
    assert phq.score([0, 0, 0, 0, 1, 2, 3, 3, 0]).band == "mild"
    assert phq.score([0, 0, 0, 0, 1, 2, 3, 3, 1]).band == "moderate"


# (answer to item 9, flagged)
@pytest.mark.parametrize(("item9", "flagged"), [(0, False), (1, True), (2, True), (3, True)])
def test_phq9_item9_raises_the_risk_flag(item9: int, flagged: bool) -> None:
    score = get_instrument("phq9").score([0] * 8 + [item9])
    assert score.risk is flagged
    assert score.risk_items == (("phq9_9",) if flagged else ())
    assert score.band == "minimal"  # a low total does not hide the flag


def test_gad7_has_no_risk_item() -> None:
    assert not get_instrument("gad7").score([3] * 7).risk


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([1] * 8, "each of its 9 items (8 given)"),
        ([1] * 10, "each of its 9 items (10 given)"),
        ([1, None, 1, 1, 1, 1, 1, 1, 1], "(8 given)"),
        ([1, 1, 1, 1, 4, 1, 1, 1, 1], "Item 5 of the PHQ-9 has no answer 4"),
        ([1, 1, 1, 1, -1, 1, 1, 1, 1], "Item 5"),
        ([True] + [1] * 8, "Item 1"),
        ("111111111", "as a list"),
    ],
)
def test_incomplete_or_invalid_answers_are_refused(answers: object, message: str) -> None:
    with pytest.raises(InvalidInput) as err:
        get_instrument("phq9").score(answers)  # type: ignore[arg-type]
    assert message in err.value.message
    if "given" in message:
        assert "not scored" in err.value.hint  # never prorated


# (instrument, earlier, later, judged): the threshold itself is reliable, one below is not.
CHANGES = [
    ("phq9", 18, 13, "improved"),
    ("phq9", 18, 14, "no reliable change"),
    ("phq9", 10, 15, "deteriorated"),
    ("phq9", 10, 14, "no reliable change"),
    ("gad7", 12, 8, "improved"),
    ("gad7", 12, 9, "no reliable change"),
    ("gad7", 5, 9, "deteriorated"),
]


@pytest.mark.parametrize(("key", "earlier", "later", "judged"), CHANGES)
def test_reliable_change(key: str, earlier: int, later: int, judged: str) -> None:
    assert change_between(get_instrument(key), earlier, later) == judged


def test_loinc_codes_and_citations() -> None:
    phq, gad = get_instrument("phq9"), get_instrument("gad7")
    assert (phq.loinc_panel, phq.loinc_total) == ("44249-1", "44261-6")
    assert (gad.loinc_panel, gad.loinc_total) == ("69737-5", "70274-6")
    assert phq.items[8].loinc == "44260-8" and gad.items[0].loinc == "69725-0"
    assert [o.loinc for o in phq.options] == ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]
    assert "1194" in phq.reliable_change_citation and "Talking Therapies" in gad.reliable_change_citation


MADE_UP = {
    "key": "test-wellbeing3",
    "title": "WB-3",
    "citation": "A made-up three-item scale for this test only.",
    "items": [{"id": "wb_1", "text": "Felt calm"}, {"id": "wb_2", "text": "Slept badly"},
              {"id": "wb_3", "text": "Wished to disappear"}],
    "options": [{"value": 0, "label": "No"}, {"value": 1, "label": "Some"}, {"value": 2, "label": "Much"}],
    "bands": [{"min": 0, "label": "low"}, {"min": 3, "label": "high"}],
    "reliable_change": 2,
    "reliable_change_citation": "made up",
    "risk_items": ["wb_3"],
}


def test_a_new_instrument_is_data_only() -> None:
    register(instrument_from_data(MADE_UP))
    try:
        wb = get_instrument("test-wellbeing3")
        assert wb.maximum == 6
        assert wb.band_ranges() == [(0, 2, "low"), (3, 6, "high")]
        assert (wb.score([1, 1, 0]).band, wb.score([1, 1, 1]).band) == ("low", "high")
        assert wb.score([0, 0, 1]).risk_items == ("wb_3",)
        assert change_between(wb, 5, 3) == "improved"
        with pytest.raises(InvalidInput):
            wb.score([0, 0])
    finally:
        unregister("test-wellbeing3")
    with pytest.raises(NotFound):
        get_instrument("test-wellbeing3")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"bands": [{"min": 1, "label": "x"}]}, "bands start at 0"),
        ({"bands": [{"min": 0, "label": "x"}, {"min": 9, "label": "y"}]}, "above the highest possible"),
        ({"risk_items": ["nope"]}, "risk item"),
        ({"options": [{"value": 0, "label": "a"}, {"value": 0, "label": "b"}]}, "distinct"),
        ({"key": "Bad Key"}, "lower-case"),
        ({"reliable_change": 0}, "reliable-change"),
    ],
)
def test_bad_instrument_data_is_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput) as err:
        instrument_from_data({**MADE_UP, **change})
    assert message in err.value.message


def test_unknown_instrument() -> None:
    with pytest.raises(NotFound) as err:
        get_instrument("pcl5")
    assert "gad7" in err.value.hint and "phq9" in err.value.hint
