"""Who may act for a client: personal representatives checked against 45 CFR 164.502(g) and 42 CFR 2.14.

Each rule is one row of `RULES`: the citation, a pure test on the facts, and the
refusal in plain words. `refusal(facts)` returns the first rule that refuses, or
None. The facts come from the chart (the client's age, the recorded guardian) and
the practice settings (age of majority, age at which a minor may consent to
outpatient mental-health care); the service gathers them, this module decides.

What stays with the therapist: whether state law lets a parent see records of care
the minor consented to (164.502(g)(3)(ii)), and whether to decline a representative
under 164.502(g)(5): the app records that decision and then honours it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from vault_app.domain.clinical import Guardian
from vault_app.domain.decedent import authority_ended_by_death
from vault_app.domain.errors import said

RepAction = Literal["sign_authorization", "sign_part2_consent", "request_records", "receive_copy"]
ACTION_WORDS: dict[str, str] = {
    "sign_authorization": "sign an authorization",
    "sign_part2_consent": "sign a Part 2 consent",
    "request_records": "request the client's records",
    "receive_copy": "receive a copy of the client's records",
}
# Authorities that exist only because the client is a minor (164.502(g)(3): "parent, guardian,
# or other person acting in loco parentis"). An adult's guardian or agent is appointed otherwise.
PARENTAL = frozenset({"parent", "legal_guardian", "other"})


@dataclass(frozen=True)
class RepFacts:
    authority: str  # the recorded guardian's authority (domain.clinical.GuardianAuthority)
    client_age: int | None  # on the day of the act; None when no date of birth is recorded
    age_of_majority: int
    age_of_consent: int  # the practice's age at which a minor may consent to outpatient care
    action: RepAction
    majority_order: bool = False  # a recorded court order keeps the authority past majority
    declined: bool = False  # the therapist elected not to treat them as representative (164.502(g)(5))
    # Who consented to the minor's care, as the chart records it (domain.clinical.CareConsentedBy).
    care_consented_by: str = ""
    # A parent agreed, on or before the day of the act, to a confidential relationship between the
    # therapist and the minor about the care (45 CFR 164.502(g)(3)(i)(C), clients.confidentiality_agreed_on).
    confidential_care: bool = False
    # The state's rule for substance-use treatment sets no age (N.Y. Mental Hygiene Law 22.11): who signs a
    # Part 2 consent follows the chart's record of who consented to the treatment, not the age of consent
    # (domain/minor_consent_sud.py).
    part2_by_chart: bool = False
    # The client's recorded death and the day of the act (domain/decedent.py): after the death only the
    # executor or administrator acts for the client (45 CFR 164.502(g)(4)).
    died_on: date | None = None
    on: date | None = None
    # Recorded as not allowed to sign for the client (a custody order that limits their authority), with no
    # basis recorded for their having the client's records (who_acts.Rep.records_access): LIMITED_ACTIONS.
    limited: bool = False
    # Recorded with a relationship that says a foster parent, allowed to sign, and no court order attached
    # (domain/typed_signer.foster_without_order): a record an earlier version saved, kept editable; refused here.
    foster_no_order: bool = False


# What a person whose authority the chart records as limited does not do by default, beside signing (refused
# where they sign: services/authorizations): exercise the client's right of access for them.
LIMITED_ACTIONS = frozenset({"request_records", "receive_copy"})


@dataclass(frozen=True)
class RepRule:
    code: str
    citation: str
    applies: Callable[[RepFacts], bool]
    message: str
    hint: str = ""


def _adult(f: RepFacts) -> bool:
    return f.client_age is not None and f.client_age >= f.age_of_majority


def _minor_may_consent(f: RepFacts) -> bool:
    return f.client_age is not None and f.age_of_consent <= f.client_age < f.age_of_majority


def minor_part2_alone(age: int | None, majority: int, consented_by: str) -> bool:
    """A minor the chart records as having consented to their own treatment, under a state rule of no age."""
    return age is not None and age < majority and consented_by == "client"


RULES: tuple[RepRule, ...] = (
    RepRule(
        "declined", "45 CFR 164.502(g)(5)",
        lambda f: f.declined,
        "You recorded that this person is not treated as the client's personal representative (reasonable "
        "belief of abuse, neglect or endangerment, 45 CFR 164.502(g)(5)); they may not {action} for the client.",
        "The decision is yours; if it changes, record that with 'guardian update --reinstate'.",
    ),
    RepRule(
        "authority_ended_at_death", "45 CFR 164.502(g)(4)",
        lambda f: f.on is not None and authority_ended_by_death(f.authority, f.died_on, f.on),
        "The chart records that the client died before this day. A health care agent's, a guardian's or a parent's "
        "authority ended at the death; only the executor or administrator of the estate acts for a deceased client "
        "(45 CFR 164.502(g)(4)), so this person may not {action} for the client.",
        "If this person is the executor or administrator, record them with the authority 'personal representative' "
        "('client update CLIENT --guardian NAME --authority personal_representative'). A form signed before the death "
        "stands.",
    ),
    RepRule(
        "parent_past_majority", "45 CFR 164.502(g)(2)-(3); age of majority (practice setting)",
        lambda f: f.authority in PARENTAL and _adult(f) and not f.majority_order,
        "The client is {age} and has reached the age of majority ({majority}): a parent's or guardian's authority "
        "over a minor has ended (45 CFR 164.502(g)(2)-(3)), so this person may not {action} for the client.",
        "The client acts for themselves now. If a court appointed this person for the adult client, record the "
        "order with 'guardian update --majority-order ATTACHMENT_ID'.",
    ),
    # A foster parent recorded before the save refused one without the court's order (services/guardians): the
    # record stays correctable field by field, and what is unsafe, their acting for the child, is refused here
    # with how to fix it (found by a walker: the whole record could not be edited, not even a phone number).
    RepRule(
        "foster_without_order", "45 CFR 164.502(g)(3)",
        lambda f: f.foster_no_order,
        "You recorded this person as a foster parent, allowed to sign, with no court order attached. A foster "
        "parent generally does not hold the authority to act for the child: that stays with the court, the county "
        "agency or a legal guardian, as the court's order says (45 CFR 164.502(g)(3)); so they may not {action} "
        "for the client until the order that gives them that authority is attached.",
        "Attach the court order to the chart and give it to them ('guardian update CLIENT ID --custody-order "
        "ATTACHMENT_ID'), or record them as not allowed to sign ('guardian update CLIENT ID --may-not-sign'): "
        "kept as the child's carer, without the records.",
    ),
    # A parent is a minor's personal representative where "under applicable law" they have authority to make
    # the minor's health-care decisions (164.502(g)(3)); a custody order may leave that to the other parent
    # (REGULATIONS.md, Minors: "Custody orders decide which parent may authorize"; seed 002: custody agreements
    # "may specify which parent can authorize treatment or access records"). The chart's "may not sign" records
    # such a limit; whether the order or the state's law still gives that parent the records, only the order and
    # the law say: the therapist records the basis (records access), else the copy does not go to them. Found by
    # the legal review: a non-custodial parent marked "may NOT sign" received the child's whole record.
    RepRule(
        "limited_authority", "45 CFR 164.502(g)(1), (g)(3); custody order",
        lambda f: f.limited and f.action in LIMITED_ACTIONS,
        "You recorded that this person may not sign for the client: their authority is limited, as by a custody "
        "order. A parent acts as a minor's personal representative only within the authority the law and any "
        "court order give them (45 CFR 164.502(g)(1), (g)(3)), so they may not {action} unless you record the "
        "basis on which they may have the client's records.",
        "If the custody order or your state's law gives them access to the records, record that basis ('guardian "
        "update CLIENT ID --records-access \"custody order of DATE, section N\"') and keep the order with the chart. "
        "Otherwise the copy goes to the representative who holds the authority.",
    ),
    RepRule(
        "minor_part2_consent", "42 CFR 2.14(a)",
        lambda f: (f.action == "sign_part2_consent" and f.authority in PARENTAL and not f.part2_by_chart
                   and _minor_may_consent(f)),
        "The client is {age} and may consent to treatment on their own (your setting: from {consent}), so only "
        "the minor may sign a Part 2 consent (42 CFR 2.14(a)); a parent's or guardian's signature is refused.",
        "Ask the client to sign the consent personally.",
    ),
    # No age in the state's substance-use rule: the minor obtained the treatment alone where the chart says
    # the minor consented to it (N.Y. MHL 22.11(c): a physician's or program director's documented finding).
    RepRule(
        "minor_part2_obtained_alone", "42 CFR 2.14(a); the state's rule for substance-use treatment",
        lambda f: (f.action == "sign_part2_consent" and f.authority in PARENTAL and f.part2_by_chart
                   and minor_part2_alone(f.client_age, f.age_of_majority, f.care_consented_by)),
        "The client is {age} and, as the chart records, obtained the treatment without a parent's or guardian's "
        "consent, as your state's rule for substance-use treatment allows, so only the minor may sign a Part 2 "
        "consent (42 CFR 2.14(a)); a parent's or guardian's signature is refused.",
        "Ask the client to sign the consent personally. If a parent or guardian consented to the treatment, correct "
        "the chart ('client update CLIENT --care-consented-by guardian').",
    ),
    # The minor holds the rights only for care THEY consented to, where no other consent is required
    # by law (164.502(g)(3)(i)(A)): a parent who consented stays the personal representative. The
    # state's rule (Cal. Fam. Code 6924, ...) also rests on the clinician's judgment of each minor, so
    # the age alone decides nothing: the chart records who consented (found: with California's rule
    # applied, no parent could sign for any client of 12 or over, the parents who consented included).
    RepRule(
        "minor_consented_care", "45 CFR 164.502(g)(3)(i)",
        lambda f: f.authority in PARENTAL and _minor_may_consent(f) and f.care_consented_by == "client",
        "The client is {age} and, as the chart records, consented to their own outpatient care (your setting: "
        "from {consent}); for that care the minor, not the parent, exercises the rights (45 CFR "
        "164.502(g)(3)(i)), so this person may not {action} for the client.",
        "The client signs. Whether state law lets you inform a parent is your judgment (164.502(g)(3)(ii)). If a "
        "parent or guardian consented to the care, correct the chart ('client update CLIENT --care-consented-by "
        "guardian').",
    ),
    # A parent (guardian, person in loco parentis) assented to an agreement of confidentiality between the
    # provider and the minor about the care: for that care the minor is the individual, whatever their age
    # (164.502(g)(3)(i)(C)), so no parent acts for them in it. A Part 2 consent keeps 42 CFR 2.14's rule
    # (the minor's capacity under state law): HIPAA's agreement does not change who signs it.
    RepRule(
        "confidential_care_agreement", "45 CFR 164.502(g)(3)(i)(C)",
        lambda f: (f.authority in PARENTAL and f.confidential_care and f.action != "sign_part2_consent"
                   and f.client_age is not None and f.client_age < f.age_of_majority),
        "The chart records that a parent or guardian agreed to a confidential relationship between you and the "
        "minor about their care: for that care the minor, not the parent, exercises the rights (45 CFR "
        "164.502(g)(3)(i)(C)), so this person may not {action} for the client.",
        "The client acts for themself for this care. If no such agreement was made, correct the chart "
        "('client update CLIENT --confidentiality-agreement none').",
    ),
)


def care_consent_open(age: int | None, age_of_consent: int, age_of_majority: int, consented_by: str) -> bool:
    """A minor old enough to consent to their own care under the practice's rule, and the chart does not
    say who consented: a parent's signature is allowed, and the form says the question is open
    (CARE_CONSENT_OPEN)."""
    return age is not None and age_of_consent <= age < age_of_majority and consented_by == ""


def care_consent_asked(age: int | None, age_of_consent: int, age_of_majority: int) -> bool:
    """Whether the client's form asks who consented to the care: a minor at or above the age of consent."""
    return age is not None and age_of_consent <= age < age_of_majority


