"""Who acts for a minor client: who may receive the copy an access request gives, who signs an
authorization, and whom the authorization form proposes as its signer (45 CFR 164.502(g)).

Built on the representative rules of domain/representatives.py (a parent's authority ends at
the age of majority, a minor who may consent exercises the rights for that care, a declined
representative): they are asked, never restated here. What this module adds:

- a recorded representative acts only within their recorded dates (a guardianship that ended,
  an order not yet in force);
- a minor under the practice's age of consent whose representative currently controls the
  record does not exercise the rights themself: the representative receives the copy
  (164.502(g)(1), (g)(3); 164.524) and signs the authorization (164.508(c)(1)(vi) asks for the
  representative's signature and a description of their authority);
- the form proposes as signer the representative whose signature the rules let stand
  (default_signer): at or above the age of consent, who consented to the care, as the chart
  records it, decides, as it decides the parent's refusal (164.502(g)(3)(i)(A)).

Where no representative is recorded, or none is in force, nothing here refuses the client: the
existing warning (representatives.client_signature_warning) says what to check. A Part 2
consent of a minor under the age of consent needs both signatures (42 CFR 2.14(b)): the
minor's own is not refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.representatives import ACTION_WORDS, RepAction, RepFacts, RepRefusal, refusal


@dataclass(frozen=True)
class Rep:
    """A recorded representative as these rules see them."""

    label: str  # who they are, as the ledger and the forms say it: "Jane Roe, parent"
    authority: str  # domain.clinical.GuardianAuthority
    valid_from: date | None = None
    valid_until: date | None = None
    may_authorize: bool = True
    majority_order: bool = False
    declined: bool = False
    name: str = ""  # their name alone, for a screen's words (the label's "parent" is English)
    # The basis on which one recorded as not allowed to sign may still have the client's records (the
    # custody order's or the state law's words) is recorded: representatives' "limited_authority" lets them.
    records_access: bool = False
    # A foster parent recorded as allowed to sign with no court order attached (representatives'
    # "foster_without_order").
    foster_no_order: bool = False


@dataclass(frozen=True)
class ClientFacts:
    age: int | None  # on the day of the act; None when no date of birth is recorded
    age_of_majority: int
    age_of_consent: int  # the practice's age at which a minor may consent to outpatient care
    representatives: tuple[Rep, ...] = ()
    locale: str = DEFAULT_LOCALE
    care_consented_by: str = ""  # who consented to a minor's care, as the chart records it
    # The day a parent agreed to a confidential relationship about the minor's care (164.502(g)(3)(i)(C)).
    confidentiality_agreed_on: date | None = None
    # Who signs a Part 2 consent follows the chart's record, the state's substance-use rule setting no age
    # (domain/minor_consent_sud.py; representatives.RepFacts.part2_by_chart).
    part2_by_chart: bool = False
    died_on: date | None = None  # the client's recorded death (domain/decedent.py)


@dataclass(frozen=True)
class DateRule:
    code: str
    citation: str
    applies: Callable[[Rep, date], bool]
    message: str
    hint: str


DATE_RULES: tuple[DateRule, ...] = (
    DateRule(
        "not_yet_in_force", "45 CFR 164.502(g)",
        lambda r, on: r.valid_from is not None and on < r.valid_from,
        "{who}'s authority as the client's personal representative begins on {day}, as recorded; before then "
        "they may not {action} for the client (45 CFR 164.502(g)).",
        "If the recorded dates are wrong, correct them under Guardians… (CLI: 'guardian update').",
    ),
    DateRule(
        "authority_ended", "45 CFR 164.502(g)",
        lambda r, on: r.valid_until is not None and on > r.valid_until,
        "{who}'s authority as the client's personal representative ended on {day}, as recorded (the "
        "guardianship or order ended); they may no longer {action} for the client (45 CFR 164.502(g)).",
        "If the recorded dates are wrong, correct them under Guardians… (CLI: 'guardian update').",
    ),
)


# What the ledger keeps for a representative who received a copy: their capacity, never their name.
# The ledger outlives a destroyed chart, and a name from the chart found in it fails the
# destruction's verification (services/destruction_verify.content_result); the chart's guardian
# id beside it lets the app name them while the chart exists (services/export.disclosures).
LEDGER_WORDS = "the client's personal representative"


def ledger_recipient(authority: str) -> str:
    """"the client's personal representative (parent)": from the recorded authority only (a fixed
    set of words), never the free-text relationship, which may hold a name."""
    words = "representative" if authority == "other" else authority.replace("_", " ")
    return f"{LEDGER_WORDS} ({words})"


def label(name: str, authority: str, relationship: str = "") -> str:
    """A representative as the ledger, the History and the forms name them: "Jane Roe, parent"
    ("Jane Roe, parent (mother)" when the relationship says more)."""
    words = authority.replace("_", " ")
    if authority == "other":
        words = relationship.strip() or "personal representative"
    elif relationship.strip() and relationship.strip().lower() != words:
        words += f" ({relationship.strip()})"
    return f"{name.strip()}, {words}"


def representative_refusal(client: ClientFacts, rep: Rep, action: RepAction, on: date) -> RepRefusal | None:
    """Why this recorded representative may not do `action` for the client on `on`, or None:
    their recorded dates first, then the 164.502(g) rules of domain/representatives.py."""
    for rule in DATE_RULES:
        if rule.applies(rep, on):
            day = rep.valid_from if rule.code == "not_yet_in_force" else rep.valid_until
            assert day is not None
            text = rule.message.format(who=rep.label, day=date_text(day, client.locale), action=ACTION_WORDS[action])
            return RepRefusal(rule.code, rule.citation, text, rule.hint)
    return refusal(RepFacts(rep.authority, client.age, client.age_of_majority, client.age_of_consent, action,
                            rep.majority_order, rep.declined, client.care_consented_by,
                            confidential_care_on(client, on), client.part2_by_chart, client.died_on, on,
                            not rep.may_authorize and not rep.records_access, rep.foster_no_order))


def confidential_care_on(client: ClientFacts, on: date) -> bool:
    """A minor whose chart records a parent's agreement to a confidential relationship about their care,
    made on or before `on` (45 CFR 164.502(g)(3)(i)(C)): for that care the minor acts for themself."""
    agreed = client.confidentiality_agreed_on
    return (agreed is not None and agreed <= on and client.age is not None
            and client.age < client.age_of_majority)


def in_control(client: ClientFacts, action: RepAction, on: date) -> tuple[Rep, ...]:
    """The representatives who may do `action` for the client on `on`; to sign, only those
    recorded as allowed to sign for the client."""
    signing = action in ("sign_authorization", "sign_part2_consent")
    return tuple(r for r in client.representatives
                 if (r.may_authorize or not signing) and representative_refusal(client, r, action, on) is None)


def _under_consent_age(client: ClientFacts) -> bool:
    return client.age is not None and client.age < min(client.age_of_consent, client.age_of_majority)


def _names(reps: tuple[Rep, ...]) -> str:
    return "; ".join(r.label for r in reps)


MINOR_COPY = RepRefusal(
    "minor_represented_copy", "45 CFR 164.502(g)(1), (g)(3)",
    "The client is {age}, a minor under your age of consent for treatment ({consent}): their personal "
    "representative exercises the right of access for them (45 CFR 164.502(g)(1), (g)(3)), so the copy goes to "
    "them, not to the client. Send it to: {names}.",
    "Give the copy from the request's window (Granted: provide the copy…, Send the copy to), or on the "
    "command line with --to-guardian ID.",
)
MINOR_SIGNATURE = RepRefusal(
    "minor_represented_signature", "45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)",
    # The age on the day the form was signed, said as such (found: "is 16" of an 18-year-old, for a form of 2025).
    "On {day}, the day the form was signed, the client was {age}, a minor under your age of consent for treatment "
    "({consent}): their personal representative signs an authorization for them, with a description of their "
    "authority (45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)). Who may sign: {names}.",
    "Record the form as signed by the representative (CLI: --guardian ID, from 'vault-app guardian list').",
)


# The chart says a parent or guardian consented to the minor's care (clients.care_consented_by, migration
# 0107): for that care the parent is the minor's personal representative (45 CFR 164.502(g)(3): the minor
# acts for themself only where THEY consented, (g)(3)(i)(A)), so the minor at or above the age of consent
# does not exercise the rights for it, and under it never signs alone; the representative signs, with a
# description of their authority (164.508(c)(1)(vi)). Refused, not warned: the chart answers the question
# the open-question warning asks. A Part 2 consent keeps its own rule (42 CFR 2.14(a): the minor's
# capacity under state law, whoever consented); an adult's own signature always stands.
PARENT_CONSENTED_SIGNATURE = RepRefusal(
    "parent_consented_signature", "45 CFR 164.502(g)(3); 164.508(c)(1)(vi)",
    "On {day}, the day the form was signed, the client was {age}, a minor, and the chart records that a parent or "
    "guardian consented to their care: for that care the parent or guardian is the minor's personal representative "
    "(45 CFR 164.502(g)(3)) and signs the authorization, with a description of their authority (164.508(c)(1)(vi)); "
    "the minor's own signature does not stand. Who may sign: {names}.",
    "Record the form as signed by the representative (CLI: --guardian ID, from 'vault-app guardian list'). If the "
    "minor consented to their own care, correct the chart ('client update CLIENT --care-consented-by client').",
)
# The same, where no representative is recorded in force on the signing day: the one who consented signs.
PARENT_CONSENTED_UNRECORDED = RepRefusal(
    "parent_consented_signature_unrecorded", "45 CFR 164.502(g)(3); 164.508(c)(1)(vi)",
    "On {day}, the day the form was signed, the client was {age}, a minor, and the chart records that a parent or "
    "guardian consented to their care: for that care the parent or guardian is the minor's personal representative "
    "(45 CFR 164.502(g)(3)) and signs the authorization, with a description of their authority (164.508(c)(1)(vi)); "
    "the minor's own signature does not stand. No representative is recorded in force on that day.",
    "Record the parent or guardian who consented (CLI: 'vault-app client update CLIENT --guardian NAME'), "
    "or give them as the signer (--signer-role representative --signer-name NAME --authority AUTHORITY). "
    "If the minor consented to their own "
    "care, correct the chart ('client update CLIENT --care-consented-by client').",
)


# A request for the client's records made by a recorded representative who, on the day the copy would be
# given, may no longer receive it: the chart has since recorded them as not allowed to sign (a custody order
# limits their authority, "limited_authority"), declined them (164.502(g)(5)), or their authority ended. The
# request is theirs, so a copy "to the client" does not answer it (for a minor, it is handed back to the
# parent who asked; the state's law on a parent's access, and the order, decide whether they have it): it
# needs the therapist's review, and the request stays on file as theirs. Found by the round's brief: a
# father limited after his request still had it answered by the client's copy, by default.
REQUESTER_NO_LONGER = RepRefusal(
    "requester_no_longer", "45 CFR 164.502(g)(1), (g)(3), (g)(5); 164.524",
    "{id} was made on {received} by {who}, as the client's personal representative. Since then the chart "
    "records that they may no longer receive the client's records ({why}). The request needs your review: the "
    "copy goes neither to them nor, in answer to their request, to the client.",
    "Deny it as made by one who is not the client's personal representative, with the letter to them ('request "
    "deny ID --ground not_representative'): your decision under 45 CFR 164.502(g)(5), or what the custody order "
    "or your state's law says of a parent's access. If the order or the law gives them the records, record that "
    "basis ('guardian update CLIENT ID --records-access BASIS') and the copy goes to them. A request of the "
    "client's own is recorded as theirs.",
)


# What changed, in a few words, by the rule that now refuses the requester (REQUESTER_NO_LONGER's {why}).
REQUESTER_WHY: dict[str, str] = {
    "limited_authority": "recorded as not allowed to sign, with no basis recorded for their having the records",
    "declined": "you declined to treat them as the client's personal representative, 45 CFR 164.502(g)(5)",
    "parent_past_majority": "the client has reached the age of majority",
    "authority_ended": "their recorded authority has ended",
    "not_yet_in_force": "their recorded authority has not begun",
    "authority_ended_at_death": "the client's death ended their authority",
    "foster_without_order": "a foster parent with no court order attached",
}


# The requester's standing ended because the client came of age: the client now holds the right
# themself (164.502(g)(2)-(3)) and the copy answering the request is theirs, not a request to review.
CLIENT_HOLDS_THE_RIGHT = frozenset({"parent_past_majority"})


def requester_no_longer(client: ClientFacts, requester: Rep, on: date) -> RepRefusal | None:
    """Why the recorded representative who made a request may no longer receive its copy on `on` (their
    own refusal: the rules above), or None when they may, or when the client has since come of age and
    is answered themself; REQUESTER_NO_LONGER says what follows."""
    found = representative_refusal(client, requester, "receive_copy", on)
    return None if found is None or found.code in CLIENT_HOLDS_THE_RIGHT else found


def parent_consented_to_care(client: ClientFacts) -> bool:
    """A minor (by their age on the day) whose chart says a parent or guardian consented to their care:
    the minor's own signature on an authorization does not stand (PARENT_CONSENTED_SIGNATURE)."""
    return client.age is not None and client.age < client.age_of_majority and client.care_consented_by == "guardian"


