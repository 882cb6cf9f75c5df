"""guardian list|update|remove: a client's parents, guardians and other representatives.
(Adding one is `client update --guardian NAME`.)"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from typing import Any

from vault_app.cli import common
from vault_app.domain import guardian_records_access
from vault_app.domain.authorization import Authorization
from vault_app.domain.clinical import GUARDIAN_AUTHORITIES, Client, Guardian
from vault_app.domain.may_sign import MaySign, may_sign
from vault_app.domain.plurals import counted
from vault_app.domain.representatives import Standing, standing
from vault_app.services import care_confidentiality, clients, guardians, representatives
from vault_app.services.clinical_common import majority_and_consent, today
from vault_app.services.vault import Vault

_TEXT_OPTIONS = (("name", "name"), ("relationship", "relationship"), ("phone", "phone"), ("address", "address"),
                 ("notes", "notes"), ("valid_from", "from"), ("valid_until", "until"),
                 ("majority_order_attachment_id", "majority_order"), ("custody_order_attachment_id", "custody_order"),
                 ("declined_on", "declined_on"),
                 ("declined_reason", "declined_reason"), ("records_access_basis", "records_access"))
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
    "custody_order_attachment_id": "attachment id of the custody or court order that gives them their authority "
                                   "(attach it first: 'client attach'); '' clears it",
    "declined_on": "date you decided not to treat them as the client's representative (45 CFR 164.502(g)(5))",
    "declined_reason": "your reason (reasonable belief of abuse, neglect or endangerment; best interest)",
    "records_access_basis": "for one who may not sign (a custody order limits their authority): the basis on which "
                            "they may still have the client's records, in your words, e.g. 'custody order of "
                            "03/02/2026, section 4' (with --records-basis: which order or statute); without a basis "
                            "they do not receive the copy (45 CFR 164.502(g)(1), (g)(3)); '' clears it",
}
_CLEARABLE = ("valid_from", "valid_until", "majority_order_attachment_id", "custody_order_attachment_id",
              "declined_on")


class LegalEnds:
    """Each guardian's standing today (domain/representatives.standing), said on the command line
    as the Guardians window and the Overview say it. Two ends, said apart: the recorded one by its
    last day in force ("until 11/30/2026"), the law's by the birthday, the first day without
    ("ended on 05/01/2027: turned 18"). "authority ended {day}" meant the one for a recorded end,
    the other for the law's."""

    def __init__(self, vault: Vault, client: Client) -> None:
        self.majority, self.consent = majority_and_consent(vault)
        self.born = client.date_of_birth
        self.today = today()
        self.age = client.age(self.today)
        self.care_consented_by = client.care_consented_by
        self.agreed_on = client.confidentiality_agreed_on
        self.died_on = client.died_on

    def of(self, g: Guardian) -> Standing:
        return standing(g, self.born, self.majority, self.today)

    def may_sign(self, g: Guardian) -> MaySign:
        """Whether their signature stands today: the Guardians window's answer (domain/may_sign)."""
        return may_sign(self.of(g), may_authorize=g.may_authorize, authority=g.authority, age=self.age,
                        age_of_consent=self.consent, age_of_majority=self.majority,
                        care_consented_by=self.care_consented_by, confidentiality_agreed_on=self.agreed_on,
                        on=self.today, died_on=self.died_on, foster_no_order=representatives.foster_no_order(g))

    def ended(self, g: Guardian) -> date | None:
        """The birthday of majority, once it has come and ended the authority, else None."""
        found = self.of(g)
        return found.since if found.why == "legal_end" else None

    def until(self, g: Guardian, tag: str) -> str:
        """The last day in force (the law ends it ON the birthday, a recorded end is its last day)."""
        found = self.of(g)
        if not found.end_by_law or found.ends_on is None:
            return common.date_shown(g.valid_until, tag, "open-ended")
        turns = "turned" if found.ends_on <= self.today else "turns"
        return (f"{common.date_shown(found.last_day, tag)} by law "
                f"({turns} {self.majority} on {common.date_shown(found.ends_on, tag)})")

    def why_words(self, g: Guardian, tag: str) -> str:
        """Why they do not act today, or "" when they do."""
        found = self.of(g)
        if found.why == "declined":
            return (f"not treated as representative since {common.date_shown(found.since, tag)} "
                    f"({found.citation})")
        if found.why == "not_yet":
            return f"not yet, from {common.date_shown(found.since, tag)}"
        if found.why == "recorded_end":
            return f"authority until {common.date_shown(found.last_day, tag)}"
        if found.why == "legal_end":
            return f"authority ended on {common.date_shown(found.since, tag)}: turned {self.majority}"
        return ""


