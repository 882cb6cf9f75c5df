"""How many charts are past their retention period, without a pass over every chart (issue 21).

Each chart stores the date the domain's rule (domain/retention.py evaluate) gives it, in
records.db (migration 0083). Keeping it current is split so that no write path can miss it:

- SQLite triggers mark a chart stale in the same statement as any write that can move its
  date (a session or note added, moved or deleted; its birth date, last contact, discharge
  or kind; a case's members or a member's birth date), and a save of the practice profile
  asks for the policy to be compared again.
- refresh() runs inside every records transaction just before it commits (the vault's
  before-commit step), and recomputes the stale charts with the same rule.
- eligible_count() counts stored dates with one index range count, plus any chart still
  stale (written by a connection without that step) by the rule in memory; and falls back
  to the full computation if the stored dates were made under another policy.

So the count is, by construction, the full computation's count (tests/core/test_retention_due.py
compares them over many kinds of charts and after each kind of write).
"""

from __future__ import annotations

import json
from datetime import date

from vault_app.domain.retention import RetentionPolicy, evaluate
from vault_app.services import practice, retention
from vault_app.services.vault import Vault
from vault_app.storage import chart_dates
from vault_app.storage import retention_due as store
from vault_app.storage.compartment import Compartment


def fingerprint(policy: RetentionPolicy) -> str:
    """What the stored dates depend on: the three numbers, not the policy's name."""
    return json.dumps([policy.adult_years, policy.minor_years_after_majority, policy.age_of_majority])


def _policy(records: Compartment) -> RetentionPolicy:
    return RetentionPolicy.from_jurisdiction(practice.load_from(records).jurisdiction)


def refresh(records: Compartment) -> None:
    """Recompute the stale charts' dates (and all of them after a policy change), inside the
    caller's transaction. Nothing stale and the policy unchanged: one small read."""
    found = store.state(records)
    if found is None or (found.checked and not found.any_stale):
        return
    policy = _policy(records)
    if not found.checked:
        current = fingerprint(policy)
        if current != found.policy:
            store.mark_all_stale(records)
        store.set_policy(records, current)
    due: list[tuple[str, date | None]] = []
    for facts in retention.facts_of(chart_dates.read(records, stale_only=True)):
        try:
            due.append((facts.client_id, evaluate(facts, policy).eligible_on))
        except ValueError:
            # A date the rule cannot add years to (beyond year 9999): left stale, so the
            # count meets it exactly as the full computation would.
            continue
    store.store(records, due)


def eligible_count(vault: Vault, on: date | None = None) -> int:
    """The number of charts eligible for destruction on `on` (today by default): the length
    of retention.eligible(vault), held and requested charts included."""
    on = on or retention.today()
    records = vault.records
    policy = _policy(records)
    found = store.state(records)
    if found is None or found.policy != fingerprint(policy):
        return sum(evaluate(f, policy).eligible(on) for f in retention.chart_facts(vault))
    stale = retention.facts_of(chart_dates.read(records, stale_only=True))
    return store.count_due(records, on) + sum(evaluate(f, policy).eligible(on) for f in stale)


__all__ = ["eligible_count", "fingerprint", "refresh"]
