"""The command line's own way past a refusal that one of its flags answers. The gate's words say
what to do in the app's terms ("confirm that its words describe what is sent"); at a terminal the
way is a flag, which the refusal never named (found by a walker: an authorization recorded without
--describes was refused with no word of --confirm-described)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from vault_app.domain.disclosure import DisclosureRefused, Verdict
from vault_app.domain.errors import LIST_MARK
from vault_app.domain.state_so_ordered import SO_ORDERED, so_ordered_for

_CONFIRM = "If the authorization's words do describe what is sent, run the command again with --confirm-described."
_REVIEWED = ("Once you reviewed what those notes hold of other people, run the command again with "
             "--reviewed-others.")

# A reason's code, and the flag's sentence said after the refusal's hint.
FLAG_FOR: dict[str, str] = {
    "scope.parts.unconfirmed": _CONFIRM,
    "scope.others": _REVIEWED,
    "scope.others.one": _REVIEWED,
}


# Evidence a refusal says is lacking, by its key ("basis.field"), whose words at a terminal need the JSON key
# and its values (the window offers them in a list): "who receives it" named nothing to type.
MISSING_KEYS: dict[str, str] = {
    "treatment.recipient_is": 'In the evidence file, say who receives it: "recipient_is": "provider" (another '
                              'health care provider), "client" (the client themself) or "someone_else".',
}


# The complete open export's own: its drafts can be left out whole (the window's tick); `export` leaves a
# draft out by the notes it names.
_DRAFTS = "To send the rest of the chart without them, run the command again with --leave-out-drafts."
OPEN_EXPORT_FLAGS: dict[str, str] = {"drafts.refused": _DRAFTS, "drafts.refused.one": _DRAFTS}


# `--basis`'s help, for `export` and `open-export` alike: a state's "so ordered" subpoena is named where the
# basis is chosen (found: only `export`'s help and its --check-only said New York's; `open-export --help`
# and a refused `open-export` said nothing). The words come from the table, not typed twice.
BASIS_HELP = "a legal basis other than an authorization: %(choices)s. " + " ".join(
    f"{s.name}: a subpoena a judge signed (\"so ordered\") may be a court order, but the privilege ({s.citation}) "
    "still applies: ask counsel before you export it as court_order." for s in SO_ORDERED.values())


def so_ordered_caution(state: str, basis: str) -> str:
    """The license state's "so ordered" caution on `basis` (domain/state_so_ordered), or ""."""
    found = so_ordered_for(state, basis)
    return found.sentence() if found is not None else ""


def with_flags(verdict: Verdict, more: dict[str, str] | None = None, caution: str = "") -> Verdict:
    """`verdict` with the flags its reasons call for named in its hint (each once); `more`: the
    command's own flags, by code. `caution`: a sentence said after them on any refusal (the
    "so ordered" subpoena's: a refused export is where the therapist is choosing the basis)."""
    table = {**FLAG_FOR, **(more or {})}
    codes = [getattr(reason, "code", "") for reason in verdict.reasons]
    flags = list(dict.fromkeys(table[c] for c in codes if c in table))
    lacking = [str(k) for r in verdict.reasons if getattr(r, "code", "") == "evidence.missing"
               for k in str(getattr(r, "params", {}).get("lacking", "")).split(LIST_MARK)]
    flags += [MISSING_KEYS[k] for k in lacking if k in MISSING_KEYS and MISSING_KEYS[k] not in flags]
    if caution and caution not in verdict.hint:
        flags.append(caution)
    if not flags or verdict.allowed:
        return verdict
    return replace(verdict, hint=" ".join([verdict.hint, *flags]).strip())


@contextmanager
def flags_named(more: dict[str, str] | None = None, caution: str = "") -> Iterator[None]:
    """A refusal raised inside says the flags that answer it, and `caution` (with_flags)."""
    try:
        yield
    except DisclosureRefused as err:
        named = with_flags(err.verdict, more, caution)
        if named is err.verdict:
            raise
        raise DisclosureRefused(named, err.lead, err.code) from None


__all__ = ["BASIS_HELP", "FLAG_FOR", "MISSING_KEYS", "OPEN_EXPORT_FLAGS", "flags_named", "so_ordered_caution",
           "with_flags"]