@dataclass(frozen=True)
class RepRefusal:
    code: str
    citation: str
    message: str
    hint: str
    # What a screen's words need beside the ages, where the message has more (who acts for a
    # minor: their names, which the message names too).
    params: Mapping[str, str | int] = field(default_factory=dict)


def refusal(facts: RepFacts) -> RepRefusal | None:
    """The first rule that refuses this person acting for the client, or None when they may."""
    for rule in RULES:
        if rule.applies(facts):
            text = rule.message.format(
                action=ACTION_WORDS[facts.action], age=facts.client_age, majority=facts.age_of_majority,
                consent=facts.age_of_consent,
            )
            return RepRefusal(rule.code, rule.citation, text, rule.hint)
    return None


@dataclass(frozen=True)
class SignatureWarning:
    """What the therapist must check before recording a minor's own signature: said by `code`
    (the GUI's words, in the screen's language) with the client's age and the practice's age of
    consent; `message` is the core's English (the CLI prints it)."""

    code: str
    citation: str
    message: str


MINOR_SIGNS_ALONE = SignatureWarning(
    code="authorization.minor_signs_alone", citation="45 CFR 164.502(g)(3)",
    message="The client is {age}, under your age of consent for treatment ({consent}); check that the law lets "
            "the minor authorize this (45 CFR 164.502(g)(3)).",
)
MINOR_SIGNS_PART2_ALONE = SignatureWarning(
    code="authorization.minor_signs_alone.part2", citation="42 CFR 2.14(b)",
    message="The client is {age}, under your age of consent for treatment ({consent}): a Part 2 consent then "
            "needs the signatures of both the minor and the parent or guardian (42 CFR 2.14(b)).",
)
# A representative who signed while they held the authority, which has ended since (the client came of
# age, or the recorded guardianship ended). A form signed then was valid when signed (164.508(c)(1)(vi):
# signed by the representative, with their authority); nothing in 164.502(g) undoes it when the authority
# ends later; it ends by its own expiry or by the individual's written revocation (164.508(b)(5)), which
# the client, acting for themselves now, may give. So it is recorded as signed, saying so; the person may
# not sign a new one (the refusals above, on the new form's day). Found: a form the parent signed at 16
# could not be recorded once the client was 18 ("not in force today"): the chart's history was lost.
ENDED_SINCE_SIGNING = SignatureWarning(
    code="authorization.representative_ended_since", citation="45 CFR 164.502(g); 164.508(b)(5)",
    message="Signed on {signed} by {who}, while they held authority as the client's personal representative "
            "(45 CFR 164.502(g)); that authority no longer holds from {ended}. The authorization was valid when "
            "signed and stays in force until it expires or the client revokes it in writing (45 CFR "
            "164.508(b)(5)): the client now acts for themselves and may revoke it. {who} may not sign a new one.",
)
# A minor's own signature (client_signature_warning's table); ENDED_SINCE_SIGNING is said by
# ended_since_signing_warning, with its words in gui/refusal_words_signer.py.
SIGNATURE_WARNINGS: tuple[SignatureWarning, ...] = (MINOR_SIGNS_ALONE, MINOR_SIGNS_PART2_ALONE)

