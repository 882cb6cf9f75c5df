"""The command line's own way past a refusal that one of its flags answers. The gate's words say
what to do in the app's terms ("confirm that its words describe what is sent"); at a terminal the
way is a flag, which the refusal never named (found by a walker: an authorization recorded without
--describes was refused with no word of --confirm-described)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from vault_app.domain.disclosure import DisclosureRefused, Verdict

_CONFIRM = "If the authorization's words do describe what is sent, run the command again with --confirm-described."
_REVIEWED = ("Once you reviewed what those notes hold of other people, run the command again with "
             "--reviewed-others.")

# A reason's code, and the flag's sentence said after the refusal's hint.
FLAG_FOR: dict[str, str] = {
    "scope.parts.unconfirmed": _CONFIRM,
    "scope.others": _REVIEWED,
    "scope.others.one": _REVIEWED,
}


# The complete open export's own: its drafts can be left out whole (the window's tick); `export` leaves a
# draft out by the notes it names.
_DRAFTS = "To send the rest of the chart without them, run the command again with --leave-out-drafts."
OPEN_EXPORT_FLAGS: dict[str, str] = {"drafts.refused": _DRAFTS, "drafts.refused.one": _DRAFTS}


def with_flags(verdict: Verdict, more: dict[str, str] | None = None) -> Verdict:
    """`verdict` with the flags its reasons call for named in its hint (each once); `more`: the
    command's own flags, by code."""
    table = {**FLAG_FOR, **(more or {})}
    codes = [getattr(reason, "code", "") for reason in verdict.reasons]
    flags = list(dict.fromkeys(table[c] for c in codes if c in table))
    if not flags or verdict.allowed:
        return verdict
    return replace(verdict, hint=" ".join([verdict.hint, *flags]).strip())


@contextmanager
def flags_named(more: dict[str, str] | None = None) -> Iterator[None]:
    """A refusal raised inside says the flags that answer it."""
    try:
        yield
    except DisclosureRefused as err:
        named = with_flags(err.verdict, more)
        if named is err.verdict:
            raise
        raise DisclosureRefused(named, err.lead, err.code) from None


__all__ = ["FLAG_FOR", "OPEN_EXPORT_FLAGS", "flags_named", "with_flags"]
