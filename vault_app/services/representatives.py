"""Ask the personal-representative rules (domain/representatives.py, domain/who_acts.py) about a
recorded guardian, or about who acts for a minor client.

The service gathers the facts (the client's age on the day, the practice's age of
majority and age of consent, the guardian's recorded dates, court order and any
164.502(g)(5) election) and raises the rule's refusal with its citation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain import decedent, minor_consent_presets, minor_consent_sud, typed_signer, who_acts
from vault_app.domain.clinical import Guardian
from vault_app.domain.errors import NotFound, RefusedByPolicy
from vault_app.domain.locale_format import normalize
from vault_app.domain.representatives import (
    RepAction,
    RepFacts,
    RepRefusal,
    Standing,
    care_consent_asked,
    care_consent_open,
    care_consent_open_line,
    keeps_past_majority,
    refusal,
    standing,
)
from vault_app.services import clients, practice
from vault_app.services.clinical_common import today
from vault_app.services.vault import Vault


@dataclass(frozen=True)
class CareConsentOnFile:
    """Who consented to a minor's care, as the chart's Overview says it."""

    consented_by: str  # domain.clinical.CareConsentedBy: "client", "guardian", "" (not recorded)
    recorded_at: str | None  # the ledger's time (UTC) of the latest record of it; None: none found
    shown: bool  # a minor of the age the client's form asks it of, or whose chart records it
    # A parent's confidentiality agreement about the care (164.502(g)(3)(i)(C)): its day and who agreed, by
    # name ("" when they were removed since); None: none recorded.
    agreed_on: date | None = None
    agreed_by: str = ""


def care_consent_on_file(vault: Vault, client_id: str, on: date | None = None) -> CareConsentOnFile:
    """For a minor's chart on `on` (today): who consented to the care, and when that was recorded (the
    ledger's client.care_consent_recorded, read through the chart's index). Shown where it decides who
    signs (domain/who_acts): the client's form asks it from the age of consent (care_consent_asked), and
    what is recorded is said for any minor; nothing for an adult nor for a couple's or family's record."""
    client = clients.get_client(vault, client_id)
    j = practice.load(vault).jurisdiction
    age = client.age(on or today())
    minor = age is not None and age < j.age_of_majority
    agreed = client.confidentiality_agreed_on
    shown = minor and not client.is_case and (
        care_consent_asked(age, j.age_of_consent_for_treatment, j.age_of_majority) or bool(client.care_consented_by)
        or agreed is not None)
    kept = vault.ledger.client_entries(client_id, ("client.care_consent_recorded",)) \
        if shown and client.care_consented_by else []
    who = next((g.name.strip() for g in client.guardians if g.guardian_id == client.confidentiality_agreed_by), "")
    return CareConsentOnFile(client.care_consented_by, kept[-1].time if kept else None, shown,
                             agreed if shown else None, who if shown else "")


def care_consent_question(vault: Vault, client_id: str, signed_on: date | str) -> str:
    """A representative's signature, on `signed_on`, for a minor old enough to consent to their own care
    whose chart does not say who consented: allowed, with the open question
    (domain/representatives.CARE_CONSENT_OPEN, citing the practice's rule); else ""."""
    client = clients.get_client(vault, client_id)
    day = signed_on if isinstance(signed_on, date) else date.fromisoformat(signed_on)
    j = practice.load(vault).jurisdiction
    if not care_consent_open(client.age(day), j.age_of_consent_for_treatment, j.age_of_majority,
                             client.care_consented_by):
        return ""
    return care_consent_open_line(minor_consent_presets.rule_citation(j))


def facts_for(vault: Vault, guardian: Guardian, action: RepAction, on: date) -> RepFacts:
    client = clients.get_client(vault, guardian.client_id)
    j = practice.load(vault).jurisdiction
    found = standing(guardian, client.date_of_birth, j.age_of_majority, on)
    return RepFacts(
        authority=guardian.authority, client_age=client.age(on), age_of_majority=j.age_of_majority,
        age_of_consent=j.age_of_consent_for_treatment, action=action,
        majority_order=keeps_past_majority(guardian, client.date_of_birth, j.age_of_majority),
        declined=found.why == "declined",
        care_consented_by=client.care_consented_by,
        confidential_care=who_acts.confidential_care_on(client_facts(vault, guardian.client_id, on), on),
        part2_by_chart=minor_consent_sud.part2_by_chart(j), died_on=client.died_on, on=on,
        limited=not guardian.may_authorize and not guardian.has_records_basis,
        foster_no_order=foster_no_order(guardian),
    )


def foster_no_order(guardian: Guardian) -> bool:
    """A foster parent recorded as allowed to sign with no court order attached (an earlier version's record):
    representatives' "foster_without_order" refuses their acting for the client."""
    return typed_signer.foster_without_order(guardian.relationship, guardian.may_authorize,
                                             guardian.custody_order_attachment_id)


def standing_of(vault: Vault, guardian: Guardian, on: date) -> Standing:
    """The guardian's standing on `on` (domain/representatives.standing), from their chart's
    date of birth and the practice's age of majority."""
    client = clients.get_client(vault, guardian.client_id)
    return standing(guardian, client.date_of_birth, practice.load(vault).jurisdiction.age_of_majority, on)


def refusal_for(vault: Vault, guardian: Guardian, action: RepAction, on: date) -> RepRefusal | None:
    return refusal(facts_for(vault, guardian, action, on))


# The 164.502(g) rules' refusals by code (their words say the ages, never who). The refusals
# of a representative's recorded dates and of who acts for a minor name the people: said as
# the core says them, with the names.
_RULE_CODE: dict[str, str] = {
    "declined": "representative.declined", "authority_ended_at_death": "representative.ended_at_death",
    "parent_past_majority": "representative.past_majority",
    "minor_part2_consent": "representative.minor_signs_part2", "minor_consented_care": "representative.minor_consents",
    # who_acts' minor represented: the words name who may act, by name (as the message does)
    "minor_represented_signature": "representative.minor_signature",
    "minor_represented_copy": "representative.minor_copy",
    "parent_consented_signature": "representative.parent_consented_signature",
    "parent_consented_signature_unrecorded": "representative.parent_consented_signature_unrecorded",
    "confidential_care_agreement": "representative.confidential_care",
    # a representative typed in (domain/typed_signer.py), written out: the words' test reads codes
    # as literals (tests/gui/test_refusal_words.py), and the assertion below keeps the two lists one
    # said as a recorded one's (the same rule, 164.502(g)(4))
    "typed_ended_at_death": "representative.ended_at_death",
    "typed_estate_client_living": "representative.typed_estate_client_living",
    "typed_on_file": "representative.typed_on_file", "typed_declined": "representative.typed_declined",
    "typed_parent_of_adult": "representative.typed_parent_of_adult",
    "typed_adult_no_authority": "representative.typed_adult_no_authority",
    "typed_minor_part2": "representative.typed_minor_part2",
    "typed_minor_part2_alone": "representative.typed_minor_part2_alone",
    "minor_part2_obtained_alone": "representative.minor_part2_alone",
    "typed_minor_consents": "representative.typed_minor_consents",
    "typed_confidential_care": "representative.typed_confidential_care",
    "typed_foster_parent": "representative.typed_foster_parent",
    "typed_minor_vague": "representative.typed_minor_vague",
    "limited_authority": "representative.limited_authority",
    "foster_without_order": "representative.foster_without_order",
}
assert set(typed_signer.RULES_BY_CODE) <= set(_RULE_CODE), "a typed signer's rule without its code"


def policy_refusal(found: RepRefusal, age: int | None, majority: int, consent: int, *,
                   field: str = "") -> RefusedByPolicy:
    """The refusal raised for `found`: its English as the CLI says it, its code and params as the GUI does."""
    ages = {"majority": majority, "consent": consent} | ({"age": age} if age is not None else {})
    return RefusedByPolicy(found.message, hint=found.hint, code=_RULE_CODE.get(found.code, ""),
                           params=ages | dict(found.params), field=field)


def require_may_act(vault: Vault, guardian: Guardian, action: RepAction, on: date) -> None:
    """Refused unless `guardian` may do `action` for the client on `on`, the day of the act (the
    form's signing, the request's receipt): their recorded dates first, then the 164.502(g) rules
    (domain/who_acts.representative_refusal). Only "in force today", or no dates at all, were
    asked before: a guardian appointed after the day a form was signed was recorded as its signer."""
    client = clients.get_client(vault, guardian.client_id)
    facts = client_facts(vault, guardian.client_id, on)
    rep = rep_for(guardian, client.date_of_birth, facts.age_of_majority, on)
    _raise(who_acts.representative_refusal(facts, rep, action, on), facts)


def label(guardian: Guardian) -> str:
    """"Jane Roe, parent": who they are, as the ledger and the forms name them."""
    return who_acts.label(guardian.name, guardian.authority, guardian.relationship)


def rep_for(guardian: Guardian, date_of_birth: date | None, age_of_majority: int, on: date) -> who_acts.Rep:
    """The guardian as the refusal rules see them on `on`, told by their standing
    (domain/representatives.standing): only the fact behind its reason is kept, so that the rule
    which refuses is the one the lists and the Overview name (a guardian declined and past their
    Until was refused as "ended" and listed as "declined"). In force: every fact as recorded."""
    why = standing(guardian, date_of_birth, age_of_majority, on).why
    return who_acts.Rep(
        label(guardian), guardian.authority,
        guardian.valid_from if why in (None, "not_yet") else None,
        guardian.valid_until if why in (None, "recorded_end") else None,
        guardian.may_authorize, keeps_past_majority(guardian, date_of_birth, age_of_majority), why == "declined",
        guardian.name.strip(), guardian.has_records_basis, foster_no_order(guardian),
    )


def client_facts(vault: Vault, client_id: str, on: date) -> who_acts.ClientFacts:
    client = clients.get_client(vault, client_id)
    profile = practice.load(vault)
    j = profile.jurisdiction
    reps = tuple(rep_for(g, client.date_of_birth, j.age_of_majority, on) for g in client.guardians)
    return who_acts.ClientFacts(client.age(on), j.age_of_majority, j.age_of_consent_for_treatment, reps,
                                normalize(profile.locale), client.care_consented_by,
                                client.confidentiality_agreed_on, minor_consent_sud.part2_by_chart(j), client.died_on)


def guardian_of(vault: Vault, client_id: str, guardian_id: str) -> Guardian:
    found = next((g for g in clients.get_client(vault, client_id).guardians if g.guardian_id == guardian_id), None)
    if found is None:
        raise NotFound("No personal representative with that id for this client.",
                       hint="List them with 'vault-app guardian list CLIENT'.", code="representative.not_found")
    return found


def _raise(found: RepRefusal | None, facts: who_acts.ClientFacts) -> None:
    if found is not None:
        raise policy_refusal(found, facts.age, facts.age_of_majority, facts.age_of_consent)


def require_copy_recipient(vault: Vault, client_id: str, guardian_id: str | None, on: date) -> Guardian | None:
    """The representative who receives the copy an access request gives (None: the client), once
    the rules say they may (domain/who_acts.copy_recipient_refusal); else refused, with who may."""
    guardian = guardian_of(vault, client_id, guardian_id) if guardian_id else None
    facts = client_facts(vault, client_id, on)
    born = clients.get_client(vault, client_id).date_of_birth
    rep = None if guardian is None else rep_for(guardian, born, facts.age_of_majority, on)
    _raise(who_acts.copy_recipient_refusal(facts, rep, on), facts)
    return guardian


def require_client_may_sign(vault: Vault, client_id: str, on: date, *, part2: bool) -> None:
    """The client's own signature on an authorization signed on `on`: refused for a minor whose
    representative signs for them, or whose chart says a parent consented to the care, naming who may
    (domain/who_acts.client_signature_refusal)."""
    facts = client_facts(vault, client_id, on)
    if decedent.dead_on(facts.died_on, on):  # signed after the recorded death: only the executor signs now
        raise RefusedByPolicy(decedent.CLIENT_SIGNED_AFTER_DEATH_MESSAGE, hint=decedent.CLIENT_SIGNED_AFTER_DEATH_HINT,
                              code="client.signed_after_death", field="signed_on")
    found = who_acts.client_signature_refusal(facts, on, part2=part2)
    if found is not None:  # about who signs: the form's keyboard goes to "Signer is"
        raise policy_refusal(found, facts.age, facts.age_of_majority, facts.age_of_consent, field="signer_role")


def recorded_signer(vault: Vault, client_id: str, typed_name: str) -> Guardian | None:
    """The client's recorded representative the typed signer's name names, or None: their
    signature is then recorded as theirs, and their own rules apply (domain/typed_signer.py)."""
    chart = clients.get_client(vault, client_id)
    reps = tuple(who_acts.Rep(label(g), g.authority, name=g.name.strip()) for g in chart.guardians)  # names only
    found = typed_signer.recorded_index(reps, typed_name)
    return None if found is None else chart.guardians[found]


def require_typed_signer(vault: Vault, client_id: str, authority: str, on: date, *, part2: bool) -> None:
    """A personal representative typed in (no recorded person) signing for the client on `on`:
    refused where the representative rules say so (domain/typed_signer.typed_signer_refusal),
    with what to do; the refusal names the field it is about."""
    facts = client_facts(vault, client_id, on)
    found = typed_signer.typed_signer_refusal(facts, authority, on, part2=part2)
    if found is not None:
        raise policy_refusal(found, facts.age, facts.age_of_majority, facts.age_of_consent,
                             field=typed_signer.RULES_BY_CODE[found.code].field)


def default_signer(vault: Vault, client_id: str, on: date, *, part2: bool = False) -> Guardian | None:
    """The representative the authorization form proposes as signer, or None (the client)."""
    facts = client_facts(vault, client_id, on)
    found = who_acts.default_signer(facts, on, part2=part2)
    # The facts list the chart's guardians in its order: the same place names the same guardian.
    return None if found is None else clients.get_client(vault, client_id).guardians[facts.representatives.index(found)]


class RepresentativeNames:
    """"Jane Roe, parent" for a guardian id the ledger keeps, read from the chart once per chart;
    "" when the chart (destroyed) or the guardian (removed) is gone: the ledger's words stand."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.charts: dict[str, dict[str, str]] = {}

    def of(self, client_id: str, guardian_id: object) -> str:
        if not guardian_id:
            return ""
        if client_id not in self.charts:
            try:
                guardians = clients.get_client(self.vault, client_id).guardians
            except NotFound:
                guardians = ()
            self.charts[client_id] = {g.guardian_id: label(g) for g in guardians}
        return self.charts[client_id].get(str(guardian_id), "")


__all__ = ["CareConsentOnFile", "RepresentativeNames", "care_consent_on_file", "care_consent_question", "client_facts",
           "default_signer", "facts_for", "foster_no_order",
           "guardian_of", "label",
           "policy_refusal", "recorded_signer", "refusal_for", "rep_for", "require_client_may_sign",
           "require_copy_recipient", "require_may_act", "require_typed_signer", "standing_of"]
