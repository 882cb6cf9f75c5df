"""practice show|update: who the therapist is and the jurisdiction settings the rules use."""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields
from typing import Any

from vault_app.cli import common
from vault_app.cli.guardian_commands import stale_words
from vault_app.cli.minor_consent_words import duty_to_protect_proposal, minor_consent_proposal
from vault_app.cli.retention_offer_words import retention_offer
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import Jurisdiction, identifiers_kept, identifiers_kept_words
from vault_app.services import care_confidentiality, practice

_PROFILE_FIELDS = ("clinician_name", "credentials", "license_number", "license_state", "npi", "tax_id",
                   "practice_name", "address", "phone", "privacy_contact", "locale", "time_zone")
_INT_FIELDS = {f.name for f in fields(Jurisdiction) if f.type in ("int", int)}
# What each field means where it is used (letters, certificates, the rules), for `--help`.
_HELP = {
    "clinician_name": "your name as letters, certificates and signatures print it",
    "credentials": "your credentials after your name (e.g. LCSW, PhD)",
    "license_number": "your license number",
    "license_state": "the state that issued your license (two letters, e.g. TX)",
    "npi": "your National Provider Identifier (10 digits, check digit verified)",
    "tax_id": "the Tax ID superbills print: an EIN (12-3456789) or the last 4 digits of your SSN "
              "(a full SSN is refused, never stored)",
    "practice_name": "the practice's name on letters and PDFs",
    "address": "the practice's address on letters and PDFs",
    "phone": "the practice's phone on letters and PDFs",
    "privacy_contact": "who clients contact about privacy (default: Privacy Officer)",
    "locale": "dates and paper of everything printed, e.g. en_US (default), en_GB, de_DE",
    "time_zone": "the practice's time zone, whose clock the agenda and the sessions' days follow wherever "
                 "this computer is, e.g. America/Los_Angeles; 'computer' for this computer's (default)",
    "name": "what these jurisdiction settings are called, e.g. your state (not empty; "
            "not the retention policy's name)",
    "retention_policy_name": "refused here: 'retention set' names the policy (a preset's name, or Custom)",
    "retention_adult_years": "refused here: set with 'retention set --adult-years' (recorded in the ledger)",
    "retention_minor_years_after_majority": "refused here: set with 'retention set --minor-years'",
    "retention_source": "where the retention years come from (statute, guideline, date checked)",
    "age_of_majority": "refused here: set with 'retention set --age-of-majority'",
    "age_of_consent_for_treatment": "age from which a minor consents to treatment alone "
                                    "(1-30, not above the age of majority; default 18)",
    "minor_consent_source": "where the age of consent comes from (a state's rule: 'decision settings "
                            "--minor-consent-rule'); cleared when the age is changed alone",
    "duty_to_warn": "your state's duty to warn of a threat (default permissive)",
    "elder_abuse_reporting_age": "age from which abuse of an elder is reportable (40-100; default 65)",
    "elder_abuse_scope": "what your state's elder-abuse reporting covers (not empty)",
}


def _shown(profile: practice.PracticeProfile, name: str) -> str:
    if name == "time_zone" and not profile.time_zone:
        return "this computer's"
    return str(getattr(profile, name) or "-")


def _text(profile: practice.PracticeProfile) -> str:
    lines = [f"{name.replace('_', ' ').capitalize():<22} {_shown(profile, name)}" for name in _PROFILE_FIELDS]
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
    if str(changes.get("time_zone", "")).strip().lower() == "computer":
        changes["time_zone"] = ""  # this computer's, the default: an empty argument is awkward to type
    jurisdiction = {
        f.name: getattr(args, f.name) for f in fields(Jurisdiction) if getattr(args, f.name, None) is not None
    }
    if jurisdiction:
        changes["jurisdiction"] = jurisdiction
    with common.unlocked(args) as vault:
        before = practice.load(vault)
        try:
            profile = practice.update(vault, **changes)
        except InvalidInput as refused:
            if refused.code == "practice.time_zone.unknown":  # the screen's "leave it empty", in this command's words
                refused.hint = "--time-zone computer goes back to this computer's zone."
            raise
        # A license state chosen here offers its retention rule, the one the wizard applies (walk-NY
        # round 36: New York's minors kept to 21 under the APA guideline, and nothing said).
        kept = retention_offer(vault, profile.license_state, profile.credentials)
        if args.license_state is None and len(kept) == 1:
            kept = []  # nothing to say: neither the state nor the rule in force is in question
        # The age of consent changed: forms whose signer it now refuses on their signing day are said (kept).
        stale = care_confidentiality.practice_signers_no_longer_valid(vault) \
            if "age_of_consent_for_treatment" in jurisdiction else []
        tag = common.practice_locale(vault)
    # A license state chosen here proposes its minors' consent rule, as the wizard and Settings do.
    proposal = [*minor_consent_proposal(profile.jurisdiction, profile.license_state),
                *duty_to_protect_proposal(profile.jurisdiction, profile.license_state)]
    # A name now another clinician's over the previous one's license (a custodian taking over): said
    # on stderr, the profile saved as asked (domain/practice.identifiers_kept).
    if fields_kept := identifiers_kept(before, profile):
        print(f"warning: {identifiers_kept_words(before, fields_kept)}", file=sys.stderr)
    common.emit(args, profile.as_dict(),
                lambda: "\n".join(["Practice profile saved.", _text(profile), *kept, *proposal,
                                   stale_words(stale, tag).rstrip("\n")]).rstrip("\n"))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("practice", parents=[common_parent], help="practice profile and jurisdiction settings")
    psub = p.add_subparsers(dest="action", required=True)
    show = psub.add_parser("show", parents=[common_parent], help="show the profile and jurisdiction settings")
    show.set_defaults(handler=cmd_show)
    upd = psub.add_parser("update", parents=[common_parent], help="change any of the fields below")
    for name in _PROFILE_FIELDS:
        upd.add_argument("--" + name.replace("_", "-"), dest=name, metavar="ZONE" if name == "time_zone" else "TEXT",
                         help=_HELP[name])
    for f in fields(Jurisdiction):
        kind = int if f.name in _INT_FIELDS else str
        # Short metavars: the field's name in capitals made an 80-column --help unreadable.
        metavar = (None if f.name == "duty_to_warn" else "TEXT" if kind is str
                   else "YEARS" if "years" in f.name else "AGE")
        extra: dict[str, Any] = {"choices": ["mandatory", "permissive", "none"]} if f.name == "duty_to_warn" else {}
        upd.add_argument("--" + f.name.replace("_", "-"), dest=f.name, type=kind, metavar=metavar,
                         help=_HELP[f.name], **extra)
    upd.set_defaults(handler=cmd_update)