def _minor_refusal(template: RepRefusal, client: ClientFacts, controlling: tuple[Rep, ...],
                   on: date | None = None) -> RepRefusal:
    """The refusal, its English naming who may act; its params for a screen's words (the ages,
    and the people by name alone: "parent" in their labels is English, said by the message), and
    the day of the act where the message names it (the signing day, in the practice's format)."""
    day = {"day": date_text(on, client.locale)} if on is not None else {}
    text = template.message.format(age=client.age, consent=client.age_of_consent, names=_names(controlling), **day)
    names = "; ".join(r.name.strip() or r.label for r in controlling)
    assert client.age is not None  # a minor: _under_consent_age, parent_consented_to_care
    return RepRefusal(template.code, template.citation, text, template.hint,
                      {"age": client.age, "consent": client.age_of_consent, "names": names, **day})


def copy_recipient_refusal(client: ClientFacts, recipient: Rep | None, on: date) -> RepRefusal | None:
    """Why the copy an access request gives may not go to `recipient` (None: the client
    themself) on `on`, or None when it may."""
    if recipient is not None:
        return representative_refusal(client, recipient, "receive_copy", on)
    controlling = in_control(client, "receive_copy", on)
    if _under_consent_age(client) and controlling:
        return _minor_refusal(MINOR_COPY, client, controlling)
    return None


