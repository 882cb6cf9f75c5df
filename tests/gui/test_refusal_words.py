"""Refusals in the therapist's language, found by code (gui/refusal_words.py).

The codes are read from the core's source, as written at the raise sites: `code="..."` given
to a call, and the values of a module's `*_CODE` tables (a refusal that picks its code by a
key). Every one has words here, and every word here is said by some refusal: a code renamed
on one side fails until the other follows. Fields are read the same way, from `field="..."`
given to the core's helpers (parse_date, clean_text, check_name...) and from `*_FIELD`
tables: those refusals say the field's name, so every such field has one.

Then each code is said in Spanish (es.ts, the app's own translation) with its params, and in
English, where the core's own text is said.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import source_trees
from vault_app.domain import errors
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.gui import i18n
from vault_app.gui.decision_prompt_book import SAYS as DECISION_SAYS
from vault_app.gui.refusal_words import FIELD_NAMES, HINTS, PARAM_WORDS, SAYS, refusal_text, refusal_words, time_hint
from vault_app.gui.sentence_words import capitalised

ROOT = Path(__file__).resolve().parents[2] / "vault_app"
CORE = ("domain", "services", "storage")
# The error classes: `field=` given to one of these is said by its code's words, not a helper's.
ERROR_CLASSES = frozenset(name for name, value in vars(errors).items()
                          if isinstance(value, type) and issubclass(value, errors.VaultError))
CODE_SHAPE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")


def _python_files() -> Iterator[Path]:
    for folder in CORE:
        yield from sorted((ROOT / folder).rglob("*.py"))
    # The GUI's jobs call the core's parsers too (a form's amounts in the practice's locale).
    yield from sorted((ROOT / "gui").glob("*.py"))


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class Found:
    def __init__(self) -> None:
        self.codes: dict[str, str] = {}  # code -> where
        self.helper_fields: dict[str, str] = {}  # field said by name -> where
        self.coded_fields: list[tuple[str, str, str]] = []  # (code, field, where) given to an error


def _scan() -> Found:
    found = Found()
    for path in _python_files():
        tree = source_trees.parse(path.read_text("utf-8"))
        where = str(path.relative_to(ROOT.parent))
        for node in source_trees.walk(tree):
            if isinstance(node, ast.Call):
                given = {k.arg: k.value for k in node.keywords if k.arg}
                code, field = _literal(given.get("code")), _literal(given.get("field"))
                if code is not None:
                    found.codes.setdefault(code, f"{where}:{node.lineno}")
                if field:
                    if _name(node) in ERROR_CLASSES:
                        found.coded_fields.append((code or "", field, f"{where}:{node.lineno}"))
                    else:
                        found.helper_fields.setdefault(field, f"{where}:{node.lineno}")
            elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                for name in names:
                    values = [v for v in (_literal(v) for v in node.value.values) if v]
                    if name.endswith("_CODE"):
                        for value in values:
                            found.codes.setdefault(value, f"{where}:{node.lineno}")
                    elif name.endswith("_FIELD"):
                        for value in values:
                            found.helper_fields.setdefault(value, f"{where}:{node.lineno}")
    return found


FOUND = _scan()


def test_the_scan_finds_the_refusals_of_the_daily_screens() -> None:
    """Else the checks below would pass on nothing."""
    for code in ("date.future", "text.too_long", "client.chart_number.taken", "note.sign_empty",
                 "appointment.overlap", "appointment.not_yet.no_show", "name.bidi", "progress_note.signed",
                 "amount.mark", "passphrase.wrong"):
        assert code in FOUND.codes, code
    for field in ("date_of_birth", "legal_name", "contact_notes", "payment", "no_show_fee"):
        assert field in FOUND.helper_fields, field
    assert len(FOUND.codes) >= 60


def test_every_code_the_core_gives_has_words_and_every_word_a_code() -> None:
    # A confidentiality decision's warnings before signing are coded Problems too, said by the
    # decision's own book (tests/gui/test_decision_prompts_spanish.py checks that one whole).
    unsaid = sorted(f"{code} ({where})" for code, where in FOUND.codes.items()
                    if code not in SAYS and code not in DECISION_SAYS)
    assert unsaid == []
    assert sorted(set(SAYS) - set(FOUND.codes)) == [], "words for a code no refusal gives"
    assert set(HINTS) <= set(SAYS)
    assert all(CODE_SHAPE.match(code) for code in FOUND.codes), sorted(FOUND.codes)


def test_every_field_said_by_name_has_a_name() -> None:
    unnamed = sorted(f"{field} ({where})" for field, where in FOUND.helper_fields.items() if field not in FIELD_NAMES)
    assert unnamed == []
    unnamed_coded = sorted(f"{code}/{field} ({where})" for code, field, where in FOUND.coded_fields
                           if "{what}" in SAYS.get(code, "") and field not in FIELD_NAMES)
    assert unnamed_coded == []
    assert sorted(set(FIELD_NAMES) - set(FOUND.helper_fields) - {f for _c, f, _w in FOUND.coded_fields}) == []


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _refusal(code: str) -> InvalidInput:
    words = SAYS[code] + HINTS.get(code, "")
    field = next((f for _c, f, _w in FOUND.coded_fields if _c == code), "") or "date_of_birth"
    # A param holding a stored key (an appointment's status) gets one of its keys, the rest a number.
    params = {name: next(iter(PARAM_WORDS[name])) if name in PARAM_WORDS else "7"
              for name in _placeholders(words) - {"what"}}
    return InvalidInput(f"English words for {code}.", hint="An English hint.", code=code, field=field,
                        params=params)


@pytest.mark.parametrize("code", sorted(SAYS))
def test_each_code_is_said_in_spanish_with_its_params(code: str, qtbot: object, spanish: None) -> None:
    message, hint = refusal_words(_refusal(code))
    # A capital first, unless it begins with a file's name ("vault.header, el archivo…")
    assert message and "English" not in message and "{" not in message and capitalised(message) == message
    if "{what}" in SAYS[code]:
        assert "fecha de nacimiento" in message or code in {c for c, _f, _w in FOUND.coded_fields}
    assert ("7" in message) == bool(_placeholders(SAYS[code]) - {"what"} - set(PARAM_WORDS))
    if code in HINTS:
        assert hint and "English" not in hint and "{" not in hint
    else:
        assert hint == ""  # never the core's English hint beside Spanish words


@pytest.mark.parametrize("code", sorted(SAYS))
def test_in_english_the_core_s_own_words_are_said(code: str, qtbot: object) -> None:
    refusal = _refusal(code)
    if code == "time.invalid":  # the screen's hint: the core's is the CLI's 24-hour form (test_time_refusal_hint)
        assert refusal_words(refusal) == (refusal.message, time_hint())
        return
    if code == "destruction.backup_folder_not_writable":  # the core's hint names the CLI's commands
        assert refusal_words(refusal) == (refusal.message, HINTS[code])
        return
    assert refusal_words(refusal) == (refusal.message, refusal.hint)


def test_a_real_refusal_in_spanish_and_in_english(qtbot: object) -> None:
    from vault_app.domain.clinical import parse_date

    with pytest.raises(InvalidInput) as refused:
        parse_date("2999-01-01", "date of birth", allow_future=False, field="date_of_birth")
    assert refusal_text(refused.value) == ("The date of birth is outside the range this app accepts (1900 to 2200).")
    assert i18n.install("es") == "es"
    try:
        assert refusal_text(refused.value) == ("La fecha de nacimiento está fuera de lo que acepta la aplicación "
                                               "(de 1900 a 2200).")
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("refusal", "why"), [
    (InvalidInput("The quota is odd.", hint="Try again."), "no code"),
    (InvalidInput("The quota is odd.", hint="Try again.", code="quota.odd"), "a code with no words here"),
    (InvalidInput("The quota is odd.", hint="Try again.", code="date.future", field="quota"), "a field with no name"),
    (InvalidInput("The quota is odd.", hint="Try again.", code="text.too_long", field="legal_name"), "a param missing"),
    (RefusedByPolicy("The quota is odd.", hint="Try again.", code="appointment.overlap",
                     params={"day": "1", "start": "2"}), "params short of the words"),
    (InvalidInput("The quota is odd.", hint="Try again.", code="appointment.already",
                  params={"status": "postponed"}), "a stored key with no words"),
])
def test_what_has_no_spanish_is_said_as_the_core_said_it(refusal: InvalidInput, why: str, qtbot: object,
                                                         spanish: None) -> None:
    assert refusal_words(refusal) == ("The quota is odd.", "Try again."), why


def test_codes_and_fields_are_kept_by_the_error() -> None:
    refusal = RefusedByPolicy("Not now.", code="note.sign_empty", field="text", params={"max": 3})
    assert (refusal.code, refusal.field, refusal.params, str(refusal)) == ("note.sign_empty", "text", {"max": 3},
                                                                           "Not now.")
    plain = InvalidInput("Old style.", hint="Still works.")
    assert (plain.code, plain.field, plain.params, str(plain)) == ("", "", {}, "Old style. Still works.")
