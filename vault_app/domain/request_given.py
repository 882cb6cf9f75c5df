"""What a granted access request gave, kept as data (45 CFR 164.524(c)(1), (d)(3)).

The request row kept only an English sentence ("copy of the progress notes (password-protected
PDF); the chart holds no billing information from 09/01/2026"), and a screen in another language
had to parse that English back into its parts: a change of words here would have shown English on
a Spanish screen without a test noticing. The parts are kept as data (the row's `given` column,
migration 0101) and each reader says them in its own words; `sentence` is the command line's
English, still kept in the row's `granted` for it and for readers older than the column.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.access_copy_parts import CITATION, PARTS, labels
from vault_app.domain.authorization import INFO_LABELS, InfoKind
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.plurals import counted

# The kinds an access copy may hold, in the order they are said (gui/request_given_words has the
# same order: its words may depend on what follows, Spanish "e" before "información").
GIVEN_KINDS: tuple[InfoKind, ...] = ("progress", "billing")


@dataclass(frozen=True)
class Given:
    """`copied`: the kinds the copy holds (none: nothing to copy, the client told so); `to`: the
    authority of the recorded representative who received it ("parent"), "" for the client;
    `not_held`: the kinds asked for that the chart holds none of in the dates; `date_from` and
    `date_to`: those dates when they were said (None: since the first record / until the day);
    `on`: the day the copy was given, kept for the rest of a request denied in part (164.524(d)(1)),
    whose decision's day is the denial's (None: a full grant, given on the day it was decided);
    `measures`: the outcome measures rode with the progress notes; `otherwise`: parts a denial's
    letter named that no copy here holds, recorded as given another way (domain/access_copy_parts);
    `left_out`: the ids of the items the copy of the rest left out as denied (164.524(d)(1),
    domain/access_copy_rest), never their text; `drafts_left_out`: the ids of the unsigned drafts the
    copy left out (not yet part of the record as attested), never their text; `outside`: the parts
    the chart held that no copy here carries and that were not given another way (the treatment
    plan, attached documents: domain/access_copy_parts.outside), named so a grant never reads as
    the whole record given (45 CFR 164.524(c)(1)); `by_export`: those parts a complete open export
    under the request held (services/access_copy_export_cover), given by it, and `export_on` its
    day: they were said "given another way", as if printed by hand (found by a walker)."""

    copied: tuple[InfoKind, ...] = ()
    to: str = ""
    not_held: tuple[InfoKind, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    on: date | None = None
    measures: bool = False
    otherwise: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()
    drafts_left_out: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()
    by_export: tuple[str, ...] = ()
    export_on: date | None = None

    def sentence(self, locale: str = DEFAULT_LOCALE) -> str:
        """The English the command line shows (and the row's `granted` keeps)."""
        none = "the chart holds no " + " or ".join(INFO_LABELS[k] for k in self.not_held)
        if self.date_from is not None:
            none += f" from {date_text(self.date_from, locale)}"
            if self.date_to is not None:
                none += f" to {date_text(self.date_to, locale)}"
        if not self.copied:
            return "nothing to copy: " + none
        said = "copy of the " + " and ".join(INFO_LABELS[k] + (" with the outcome measures"
                                                               if k == "progress" and self.measures else "")
                                             for k in self.copied) + " (password-protected PDF)"
        if self.to:
            said += f", given to the {self.to.replace('_', ' ')}"
        if self.otherwise:
            said += "; given another way: " + labels(self.otherwise)
        if self.by_export:
            said += "; given by the open export" + (f" of {date_text(self.export_on, locale)}" if self.export_on
                                                    else "") + ": " + labels(self.by_export)
        if self.left_out:
            said += "; left out as denied: " + counted(len(self.left_out), "item")
        if self.drafts_left_out:
            said += "; left out as unsigned drafts: " + counted(len(self.drafts_left_out), "note")
        if self.outside:
            said += ("; not in this copy, not given: " + labels(self.outside)
                     + " (no copy made here holds them: give them another way, or deny them in writing, "
                     + CITATION + ")")
        return said + (f"; {none}" if self.not_held else "")

    def to_data(self) -> dict[str, Any]:
        """As kept and as the command line's --json gives it; "on" only when there is one (a full
        grant's data reads as it was kept before the rest's day was)."""
        data: dict[str, Any] = {"copied": list(self.copied), "to": self.to, "not_held": list(self.not_held),
                                "date_from": self.date_from.isoformat() if self.date_from else None,
                                "date_to": self.date_to.isoformat() if self.date_to else None}
        # Each only when there is one: data kept before them reads as it was kept.
        return (data | ({"on": self.on.isoformat()} if self.on else {})
                | ({"measures": True} if self.measures else {})
                | ({"otherwise": list(self.otherwise)} if self.otherwise else {})
                | ({"left_out": list(self.left_out)} if self.left_out else {})
                | ({"drafts_left_out": list(self.drafts_left_out)} if self.drafts_left_out else {})
                | ({"outside": list(self.outside)} if self.outside else {})
                | ({"by_export": list(self.by_export)} if self.by_export else {})
                | ({"export_on": self.export_on.isoformat()} if self.export_on else {}))

    def to_json(self) -> str:
        return json.dumps(self.to_data(), sort_keys=True)


def _kinds(values: Any) -> tuple[InfoKind, ...]:
    if not isinstance(values, list) or any(v not in GIVEN_KINDS for v in values):
        raise ValueError(f"not kinds of an access copy: {values!r}")
    return tuple(k for k in GIVEN_KINDS if k in values)


def given_from_json(text: str | None) -> Given | None:
    """The kept data; None for a row written before the column (or by hand on the command line)."""
    if not text:
        return None
    d = json.loads(text)
    day_from, day_to, on, export_on = d.get("date_from"), d.get("date_to"), d.get("on"), d.get("export_on")
    return Given(copied=_kinds(d.get("copied", [])), to=str(d.get("to") or ""), not_held=_kinds(d.get("not_held", [])),
                 date_from=date.fromisoformat(day_from) if day_from else None,
                 date_to=date.fromisoformat(day_to) if day_to else None,
                 on=date.fromisoformat(on) if on else None, measures=bool(d.get("measures", False)),
                 otherwise=tuple(str(p) for p in d.get("otherwise", []) if p in PARTS),
                 left_out=tuple(str(i) for i in d.get("left_out", [])),
                 drafts_left_out=tuple(str(i) for i in d.get("drafts_left_out", [])),
                 outside=tuple(str(p) for p in d.get("outside", []) if p in PARTS),
                 by_export=tuple(str(p) for p in d.get("by_export", []) if p in PARTS),
                 export_on=date.fromisoformat(export_on) if export_on else None)


# Why a part an earlier try gave does not answer this try (45 CFR 164.524(c)(1), (c)(2)(i), (c)(3)(ii):
# the individual has the right to a copy of what they ask for, sent to them or to the person they
# designate). "": it answers it (the same recipient, and every item this part would carry was in it).
COVERED, OTHER_RECIPIENT, OTHER_DATES, NO_MEASURES = "", "recipient", "dates", "measures"


def not_covered(earlier_to: str, earlier_held: Collection[str], to: str, items: Iterable[str], *,
                earlier_measures: bool = False, measures: bool = False) -> str:
    """Whether a part given earlier answers this try's part of the same kind, and if not, why.

    `earlier_to`/`to`: the guardian id of the representative who received it / is to receive it
    ("" the client); `earlier_held`: the ids it held (and those it left out as drafts: left out
    then, not missing); `items`: the ids this try's part would carry; `measures`: this try's
    progress notes carry the outcome measures, which the earlier part did (`earlier_measures`) or
    not. Found by a reader: a part counted as given by the request id alone, so a retry for the
    client's representative, or over wider dates, gave none of it, and the request was recorded as
    given to the representative."""
    if earlier_to != to:
        return OTHER_RECIPIENT
    if not set(items) <= set(earlier_held):
        return OTHER_DATES
    return NO_MEASURES if measures and not earlier_measures else COVERED


__all__ = ["COVERED", "GIVEN_KINDS", "NO_MEASURES", "OTHER_DATES", "OTHER_RECIPIENT", "Given", "given_from_json",
           "not_covered"]
