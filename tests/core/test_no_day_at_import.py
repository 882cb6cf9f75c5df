"""No test works out a day when it is imported (tests/one_day.py). A day in a parametrize list, a default
argument or a module constant is taken at collection, before midnight perhaps, and the test that runs
after midnight is judged against yesterday; running it again on the new day (one_day's answer) does
not help, since the parameter is not taken again (ci109: "tomorrow" refused as a date of death had
become today). A day is taken inside the test, or in a lambda the test calls."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
# Calls that read the clock, by the name they are called by.
CLOCK_CALLS = frozenset({"today", "now", "utcnow", "days_ago", "days_ahead", "currentDate", "currentDateTime"})


def _clock_calls(node: ast.AST) -> Iterator[ast.Call]:
    """The clock calls in `node` that run when it is evaluated: not those inside a lambda or a def."""
    if isinstance(node, ast.Lambda | ast.FunctionDef | ast.AsyncFunctionDef):
        return
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in CLOCK_CALLS:
            yield node
    for child in ast.iter_child_nodes(node):
        yield from _clock_calls(child)


def _evaluated_at_import(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """What a module or class body evaluates when imported: its statements, decorators and defaults."""
    for statement in body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            yield from statement.decorator_list
            yield from (d for d in (*statement.args.defaults, *statement.args.kw_defaults) if d is not None)
        elif isinstance(statement, ast.ClassDef):
            yield from statement.decorator_list
            yield from _evaluated_at_import(statement.body)
        elif isinstance(statement, ast.If | ast.Try):
            yield from _evaluated_at_import([*statement.body, *statement.orelse])
        else:
            yield statement


def days_at_import(source: str) -> list[int]:
    tree = ast.parse(source)
    return sorted({call.lineno for node in _evaluated_at_import(tree.body) for call in _clock_calls(node)})


def test_the_finder_sees_a_day_in_a_parameter_a_default_and_a_constant_and_not_in_a_lambda_or_a_test() -> None:
    source = '''
from datetime import date, timedelta
import pytest
TOMORROW = date.today() + timedelta(days=1)
@pytest.mark.parametrize("day", (fx.days_ago(3), lambda: date.today()))
def test_one(day, when=datetime.now()):
    assert date.today()
class TestSome:
    LATER = fx.today()
'''
    assert days_at_import(source) == [4, 5, 6, 9]


def test_no_test_module_takes_a_day_at_import() -> None:
    found = {str(path.relative_to(TESTS)): lines for path in sorted(TESTS.rglob("*.py"))
             if (lines := days_at_import(path.read_text(encoding="utf-8")))}
    assert found == {}, f"a day taken at import (take it during the test, tests/one_day.py): {found}"
