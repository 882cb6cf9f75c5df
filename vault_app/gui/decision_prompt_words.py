"""The confidentiality decision's guided prompts in the screen's language: step titles, questions,
explanations, summaries, statute hints (domain/decision_guide.py, decision_prompts*.py) and the
warnings before signing (domain/decision_rules.sign_warnings), each said by its code.

The domain gives each text as a Problem (its English, a code, params) and each explanation or
summary as Sentences (coded sentences joined by spaces). gui/decision_prompt_book.SAYS repeats
each code's English with {names} for its params, for pyside6-lupdate (which cannot read the
domain); es.ts holds the Spanish under "DecisionPromptWords". A sentence is said in the screen's language only while
SAYS, filled with the English of its params, is still exactly the domain's English: a text
reworded in the domain shows its new English, never a stale translation
(tests/gui/test_decision_prompts_spanish.py also checks every code of every guide has words).
Sentences with any part lacking words are said whole in English: one language per text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.errors import LIST_MARK
from vault_app.domain.jurisdiction_named import RULE_WORDS, applied_rules
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.state_privilege import APPLIED_NAME, recorded_name
from vault_app.domain.us_states import LICENSE_STATE_NAMES
from vault_app.gui.decision_prompt_book import CONTEXT, SAYS
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.sentence_words import translated
from vault_app.gui.state_words import state_names

# Params that hold a stored key, said through a table (a list param holds keys joined by LIST_MARK).
KIND_WORDS: Mapping[str, str] = {
    "mandatory": QT_TRANSLATE_NOOP("DecisionPromptWords", "mandatory"),
    "permissive": QT_TRANSLATE_NOOP("DecisionPromptWords", "permissive"),
    "none": QT_TRANSLATE_NOOP("DecisionPromptWords", "none"),
}
RISK_FACTOR_WORDS: Mapping[str, str] = {
    "plan": QT_TRANSLATE_NOOP("DecisionPromptWords", "plan"),
    "intent": QT_TRANSLATE_NOOP("DecisionPromptWords", "intent"),
    "means": QT_TRANSLATE_NOOP("DecisionPromptWords", "means"),
    "identifiable_victim": QT_TRANSLATE_NOOP("DecisionPromptWords", "identifiable victim"),
    "history": QT_TRANSLATE_NOOP("DecisionPromptWords", "history"),
}
# The states domain/state_privilege lists, by the name it gives them (a subpoena's setting).
STATE_WORDS: Mapping[str, str] = {
    "New York": QT_TRANSLATE_NOOP("DecisionPromptWords", "New York"),
    "California": QT_TRANSLATE_NOOP("DecisionPromptWords", "California"),
}
_TABLES: Mapping[str, Mapping[str, str]] = {"kind": KIND_WORDS, "factors": RISK_FACTOR_WORDS, "state": STATE_WORDS}
_LISTS = frozenset({"factors"})

# The shipped jurisdiction settings (domain/practice.Jurisdiction), said in the screen's language
# while the therapist has not changed them; anything they typed is theirs and shown as typed.
_DEFAULT = Jurisdiction()
DEFAULT_SETTINGS: Mapping[str, tuple[str, str]] = {
    "name": (_DEFAULT.name, QT_TRANSLATE_NOOP("DecisionPromptWords", "US federal baseline (edit for your state)")),
    "elder_abuse_scope": (_DEFAULT.elder_abuse_scope, QT_TRANSLATE_NOOP(
        "DecisionPromptWords", "abuse, neglect or exploitation of an elder or dependent adult")),
}
# Which param of a sentence holds which setting.
_SETTING_PARAMS = {"scope": "elder_abuse_scope", "name": "name"}


def setting_words(field: str, value: str) -> str:
    """A text setting as the screen shows it: the shipped default in the screen's language, else
    the value as the therapist typed it; the settings' name as a decision records it (the license
    state, its rules applied: domain/decision_prompts names a setting so) in the screen's language."""
    default, source = DEFAULT_SETTINGS.get(field, ("", ""))
    if value and value == default == source:
        return translated(CONTEXT, source) or value
    return (_recorded_words(value) or value) if field == "name" else value


def _recorded_words(value: str) -> str | None:
    """domain/state_privilege.recorded_name's English read back to its state and rules, said in the
    screen's language; None for a name the therapist typed (or no translation)."""
    for code, state in LICENSE_STATE_NAMES.items():
        if value == LICENSE_STATE_NAMED.format(state=state):
            words = translated(CONTEXT, LICENSE_STATE_NAMED)
            return None if words is None else words.format(state=state_names().get(code, state))
        head, tail = APPLIED_NAME.split("{rules}")
        start = head.format(state=state)
        if value.startswith(start) and value.endswith(tail):
            codes = {w: c for c, w in RULE_WORDS.items()}
            rules = [codes.get(r) for r in value[len(start):len(value) - len(tail)].split(", ")]
            words = translated(CONTEXT, LICENSE_STATE_APPLIED)
            if words is None or None in rules:
                return None
            said = ", ".join(translated(CONTEXT, APPLIED_RULE_WORDS[r]) or RULE_WORDS[r] for r in rules if r)
            return words.format(state=state_names().get(code, state), rules=said)
    return None


# domain/state_privilege.recorded_name's words for settings left as shipped in a practice with a license state
LICENSE_STATE_NAMED = QT_TRANSLATE_NOOP(
    "DecisionPromptWords", "{state} (the license state; jurisdiction settings not edited for it: federal baseline)")


