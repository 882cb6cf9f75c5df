"""A request's due date in the command line's words: which rule sets it, HIPAA's date beside a
state's, and the state's deadlines that have no number of days (services/request_due.due_data)."""

from __future__ import annotations

from typing import Any

from vault_app.cli import common

# The words of a deadline with no number of days, by what it is for (domain/state_deadlines).
_UNTIMED = {"copy": "copies within a reasonable time", "inspect": "inspection within a reasonable time"}
# What an access request asks for (domain/state_deadlines.ASKED_CODES): it sets the state deadline.
_ASKED = {"inspect": "asked to inspect", "copies": "asked for copies", "both": "asked to inspect and for copies"}


def due_words(d: dict[str, Any], tag: str) -> str:
    """Which rule sets the due date: a state's (HIPAA's date beside it), or HIPAA's, saying when
    the app knows no rule of the practice's state ("your state's may be shorter"). New York's
    copies "within a reasonable time" are said after, as the app's Requests window says them: the
    request list never said them (a walker, after the legaldates round)."""
    federal = common.deadline_shown(d["federal_due_on"], tag)
    untimed = "".join(f"; {_UNTIMED.get(r['what'], r['what'])}, {r['citation']}: no later than {federal}"
                      for r in d.get("state_untimed") or ())
    if d.get("asked"):
        untimed += f"; {_ASKED.get(d['asked'], d['asked'])}"
    if d["due_set_by"] == "state":
        return f" ({d['due_citation']}; federal {federal}{untimed})"
    if d["state_rule_known"] or untimed:
        return f" ({d['due_citation']}{untimed})"
    return f" ({d['due_citation']}: federal deadline; your state's may be shorter)"


__all__ = ["due_words"]
