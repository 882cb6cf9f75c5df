"""What rides with the notes a disclosure was allowed for (outcome measures, the chart's
documents) and a restriction the practice ended still binds.

The gate decides the notes by their days (domain/restrictions.bound_items): a restriction
ended by the practice keeps binding what was created before its end (45 CFR
164.522(a)(2)(iii)(B)). Measures and documents are not among the gate's items, so with every
note written after the end they went, from before it, to the restricted recipient: in the
complete open export (the whole chart's), and in an export whose dates reach back before the
end while its notes do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from vault_app.domain.clinical import Attachment
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.locale_format import date_text
from vault_app.domain.measures.record import Measure
from vault_app.domain.plurals import counted
from vault_app.domain.restrictions import still_binding_before_end
from vault_app.services import practice, restrictions
from vault_app.services.vault import Vault


def _dated_before(doc: Attachment, end: date) -> bool:
    """The document's own date, else the day it was added; neither known: counted as before."""
    try:
        day = doc.document_date or date.fromisoformat(doc.created_at[:10])
    except ValueError:
        return True
    return day < end


def refuse_earlier(vault: Vault, client_id: str, recipient: str, basis_kind: str, on: date, *,
                   measures: Sequence[Measure] = (), documents: Sequence[Attachment] = ()) -> None:
    """RefusedByPolicy when a restriction the practice ended still binds a measure (information
    of the progress notes it rides with) or a document (only one covering every kind) given here."""
    if not measures and not documents:
        return
    held = tuple(restrictions.list_restrictions(vault, client_id))
    binding = {r.restriction_id: r for kind in ("progress", None)
               for r in still_binding_before_end(basis_kind, recipient, held, on, kind)}
    for r in binding.values():
        end = r.terminated_on
        assert end is not None  # still_binding_before_end keeps only ended ones
        early_measures = [m for m in measures if m.taken_on < end]
        early_docs = [d for d in documents if _dated_before(d, end)] if not r.kinds else []
        carried = [counted(len(early_docs), "document")] if early_docs else []
        carried += [counted(len(early_measures), "outcome measure result")] if early_measures else []
        if carried:
            # The practice's days, as the gate's own refusal of the notes words them (found: ISO here).
            tag = practice.printing_locale(vault)
            asked, ended = date_text(r.requested_on, tag), date_text(end, tag)
            raise RefusedByPolicy(
                f"The restriction the client asked for on {asked}, which you ended on {ended}, still "
                f"restricts what was written before its end (45 CFR 164.522(a)(2)(iii)(B)); this disclosure "
                f"would carry {' and '.join(carried)} from before {ended}.",
                hint=f"Choose dates from {ended} on (the complete open export carries the whole chart: send the "
                     "notes with Export… instead). Its terms are on the chart's Requests tab, under Restrictions.")


__all__ = ["refuse_earlier"]
