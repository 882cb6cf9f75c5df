"""Retention policy (kept in the practice's jurisdiction settings, under its own name) and the list of
charts eligible for destruction, with the date each became eligible."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.decedent import phi_protected_until
from vault_app.domain.errors import NotFound
from vault_app.domain.locale_format import date_text
from vault_app.domain.retention import (
    PRESETS,
    ChartFacts,
    RetentionPolicy,
    RetentionStatus,
    evaluate,
    preset,
    standing,
)
from vault_app.domain.retention_presets import (
    PRESET_VALUES,
    STATED_PREFIX,
    has_preset,
    policy_fits_state,
    rule_named,
    rule_state,
    stale_preset_warning,
    stated_rule,
)
from vault_app.services import practice, requests
from vault_app.services.clinical_common import resolve_client_id
from vault_app.services.retention_due import facts_of
from vault_app.services.vault import Vault
from vault_app.storage import chart_dates, clinical_clients, legal_holds


def today() -> date:
    """The practice's calendar day, as the session dates it is compared with are. (It was
    UTC's: in the US evening a chart to be kept until tomorrow was already eligible.)"""
    return date.today()


def policy(vault: Vault) -> RetentionPolicy:
    return RetentionPolicy.from_jurisdiction(practice.load(vault).jurisdiction)


def set_policy(
    vault: Vault,
    *,
    preset_key: str | None = None,
    adult_years: int | None = None,
    minor_years_after_majority: int | None = None,
    age_of_majority: int | None = None,
    rule: str | None = None,
) -> RetentionPolicy:
    """Apply a preset and/or explicit values; explicit values win and make it 'custom'. `rule`:
    the citation of the rule the therapist states the policy follows (kept as the source, and the
    policy named after it, so certificates and screens cite it, not the preset the numbers came
    from); "" takes a stated rule back."""
    current = policy(vault)
    base = preset(preset_key).policy if preset_key else current
    explicit = {
        "adult_years": adult_years,
        "minor_years_after_majority": minor_years_after_majority,
        "age_of_majority": age_of_majority,
    }
    values = {k: getattr(base, k) if v is None else v for k, v in explicit.items()}
    name = base.name
    source = preset(preset_key).note if preset_key else practice.load(vault).jurisdiction.retention_source
    if any(values[k] != getattr(base, k) for k in values) and not name.startswith("Custom"):
        name = f"Custom (based on {base.name})"
    if name.startswith("Custom") and not source.startswith("Custom") and not stated_rule(name):
        source = f"Custom values set by the therapist (the preset said: {source})"
    stated = rule.strip() if rule is not None else ""
    if stated:
        name, source = STATED_PREFIX + stated, stated
    elif rule is not None and stated_rule(name):
        name, source = "Custom", "Custom values set by the therapist"
    new = RetentionPolicy(name=name, **values).validated()
    practice.update_retention(
        vault,
        retention_policy_name=new.name,
        retention_source=source,
        retention_adult_years=new.adult_years,
        retention_minor_years_after_majority=new.minor_years_after_majority,
        age_of_majority=new.age_of_majority,
    )
    vault.ledger.append(
        "retention.policy_set",
        {
            "adult_years": new.adult_years,
            "minor_years_after_majority": new.minor_years_after_majority,
            "age_of_majority": new.age_of_majority,
            "preset": preset_key or "",
            # What certificates and screens will call it: the ledger says which name was in force.
            "name": new.name,
        },
    )
    return new


def source(vault: Vault) -> str:
    return practice.load(vault).jurisdiction.retention_source


def rule_name(vault: Vault) -> str:
    """The retention rule as a destruction names it (domain/retention_presets.rule_named)."""
    j = practice.load(vault).jurisdiction
    return rule_named(j.retention_policy_name, j.retention_source)


def policy_warning(vault: Vault) -> str:
    """A saved policy named after a preset but shorter than what the preset's statute now says;
    and one that is not the rule of the practice's license state (a California LMFT left under
    the APA guideline: walk-life round 31)."""
    p = policy(vault)
    said = [stale_preset_warning(p.name, p.adult_years, p.minor_years_after_majority)]
    state = practice.load(vault).license_state
    numbers = (p.adult_years, p.minor_years_after_majority, p.age_of_majority)
    if not policy_fits_state(p.name, state) and not has_preset(state):
        said.append((f"Your policy '{p.name}' is another state's rule. " if rule_state(p.name) else "")
                    + no_preset_notice(state))
    elif not policy_fits_state(p.name, state, numbers):
        fitting = [f.key for f in PRESET_VALUES if f.key == state or f.key.startswith(state + "-")]
        said.append(f"Your policy '{p.name}' is not a rule of your license state ({state})."
                    + (f" Apply your state's: vault-app retention set --preset {' or '.join(fitting)}."
                       if fitting else " Check your licensing board's rule and set the years yourself."))
    return " ".join(w for w in said if w)


def no_preset_notice(state: str) -> str:
    """A notice, not a refusal (walk-close round 32: a New York practice left under the APA
    guideline was told nothing). The GUI says it in its own words (gui/retention_settings)."""
    return (f"The app has no preset for {state}: the APA guideline is professional guidance, not your state's "
            "law; check your licensing board's rule and set it.")


