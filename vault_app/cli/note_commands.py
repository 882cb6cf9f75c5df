"""note add|show|list|sign|amend and search. Psychotherapy notes are handled only with
--kind psychotherapy / --psychotherapy, which unlocks that compartment explicitly."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from vault_app.cli import common
from vault_app.domain.clinical_notes import NoteHistory, ProgressNote, PsychotherapyNote
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.note_templates import TEMPLATES, get_template, render
from vault_app.domain.plurals import counted
from vault_app.domain.same_day_sessions import ATTACH, SEPARATE, SessionChoice, default_choice
from vault_app.services import notes, practice_zone, sessions
from vault_app.services import psychotherapy_originals as originals
from vault_app.services.clinical_common import resolve_client_id

KINDS = ("progress", "psychotherapy")


def _psy(args: argparse.Namespace) -> bool:
    return getattr(args, "kind", "progress") == "psychotherapy"


def _warn(args: argparse.Namespace, warnings: list[dict[str, str]]) -> None:
    if warnings and not getattr(args, "json", False):
        for w in warnings:
            print(f"warning: this psychotherapy note {w['message']}.", file=sys.stderr)
        print("  HIPAA 45 CFR 164.501 keeps those on the session / progress-note side.", file=sys.stderr)


def _note_text(note: ProgressNote | PsychotherapyNote) -> str:
    if isinstance(note, PsychotherapyNote):
        return note.body
    return render(get_template(note.template), note.sections)


def _header(note: Any, tag: str) -> str:
    signed = (f"signed {common.moment(note.signature.signed_at, tag)} by {note.signature.signed_by}"
              if note.signature else "DRAFT")
    return (f"{note.kind} note {note.note_id}  {common.date_shown(note.note_date, tag)}  client {note.client_id}  "
            f"{'' if note.kind == 'psychotherapy' else note.template.upper() + '  '}{signed}")


def _history_text(history: NoteHistory, tag: str) -> str:
    note = history.note
    lines = [_header(note, tag)]
    if history.signature_valid is False:
        lines.append("WARNING: the text no longer matches its signature.")
    lines += ["", _note_text(note)]
    if isinstance(note, ProgressNote):
        if note.interventions:
            lines.append("\nInterventions: " + ", ".join(note.interventions))
        if note.goal_ids:
            lines.append("Goals: " + ", ".join(note.goal_ids))
        if note.risk:
            r = note.risk
            lines.append(f"Risk: ideation {r.ideation}, plan {r.plan}, intent {r.intent}, means {r.means}, "
                         f"level {r.level}; protective: {r.protective_factors or '-'}; "
                         f"safety plan: {r.safety_plan or '-'}")
    for a in history.amendments:
        lines.append(f"\n{a.kind.upper()} {a.amendment_id} by {a.author} at {common.moment(a.created_at, tag)}"
                     + (f" - reason: {a.reason}" if a.reason else ""))
        lines.append(a.text)
    return "\n".join(lines)


def cmd_note_add(args: argparse.Namespace) -> int:
    if _psy(args) and (args.new_session or args.minutes is not None or args.start):
        raise InvalidInput("--new-session, --minutes and --start are for progress notes.",
                           hint="A psychotherapy note refers to a session with --session.")
    text = common.read_text_arg(args.text, args.file)
    said = ""
    with common.unlocked(args, psychotherapy=_psy(args)) as vault:
        client_id = resolve_client_id(vault, args.client)
        warnings: list[dict[str, str]] = []
        if _psy(args):
            saved = notes.create_psychotherapy_note(vault, client_id, text, session_id=args.session,
                                                    note_date=args.date)
            note: Any = saved.note
            warnings = [w.as_dict() for w in saved.warnings]
            if args.sign:
                note = notes.sign_psychotherapy_note(vault, note.note_id)
        else:
            session_id, said = _session_for(vault, client_id, args)
            note = notes.create_progress_note(
                vault, client_id, template=args.template, text=text, session_id=session_id, note_date=args.date,
                interventions=args.intervention or [], goal_ids=args.goal or [],
            )
            if args.sign:
                note = notes.sign_note(vault, note.note_id)
    _warn(args, warnings)
    common.emit(args, {"note": note.as_dict(), "warnings": warnings, "session": said},
                f"{'Signed' if note.signed else 'Draft saved'}: {note.kind} note {note.note_id}"
                + (f"\n{said}" if said else ""))
    return 0


def _session_for(vault: Any, client_id: str, args: argparse.Namespace) -> tuple[str | None, str]:
    """The session a new progress note documents, and a sentence saying which. A day that has
    a session already is not billed again: the note attaches to it unless --new-session."""
    if args.session is not None:
        if args.new_session:
            raise InvalidInput("Give --session or --new-session, not both.")
        return args.session, ""
    day = args.date or practice_zone.today(vault).isoformat()  # the session's day on the practice's clock
    existing = sessions.same_day(vault, client_id, day)
    shown = common.date_shown(day, common.practice_locale(vault))
    if args.new_session:
        if args.minutes is None:
            raise InvalidInput("Say how long the new session was.", hint="Add --minutes N, e.g. --minutes 53.")
        # As the note window records it: no visit until the note is signed (records migration 0104).
        added = sessions.add_session(vault, client_id, date=day, duration_minutes=args.minutes, start_time=args.start,
                                     draft_only=True)
        also = f" ({counted(len(existing), 'other session')} that day)" if existing else ""
        # With --sign the note is signed next, before this is printed (found by a walker: "Signed:"
        # was followed by "a visit once the note is signed").
        then = "now that the note is signed" if args.sign else "once the note is signed"
        return added.session_id, f"Recorded a separate session {added.session_id} on {shown}{also}: a visit {then}."
    chosen = default_choice(existing)
    if chosen.choice == ATTACH:
        return chosen.session_id, f"Attached to the session already recorded on {shown}: {chosen.session_id}."
    if existing and all(s.provisional for s in existing):
        # Another draft's session, no visit yet: not "already has a note" as if it were the visit.
        return None, (f"No session: {'the session' if len(existing) == 1 else f'all {len(existing)} sessions'} on "
                      f"{shown} {'was' if len(existing) == 1 else 'were'} recorded for another note still unsigned "
                      "(not a visit until it is signed). Give --new-session --minutes N for a second visit that day.")
    if existing:
        which = "the session" if len(existing) == 1 else f"all {len(existing)} sessions"
        return None, (f"No session: {which} on {shown} already {'has a note' if len(existing) == 1 else 'have notes'}"
                      " (the visit is billed once). Give --new-session --minutes N for a second visit that day.")
    return None, ""


def cmd_note_show(args: argparse.Namespace) -> int:
    with common.unlocked(args, psychotherapy=_psy(args)) as vault:
        history = notes.history(vault, args.note, args.kind)
        if args.print:
            notes.record_print(vault, args.note, kind=args.kind)
        tag = common.practice_locale(vault)
    common.emit(args, history.as_dict(), lambda: _history_text(history, tag))
    return 0


def cmd_note_list(args: argparse.Namespace) -> int:
    if args.older_than is not None and not args.unsigned:
        # Found: without --unsigned the chart's notes were listed and --older-than silently ignored.
        raise InvalidInput("--older-than works only with --unsigned (unsigned notes older than DAYS days).",
                           hint="Add --unsigned, or leave --older-than out to list the chart's notes.")
    with common.unlocked(args, psychotherapy=_psy(args)) as vault:
        if args.unsigned:
            found = notes.unsigned_notes(vault, older_than_days=args.older_than, include_psychotherapy=_psy(args))
            if args.client:
                client_id = resolve_client_id(vault, args.client)
                found = [n for n in found if n.client_id == client_id]
        else:
            if not args.client:
                raise InvalidInput("Name the client (id or chart number), or use --unsigned.")
            client_id = resolve_client_id(vault, args.client)
            # Newest first: --limit keeps the N newest of either kind (found: psychotherapy notes
            # were all listed, whatever --limit said).
            found = (notes.list_psychotherapy_notes(vault, client_id)[: args.limit] if _psy(args)
                     else notes.list_notes(vault, client_id, limit=args.limit))
        tag = common.practice_locale(vault)
    common.emit(args, [n.as_dict() for n in found], lambda: "\n".join(
        f"{n.note_id} {common.date_shown(n.note_date, tag)} {n.kind:<13} {n.template:<5} "
        f"{'signed' if n.signed else 'DRAFT':<6} "
        f"{n.preview[:70]}" for n in found
    ) or "No notes.")
    return 0


def cmd_note_sign(args: argparse.Namespace) -> int:
    with common.unlocked(args, psychotherapy=_psy(args)) as vault:
        note = notes.sign(vault, args.note, args.kind)
    assert note.signature is not None
    common.emit(args, note.as_dict(), f"Signed {note.kind} note {note.note_id}; it can no longer be changed "
                                      f"(add addenda or amendments instead).")
    return 0


def cmd_note_discard(args: argparse.Namespace) -> int:
    """Delete an unsigned draft written by mistake (the note editor's "Discard draft…"). An
    imported psychotherapy draft keeps its original PDF: refused unless told what becomes of it."""
    choice = originals.KEEP if args.keep_original else originals.DISCARD if args.discard_original else None
    with common.unlocked(args, psychotherapy=_psy(args)) as vault:
        try:
            said = notes.discard(vault, args.note, args.kind, original=choice)
        except RefusedByPolicy as err:
            if err.code != originals.CHOICE_NEEDED:
                raise
            raise RefusedByPolicy(
                f"{err.message} Nothing was discarded.",
                hint="Run it again with --keep-original to keep the PDF as a record of its own (in the "
                     "psychotherapy compartment, shown in the app's Psychotherapy tab), or with --discard-original "
                     "to delete it with the draft.", code=originals.CHOICE_NEEDED) from None
    kept = {"kept": f" Its original PDF is kept on its own (id {said.get('kept_original_id')}), listed in the app's "
                    "Psychotherapy tab.",
            "discarded": " Its original PDF is deleted too."}.get(said.get("original", ""), "")
    common.emit(args, {"discarded": args.note, "kind": args.kind, **said},
                f"Discarded draft {args.note}: its text is deleted (the audit ledger keeps that a draft was "
                f"discarded, not its text).{kept} A session it documented stays in the chart (the desktop app's "
                f"Correct session details… removes one that did not take place).")
    return 0


def cmd_note_link_session(args: argparse.Namespace) -> int:
    """Give a progress note saved without a session the session it documents (of its day)."""
    from vault_app.services import note_sessions

    if args.session is not None and args.new_session:
        raise InvalidInput("Give --session or --new-session, not both.")
    if not args.new_session and (args.minutes is not None or args.start):
        raise InvalidInput("--minutes and --start describe a new session.", hint="Add --new-session.")
    wanted = (SessionChoice(SEPARATE) if args.new_session
              else SessionChoice(ATTACH, args.session) if args.session is not None else None)
    with common.unlocked(args) as vault:
        note = note_sessions.link_session(vault, args.note, wanted,
                                          {"duration_minutes": args.minutes, "start_time": args.start})
        tag = common.practice_locale(vault)
    common.emit(args, note.as_dict(),
                f"Note {note.note_id} now documents {'the new ' if args.new_session else ''}session "
                f"{note.session_id} on {common.date_shown(note.note_date, tag)}.")
    return 0


def cmd_note_goals(args: argparse.Namespace) -> int:
    """Add treatment-plan goals to a draft progress note (the note editor's "Add goals")."""
    # Imported by the commands that use them (also search's): every note command loaded both.
    from vault_app.services import note_goals

    with common.unlocked(args) as vault:
        note = note_goals.add_goals_to_note(vault, args.note, args.goal)
    common.emit(args, note.as_dict(), f"Goals recorded with note {note.note_id}: {', '.join(note.goal_ids)}.")
    return 0


def cmd_note_amend(args: argparse.Namespace) -> int:
    text = common.read_text_arg(args.text, args.file)
    change = "amendment" if args.amendment else "addendum"
    with common.unlocked(args, psychotherapy=_psy(args)) as vault:
        amendment = notes.amend(vault, args.note, text, kind=args.kind, change=change, reason=args.reason or "")
    common.emit(args, amendment.as_dict(), f"{change.capitalize()} {amendment.amendment_id} added to {args.note}.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from vault_app.services import search, search_rebuild
    from vault_app.services.clients_page import chart_numbers

    def rebuilding() -> None:
        # Before the wait: a restore's first search takes seconds (tens at a large practice).
        if getattr(args, "json", False):
            print(json.dumps({"notice": "search-index-rebuilding", "message": "Rebuilding the search index..."}),
                  file=sys.stderr)
        else:
            print("Rebuilding the search index...", file=sys.stderr)
        sys.stderr.flush()

    # The unlock does not rebuild a missing or stale index (a restore); this command waits for it.
    with search_rebuild.rebuilt_beside(), common.unlocked(args, psychotherapy=args.psychotherapy) as vault:
        search_rebuild.wait_for_rebuild(vault, rebuilding, psychotherapy=args.psychotherapy)
        client_id = resolve_client_id(vault, args.client) if args.client else None
        found = search.search(vault, args.query, psychotherapy=args.psychotherapy, client_id=client_id,
                              limit=args.limit)
        tag = common.practice_locale(vault)
        # A note match is named by its chart number, as a document match is (found: the
        # chart's hex id alone on a note's line); the charts of these hits only.
        noted = [*found.notes, *(found.psychotherapy_notes or ())]
        charts = chart_numbers(vault, {h.client_id for h in noted})

    def text() -> str:
        lines = [f"client  {c.chart_number:<12} {c.preferred_name or c.legal_name}  {c.client_id}"
                 for c in found.clients]
        groups = [("", found.notes)]
        if found.psychotherapy_notes is not None:
            groups.append(("psychotherapy ", found.psychotherapy_notes))
        for label, hits in groups:
            for h in hits:
                where = f" (in {h.template} {h.amendment_id})" if h.amendment_id else ""
                lines.append(f"{label}note {h.note_id} {common.date_shown(h.note_date, tag)} "
                             f"chart {charts.get(h.client_id, '-')} client {h.client_id}{where}\n    {h.snippet}")
        for d in found.documents:
            day = f" {common.date_shown(d.document_date, tag)}" if d.document_date else ""
            lines.append(f"document {d.attachment_id} chart {d.chart_number} \"{d.title}\" ({d.kind.replace('_', ' ')}"
                         f"{day}) client {d.client_id}\n    {d.snippet}")
        if found.recent_only:
            lines.append("(common words: ranked among the most recent matching notes)")
        return "\n".join(lines) or "No matches."

    common.emit(args, found.as_dict(), text)
    return 0


def cmd_note_hold(args: argparse.Namespace) -> int:
    # Imported when run: every command that builds the note parser (search too) would load it.
    from vault_app.cli import joint_held_commands

    return joint_held_commands.cmd_note_hold(args)


def cmd_note_unhold(args: argparse.Namespace) -> int:
    from vault_app.cli import joint_held_commands

    return joint_held_commands.cmd_note_unhold(args)


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("note", parents=[common_parent], help="progress and psychotherapy notes")
    nsub = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    def kind_arg(q: argparse.ArgumentParser) -> None:
        q.add_argument("--kind", choices=KINDS, default="progress",
                       help="psychotherapy notes need this explicitly (unlocks that compartment)")

    a = nsub.add_parser("add", parents=[common_parent], help="write a note (a draft unless --sign)")
    a.add_argument("client", help="client id or chart number")
    kind_arg(a)
    a.add_argument("--template", choices=sorted(TEMPLATES), default="soap",
                   help="progress notes: headings like 'Subjective:' on their own line split the text")
    a.add_argument("--text", help=f"the note's text ({common.TEXT_ARG_SEEN})")
    a.add_argument("--file", help="read the text from FILE ('-' for standard input)")
    a.add_argument("--session", help="session id (default: the one session on --date without a note, if any)")
    a.add_argument("--new-session", action="store_true",
                   help="record a separate session for this note (a second visit that day); with --minutes")
    a.add_argument("--minutes", type=common.counted, metavar="N", help="with --new-session: its length")
    a.add_argument("--start", metavar="HH:MM", help="with --new-session: when it started")
    a.add_argument("--date", help="date of service (default: the session's date or today)")
    a.add_argument("--intervention", action="append", help="an intervention used, e.g. CBT (progress notes; repeat)")
    a.add_argument("--goal", action="append", help="treatment-plan goal id (repeat)")
    a.add_argument("--sign", action="store_true", help="sign and lock right away")
    a.set_defaults(handler=cmd_note_add)
    s = nsub.add_parser("show", parents=[common_parent], help="show a note with its full history (logged)")
    s.add_argument("note", help="note id")
    kind_arg(s)
    s.add_argument("--print", action="store_true", help="record that the note is being printed")
    s.set_defaults(handler=cmd_note_show)
    ls = nsub.add_parser("list", parents=[common_parent], help="list a chart's notes, or unsigned ones")
    ls.add_argument("client", nargs="?", help="client id or chart number (optional with --unsigned)")
    kind_arg(ls)
    ls.add_argument("--unsigned", action="store_true", help="only notes unsigned past the limit")
    ls.add_argument("--older-than", type=int, metavar="DAYS", help="with --unsigned: override the limit")
    ls.add_argument("--limit", type=common.counted, metavar="N", help="only the chart's N newest notes")
    ls.set_defaults(handler=cmd_note_list)
    sg = nsub.add_parser("sign", parents=[common_parent], help="sign and lock a note")
    sg.add_argument("note", help="note id")
    kind_arg(sg)
    sg.set_defaults(handler=cmd_note_sign)
    dc = nsub.add_parser("discard", parents=[common_parent], help="delete an unsigned draft written by mistake")
    dc.add_argument("note", help="note id")
    kind_arg(dc)
    keep = dc.add_mutually_exclusive_group()
    keep.add_argument("--keep-original", action="store_true",
                      help="an imported psychotherapy draft: keep its original PDF as a record of its own")
    keep.add_argument("--discard-original", action="store_true",
                      help="an imported psychotherapy draft: delete its original PDF with it (one of the two is "
                           "required for such a draft)")
    dc.set_defaults(handler=cmd_note_discard)
    lk = nsub.add_parser("link-session", parents=[common_parent],
                         help="give a progress note saved without a session the session of its day it documents")
    lk.add_argument("note", help="id of the unsigned progress note")
    lk.add_argument("--session", help="session id (default: the one session of the note's day without a note)")
    lk.add_argument("--new-session", action="store_true",
                    help="record the session now, on the note's day (a second visit if it has one); with --minutes")
    lk.add_argument("--minutes", type=common.counted, metavar="N", help="with --new-session: its length")
    lk.add_argument("--start", metavar="HH:MM", help="with --new-session: when it started")
    lk.set_defaults(handler=cmd_note_link_session)
    gl = nsub.add_parser("goals", parents=[common_parent],
                         help="add treatment-plan goals to a draft progress note (written into its text)")
    gl.add_argument("note", help="id of the draft progress note")
    gl.add_argument("goal", nargs="+", help="goal id from 'vault-app plan show'")
    gl.set_defaults(handler=cmd_note_goals)
    am = nsub.add_parser("amend", parents=[common_parent], help="add an addendum or amendment to a signed note")
    am.add_argument("note", help="id of the signed note")
    kind_arg(am)
    am.add_argument("--text", help=f"the addendum's or amendment's text ({common.TEXT_ARG_SEEN})")
    am.add_argument("--file", help="read the text from FILE ('-' for standard input)")
    am.add_argument("--amendment", action="store_true", help="a correction (needs --reason); default: addendum")
    am.add_argument("--reason", help="why the note is corrected (with --amendment)")
    am.set_defaults(handler=cmd_note_amend)
    h = nsub.add_parser("hold", parents=[common_parent],
                        help="hold a couple's or family's note in confidence for one member (kept out of a joint "
                             "release)")
    h.add_argument("note", help="id of the case chart's progress note")
    h.add_argument("--member", required=True, help="the member who told it: client id or chart number")
    h.set_defaults(handler=cmd_note_hold)
    u = nsub.add_parser("unhold", parents=[common_parent],
                        help="make a note held in confidence part of the joint record again")
    u.add_argument("note", help="id of the held progress note")
    u.set_defaults(handler=cmd_note_unhold)

    q = sub.add_parser("search", parents=[common_parent],
                       help="full-text search of names, notes and attached documents")
    q.add_argument("query", help='words that must all appear; also "a phrase", prefix*, this OR that')
    q.add_argument("--psychotherapy", action="store_true", help="also search psychotherapy notes (unlocks them)")
    q.add_argument("--client", help="only this chart")
    q.add_argument("--limit", type=int, default=20, help="at most this many of each kind of match (default 20)")
    q.set_defaults(handler=cmd_search)
