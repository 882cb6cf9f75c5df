"""`auth show|list|add`: a form the parent signed while the client was a minor, the client of age
since. The chart's Authorizations tab says "valid, by the parent of an adult" and the dashboard
"Ask the client to sign their own"; the commands said "VALID" and nothing more (the law's walker,
round 46: born 2009-03-01, the mother's form signed 2027-02-28, `auth show` on 2027-03-01). The
decision is theirs (services/coming_of_age.adult_since_of): the parent's authority ended that day
(45 CFR 164.502(g)); the form stands until it expires or is revoked (164.508(b)(5))."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from vault_app.cli import common
from vault_app.domain.authorization import Authorization
from vault_app.services import coming_of_age
from vault_app.services.vault import Vault

BY_THE_PARENT = "by the parent of an adult"


def adult_since(vault: Vault, auths: Iterable[Authorization]) -> dict[str, dict[str, str | None]]:
    """Each form's {"adult_since": the day the client came of age (ISO), or None}, by its id."""
    listed = list(auths)
    found = coming_of_age.adult_since_of(vault, listed)
    return {a.id: {"adult_since": found[a.id].isoformat() if a.id in found else None} for a in listed}


def status_words(d: dict[str, Any]) -> str:
    """After the status: ", by the parent of an adult" where it is so."""
    return f", {BY_THE_PARENT}" if d.get("adult_since") else ""


def show_line(d: dict[str, Any], tag: str) -> list[str]:
    """`auth show`/`auth add`: the line that says what it means."""
    if not d.get("adult_since"):
        return []
    return [f"  the client is an adult since {common.date_shown(d['adult_since'], tag)}: the parent's authority "
            "ended that day (45 CFR 164.502(g)); the form stays in force until it expires or is revoked "
            "(164.508(b)(5)): ask the client to sign their own"]


def list_words(d: dict[str, Any], tag: str) -> str:
    """`auth list`: at the end of the form's line."""
    if not d.get("adult_since"):
        return ""
    return (f"  ({BY_THE_PARENT}: of age since {common.date_shown(d['adult_since'], tag)}; ask the client to "
            "sign their own)")


__all__ = ["BY_THE_PARENT", "adult_since", "list_words", "show_line", "status_words"]