def client_signature_refusal(client: ClientFacts, on: date, *, part2: bool = False) -> RepRefusal | None:
    """Why the client's own signature may not stand on an authorization signed on `on`, or None: a minor
    under the age of consent whose representative is in control (MINOR_SIGNATURE), or a minor whose chart
    says a parent or guardian consented to the care (PARENT_CONSENTED_SIGNATURE). Never where a parent's
    confidentiality agreement is in force on `on` (confidential_care_on): the minor signs for that care."""
    if part2:  # 42 CFR 2.14(b): the minor signs too; the warning asks for the parent's signature
        return None
    if confidential_care_on(client, on):  # 164.502(g)(3)(i)(C): the minor is the individual for this care
        return None
    controlling = in_control(client, "sign_authorization", on)
    if _under_consent_age(client) and controlling:
        return _minor_refusal(MINOR_SIGNATURE, client, controlling, on)
    if parent_consented_to_care(client):
        return _minor_refusal(PARENT_CONSENTED_SIGNATURE if controlling else PARENT_CONSENTED_UNRECORDED, client,
                              controlling, on)
    return None


def default_signer(client: ClientFacts, on: date, *, part2: bool = False) -> Rep | None:
    """Whom the authorization form proposes as its signer: the first representative in control
    of a minor, else None (the client). The rules that refuse a representative decide, so the
    proposal never names someone whose signature would be refused:

    - under the age of consent: the representative (164.502(g)(1), (g)(3));
    - at or above it, who consented to the care decides (164.502(g)(3)(i)(A), representatives'
      rule "minor_consented_care"): the minor who consented signs; a parent who consented stays the
      representative and is proposed; nothing recorded proposes the parent too, and the form then
      shows the open question (representatives.CARE_CONSENT_OPEN);
    - a Part 2 consent of a minor who may consent: only the minor (42 CFR 2.14(a), rule
      "minor_part2_consent"), whoever consented to the care: 2.14(a) asks the minor's capacity
      under state law, not who gave the consent;
    - past the age of majority (rule "parent_past_majority", or an adult's agent): the client."""
    if client.age is None or client.age >= client.age_of_majority:
        return None
    found = in_control(client, "sign_part2_consent" if part2 else "sign_authorization", on)
    return found[0] if found else None


__all__ = [
    "DATE_RULES",
    "LEDGER_WORDS",
    "MINOR_COPY",
    "MINOR_SIGNATURE",
    "PARENT_CONSENTED_SIGNATURE",
    "PARENT_CONSENTED_UNRECORDED",
    "REQUESTER_NO_LONGER",
    "REQUESTER_WHY",
    "ClientFacts",
    "DateRule",
    "Rep",
    "client_signature_refusal",
    "confidential_care_on",
    "copy_recipient_refusal",
    "default_signer",
    "in_control",
    "label",
    "ledger_recipient",
    "parent_consented_to_care",
    "representative_refusal",
    "requester_no_longer",
]