# As the Guardians window says them (gui/guardians_dialog._may_sign), with the rule's citation.
MINOR_CONSENTS = "the client consented to their own care (45 CFR 164.502(g)(3)(i))"
CONFIDENTIAL_CARE = "a parent agreed to confidential care (45 CFR 164.502(g)(3)(i)(C))"
DIED_WORDS = ("the authority ended at the client's death; only the executor or administrator acts now "
              "(45 CFR 164.502(g)(4))")
OPEN = "who consented to the care: not recorded"
FOSTER_WORDS = ("a foster parent with no court order attached (45 CFR 164.502(g)(3)): attach the order "
                "(--custody-order ATTACHMENT_ID) or record them as not allowed to sign (--may-not-sign)")


def authorize_words(g: Guardian, tag: str, ends: LegalEnds) -> str:
    """What `client show` says of a guardian's signing, by their standing today: why they may
    not (declined, not yet, ended), or until when they may."""
    if not g.may_authorize:
        return ", may NOT authorize; " + records_words(g)
    found = ends.of(g)
    said = ends.may_sign(g)
    if said == "ended_at_death":
        return f", may no longer authorize ({DIED_WORDS})"
    if said == "foster_no_order":
        return f", may not authorize ({FOSTER_WORDS})"
    if said == "minor_consents":
        return f", may not authorize ({MINOR_CONSENTS})"
    if said == "confidential_care":
        return f", may not authorize ({CONFIDENTIAL_CARE})"
    if said == "open":
        return f", may authorize ({OPEN})"
    if found.why == "declined":
        return ", " + ends.why_words(g, tag)
    if found.why == "not_yet":
        return f", may not authorize yet (from {common.date_shown(found.since, tag)})"
    if found.why is not None:
        return f", may no longer authorize ({ends.why_words(g, tag)})"
    if found.ends_on is None:
        return ", may authorize"
    return f", may authorize until {ends.until(g, tag)}"


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


def _period(g: Guardian, tag: str, ends: LegalEnds) -> str:
    """Until when their authority runs, in words: "always to 11/12/2031 by law (turns 18 on
    11/13/2031)" read unclearly (found by a walker: whose 18th birthday, and what "always" meant)."""
    start = f" from {common.date_shown(g.valid_from, tag)}" if g.valid_from else ""
    found = ends.of(g)
    if found.end_by_law and found.ends_on is not None:
        turns = "turned" if found.ends_on <= ends.today else "turns"
        return (f"Authority{start} until {common.date_shown(found.last_day, tag)}, by law: the client {turns} "
                f"{ends.majority} on {common.date_shown(found.ends_on, tag)}")
    if g.valid_until:
        return f"Authority{start} until {common.date_shown(g.valid_until, tag)}"
    return f"Authority{start}, with no end date" if start else "Authority with no end date"


def _line(g: Guardian, tag: str, ends: LegalEnds) -> str:
    """One guardian: who, their role, whether they may sign today and why not, said once (a declined
    one was listed "may sign authorizations, ..., NOT treated as representative since ..."), then
    until when their authority runs."""
    found, why = ends.of(g), ends.why_words(g, tag)
    said = ends.may_sign(g)
    if said == "ended_at_death":
        may = f"may NOT sign authorizations: {DIED_WORDS}"
    elif said == "foster_no_order":
        may = f"may NOT sign authorizations nor receive the records: {FOSTER_WORDS}"
    elif said == "minor_consents":
        may = f"may NOT sign authorizations: {MINOR_CONSENTS}"
    elif said == "confidential_care":
        may = f"may NOT sign authorizations: {CONFIDENTIAL_CARE}"
    elif said == "open":
        may = f"may sign authorizations ({OPEN})"
    elif found.why == "declined":
        may = "may NOT sign authorizations: " + why
    elif found.why == "not_yet":
        may = ("may NOT sign authorizations" if not g.may_authorize
               else f"may not sign authorizations yet (from {common.date_shown(found.since, tag)})")
    elif not g.may_authorize:
        may = "may NOT sign authorizations; " + records_words(g)
    elif found.why is not None:
        may = f"may no longer sign authorizations ({why})"
    else:
        may = "may sign authorizations"
    # No "(-)" for a relationship not recorded: a walker could not tell what it stood for.
    who = f"{g.name} ({g.relationship})" if g.relationship else g.name
    line = f"{g.guardian_id}  {who} — {g.authority.replace('_', ' ')}; {may}"
    if not (found.why in ("recorded_end", "legal_end") and why in may):  # said there already
        line += f". {_period(g, tag, ends)}"
    if g.majority_order_attachment_id:
        line += f", court order past majority {g.majority_order_attachment_id}"
    if g.declined_on and found.why != "declined":  # recorded for a later day
        line += (f", NOT treated as representative from {common.date_shown(g.declined_on, tag)} "
                 "(45 CFR 164.502(g)(5))")
    return line


