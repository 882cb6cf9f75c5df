"""guardian list|update|remove: a client's parents, guardians and other representatives.
(Adding one is `client update --guardian NAME`.)"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from vault_app.cli import common
from vault_app.domain.clinical import GUARDIAN_AUTHORITIES, Client, Guardian
from vault_app.domain.representatives import guardian_ends_by_law
from vault_app.services import clients, guardians, representatives
from vault_app.services.clinical_common import age_of_majority, today
from vault_app.services.vault import Vault

_TEXT_OPTIONS = (("name", "name"), ("relationship", "relationship"), ("phone", "phone"), ("address", "address"),
                 ("notes", "notes"), ("valid_from", "from"), ("valid_until", "until"),
                 ("majority_order_attachment_id", "majority_order"), ("declined_on", "declined_on"),
                 ("declined_reason", "declined_reason"))
_HELP = {
    "name": "their name",
    "relationship": "their relationship to the client, e.g. mother",
    "phone": "their phone number",
    "address": "their address",
    "notes": "anything else to keep with them",
    "valid_from": "the day their authority began; '' clears it",
    "valid_until": "the day their authority ended or ends; '' clears it",
    "majority_order_attachment_id": "attachment id of a court order keeping their authority past the age of "
                                    "majority (45 CFR 164.502(g)(2)); '' clears it",
    "declined_on": "date you decided not to treat them as the client's representative (45 CFR 164.502(g)(5))",
    "declined_reason": "your reason (reasonable belief of abuse, neglect or endangerment; best interest)",
}
_CLEARABLE = ("valid_from", "valid_until", "majority_order_attachment_id", "declined_on")


class LegalEnds:
    """The day each parent's (or a minor's guardian's) authority ends by law: the client's birthday
    of majority, unless a recorded end comes first (domain rule guardian_ends_by_law). The list
    said "may sign authorizations, always to open-ended" for a parent of a 17-year-old, and the
    same the day after the birthday (found in a walk of the command line)."""

    def __init__(self, vault: Vault, client: Client) -> None:
        self.majority = age_of_majority(vault)
        self.born = client.date_of_birth
        self.today = today()

    def end(self, g: Guardian) -> date | None:
        """The legal end when the recorded one does not come first, else None."""
        return guardian_ends_by_law(g, self.born, self.majority)

    def ended(self, g: Guardian) -> date | None:
        """The birthday of majority, once it has come: the parent may no longer sign."""
        ends = self.end(g)
        return ends if ends is not None and ends <= self.today else None

    def recorded_ended(self, g: Guardian) -> date | None:
        """The recorded end (Until, its last day in force) once past, when no end by law came
        first: the app refuses the guardian from the day after (Guardian.active_on)."""
        past = g.valid_until is not None and g.valid_until < self.today
        return g.valid_until if past and self.end(g) is None else None

    def until(self, g: Guardian, tag: str) -> str:
        """The last day in force (the law ends it ON the birthday, a recorded end is its last day)."""
        ends = self.end(g)
        if ends is None:
            return common.date_shown(g.valid_until, tag, "open-ended")
        turns = "turned" if ends <= self.today else "turns"
        return (f"{common.date_shown(ends - timedelta(days=1), tag)} by law "
                f"({turns} {self.majority} on {common.date_shown(ends, tag)})")


def authorize_words(g: Guardian, tag: str, ends: LegalEnds) -> str:
    """What `client show` says of a guardian's signing: not at all once declined as the
    representative, the end by law when one applies, or the recorded end once it has passed."""
    if not g.may_authorize:
        return ""
    if g.declined_on is not None and g.declined_on <= ends.today:  # as the rule "declined" refuses them
        return (f", not treated as representative since {common.date_shown(g.declined_on, tag)} "
                "(45 CFR 164.502(g)(5))")
    if (ended := ends.ended(g)) is not None:
        return f", may no longer authorize (turned {ends.majority} on {common.date_shown(ended, tag)})"
    if (last := ends.recorded_ended(g)) is not None:
        return f", may no longer authorize (authority ended {common.date_shown(last, tag)})"
    return ", may authorize" + (f" until {ends.until(g, tag)}" if ends.end(g) is not None else "")


def warn_if_of_age(vault: Vault, g: Guardian, tag: str, ends: LegalEnds) -> None:
    """A parent recorded for a client already of age: kept, as the Guardians window keeps it (who
    held authority before is history), but said, by the rule that will refuse their signature
    (representatives' "parent_past_majority"). It was printed "may authorize", without a word."""
    ended = ends.ended(g)
    found = representatives.refusal_for(vault, g, "sign_authorization", ends.today) if ended else None
    if ended is None or found is None or found.code != "parent_past_majority":
        return
    print(f"warning: {found.message} The client turned {ends.majority} on {common.date_shown(ended, tag)}.",
          file=sys.stderr)
    print(f"  {found.hint}", file=sys.stderr)


def _line(g: Guardian, tag: str, ends: LegalEnds) -> str:
    dates = f"{common.date_shown(g.valid_from, tag, 'always')} to {ends.until(g, tag)}"
    may = ("may NOT sign authorizations" if not g.may_authorize
           else "may no longer sign authorizations" if ends.ended(g) or ends.recorded_ended(g)
           else "may sign authorizations")
    line = f"{g.guardian_id}  {g.name} ({g.relationship or '-'}), {g.authority.replace('_', ' ')}, {may}, {dates}"
    if g.majority_order_attachment_id:
        line += f", court order past majority {g.majority_order_attachment_id}"
    if g.declined_on:
        line += (f", NOT treated as representative since {common.date_shown(g.declined_on, tag)} "
                 "(45 CFR 164.502(g)(5))")
    return line


def _dicts(guardians: tuple[Guardian, ...]) -> list[dict[str, Any]]:
    return [asdict(g) for g in guardians]


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        client = clients.find_client(vault, args.client)
        tag = common.practice_locale(vault)
        ends = LegalEnds(vault, client)
    common.emit(args, _dicts(client.guardians),
                lambda: "\n".join(_line(g, tag, ends) for g in client.guardians) or "No guardians recorded.")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {field: getattr(args, field) for field, _opt in _TEXT_OPTIONS
                               if getattr(args, field) is not None}
    if args.authority is not None:
        changes["authority"] = args.authority
    if args.may_authorize is not None:
        changes["may_authorize"] = args.may_authorize
    for field in _CLEARABLE:
        if changes.get(field) == "":
            changes[field] = None  # --until "" clears the end date
    if args.reinstate:
        changes.update(declined_on=None, declined_reason="")
    if not changes:
        from vault_app.domain.errors import InvalidInput

        raise InvalidInput("Nothing to change.", hint="See 'vault-app guardian update --help'.")
    with common.unlocked(args) as vault:
        client = clients.find_client(vault, args.client)
        guardian = guardians.update_guardian(vault, client.client_id, args.guardian_id, **changes)
        tag = common.practice_locale(vault)
        ends = LegalEnds(vault, client)
    common.emit(args, _dicts((guardian,))[0], lambda: "Guardian updated.\n" + _line(guardian, tag, ends))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        client = clients.find_client(vault, args.client)
        guardians.remove_guardian(vault, client.client_id, args.guardian_id)
    common.emit(args, {"removed": args.guardian_id}, lambda: "Guardian removed.")
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("guardian", parents=[common_parent],
                       help="list, correct or remove a client's guardians (add: client update --guardian)")
    gsub = p.add_subparsers(dest="action", required=True)
    ls = gsub.add_parser("list", parents=[common_parent], help="a client's guardians and representatives")
    ls.add_argument("client", help="client id or chart number")
    ls.set_defaults(handler=cmd_list)
    up = gsub.add_parser("update", parents=[common_parent],
                         help="correct a guardian, or record that their authority changed or ended")
    up.add_argument("client", help="client id or chart number")
    up.add_argument("guardian_id", help="from 'guardian list'")
    for field, option in _TEXT_OPTIONS:
        up.add_argument("--" + option.replace("_", "-"), dest=field,
                        metavar="DATE" if field.startswith("valid_") or field == "declined_on"
                        else "ATTACHMENT_ID" if field == "majority_order_attachment_id" else None,
                        help=_HELP[field])
    up.add_argument("--authority", choices=GUARDIAN_AUTHORITIES, metavar="AUTHORITY",
                    help="the kind of authority they hold: %(choices)s")
    up.add_argument("--may-sign", dest="may_authorize", action="store_true", default=None,
                    help="may sign authorizations and consents for the client")
    up.add_argument("--may-not-sign", dest="may_authorize", action="store_false",
                    help="may not sign authorizations or consents for the client")
    up.add_argument("--reinstate", action="store_true",
                    help="undo --declined-on: treat them as the representative again")
    up.set_defaults(handler=cmd_update)
    rm = gsub.add_parser("remove", parents=[common_parent],
                         help="remove an entry made by mistake (when authority ends, use update --until)")
    rm.add_argument("client", help="client id or chart number")
    rm.add_argument("guardian_id", help="from 'guardian list'")
    rm.set_defaults(handler=cmd_remove)
