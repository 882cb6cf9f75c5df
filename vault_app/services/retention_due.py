"""How many charts are past their retention period, without a pass over every chart (issue 21).

Each chart stores the date the domain's rule (domain/retention.py evaluate) gives it, in
records.db (migration 0083). Keeping it current is split so that no write path can miss it:

- SQLite triggers mark a chart stale in the same statement as any write that can move its
  date (a session or note added, moved or deleted; its birth date, last contact, discharge
  or kind; a case's members or a member's birth date), and a save of the practice profile
  asks for the policy to be compared again.
- refresh() runs inside every records transaction just before it commits (the vault's
  before-commit step, services/vault_session.py), and recomputes the stale charts with the
  same rule.
- eligible_count() counts stored dates with one index range count, plus any chart still
  stale (written by a connection without that step) by the rule in memory; and falls back
  to the full computation if the stored dates were made under another policy.

So the count is, by construction, the full computation's count (tests/core/test_retention_due.py
compares them over many kinds of charts and after each kind of write).

This module reads records.db only through storage/ and imports no other service: the
vault's commit step calls it, so it must not reach back to the vault (no import circle).
"""

from __future__ import annotations

import json
import weakref
from datetime import date

from vault_app.domain.practice import PracticeProfile
from vault_app.domain.retention import ChartFacts, RetentionPolicy, evaluate, in_force
from vault_app.domain.retention_from import counted_from
from vault_app.domain.retention_presets import not_covered_from
from vault_app.storage import chart_dates, legal_holds, settings_store
from vault_app.storage import retention_due as store
from vault_app.storage.compartment import Compartment


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def facts_of(rows: list[chart_dates.ChartDates]) -> list[ChartFacts]:
    """Last contact = the latest of the recorded last contact, discharge, session and note dates.
    A joint case counts as a minor's record while any member was a minor (youngest member's birth)."""
    out = []
    for r in rows:
        contacts = [
            d for d in map(_day, (r.last_contact, r.discharged_on, r.last_session, r.last_note)) if d is not None
        ]
        birth = _day(r.date_of_birth) if r.kind == "individual" else _day(r.youngest_member_birth)
        last = max(contacts) if contacts else None
        # Which date it is, in words (domain/retention_from): the recorded last contact is the last
        # session's (or an import's last date of service).
        session = max(filter(None, (_day(r.last_contact), _day(r.last_session))), default=None)
        said = counted_from(_day(r.discharged_on), session, _day(r.last_note))
        out.append(ChartFacts(r.client_id, r.chart_number, last, birth, r.kind, r.status, said))
    return out


def policy_of(records: Compartment) -> RetentionPolicy:
    """The practice's retention policy, read from records.db itself (as services/practice.py
    load does), so that it can be read inside a commit."""
    stored = settings_store.read(records, settings_store.PRACTICE_PROFILE)
    profile = PracticeProfile() if not stored else PracticeProfile.from_dict(stored)
    return RetentionPolicy.from_jurisdiction(profile.jurisdiction)


def fingerprint(policy: RetentionPolicy) -> str:
    """What the stored dates depend on: the three numbers, and, for a preset that applies only to
    therapy ended from a day on (domain/retention.evaluate), that day; not the policy's name else."""
    # The numbers charts are kept by (a state rule the policy is named after may raise the saved ones).
    kept_by = in_force(policy)[0]
    numbers: list[int | str] = [kept_by.adult_years, kept_by.minor_years_after_majority, kept_by.age_of_majority]
    uncovered = not_covered_from(policy.name)
    return json.dumps(numbers + ([uncovered[1].isoformat()] if uncovered else []))


# Per compartment (one per unlock), the stored policy this process found to be its own rule: the
# rule is the app's as much as the profile's (a state rule's floor, a preset's first day), and an
# upgrade changes it with no profile saved. Found: an upgraded vault kept its charts' old dates
# until the therapist next saved the practice profile. Compared again if the stored one changes
# (a transaction that stored it rolled back, another process).
_agreed: weakref.WeakKeyDictionary[Compartment, str] = weakref.WeakKeyDictionary()


def refresh(records: Compartment) -> None:
    """Recompute the stale charts' dates (and all of them after a policy change, or once this
    version of the app computes them otherwise), inside the caller's transaction. Nothing stale
    and the policy unchanged: one small read (the policy compared at the first commit of each
    unlock, the unlock's own, and after a save of the practice profile)."""
    found = store.state(records)
    if found is None:
        return
    agreed = _agreed.get(records) == found.policy
    if found.checked and not found.any_stale and agreed:
        return
    policy = policy_of(records)
    if not found.checked or not agreed:
        current = fingerprint(policy)
        if current != found.policy:
            store.mark_all_stale(records)
        store.set_policy(records, current)
        _agreed[records] = current
    due: list[tuple[str, date | None]] = []
    for facts in facts_of(chart_dates.read(records, stale_only=True)):
        try:
            due.append((facts.client_id, evaluate(facts, policy).eligible_on))
        except ValueError:
            # A date the rule cannot add years to (beyond year 9999): left stale, so the
            # count meets it exactly as the full computation would.
            continue
    store.store(records, due)


def eligible_count(records: Compartment, on: date) -> int:
    """The number of charts eligible for destruction on `on`: those of services/retention.py
    eligible() that day that are `eligible`, requested charts included, held ones not (a chart
    under a legal hold is never eligible: domain/retention.py standing)."""
    return due_counts(records, on)[0]


def due_counts(records: Compartment, on: date) -> tuple[int, int]:
    """(eligible, held): the charts eligible on `on` (eligible_count), and those past their period
    that a legal hold keeps (a screen says them, not "no chart has reached the end")."""
    policy = policy_of(records)
    held = _held_due(records, policy, on)
    found = store.state(records)
    if found is None or found.policy != fingerprint(policy):
        every = facts_of(chart_dates.read(records))
        return sum(evaluate(f, policy).eligible(on) for f in every) - held, held
    stale = facts_of(chart_dates.read(records, stale_only=True))
    return store.count_due(records, on) + sum(evaluate(f, policy).eligible(on) for f in stale) - held, held


def _held_due(records: Compartment, policy: RetentionPolicy, on: date) -> int:
    """The held charts whose period has ended: counted above by their date, taken off again.
    One read per held chart (a practice has a few holds, not thousands)."""
    return sum(evaluate(f, policy).eligible(on)
               for client_id in sorted(legal_holds.held_client_ids(records))
               for f in facts_of(chart_dates.read(records, client_id)))


__all__ = ["due_counts", "eligible_count", "facts_of", "fingerprint", "policy_of", "refresh"]