# Not a refusal: a representative's signature for a minor who may consent to their own care, where the
# chart does not say who consented (care_consent_open): recorded, saying the question is open.
CARE_CONSENT_OPEN = SignatureWarning(
    code="authorization.care_consent_open", citation="45 CFR 164.502(g)(3)(i)",
    message="Open question: the chart does not record who consented to this minor's care. If the minor consented "
            "to their own care ({rule}), the minor, not the parent, exercises the rights for it (45 CFR "
            "164.502(g)(3)(i)) and signs; record who consented on the client's form.",
)


def care_consent_open_line(rule_citation: str) -> str:
    """CARE_CONSENT_OPEN in English, with its code and the rule's citation, for a screen's words."""
    rule = rule_citation or "your setting's age of consent"
    return said(CARE_CONSENT_OPEN.code, CARE_CONSENT_OPEN.message.format(rule=rule), rule=rule)


def client_signature_warning(client_age: int | None, age_of_consent: int, action: RepAction) -> str:
    """A minor under the age of consent signing alone: allowed to record, but the therapist must
    check. "" when there is nothing to check, else a Problem: its English, with its code and
    params, so that a screen says it in its own language."""
    if client_age is None or client_age >= age_of_consent:
        return ""
    rule = MINOR_SIGNS_PART2_ALONE if action == "sign_part2_consent" else MINOR_SIGNS_ALONE
    return said(rule.code, rule.message.format(age=client_age, consent=age_of_consent),
                age=client_age, consent=age_of_consent)


