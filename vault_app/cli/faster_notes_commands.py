"""carry-forward start|sign and snippet add|list|remove|expand: faster notes (issue #19 item 2)."""

from __future__ import annotations

import argparse

from vault_app.cli import common
from vault_app.domain.plurals import counted
from vault_app.services import faster_notes
from vault_app.services.clinical_common import resolve_client_id


def cmd_carry(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        c = faster_notes.start_from_last(vault, resolve_client_id(vault, args.client), session_id=args.session,
                                         note_date=args.date)
        tag = common.practice_locale(vault)
    data = {"note": c.note.as_dict(), "from_note_id": c.from_note_id, "from_date": c.from_date.isoformat(),
            "carried_sections": list(c.carried_sections), "carried_goal_ids": list(c.carried_goal_ids)}
    common.emit(args, data, lambda: (
        f"Started draft note {c.note.note_id} from the note of {common.date_shown(c.from_date, tag)} (carried: "
        f"{', '.join(c.carried_sections) or 'no text'}; {counted(len(c.carried_goal_ids), 'goal')}).\n"
        "Edit the carried text before signing, then 'vault-app carry-forward sign NOTE_ID'."))
    return 0


def cmd_carry_sign(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        note = faster_notes.sign_note(vault, args.note_id)
    common.emit(args, note.as_dict(), f"Signed {note.note_id}.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    text = common.read_text_arg(args.text, args.file)
    with common.unlocked(args) as vault:
        s = faster_notes.save_snippet(vault, args.trigger, text)
    common.emit(args, {"snippet_id": s.snippet_id, "trigger": s.trigger, "text": s.body},
                f"Saved snippet {s.trigger} ({len(s.body)} characters).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = faster_notes.list_snippets(vault)
    common.emit(args, [{"snippet_id": s.snippet_id, "trigger": s.trigger, "text": s.body} for s in found],
                lambda: "\n".join(f"{s.trigger:<12} {s.body.splitlines()[0][:60]}" for s in found) or "No snippets.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        faster_notes.delete_snippet(vault, args.trigger)
    common.emit(args, {"removed": args.trigger}, f"Removed {args.trigger}.")
    return 0


def cmd_expand(args: argparse.Namespace) -> int:
    text = common.read_text_arg(args.text, args.file)
    with common.unlocked(args) as vault:
        out = faster_notes.expand(vault, text)
    common.emit(args, {"text": out}, out)
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    c = sub.add_parser("carry-forward", parents=[common_parent],
                       help="start a progress note from the chart's newest signed note (plan and goals, "
                            "marked as carried; a newer draft is passed over)")
    csub = c.add_subparsers(dest="action", required=True)
    st = csub.add_parser("start", parents=[common_parent], help="a new draft from the newest signed note")
    st.add_argument("client", help="client id or chart number")
    st.add_argument("--session", help="the session the new note is for")
    st.add_argument("--date", metavar="DATE", help="the new note's date (default: the session's, else today)")
    st.set_defaults(handler=cmd_carry)
    s = csub.add_parser("sign", parents=[common_parent], help="sign a note, refusing carried text left unedited")
    s.add_argument("note_id", help="id of the draft progress note")
    s.set_defaults(handler=cmd_carry_sign)
    p = sub.add_parser("snippet", parents=[common_parent], help="personal text snippets (kept encrypted)")
    psub = p.add_subparsers(dest="action", required=True)
    a = psub.add_parser("add", parents=[common_parent], help="add or replace a snippet")
    a.add_argument("trigger", help="e.g. ';ms' (';', '/' or '\\' and up to 20 letters or digits)")
    a.add_argument("--text", help="what the trigger expands to (or --file)")
    a.add_argument("--file", help="read the text from FILE ('-' for standard input)")
    a.set_defaults(handler=cmd_add)
    ls = psub.add_parser("list", parents=[common_parent], help="list your snippets")
    ls.set_defaults(handler=cmd_list)
    rm = psub.add_parser("remove", parents=[common_parent], help="remove a snippet")
    rm.add_argument("trigger", help="the snippet's trigger, e.g. ';ms'")
    rm.set_defaults(handler=cmd_remove)
    ex = psub.add_parser("expand", parents=[common_parent], help="expand the triggers in a text (for scripts)")
    ex.add_argument("--text", help=f"the text to expand ({common.TEXT_ARG_SEEN})")
    ex.add_argument("--file", help="read the text from FILE ('-' for standard input)")
    ex.set_defaults(handler=cmd_expand)
