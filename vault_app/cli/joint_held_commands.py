"""note hold|unhold (parsed in note_commands.py): a couple's or family's progress note held in
confidence for one member, so that a release of the joint record leaves it out (domain/joint_held.py)."""

from __future__ import annotations

import argparse

from vault_app.cli import common
from vault_app.services import joint_held


def cmd_note_hold(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        mark = joint_held.hold(vault, args.note, args.member)
    common.emit(args, mark.as_dict(),
                f"Note {mark.note_id} is held in confidence for member {mark.member_id}: a release of the joint "
                "record leaves it out unless that member alone authorizes it.")
    return 0


def cmd_note_unhold(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        mark = joint_held.clear(vault, args.note)
    common.emit(args, {**mark.as_dict(), "held": False},
                f"Note {mark.note_id} is no longer held in confidence for member {mark.member_id}: it is part of "
                "the joint record again.")
    return 0