def records_words(g: Guardian) -> str:
    """Whether one recorded as not allowed to sign has the client's records (representatives' rule
    "limited_authority"): by the basis recorded, or not at all, and how to record one."""
    if g.has_records_basis:
        basis = guardian_records_access.basis_line(g.records_access_code, g.records_access_basis)
        return f"receives the client's records on the basis recorded: {basis}"
    return ("does not receive the client's records (authority limited, 45 CFR 164.502(g)(3)); if the order or the "
            "law gives them the records: --records-access BASIS")


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
    if args.records_access_code is not None:
        changes["records_access_code"] = args.records_access_code
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
        # Their dates or the decline changed: forms they signed on a day they held no authority are said (kept).
        stale = care_confidentiality.signers_no_longer_valid(vault, client.client_id)
        review = guardians.requests_to_review(vault, client.client_id, guardian.guardian_id)
    data = {**_dicts((guardian,))[0], "signers_no_longer_valid": [a.id for a in stale],
            "requests_to_review": [r.params.get("id") for r in review]}
    common.emit(args, data, lambda: "\n".join(filter(None, (
        "Guardian updated.", _line(guardian, tag, ends), stale_words(stale, tag).rstrip("\n"),
        *(f"{r.message}\n  {r.hint}" for r in review)))))
    return 0


def stale_words(stale: list[Authorization], tag: str) -> str:
    """The authorizations whose signer the chart, as changed, no longer lets stand: kept, refused at export."""
    if not stale:
        return ""
    listed = "".join(f"  {a.id}, signed {common.date_shown(a.signed_on, tag)} by {a.signer.name}\n"
                     for a in stale if a.signed_on is not None)
    return (f"{counted(len(stale), 'authorization')} on file no longer {'has' if len(stale) == 1 else 'have'} a "
            "signer the chart lets stand (45 CFR 164.502(g)); kept, but refused at export until a valid signer "
            "signs a new one ('vault-app auth show ID'):\n" + listed)


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
                        else "ATTACHMENT_ID" if field.endswith("_attachment_id") else None,
                        help=_HELP[field])
    up.add_argument("--authority", choices=GUARDIAN_AUTHORITIES, metavar="AUTHORITY",
                    help="the kind of authority they hold: %(choices)s")
    up.add_argument("--may-sign", dest="may_authorize", action="store_true", default=None,
                    help="may sign authorizations and consents for the client")
    up.add_argument("--may-not-sign", dest="may_authorize", action="store_false",
                    help="may not sign authorizations or consents for the client (their authority is limited, as by "
                         "a custody order): nor do they receive the client's records, unless --records-access")
    up.add_argument("--records-basis", dest="records_access_code", choices=guardian_records_access.CODES,
                    metavar="BASIS", help="which basis gives one who may not sign the client's records: "
                    + "; ".join(f"{b.code}: {b.words.lower()} ({b.citation.split(';')[0]})"
                                for b in guardian_records_access.BASES)
                    + ". state_law and other need --records-access saying which")
    up.add_argument("--reinstate", action="store_true",
                    help="undo --declined-on: treat them as the representative again")
    up.set_defaults(handler=cmd_update)
    rm = gsub.add_parser("remove", parents=[common_parent],
                         help="remove an entry made by mistake (when authority ends, use update --until)")
    rm.add_argument("client", help="client id or chart number")
    rm.add_argument("guardian_id", help="from 'guardian list'")
    rm.set_defaults(handler=cmd_remove)