def presets() -> list[dict[str, Any]]:
    return [
        {
            "key": p.key,
            "name": p.policy.name,
            "adult_years": p.policy.adult_years,
            "minor_years_after_majority": p.policy.minor_years_after_majority,
            "age_of_majority": p.policy.age_of_majority,
            "note": p.note,
            "statute": p.source.statute,
            "profession": p.source.profession,
            "checked_on": p.source.checked_on,
            "verified": p.source.verified,
        }
        for p in PRESETS.values()
    ]


# --- chart facts ---------------------------------------------------------------------
def chart_facts(vault: Vault, client_id: str | None = None) -> list[ChartFacts]:
    """Every chart's facts (or one chart's), read in one query (retention_due.facts_of)."""
    return facts_of(chart_dates.read(vault.records, client_id))


def resolve_chart(vault: Vault, ref: str) -> tuple[str, str]:
    """(client_id, chart_number) for a client id or chart number."""
    client_id = resolve_client_id(vault, ref)
    chart_number = clinical_clients.chart_number_of(vault.records, client_id)
    if chart_number is None:
        raise NotFound("No client or case with that id or chart number.")
    return client_id, chart_number


def open_requests(vault: Vault, client_id: str) -> list[str]:
    """Open client requests (access, amendment, accounting) that block destruction, named by
    the day received in the practice's format (they are read in the destruction's refusal)."""
    tag = practice.printing_locale(vault)
    return [
        f"{q.kind} request received {date_text(q.received_on, tag)}"
        for q in requests.list_requests(vault, client_id=client_id, open_only=True)
    ]


@dataclass(frozen=True)
class EligibleChart:
    status: RetentionStatus
    eligible: bool  # may be destroyed on its retention period: past it and under no legal hold
    held: bool
    open_requests: int
    client_status: str
    past_retention: bool  # the period has ended (a held chart too: listed, never eligible)
    # The client's recorded death: HIPAA protects the record 50 years after it (164.502(f)), whatever the retention.
    died_on: date | None = None

    def as_dict(self, on: date) -> dict[str, Any]:
        s = self.status
        blocked = []
        if self.held:
            blocked.append("legal hold")
        if self.open_requests:
            blocked.append("open request")
        return {
            "client_id": s.client_id,
            "chart_number": s.chart_number,
            "client_status": self.client_status,
            "last_contact": s.last_contact.isoformat() if s.last_contact else None,
            # Which date that is: "discharge", "session", "note" (domain/retention_from), "" none.
            "counted_from": s.counted_from,
            "eligible_on": s.eligible_on.isoformat() if s.eligible_on else None,
            "eligible": self.eligible,
            "past_retention": self.past_retention,
            "standing": standing(s, on, held=self.held),
            "days_eligible": (on - s.eligible_on).days if self.past_retention and s.eligible_on else 0,
            "rule": s.rule,
            "rule_years": s.years,
            "rule_after_age": s.after_age,
            "minor_rule_applied": s.minor_rule_applied,
            "notes": list(s.notes),
            "uncovered_from": s.uncovered_from.isoformat() if s.uncovered_from else None,
            # The state rule that keeps this chart longer than the saved numbers (domain in_force).
            "statute": s.statute,
            "saved_eligible_on": s.saved_eligible_on.isoformat() if s.saved_eligible_on else None,
            "blocked_by": blocked,
            "died_on": self.died_on.isoformat() if self.died_on else None,
            "phi_protected_until": phi_protected_until(self.died_on).isoformat() if self.died_on else None,
        }


def statuses(vault: Vault) -> list[EligibleChart]:
    """Every chart with its retention status, earliest eligible first."""
    pol = policy(vault)
    on = today()
    # From storage, not services/holds (which resolves charts here): no circle between the two.
    held = legal_holds.held_client_ids(vault.records)
    # Every open request in one read (not one query per chart: issue 21, the dashboard).
    open_count = Counter(q.client_id for q in requests.list_requests(vault, open_only=True))
    died = clinical_clients.deaths(vault.records)
    out = []
    for facts in chart_facts(vault):
        status = evaluate(facts, pol)
        held_here = facts.client_id in held
        out.append(
            EligibleChart(
                status,
                standing(status, on, held=held_here) == "eligible",
                held_here,
                open_count[facts.client_id],
                facts.status,
                status.eligible(on),
                date.fromisoformat(died[facts.client_id]) if facts.client_id in died else None,
            )
        )
    out.sort(key=lambda e: (e.status.eligible_on or date.max, e.status.chart_number))
    return out


def eligible(vault: Vault, *, include_blocked: bool = True) -> list[EligibleChart]:
    """Charts whose retention period has ended (held or requested ones flagged, or left out). A held
    one is listed so the therapist sees why it stays, but is never `eligible` (domain standing)."""
    return [
        e for e in statuses(vault)
        if e.past_retention and (include_blocked or not (e.held or e.open_requests))
    ]


def status_for(vault: Vault, client_id: str) -> RetentionStatus | None:
    found = chart_facts(vault, client_id)
    return evaluate(found[0], policy(vault)) if found else None
