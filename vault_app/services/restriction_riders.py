"""The outcome measures that ride with the progress notes a disclosure was allowed for, when a
restriction the practice ended still binds them.

The gate decides the notes, and the chart's documents the complete open export carries, by
their days (domain/restrictions.bound_items): a restriction ended by the practice keeps
binding what was created before its end (45 CFR 164.522(a)(2)(iii)(B)). Measures are not
among the gate's items, so with every note written after the end they went, from before it,
to the restricted recipient: in the complete open export, and in an export whose dates reach
back before the end while its notes do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.locale_format import date_text
from vault_app.domain.measures.record import Measure
from vault_app.domain.plurals import counted
from vault_app.domain.restrictions import still_binding_before_end
from vault_app.services import practice, restrictions
from vault_app.services.vault import Vault


def refuse_earlier(vault: Vault, client_id: str, recipient: str, basis_kind: str, on: date, *,
                   measures: Sequence[Measure] = ()) -> None:
    """RefusedByPolicy when a restriction the practice ended still binds a measure given here
    (information of the progress notes it rides with)."""
    if not measures:
        return
    held = tuple(restrictions.list_restrictions(vault, client_id))
    for r in still_binding_before_end(basis_kind, recipient, held, on, "progress"):
        end = r.terminated_on
        assert end is not None  # still_binding_before_end keeps only ended ones
        early = [m for m in measures if m.taken_on < end]
        if early:
            # The practice's days, as the gate's own refusal of the notes words them (found: ISO here).
            tag = practice.printing_locale(vault)
            asked, ended = date_text(r.requested_on, tag), date_text(end, tag)
            raise RefusedByPolicy(
                f"The restriction the client asked for on {asked}, which you ended on {ended}, still "
                f"restricts what was written before its end (45 CFR 164.522(a)(2)(iii)(B)); this disclosure "
                f"would carry {counted(len(early), 'outcome measure result')} from before {ended}.",
                hint=f"Choose dates from {ended} on (the complete open export carries the whole chart: send the "
                     "notes with Export… instead). Its terms are on the chart's Requests tab, under Restrictions.",
                code="restriction.binds_earlier_measures", params={"asked": asked, "ended": ended, "count": len(early)})


__all__ = ["refuse_earlier"]
