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


def with_flags(verdict: Verdict) -> Verdict:
    """`verdict` with the flags its reasons call for named in its hint (each once)."""
    codes = [getattr(reason, "code", "") for reason in verdict.reasons]
    flags = list(dict.fromkeys(FLAG_FOR[c] for c in codes if c in FLAG_FOR))
    if not flags or verdict.allowed:
        return verdict
    return replace(verdict, hint=" ".join([verdict.hint, *flags]).strip())


@contextmanager
def flags_named() -> Iterator[None]:
    """A refusal raised inside says the flags that answer it."""
    try:
        yield
    except DisclosureRefused as err:
        named = with_flags(err.verdict)
        if named is err.verdict:
            raise
        raise DisclosureRefused(named, err.lead, err.code) from None


__all__ = ["FLAG_FOR", "flags_named", "with_flags"]
