"""A client's own access request granted: the copy is made first, then the request closes.

One user action ("Granted" in the Requests dialog): for each kind of record asked for, an
export through the disclosure gate on the basis "the client's own access request" (45 CFR
164.524), each a password-protected PDF, each logged like any export. Only when every copy
was written is the request marked granted, with what was provided; otherwise it stays open
and the result says what was made and what remains (and why, in the gate's words).

The copy goes to the client or to their recorded personal representative (164.502(g)): by
default the one who made the request; the ledger records who received it (services/export
.access_to: a representative by capacity and id), and the rules of domain/who_acts.py say who may.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain import export_file_names
from vault_app.domain.access_copy_parts import CITATION as PARTS_CITATION
from vault_app.domain.access_copy_parts import PARTS, labels, outside
from vault_app.domain.authorization import INFO_LABELS, InfoKind
from vault_app.domain.disclosure import DisclosureRequest, Selection
from vault_app.domain.disclosure_wording import description_text
from vault_app.domain.errors import InvalidInput, RefusedByPolicy, VaultError
from vault_app.domain.locale_format import date_text
from vault_app.domain.plurals import counted
from vault_app.domain.request_given import GIVEN_KINDS, NO_MEASURES, OTHER_DATES, OTHER_RECIPIENT, Given
from vault_app.domain.requests import WayForward, ways_when_nothing_held
from vault_app.domain.who_acts import copy_recipient_refusal, in_control
from vault_app.services.access_copy_check import (
    ACCESS_KINDS,
    CLIENT,
    EARLIEST,
    PURPOSE,
    check_copy,
    checked,
    held,
    held_items,
    unrecorded_requester,
    wanted_items,
)
from vault_app.services.access_copy_export_cover import export_cover
from vault_app.services.access_copy_given import basis, given_parts
from vault_app.services.access_recipient import requester_no_longer

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.vault import Vault

# The parts no copy here carries (domain/access_copy_parts): on a full grant, recorded as given another way.
OUTSIDE_PARTS = tuple(code for code, part in PARTS.items() if not part.carried)
# The ways forward in the command line's words (a screen has its own).
WAY_WORDS = {"copy_what_is_held": "copy what the chart holds (another kind, or other dates)",
             "close_nothing_held": "close it as answered, having told the client nothing of it is held here",
             "extend": "extend it once, with a written notice", "deny": "deny a part, with grounds"}
# Why a part given earlier was made again (domain/request_given.not_covered), in the command line's words.
AGAIN_WORDS = {OTHER_RECIPIENT: "to another recipient", OTHER_DATES: "for other dates",
               NO_MEASURES: "without the outcome measures"}


@dataclass(frozen=True)
class AccessCopyResult:
    request_id: str
    made: tuple[tuple[str, Path], ...]  # (what, file)
    remaining: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (what, why)
    granted: bool = False
    # The refusal behind each of `remaining`, in its order: its `why` is the refusal's English;
    # a screen says it by the refusal's code (gui/refusal_words.refusal_text).
    refusals: tuple[VaultError, ...] = field(default_factory=tuple)
    # Each kind the chart holds nothing of in the dates asked: (kind, held at other dates). Not a
    # refusal: there is nothing to give (the gate's "nothing is selected" said it as one).
    empty: tuple[tuple[InfoKind, bool], ...] = field(default_factory=tuple)
    # With nothing made at all: what the practice may do next (domain.requests.ways_when_nothing_held).
    ways: tuple[WayForward, ...] = field(default_factory=tuple)
    # The copy of the rest of a request denied in part (164.524(d)(1)): the request was decided
    # already, and stays so; `granted` then means the rest was given.
    rest: bool = False
    # The ids of the items the copy of the rest left out as denied (164.524(d)(1)).
    left_out: tuple[str, ...] = ()
    # The parts an earlier try gave already, not made again: (kind, the day given, its file's
    # name, "" unknown). Not a refusal (found in the real app: "a copy made earlier" kept the
    # request open, and a new folder made a second disclosure of the same part).
    already: tuple[tuple[InfoKind, date, str], ...] = ()
    # The unsigned drafts this copy left out (ids, never text): not yet part of the record.
    drafts_left_out: tuple[str, ...] = ()
    # The parts made although an earlier try gave that kind: (kind, the day it was given, why it
    # did not answer this copy: "recipient" (another received it) or "dates" (it held less than
    # this copy carries); domain/request_given.not_covered, 45 CFR 164.524(c)(3)(ii)).
    again: tuple[tuple[InfoKind, date, str], ...] = ()
    # A copy to a parent of a minor old enough to consent whose chart does not say who consented to
    # the care: the open question, said as `export --check-only` says it (services/representatives
    # .care_consent_question; found by a walker: a 15-year-old's copy went to her mother without a word).
    question: str = ""
    # What the chart holds that no copy here carries and was not given another way (the treatment
    # plan, attached documents: domain/access_copy_parts.outside): the request stays open for them.
    outside: tuple[str, ...] = ()
    # The chart's number, for the command that gives `outside` (the complete open export).
    chart_number: str = ""

    def summary(self) -> str:
        lines = [f"Made: {what} ({path.name})." for what, path in self.made]
        if self.question and self.made:
            lines.append(f"note: {self.question}")
        lines += [f"Already given on {day.isoformat()}: {INFO_LABELS[kind]}" + (f" ({file})." if file else ".")
                  for kind, day, file in self.already]
        lines += [f"Given on {day.isoformat()} " + AGAIN_WORDS.get(why, AGAIN_WORDS[OTHER_DATES])
                  + f": {INFO_LABELS[kind]}; made again." for kind, day, why in self.again]
        if self.drafts_left_out:
            lines.append(f"Left out as unsigned drafts: {counted(len(self.drafts_left_out), 'note')}.")
        if self.left_out:
            lines.append(f"Left out as denied: {counted(len(self.left_out), 'item')}.")
        lines += [f"The chart holds no {INFO_LABELS[kind]}"
                  + (" in those dates (some at other dates)." if elsewhere else ".") for kind, elsewhere in self.empty]
        if self.ways:
            lines.append("Nothing to copy. The request stays open: " + "; ".join(
                f"{WAY_WORDS[w.code]} ({w.citation})" for w in self.ways) + ".")
        elif self.rest and self.granted:
            lines.append("The rest is given; the request stays as decided (denied in part).")
        elif self.outside:
            # The complete open export holds them (found by a walker: "Print them from the chart", and
            # nothing in the app prints a plan or saves a document out).
            lines.append(f"The request stays open: no copy made here holds the chart's {labels(self.outside)}. The "
                         "complete open export does: 'vault-app open-export --client "
                         f"{self.chart_number or 'CLIENT'} --basis client_access --request {self.request_id} "
                         "--recipient NAME --purpose \"own copy\" --out FILE': made under this request, it gives "
                         "them and the request is granted. Given another way: record it with "
                         f"'vault-app request paper-given {self.request_id}'; or deny them in writing, with a ground "
                         f"('vault-app request deny') ({PARTS_CITATION}).")
        elif self.granted:
            lines.append("The request is closed as granted.")
        elif self.rest and not self.made and not self.remaining:
            # Not "stays open": it was decided (found in the real app). The rest is still to give.
            lines.append("Nothing to copy. The request was decided (denied in part); the rest is still to be "
                         "given: choose another kind or other dates, or tell the client the chart holds none of it.")
        else:
            lines += [f"Not made: {what}: {why}" for what, why in self.remaining]
            lines.append("The rest is given once every copy of it is made." if self.rest
                         else "The request stays open until every copy is made (or part of it is denied).")
        return "\n".join(lines)


def open_access_requests(vault: Vault, client_id: str) -> list[tuple[str, str]]:
    """(request id, how it reads: "Access request received 02/01/2024, due 03/02/2024", the
    practice's date format) for a client's open access requests: chosen from a list, never typed."""
    from vault_app.services import practice, requests

    tag = practice.printing_locale(vault)
    out = []
    for q in requests.list_requests(vault, client_id=client_id, open_only=True):
        if q.kind == "access":
            out.append((q.id, f"Access request received {date_text(q.received_on, tag)}, "
                        f"due {date_text(q.due_on, tag)}"
                        + (f": {description_text(q.description, tag)}" if q.description else "")))
    return out


@dataclass(frozen=True)
class CopyRecipients:
    """Who the copy may be sent to, as the copy's window offers them: (CLIENT or a guardian id,
    how it reads), and the one chosen first."""

    choices: tuple[tuple[str, str], ...]
    default: str
    # For the rest of a request denied in part: what its letter says is given anyway (the
    # window says what of it the copy leaves out, before the copy is made); "" otherwise.
    promised: str = ""
    # For the rest of a request denied in part: what was denied, in the therapist's words (the
    # window asks them to confirm the copy leaves it out), and what the copy may carry, each to
    # be ticked off; "" and () otherwise.
    denied: str = ""
    items: tuple[RestItem, ...] = ()
    # Each recorded representative the rules refuse as recipient on the day (their authority ended
    # at the client's majority, declined...): (guardian id, the refusal), in `choices`' order. A
    # screen shows them greyed with the reason; found by a walker: the ex-guardian father of an adult
    # was offered, and refused only after both PDF passwords were typed (164.502(g)(2)-(3)).
    barred: tuple[tuple[str, RefusedByPolicy], ...] = ()
    # What the chart holds that no copy here carries (outside_held): a full grant's window offers
    # to record each as given another way, or the grant names it as not given.
    outside: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestItem:
    """One item the copy of the rest may carry: its kind, id and day (never its text)."""

    kind: InfoKind
    id: str
    day: date


def recipients(vault: Vault, request_id: str, on: date | None = None) -> CopyRecipients:
    """The client and each recorded representative; one the rules refuse on `on` is in `barred`, with
    the reason, and never the first choice. First choice: the representative who made the request;
    for a minor whose representative controls the record, that representative; else the client."""
    from vault_app.services import clients, representatives, requests

    q = requests.get_request(vault, request_id)
    day = on or date.today()
    guardians = clients.get_client(vault, q.client_id).guardians
    choices = ((CLIENT, "The client"), *((g.guardian_id, representatives.label(g)) for g in guardians))
    barred = []
    for key in (CLIENT, *(g.guardian_id for g in guardians)):
        try:  # the client too: a minor whose representative controls the record (domain/who_acts.py)
            representatives.require_copy_recipient(vault, q.client_id, None if key == CLIENT else key, day)
        except RefusedByPolicy as refused:
            barred.append((key, refused))
    unrecorded = unrecorded_requester(q)  # made by one not recorded: never answered by a copy to the client
    # Nor by one recorded whose standing has changed since (access_recipient.requester_no_longer): to review.
    unrecorded = unrecorded or requester_no_longer(vault, q, day)
    if unrecorded is not None and all(key != CLIENT for key, _why in barred):
        barred.insert(0, (CLIENT, unrecorded))
    allowed = {g.guardian_id for g in guardians} - {gid for gid, _why in barred}
    default = q.guardian_id if q.guardian_id in allowed else None
    if default is None and q.guardian_id and any(key == CLIENT for key, _why in barred):
        default = q.guardian_id  # the requester, greyed with the reason: the window offers no copy by default
    if default is None:
        facts = representatives.client_facts(vault, q.client_id, day)
        if copy_recipient_refusal(facts, None, day) is not None:
            first = in_control(facts, "receive_copy", day)[0]
            default = guardians[facts.representatives.index(first)].guardian_id
    if q.kind != "access" or q.status != "partially_granted":
        return CopyRecipients(choices, default or CLIENT, barred=tuple(barred),
                              outside=outside(outside_held(vault, q.client_id), export_cover(vault, q).covered)
                              if q.kind == "access" else ())
    items = tuple(RestItem(kind, i.id, i.day) for kind in ACCESS_KINDS
                  for i in held_items(vault, q.client_id, kind, None, None, day))
    return CopyRecipients(choices, default or CLIENT, q.granted, q.denied, items, tuple(barred))


def left_out_items(vault: Vault, q: ClientRequest, on: date | None = None) -> tuple[tuple[RestItem, ...], int]:
    """What the copy of the rest of `q` left out as denied (164.524(d)(1)), each by kind and day
    (never its text), in the order kept; and how many of them the chart no longer holds (destroyed
    since: said by count). Nothing for a request whose copy left nothing out."""
    ids = q.given.left_out if q.given is not None else ()
    if not ids:
        return (), 0
    day = on or date.today()
    found = {i.id: RestItem(kind, i.id, i.day) for kind in ACCESS_KINDS
             for i in held_items(vault, q.client_id, kind, None, None, day)}
    items = tuple(found[i] for i in ids if i in found)
    return items, len(ids) - len(items)


def grant_with_copy(
    vault: Vault,
    request_id: str,
    *,
    folder: Path,
    password: str,
    kinds: tuple[InfoKind, ...] = ACCESS_KINDS,
    date_from: date | None = None,
    date_to: date | None = None,
    on: date | None = None,
    to: str | None = None,
    measures: bool = False,
    given_otherwise: tuple[str, ...] = (),
    leave_out: tuple[str, ...] = (),
    denied_left_out: bool = False,
    leave_drafts: tuple[str, ...] = (),
) -> AccessCopyResult:
    """`to`: CLIENT, or the id of the recorded representative who receives the copy; None: who
    made the request (its recorded representative, else the client). `measures`: the outcome
    measures ride with the progress notes. `given_otherwise`: for the rest of a request denied in
    part, the parts its letter named that were given another way (domain/access_copy_parts);
    `leave_out`: the ids of the items it leaves out as denied, and `denied_left_out` the
    therapist's word that what was denied is left out (domain/access_copy_rest: refused without).
    `leave_drafts`: the ids of the unsigned drafts the therapist chose to leave out (each one the
    copy would carry must be, or the copy is refused before anything is written).

    A part an earlier try gave (services/access_copy_given: the ledger's) is not made again; the
    request is granted once every part asked for is given, in this try or before. The password is
    checked after everything else (check_copy)."""
    from vault_app.services import clients, export, practice, representatives, requests
    from vault_app.services.pdf_document import check_password

    c = checked(vault, request_id, folder=folder, kinds=kinds, date_from=date_from, date_to=date_to, on=on, to=to,
               measures=measures, given_otherwise=given_otherwise, leave_out=leave_out,
               denied_left_out=denied_left_out, leave_drafts=leave_drafts)
    check_password(password)
    q, rest, chosen, measures, otherwise, day = c.q, c.rest, c.chosen, c.measures, c.otherwise, c.day
    guardian_id, facts, before, elsewhere, drafted = c.guardian_id, c.facts, c.before, c.elsewhere, c.drafted
    carried, left, guardian, addressed = c.carried, c.left, c.guardian, c.addressed
    question = representatives.care_consent_question(vault, q.client_id, day) if guardian is not None else ""
    letters_in = clients.get_client(vault, q.client_id).letters_in
    made: list[tuple[str, Path]] = []
    remaining: list[tuple[str, str]] = []
    refusals: list[VaultError] = []
    empty: list[tuple[InfoKind, bool]] = []
    already = [(kind, before[kind].on, before[kind].file) for kind in chosen if kind in before]
    again: list[tuple[InfoKind, date, str]] = []
    for kind in chosen:
        what = INFO_LABELS[kind]
        if kind in before:
            continue  # given by an earlier try: never made nor logged twice
        kept = tuple(i for i in carried[kind] if i not in left)
        whole = len(facts[kind])
        if facts[kind] and not kept:
            continue  # all of it left out (as denied, or drafts): nothing of this kind to give
        if not carried[kind]:
            empty.append((kind, bool(held(vault, q.client_id, kind, None, None, day))))
            continue
        request = DisclosureRequest(
            client_id=q.client_id, kind=kind,
            # "measures" alone: every part of each note, and the chart's measures in the dates.
            # What is left out as denied is never selected: the rest by id (164.524(d)(1)).
            selection=Selection(note_ids=kept if len(kept) != whole else (),
                                date_from=date_from or EARLIEST, date_to=date_to or day,
                                fields=("measures",) if kind == "progress" and measures else ()),
            recipient=addressed, purpose=PURPOSE,
            basis=basis(request_id, guardian_id or "", tuple(d for d in drafted if d in
                                                              {i.id for i in facts[kind]})), on=day,
        )
        # The file name carries the chart number and request id, never the client's name; in the client's
        # letter language, as their notices of closure (domain/export_file_names).
        out = folder / export_file_names.access_copy(c.chart_number, request_id, kind, letters_in)
        try:
            # A file of this name that the ledger does not give as this part (`before`) is no
            # copy given: a try that logged nothing delivered left it. Made again, not refused
            # forever (found in the real app: only a new folder got past it).
            result = export.export(vault, request, out=out, password=password, overwrite=out.exists())
        except VaultError as exc:
            remaining.append((what, f"{exc.message} {exc.hint}".strip()))
            refusals.append(exc)
            continue
        made.append((what, result.path))
        if kind in elsewhere:
            again.append((kind, elsewhere[kind][0].on, elsewhere[kind][1]))
    if remaining:
        return AccessCopyResult(request_id, tuple(made), tuple(remaining), refusals=tuple(refusals), question=question,
                                empty=tuple(empty), rest=rest, left_out=left, already=tuple(already),
                                drafts_left_out=drafted, again=tuple(again))
    if not made and not already:
        others = any(held(vault, q.client_id, k, None, None, day) for k in ACCESS_KINDS if k not in chosen)
        held_otherwise = others or any(elsewhere for _kind, elsewhere in empty)
        return AccessCopyResult(request_id, (), empty=tuple(empty),
                                ways=ways_when_nothing_held(q, day, held_otherwise=held_otherwise,
                                                           state=practice.load(vault).license_state), rest=rest,
                                left_out=left)
    not_held = {kind for kind, _elsewhere in empty}
    # What there is, given (now or by an earlier try): the request is granted in full (164.524(c)(1)),
    # what was not there said. Kept as data (a screen says it in its language) and as the command
    # line's English; the drafts left out by any try with it.
    copied = [k for k in chosen if k in before or INFO_LABELS[k] in {what for what, _p in made}]
    measured = before["progress"].measures if "progress" in before else measures and "progress" not in not_held
    earlier_drafts = tuple(d for part in before.values() for d in part.drafts_left_out if d not in drafted)
    # The whole record asked, the parts no copy here holds keep the request open unless given another
    # way (walk-NY round 36: "granted" with the treatment plan never given, and no word; then closed as
    # "granted, without" it: a part withheld with no ground to deny it, 164.524(c)(1), (d)(1)). Given
    # on paper later: services/access_copy_paper; or denied in writing on a ground (deny_request).
    # A complete open export under the request that held them as they are gave them (found by a walker).
    cover = None if rest else export_cover(vault, q)
    exported = () if cover is None else cover.covered
    held_outside = () if rest else outside(outside_held(vault, q.client_id), (*otherwise, *exported))
    given = replace(_given(copied, list(not_held), date_from, date_to, to=guardian.authority if guardian else ""),
                    measures=measured and "progress" in copied,
                    # Said given by the export, on its day: "given another way" read as printed by hand.
                    otherwise=otherwise if rest else tuple(p for p in OUTSIDE_PARTS if p in otherwise and
                                                           p not in exported),
                    by_export=tuple(p for p in OUTSIDE_PARTS if p in exported),
                    export_on=cover.covered_on if cover is not None else None,
                    left_out=left, drafts_left_out=(*earlier_drafts, *drafted), outside=held_outside)
    if rest:
        # The decision stays as recorded; that the rest was given, and on which day, is kept.
        requests.record_rest_given(vault, request_id, replace(given, on=day))
        return AccessCopyResult(request_id, tuple(made), granted=True, empty=tuple(empty), rest=True, left_out=left,
                                already=tuple(already), drafts_left_out=drafted, again=tuple(again), question=question)
    if held_outside:  # the copy's parts are given (logged); the request waits for the rest
        return AccessCopyResult(request_id, tuple(made), empty=tuple(empty), already=tuple(already),
                                drafts_left_out=drafted, again=tuple(again), question=question, outside=held_outside,
                                chart_number=c.chart_number)
    # Not the ledger's words: a window of this chart text found in the ledger fails a later
    # destruction's verification (found by its test).
    requests.grant_request(vault, request_id, decided_on=day, granted=given.sentence(practice.printing_locale(vault)),
                           given=given)
    return AccessCopyResult(request_id, tuple(made), granted=True, empty=tuple(empty), already=tuple(already),
                            drafts_left_out=drafted, again=tuple(again), question=question, outside=held_outside)


def outside_held(vault: Vault, client_id: str) -> tuple[str, ...]:
    """The parts of the chart no copy here carries that it holds: its treatment plan, its attached
    documents (codes of domain/access_copy_parts)."""
    from vault_app.services import attachments, plans

    return (*(("treatment_plan",) if plans.get_plan(vault, client_id) is not None else ()),
            *(("attachments",) if attachments.list_attachments(vault, client_id) else ()))


def unsigned_drafts(vault: Vault, request_id: str, *, kinds: tuple[InfoKind, ...] = ACCESS_KINDS,
                    date_from: date | None = None, date_to: date | None = None,
                    on: date | None = None, to: str | None = None, measures: bool = False) -> tuple[RestItem, ...]:
    """The unsigned drafts the copy of `request_id` would carry (by kind, id and day, never text),
    in the parts not given yet (to `to`, over these dates, with the outcome measures or not, as
    grant_with_copy takes them): the copy's window asks, before anything is written, whether to
    leave them out or to sign them first."""
    from vault_app.services import requests

    q = requests.get_request(vault, request_id)
    day = on or date.today()
    facts = {kind: held_items(vault, q.client_id, kind, date_from, date_to, day)
             for kind in kinds if kind in ACCESS_KINDS}
    guardian_id = q.guardian_id if to is None else (None if to == CLIENT else to)
    # The measures as the copy asks them: notes given without them are made again (grant_with_copy).
    before = given_parts(vault, q, to=guardian_id or "", items=wanted_items(facts, ()), measures=measures)
    return tuple(RestItem(kind, i.id, i.day) for kind, items in facts.items() if kind not in before
                 for i in items if not i.signed)


def _given(copied: list[InfoKind], not_held: list[InfoKind], date_from: date | None, date_to: date | None,
           *, to: str = "") -> Given:
    """The dates are said only with what was not held, and only when asked from a day (from the
    first record: no dates)."""
    dated = bool(not_held) and date_from is not None and date_from > EARLIEST
    return Given(copied=tuple(k for k in GIVEN_KINDS if k in copied), to=to,
                 not_held=tuple(k for k in GIVEN_KINDS if k in not_held),
                 date_from=date_from if dated else None, date_to=date_to if dated else None)


def close_nothing_held(vault: Vault, request_id: str, *, kinds: tuple[InfoKind, ...] = ACCESS_KINDS,
                       date_from: date | None = None, date_to: date | None = None,
                       on: date | None = None) -> ClientRequest:
    """An access request answered with nothing to copy: the chart holds none of `kinds` in the
    dates (checked here, never taken on the caller's word), the client told so. Closed as
    granted, with what was not held as its words (164.524(b)(2)(i), (d)(3))."""
    from vault_app.services import practice, requests

    q = requests.get_request(vault, request_id)
    # Open only: a request denied in part is refused here as grant_request refuses it (its rest
    # is given by grant_with_copy), before the chart is read.
    q.check_open()
    if q.kind != "access":
        raise InvalidInput("Only an access request is granted with a copy of the record.",
                           code="access_copy.not_access")
    day = on or date.today()
    chosen = [k for k in kinds if k in ACCESS_KINDS] or list(ACCESS_KINDS)
    found = [k for k in chosen if held(vault, q.client_id, k, date_from, date_to, day)]
    if found:
        raise RefusedByPolicy(f"The chart holds {INFO_LABELS[found[0]]} in those dates.",
                              hint="Make the copy of what it holds.", code="access_copy.records_held")
    given = _given([], chosen, date_from, date_to)
    return requests.grant_request(vault, request_id, decided_on=day,
                                  granted=given.sentence(practice.printing_locale(vault)), given=given)


# ACCESS_KINDS, CLIENT, EARLIEST, PURPOSE, check_copy, held, held_items: services/access_copy_check.py's, here too.
__all__ = ["ACCESS_KINDS", "AGAIN_WORDS", "CLIENT", "EARLIEST", "PURPOSE", "WAY_WORDS", "AccessCopyResult",
           "CopyRecipients", "RestItem", "check_copy", "close_nothing_held", "grant_with_copy", "held", "held_items",
           "left_out_items", "open_access_requests", "outside_held", "recipients", "unsigned_drafts"]