# Where some of the license state's rules are applied (domain/state_privilege.APPLIED_NAME), and each rule's name.
LICENSE_STATE_APPLIED = QT_TRANSLATE_NOOP(
    "DecisionPromptWords", "{state} (the license state): its rules applied: {rules}; other settings: federal baseline")
APPLIED_RULE_WORDS: Mapping[str, str] = {
    "minor_consent": QT_TRANSLATE_NOOP("DecisionPromptWords", "minors' consent"),
    "retention": QT_TRANSLATE_NOOP("DecisionPromptWords", "retention"),
    "duty_to_protect": QT_TRANSLATE_NOOP("DecisionPromptWords", "duty to protect"),
}


def recorded_name_words(j: Jurisdiction, license_state: str) -> str:
    """The jurisdiction's name a decision records (domain/state_privilege.recorded_name), in the
    screen's language: the wizard's Law step said "US federal baseline (edit for your state)" was
    recorded while the record named the license state. Said only while the domain's English is
    still these words; else the domain's English."""
    name = recorded_name(j, license_state)
    if name == j.name:
        return setting_words("name", j.name)
    code = license_state.strip().upper()
    rules = applied_rules(j, code)
    if rules:
        words = translated(CONTEXT, LICENSE_STATE_APPLIED)
        if words is None or name != APPLIED_NAME.format(state=LICENSE_STATE_NAMES.get(code, code),
                                                        rules=", ".join(RULE_WORDS[r] for r in rules)):
            return name
        said = ", ".join(translated(CONTEXT, APPLIED_RULE_WORDS[r]) or RULE_WORDS[r] for r in rules)
        return words.format(state=state_names().get(code, code), rules=said)
    if name != LICENSE_STATE_NAMED.format(state=LICENSE_STATE_NAMES.get(code, code)):
        return name
    words = translated(CONTEXT, LICENSE_STATE_NAMED)
    return name if words is None else words.format(state=state_names().get(code, code))


def kind_words(kind: str) -> str:
    """mandatory / permissive / none in the screen's language (the stored key if unknown)."""
    source = KIND_WORDS.get(kind)
    return (translated(CONTEXT, source) or source) if source is not None else kind


def _param(name: str, value: object, *, english: bool) -> str | None:
    if name == "license_state":  # any state, by its English name (domain/jurisdiction_named)
        code = next((c for c, n in LICENSE_STATE_NAMES.items() if n == value), "")
        return str(value) if english or not code else state_names().get(code, str(value))
    table = _TABLES.get(name)
    if table is None:
        if name in _SETTING_PARAMS and not english:
            return setting_words(_SETTING_PARAMS[name], str(value))
        return str(value)
    said: list[str] = []
    for key in str(value).split(LIST_MARK) if name in _LISTS else [str(value)]:
        source = table.get(key)
        # A word may read the same in both languages ("plan"): the sentence's own translation
        # already says whether the screen speaks another language.
        word = source if english or source is None else QCoreApplication.translate(CONTEXT, source)
        if word is None:
            return None
        said.append(word)
    return ", ".join(said)


def _fill(source: str, params: Mapping[str, object], *, english: bool) -> str | None:
    filled: dict[str, str] = {}
    for name, value in params.items():
        word = _param(name, value, english=english)
        if word is None:
            return None
        filled[name] = word
    try:
        return source.format(**filled)
    except (KeyError, IndexError, ValueError):
        return None


def sentence_words(text: str) -> str | None:
    """One coded sentence (a Problem) in the screen's language, or None: no code, no words for it,
    words whose English is no longer the domain's, or no translation."""
    source = SAYS.get(getattr(text, "code", ""))
    if source is None:
        return None
    params: Mapping[str, object] = getattr(text, "params", None) or {}
    if _fill(source, params, english=True) != str(text):
        return None  # reworded in the domain: its translation would say the old words
    words = translated(CONTEXT, source)
    return None if words is None else _fill(words, params, english=False)


def prompt_words(text: str) -> str:
    """A title, question, hint or warning (a Problem), or an explanation or summary (Sentences),
    in the screen's language; the domain's English when any part of it has no words."""
    parts = getattr(text, "parts", None)
    if parts is None:
        return sentence_words(text) or str(text)
    said = [sentence_words(p) for p in parts]
    if not said or any(s is None for s in said):
        return str(text)
    return " ".join(s for s in said if s is not None)


def shown(stored: str, suggestions: Iterable[str]) -> str:
    """A field's stored value as the screen shows it: one of the step's suggestions, still in the
    domain's English, in the screen's language; anything else as it was typed."""
    for suggestion in suggestions:
        if stored == str(suggestion):
            return prompt_words(suggestion)
    return stored


def kept(typed: str, suggestions: Iterable[str]) -> str:
    """What a field keeps in the record: a suggestion left as the screen shows it is kept in the
    domain's English (what the CLI writes, and the decision is signed with); the therapist's own
    words as typed."""
    for suggestion in suggestions:
        if typed == prompt_words(suggestion):
            return str(suggestion)
    return typed


def knows(text: str) -> bool:
    """Whether every sentence of `text` has words whose English is still the domain's."""
    parts = getattr(text, "parts", None) or (text,)
    for p in parts:
        source = SAYS.get(getattr(p, "code", ""))
        if source is None or _fill(source, getattr(p, "params", None) or {}, english=True) != str(p):
            return False
    return True


__all__ = [
    "CONTEXT",
    "DEFAULT_SETTINGS",
    "KIND_WORDS",
    "RISK_FACTOR_WORDS",
    "SAYS",
    "kept",
    "kind_words",
    "knows",
    "prompt_words",
    "recorded_name_words",
    "sentence_words",
    "setting_words",
    "shown",
]
