"""retention commands: the policy (show, set) and the charts whose retention period has ended (eligible)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from vault_app.cli import common
from vault_app.cli.guardian_commands import stale_words
from vault_app.domain.decedent import PHI_NOT_A_RETENTION
from vault_app.domain.errors import InvalidInput
from vault_app.domain.retention import not_covered_note, statute_note
from vault_app.domain.retention_presets import BY_KEY as RETENTION_PRESETS
from vault_app.domain.retention_presets import policy_title
from vault_app.services import care_confidentiality, retention


# --- retention ------------------------------------------------------------------------------
def cmd_retention_show(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        pol = retention.policy(vault)
        source, warning = retention.source(vault), retention.policy_warning(vault)
    data: dict[str, Any] = {"policy": {"name": pol.name, "adult_years": pol.adult_years,
                       "minor_years_after_majority": pol.minor_years_after_majority,
                       "age_of_majority": pol.age_of_majority, "rule": pol.describe(), "source": source,
                       "warning": warning},
            "presets": retention.presets()}

    def text() -> str:
        lines = [f"Retention policy: {policy_title(pol.name)}", f"  {pol.describe()}", f"  Source: {source}",
                 *([f"  WARNING: {warning}"] if warning else []), "",
                 "Presets (vault-app retention set --preset KEY):"]
        for p in retention.presets():
            lines.append(f"  {p['key']:<8} {p['name']:<45} adults {p['adult_years']} y, minors majority + "
                         f"{p['minor_years_after_majority']} y. {p['note']}")
        lines.append("These are starting points, not legal advice: check your state's rule for your license.")
        return "\n".join(lines)

    common.emit(args, data, text)
    return 0


def cmd_retention_set(args: argparse.Namespace) -> int:
    if not any(v is not None for v in (args.preset, args.adult_years, args.minor_years, args.age_of_majority,
                                       args.source)):
        raise InvalidInput("Give --preset, --source or at least one of --adult-years, --minor-years, "
                           "--age-of-majority.")
    with common.unlocked(args) as vault:
        majority_was = retention.policy(vault).age_of_majority
        pol = retention.set_policy(vault, preset_key=args.preset, adult_years=args.adult_years,
                                   minor_years_after_majority=args.minor_years, age_of_majority=args.age_of_majority,
                                   rule=args.source)
        # A new age of majority may leave a parent's or guardian's form without authority on its signing day, the
        # client already of age by it (164.502(g)(2)-(3)): said, as a new age of consent's are (kept; refused at
        # export). Found by the date of death's author: a preset or --age-of-majority changed it without a word.
        stale = care_confidentiality.practice_signers_no_longer_valid(vault) \
            if pol.age_of_majority != majority_was else []
        tag = common.practice_locale(vault)
    common.emit(args, {"name": pol.name, "adult_years": pol.adult_years,
                       "minor_years_after_majority": pol.minor_years_after_majority,
                       "age_of_majority": pol.age_of_majority, "signers_no_longer_valid": [a.id for a in stale]},
                lambda: f"Retention policy set: {policy_title(pol.name)}: {pol.describe()}."
                + (f"\nThe age of majority is now {pol.age_of_majority} (it was {majority_was}). " if stale else "")
                + stale_words(stale, tag).rstrip("\n"))
    return 0


# A held chart past its period is listed as HELD: it is never eligible while the hold lasts.
# A chart whose therapy ended before its preset's first day is KEPT: its note says why.
STANDING_WORDS = {"eligible": "ELIGIBLE", "held": "HELD", "uncovered": "KEPT"}


# What the date retention counts from is (domain/retention_from).
_FROM_WORDS = {"discharge": "discharge", "session": "last session", "note": "last note"}


def _counted_from(d: dict[str, Any], tag: str) -> str:
    said = _FROM_WORDS.get(d.get("counted_from") or "", "")
    day = common.date_shown(d["last_contact"], tag)
    return f"{day} ({said})" if said and d["last_contact"] else day


def cmd_retention_eligible(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        on = retention.today()
        rows = retention.statuses(vault) if args.all else retention.eligible(vault)
        data = [r.as_dict(on) for r in rows]
        tag = common.practice_locale(vault)
        policy_name = retention.policy(vault).name
        # The practice's complaints past their six years end the list (found: they were never destroyable).
        from vault_app.cli.complaint_commands import due_lines
        from vault_app.services import complaints

        complaints_due = due_lines(complaints.due_complaints(vault), tag)

    def text() -> str:
        return "\n".join([charts(), *complaints_due])

    def charts() -> str:
        if not data:
            return "No chart is eligible for destruction today." if not args.all else "No charts."
        # The end of retention is a deadline: its month in words ("eligible on 03/02/2016" reads two ways).
        # Which date retention counts from, named (found: "last contact" here was the discharge, and the
        # last session in 'client list': wclose F6).
        lines = [f"{'chart':<14} {'counted from':<25} {'eligible on':<18} {'status':<11} notes"]
        for d in data:
            flags = [*d["blocked_by"], *(["minors' rule"] if d["minor_rule_applied"] else []), *_notes_shown(d)]
            if d["died_on"]:
                flags.append(f"died on {common.date_shown(d['died_on'], tag)}: HIPAA protects until "
                             f"{common.date_shown(d['phi_protected_until'], tag)}")
            lines.append(f"{d['chart_number']:<14} {_counted_from(d, tag):<25} "
                         f"{common.deadline_shown(d['eligible_on'], tag):<18} "
                         f"{STANDING_WORDS.get(d['standing'], 'keep'):<11} {'; '.join(flags)}")
        # What the 50 years mean for a destruction, once (found: only the Overview and 'client show' said them).
        if any(d["died_on"] for d in data):
            lines += ["", PHI_NOT_A_RETENTION]
        return "\n".join(lines)

    def _notes_shown(d: dict[str, Any]) -> list[str]:
        # The kept chart's note with its dates as the refusals and the screens write them (found:
        # ISO "2015-01-01" beside the list's "06/01/2008"); --json keeps the stored ISO note.
        if d.get("statute") and d["saved_eligible_on"] and d["eligible_on"]:
            # Kept longer by the rule the policy is named after: its note's dates as the list writes them.
            said = statute_note(policy_name, date.fromisoformat(d["saved_eligible_on"]),
                                date.fromisoformat(d["eligible_on"]), lambda day: common.date_shown(day, tag))
            return [said if "named after" in n else n for n in d["notes"]]
        if not d["uncovered_from"]:
            return list(d["notes"])
        last = date.fromisoformat(d["last_contact"]) if d["last_contact"] else None
        shown = not_covered_note(policy_name, last, lambda day: common.date_shown(day, tag))
        return [shown] if shown else list(d["notes"])

    common.emit(args, data, text)
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("retention", parents=[common_parent], help="retention policy and eligible charts")
    rs = p.add_subparsers(dest="action", required=True)
    x = rs.add_parser("show", parents=[common_parent], help="the policy and the jurisdiction presets")
    x.set_defaults(handler=cmd_retention_show)
    x = rs.add_parser("set", parents=[common_parent], help="choose a preset or set the years")
    # From the presets themselves: a list written here missed the California license presets.
    x.add_argument("--preset", help=", ".join(RETENTION_PRESETS) + " ('retention show' describes them)")
    x.add_argument("--adult-years", type=int, help="years after the last contact (adults)")
    x.add_argument("--minor-years", type=int, help="years after the age of majority (minors)")
    x.add_argument("--age-of-majority", type=int, help="the age of majority (also 'practice update --age-of-majority')")
    x.add_argument("--source", metavar="TEXT",
                   help="the citation of the rule your numbers follow (e.g. '8 NYCRR 29.2(a)(3)'), printed on "
                        "certificates; '' takes it back")
    x.set_defaults(handler=cmd_retention_set)
    x = rs.add_parser("eligible", parents=[common_parent], help="charts whose retention period has ended")
    x.add_argument("--all", action="store_true", help="list every chart with the date it becomes eligible")
    x.set_defaults(handler=cmd_retention_eligible)
