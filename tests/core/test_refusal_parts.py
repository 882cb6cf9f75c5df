"""A refusal that lists several problems keeps each one's code and params beside the English
it joins (domain/errors.py: Problem, VaultError.parts): the CLI's words are unchanged, and
the params hold no one's name (the GUI's words for them: tests/gui/test_refusal_lists_in_spanish.py)."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from vault_app.domain.destruction import Basis, DestructionFacts, refusals
from vault_app.domain.errors import InvalidInput, Problem, parts_of


def test_a_problem_is_its_english_with_its_code_and_params() -> None:
    problem = Problem("Chart C-1 is odd.", code="chart.odd", params={"chart": "C-1"})
    assert problem == "Chart C-1 is odd." and "; ".join([problem, "x"]) == "Chart C-1 is odd.; x"
    for again in (copy.deepcopy(problem), pickle.loads(pickle.dumps(problem))):  # noqa: S301 - our own bytes
        assert isinstance(again, Problem) and again == problem
        assert (again.code, again.params) == ("chart.odd", {"chart": "C-1"})


def test_a_plain_str_among_the_problems_has_no_code() -> None:
    refusal = InvalidInput("A. b.", code="list.refused", parts=[Problem("A.", code="a.one"), "b."])
    assert refusal.parts == (("a.one", {}), ("", {}))
    assert str(refusal) == "A. b." and parts_of([]) == ()


def test_a_destruction_s_problems_are_coded_and_name_no_one() -> None:
    facts = DestructionFacts(chart_number="C-77", scope="chart", active_holds=("litigation",),
                             open_requests=("access request received 11/30/2026",),
                             eligible_on=date(2031, 1, 1), today=date(2026, 12, 4),
                             retention_source="Cal. Bus. & Prof. Code 2919")
    found = refusals(facts, Basis("permission"), confirmation="Ada Lovelace")
    assert [getattr(p, "code", "") for p in found] == [
        "destruction.under_hold", "destruction.open_request", "destruction.permission_missing",
        "destruction.early_needs_reason.until.source", "destruction.confirmation_mismatch"]
    assert found[0].startswith("Chart C-77 is under a legal hold (litigation); ")  # the English as it was
    params = [p.params for p in found if isinstance(p, Problem)]
    assert params[3] == {"chart": "C-77", "min": 15, "day": "01/01/2031", "source": "Cal. Bus. & Prof. Code 2919"}
    assert not any("Ada" in str(v) or "request received" in str(v) for p in params for v in p.values())


def test_the_gate_s_refusal_keeps_each_reason_s_code_through_pickle_and_copy() -> None:
    from tests.core.test_gate_table import CASES, _request
    from vault_app.domain.disclosure import DisclosureRefused
    from vault_app.domain.disclosure_gate import decide

    refused = [v for v in (decide(*_request(c)) for c in CASES) if not v.allowed and v.hint]
    assert refused
    for verdict in refused:
        with pytest.raises(DisclosureRefused) as raised:
            verdict.raise_if_refused()
        error = raised.value
        for again in (copy.deepcopy(error), pickle.loads(pickle.dumps(error))):  # noqa: S301 - our own bytes
            assert isinstance(again, DisclosureRefused)
            assert str(again) == str(error) and again.verdict == verdict
            sentences = [*again.verdict.reasons, *again.verdict.warnings, again.verdict.hint]
            originals = [*verdict.reasons, *verdict.warnings, verdict.hint]
            coded = [s for s in sentences if isinstance(s, Problem) and s.code]
            assert len(coded) == len(sentences)
            assert [(s.code, s.params) for s in coded] == [(getattr(o, "code", ""), getattr(o, "params", {}))
                                                               for o in originals]