def ended_since_signing(at_signing: Standing, now: Standing) -> bool:
    """A representative's authority held on the signing day (judged there: recorded dates, 164.502(g)) and
    has ended since, by the recorded end or by law: the form stands (ENDED_SINCE_SIGNING says what that
    means now). A decline since is an election about acts from its day (164.502(g)(5)): not this."""
    return at_signing.in_force and now.why in ("legal_end", "recorded_end")


def ended_since_signing_warning(who: str, signed: str, ended: str) -> str:
    """ENDED_SINCE_SIGNING in English, with its code and params (the dates as the practice writes them)."""
    rule = ENDED_SINCE_SIGNING
    return said(rule.code, rule.message.format(who=who, signed=signed, ended=ended), who=who, signed=signed,
                ended=ended)


def parental_authority_ends(authority: str, date_of_birth: date | None, age_of_majority: int, *,
                            majority_order: bool) -> date | None:
    """The first day a parent's (or a minor's guardian's) authority no longer holds: the day the
    client reaches the age of majority (45 CFR 164.502(g)(2)-(3); the rule "parent_past_majority"
    refuses from then), unless a recorded court order keeps it. None when no such end applies:
    another kind of authority, an order, or no date of birth. Born on 29 February: the age is
    reached on 1 March of a common year, as clinical.age_on counts it."""
    if authority not in PARENTAL or majority_order or date_of_birth is None:
        return None
    year = date_of_birth.year + age_of_majority
    try:
        return date(year, date_of_birth.month, date_of_birth.day)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


