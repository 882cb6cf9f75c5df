"""measure add|correct|list|show|trend: outcome measures (PHQ-9, GAD-7, ...) in a chart."""

from __future__ import annotations

import argparse

from vault_app.cli import common
from vault_app.domain.errors import InvalidInput
from vault_app.domain.measures import get_instrument, instrument_keys
from vault_app.domain.measures.record import Measure, Trend
from vault_app.services import measures
from vault_app.services.clinical_common import resolve_client_id


def _answers(text: str) -> list[int | None]:
    """'1,2,0,...' or '120...' (one digit per item); '-' or an empty place marks a missing answer."""
    raw = text.strip()
    parts = [p.strip() for p in raw.split(",")] if "," in raw else list(raw.replace(" ", ""))
    out: list[int | None] = []
    for p in parts:
        if p in ("", "-"):
            out.append(None)
        elif p.isdigit():
            out.append(int(p))
        else:
            raise InvalidInput(f"'{p}' is not an answer; give numbers like 1,0,2,...")
    return out


def _line(m: Measure, tag: str) -> str:
    title = get_instrument(m.instrument).title
    flag = "  RISK: " + ", ".join(m.risk_items) if m.risk else ""
    fixed = f"  (corrected by {m.superseded_by})" if m.superseded_by else ""
    return f"{m.measure_id}  {common.date_shown(m.taken_on, tag)}  {title:<6} {m.total:>2} {m.band}{flag}{fixed}"


def _recorded_text(r: measures.RecordedMeasure) -> str:
    m = r.measure
    lines = [f"Recorded {r.instrument.title}: total {m.total} of {r.instrument.maximum} ({m.band}), "
             f"id {m.measure_id}" + (f", session {m.session_id}" if m.session_id else ", no session")]
    if r.flag:
        where = {
            "noted_in_draft": f"a line was added to the session's draft note {r.flag.note_id}",
            "draft_started": f"a draft progress note {r.flag.note_id} was started for the session with a line",
            "note_signed": f"the session's note {r.flag.note_id} is signed and was not changed; add an addendum",
            "no_session": "no session is linked, so no note was changed",
        }[r.flag.note_outcome]
        lines += ["", "RISK FLAG: " + r.flag.message, "  " + where + ".", "  Next steps:"]
        lines += [f"  - {step}" for step in r.flag.next_steps]
        lines.append(f"  (vault-app decision add {r.measure.client_id} --trigger {r.flag.decision_trigger})")
    return "\n".join(lines)


def cmd_add(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        r = measures.record_measure(vault, resolve_client_id(vault, args.client), args.instrument,
                                    _answers(args.answers), session_id=args.session, taken_on=args.date)
    common.emit(args, r.as_dict(), lambda: _recorded_text(r))
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        r = measures.correct_measure(vault, args.id, _answers(args.answers), reason=args.reason)
    common.emit(args, r.as_dict(), lambda: _recorded_text(r) + f"\n(replaces {args.id})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = measures.list_measures(vault, resolve_client_id(vault, args.client), instrument=args.instrument,
                                       include_superseded=args.all)
        tag = common.practice_locale(vault)
    common.emit(args, [m.as_dict() for m in found],
                lambda: "\n".join(_line(m, tag) for m in found) or "No measures.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        r = measures.show_measure(vault, args.id)
        tag = common.practice_locale(vault)

    def text() -> str:
        i, m = r.instrument, r.measure
        rows = [f"{i.title} ({i.name}), {common.date_shown(m.taken_on, tag)}: total {m.total} of {i.maximum}, {m.band}",
                f"id {m.measure_id}; session {m.session_id or '-'}; entered by {m.entered_by or '-'}"]
        if m.replaces:
            rows.append(f"corrects {m.replaces}: {m.correction_reason}")
        if m.superseded_by:
            rows.append(f"corrected by {m.superseded_by}")
        rows.append(i.prompt)
        rows += [f"{n:>2}. {item.text}: {v} ({i.option_label(v)})"
                 for n, (item, v) in enumerate(zip(i.items, m.answers, strict=True), 1)]
        if r.flag:
            rows.append("RISK FLAG: " + r.flag.message)
        rows.append("Source: " + i.citation)
        return "\n".join(rows)

    common.emit(args, r.as_dict(), text)
    return 0


def _trend_text(t: Trend, tag: str) -> str:
    lines = [f"{t.instrument.title} (reliable change: {t.instrument.reliable_change} points)"]
    lines += [f"  {common.date_shown(p.taken_on, tag)}  {p.total:>2}  {p.band:<18} {p.change_from_baseline}"
              for p in t.points]
    return "\n".join(lines)


def cmd_trend(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        cid = resolve_client_id(vault, args.client)
        found = [measures.trend(vault, cid, args.instrument)] if args.instrument else measures.trends(vault, cid)
        tag = common.practice_locale(vault)
    common.emit(args, [t.as_dict() for t in found],
                lambda: "\n\n".join(_trend_text(t, tag) for t in found) or "No measures.")
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    names = ", ".join(instrument_keys())
    p = sub.add_parser("measure", parents=[common_parent],
                       help="outcome measures (PHQ-9, GAD-7): add, correct, list, show, trend")
    msub = p.add_subparsers(dest="action", required=True)
    a = msub.add_parser("add", parents=[common_parent], help="enter a completed measure for a session or a date")
    a.add_argument("--client", required=True, help="client id or chart number")
    a.add_argument("--instrument", required=True, help=f"one of: {names}")
    a.add_argument("--answers", required=True,
                   help="the item answers in order, e.g. 1,0,2,3,1,0,0,1,0 (PHQ-9: 9 items, 0-3 each)")
    a.add_argument("--session", help="the session it was given in (default: the one session on --date, if any)")
    a.add_argument("--date", metavar="DATE", help="the day it was taken (default: the session's date, else today)")
    a.set_defaults(handler=cmd_add)
    c = msub.add_parser("correct", parents=[common_parent], help="replace a mistyped entry (the original is kept)")
    c.add_argument("id", help="id of the measure to correct")
    c.add_argument("--answers", required=True, help="all the item answers again, in order, e.g. 1,0,2,3,1,0,0,1,0")
    c.add_argument("--reason", required=True, help="why the entry was wrong (kept with the correction)")
    c.set_defaults(handler=cmd_correct)
    ls = msub.add_parser("list", parents=[common_parent], help="a chart's measures, oldest first")
    ls.add_argument("--client", required=True, help="client id or chart number")
    ls.add_argument("--instrument", help=f"only this instrument: {names} (default: all)")
    ls.add_argument("--all", action="store_true", help="include entries replaced by a correction")
    ls.set_defaults(handler=cmd_list)
    sh = msub.add_parser("show", parents=[common_parent], help="one measure with its item answers")
    sh.add_argument("id", help="measure id")
    sh.set_defaults(handler=cmd_show)
    t = msub.add_parser("trend", parents=[common_parent], help="scores over time with reliable change")
    t.add_argument("--client", required=True, help="client id or chart number")
    t.add_argument("--instrument", help=f"only this instrument: {names} (default: each one taken)")
    t.set_defaults(handler=cmd_trend)
