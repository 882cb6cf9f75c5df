"""The disclosure gate's verdict in the screen's language, for every screen that shows one.

Each reason, warning and hint of a Verdict is a Problem, with its code and params (domain/errors.py): the
words for them are in gui/refusal_words_gate.py ("GateWords" in es.ts). A sentence whose code
has no words, or whose words or params have no translation, is said as the core said it, in
English: one whole sentence in English reads better than a sentence half translated. In English
the core's own text is said (the book is the translators' source, not a second wording). The
lookup is gui/sentence_words.py's, shared with the refusals' words.
"""

from __future__ import annotations

from vault_app.domain.disclosure import Verdict
from vault_app.gui import gate_signer_words
from vault_app.gui.gate_session_words import with_sessions_words
from vault_app.gui.refusal_words_gate import CONTEXT, LIST_PARAMS, PARAM_WORDS, REFUSED, SAYS
from vault_app.gui.sentence_words import names_a_command, said_in_words, translated, without_commands


def _translated(source: str) -> str | None:
    return translated(CONTEXT, source)


def said_text(item: str) -> str:
    """One sentence of the gate (a Problem) in the screen's language, else the core's English; a
    plain str has no code, and so no words but its English. Never the command line the core's
    English names for the CLI ("'vault-app restriction list' on the command line"): its words
    in English then, which say where in the app to look."""
    code = getattr(item, "code", "")
    source = SAYS.get(code) or gate_signer_words.SAYS.get(code)
    params = getattr(item, "params", None) or {}
    counted = with_sessions_words(params)  # notes counted by their session's kind
    words = None if counted is None else said_in_words(source, CONTEXT, counted, PARAM_WORDS, CONTEXT, LIST_PARAMS)
    if words is not None or not names_a_command(str(item)):
        return words or str(item)
    try:
        english = source.format(**params) if source is not None else ""
    except (KeyError, IndexError, ValueError):
        english = ""
    return english if english and not names_a_command(english) else without_commands(str(item))


def reason_texts(verdict: Verdict) -> list[str]:
    return [said_text(r) for r in verdict.reasons]


def warning_texts(verdict: Verdict) -> list[str]:
    return [said_text(w) for w in verdict.warnings]


def hint_text(verdict: Verdict) -> str:
    return said_text(verdict.hint)


def basis_words(verdict: Verdict) -> str:
    """The verdict's basis as a sentence names it, in the screen's language when it has words."""
    source = PARAM_WORDS["basis"].get(verdict.basis_kind)
    return (_translated(source) if source is not None else None) or verdict.basis_title


def verdict_text(verdict: Verdict) -> str:
    """The verdict as one text: its reasons, then its hint (what Verdict.message and hint say)."""
    return " ".join([*reason_texts(verdict), *([hint_text(verdict)] if verdict.hint else [])])


def refused_words(verdict: Verdict) -> tuple[str, str]:
    """(message, hint) for the gate's refusal raised as an error (domain DisclosureRefused)."""
    reasons = " ".join(reason_texts(verdict))
    words = _translated(REFUSED)
    message = words.format(reasons=reasons) if words and "{reasons}" in words else \
        "Disclosure refused: " + reasons
    return message, hint_text(verdict)


__all__ = ["basis_words", "hint_text", "reason_texts", "refused_words", "said_text", "verdict_text",
           "warning_texts"]