# A guardianship the chart records as beginning on or after the client's birthday of majority was given over
# an adult (a court's guardianship or conservatorship: a personal representative, 45 CFR 164.502(g)(2)), so
# coming of age did not end it (walker wfamily: a 66-year-old's court-appointed conservator, in force from 2025,
# read "authority ended on 01/01/1978: the client turned 18"). A parent acts by parenthood, not by appointment.
ADULT_APPOINTED = frozenset({"legal_guardian"})


def keeps_past_majority(guardian: Guardian, date_of_birth: date | None, age_of_majority: int) -> bool:
    """Whether coming of age leaves `guardian`'s authority standing: a recorded court order keeps it
    (has_majority_order), or the guardianship was recorded as beginning when the client was an adult."""
    if has_majority_order(guardian):
        return True
    came_of_age = parental_authority_ends(guardian.authority, date_of_birth, age_of_majority, majority_order=False)
    return (guardian.authority in ADULT_APPOINTED and came_of_age is not None and guardian.valid_from is not None
            and guardian.valid_from >= came_of_age)


def guardian_ends_by_law(guardian: Guardian, date_of_birth: date | None, age_of_majority: int) -> date | None:
    """The day `guardian`'s authority ends by law (parental_authority_ends, the order read as the
    refusal reads it) when the end recorded for them does not come first, else None. The
    recorded end (valid_until) is its last day in force, the law's the first day without it:
    a recorded end the day before the birthday comes first. What a list gives as their end."""
    found = standing(guardian, date_of_birth, age_of_majority, date.min)
    return found.ends_on if found.end_by_law else None


