"""practice show|update: who the therapist is and the jurisdiction settings the rules use."""

from __future__ import annotations

import argparse
from dataclasses import fields
from typing import Any

from vault_app.cli import common
from vault_app.domain.practice import Jurisdiction
from vault_app.services import practice

_PROFILE_FIELDS = ("clinician_name", "credentials", "license_number", "license_state", "npi", "practice_name",
                   "address", "phone", "privacy_contact", "locale")
_INT_FIELDS = {f.name for f in fields(Jurisdiction) if f.type in ("int", int)}


def _text(profile: practice.PracticeProfile) -> str:
    lines = [f"{name.replace('_', ' ').capitalize():<22} {getattr(profile, name) or '-'}" for name in _PROFILE_FIELDS]
    lines.append("Jurisdiction settings (edit them for your state; the app gives no legal advice):")
    for f in fields(Jurisdiction):
        lines.append(f"  {f.name.replace('_', ' '):<36} {getattr(profile.jurisdiction, f.name)}")
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        profile = practice.load(vault)
    common.emit(args, profile.as_dict(), lambda: _text(profile))
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {name: getattr(args, name) for name in _PROFILE_FIELDS if getattr(args, name) is not None}
    jurisdiction = {
        f.name: getattr(args, f.name) for f in fields(Jurisdiction) if getattr(args, f.name, None) is not None
    }
    if jurisdiction:
        changes["jurisdiction"] = jurisdiction
    with common.unlocked(args) as vault:
        profile = practice.update(vault, **changes)
    common.emit(args, profile.as_dict(), lambda: "Practice profile saved.\n" + _text(profile))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("practice", parents=[common_parent], help="practice profile and jurisdiction settings")
    psub = p.add_subparsers(dest="action", required=True)
    show = psub.add_parser("show", parents=[common_parent], help="show the profile and jurisdiction settings")
    show.set_defaults(handler=cmd_show)
    upd = psub.add_parser("update", parents=[common_parent], help="change any of the fields below")
    for name in _PROFILE_FIELDS:
        upd.add_argument("--" + name.replace("_", "-"), dest=name)
    for f in fields(Jurisdiction):
        kind = int if f.name in _INT_FIELDS else str
        extra: dict[str, Any] = {"choices": ["mandatory", "permissive", "none"]} if f.name == "duty_to_warn" else {}
        upd.add_argument("--" + f.name.replace("_", "-"), dest=f.name, type=kind, **extra)
    upd.set_defaults(handler=cmd_update)