StandingWhy = Literal["recorded_end", "legal_end", "declined", "not_yet"]
# What each reason not to act rests on (REGULATIONS.md, "Personal representatives (164.502(g))").
STANDING_CITATIONS: dict[str, str] = {
    "declined": "45 CFR 164.502(g)(5)",  # the provider may decline to treat a person as representative
    "legal_end": "45 CFR 164.502(g)(2)-(3)",  # a parent's authority ends at the age of majority
    "recorded_end": "45 CFR 164.502(g)",  # the guardianship or order ended, as recorded
    "not_yet": "45 CFR 164.502(g)",  # the guardianship or order begins later, as recorded
}


@dataclass(frozen=True)
class Standing:
    """Whether a recorded guardian holds their authority on a day, and why not: the one answer
    the lists, the Overview, `guardian list`/`client show` and the refusal of a signature read.

    `ends_on` is the FIRST day without the authority (past or future), whichever end comes first:
    the day after the recorded Until (its last day in force), or the client's birthday of majority
    (`end_by_law`). `last_day` is the day before: what an "until" says. `since` is the day the
    reason took effect: the decline, the recorded start (not_yet: its first day in force), or
    `ends_on`."""

    may_sign: bool  # in force on the day, not declined, and recorded as allowed to sign
    why: StandingWhy | None  # why they do not hold the authority on the day; None: they do
    since: date | None
    ends_on: date | None
    end_by_law: bool
    citation: str

    @property
    def in_force(self) -> bool:
        return self.why is None

    @property
    def last_day(self) -> date | None:
        return None if self.ends_on is None else self.ends_on - timedelta(days=1)


def has_majority_order(guardian: Guardian) -> bool:
    """A court order keeping the authority past majority (164.502(g)(2)) is recorded: an attachment
    id that names something. One place decides: the Guardians window asked bool(id), the refusal
    `id is not None`, so an empty id kept a parent signing for an adult whom the window said
    was no longer represented."""
    return bool((guardian.majority_order_attachment_id or "").strip())


def standing(guardian: Guardian, client_dob: date | None, age_of_majority: int, on: date) -> Standing:
    """`guardian`'s standing on `on`. Declined (164.502(g)(5)) from the recorded day of the
    decision; not yet before the recorded start; ended from the first day without authority, the
    recorded end (Until is its last day) or the law's (the birthday of majority,
    parental_authority_ends), whichever comes first, the recorded one on a tie. A court order is
    recorded when its attachment id is (has_majority_order)."""
    legal = parental_authority_ends(guardian.authority, client_dob, age_of_majority,
                                    majority_order=keeps_past_majority(guardian, client_dob, age_of_majority))
    recorded = None
    if guardian.valid_until is not None and guardian.valid_until < date.max:
        recorded = guardian.valid_until + timedelta(days=1)
    by_law = legal is not None and (recorded is None or legal < recorded)
    ends_on = legal if by_law else recorded
    why: StandingWhy | None = None
    since: date | None = None
    if guardian.declined_on is not None and guardian.declined_on <= on:
        why, since = "declined", guardian.declined_on
    elif guardian.valid_from is not None and on < guardian.valid_from:
        why, since = "not_yet", guardian.valid_from
    elif ends_on is not None and ends_on <= on:
        why, since = ("legal_end" if by_law else "recorded_end"), ends_on
    citation = STANDING_CITATIONS[why] if why is not None else "45 CFR 164.502(g)"
    return Standing(guardian.may_authorize and why is None, why, since, ends_on, by_law, citation)


__all__ = ["ACTION_WORDS", "CARE_CONSENT_OPEN", "ENDED_SINCE_SIGNING", "LIMITED_ACTIONS", "MINOR_SIGNS_ALONE",
           "MINOR_SIGNS_PART2_ALONE", "PARENTAL", "RULES",
           "SIGNATURE_WARNINGS", "STANDING_CITATIONS", "RepAction", "RepFacts", "RepRefusal", "RepRule",
           "SignatureWarning", "Standing", "StandingWhy", "care_consent_asked", "care_consent_open",
           "care_consent_open_line", "client_signature_warning", "ended_since_signing",
           "ended_since_signing_warning", "guardian_ends_by_law", "has_majority_order", "keeps_past_majority",
           "minor_part2_alone", "parental_authority_ends",
           "refusal", "standing"]
