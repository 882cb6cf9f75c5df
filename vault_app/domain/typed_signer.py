"""A personal representative typed in on an authorization (a name and the authority as written on
the form, no recorded person): when the representative rules refuse them (45 CFR 164.502(g)).

A recorded representative is checked on the signing day (domain/who_acts.py); a typed-in one was
checked against nothing, so "Mom, parent" signed for a 30-year-old, for a minor whose recorded
parent the therapist declined, or while a court-appointed guardian was on file. What is decided
here, each rule a row of TYPED_RULES:

- a representative recorded for the signing day who may act (their dates, 164.502(g)): the
  signature is theirs, recorded as theirs, or refused. A typed name that is a recorded
  representative's name is recorded as that person (the service asks `recorded_index`), so
  their own rules apply; anyone else is refused: a custody order or guardianship on file
  decides who signs, and a typed signer would step around it (164.502(g); 164.508(c)(1)(vi));
- a representative the therapist declined for that day (164.502(g)(5)): any typed signer is
  refused; the same person under another name ("Mom") is not told apart by the app;
- an adult on the signing day: a parent's or a minor's guardian's authority has ended
  (164.502(g)(2)-(3)); only "a person [who] has authority to act on behalf of an individual who
  is an adult ... in making decisions related to health care" under applicable law is their
  representative (164.502(g)(2)). A typed authority that says such authority (a health care
  power of attorney, agent, proxy or surrogate) stays allowed: 164.508(c)(1)(vi) asks the form
  for "a description of such representative's authority", and that description is what was
  typed. Parent or guardian words, or words that say no such authority, are refused with how
  to record them (a guardianship of an adult rests on a court's order: recorded with it and its
  dates, the app checks them);
- a minor who may consent to their own care (the practice's age of consent): the minor, not a
  parent, exercises the rights for that care (164.502(g)(3)(i)), and only the minor signs a
  Part 2 consent (42 CFR 2.14(a)): a typed signer is refused;
- the executor's or administrator's authority typed for a client the chart does not record as deceased on the
  signing day: refused, as a request's executor claim is (164.502(g)(4) applies after the death);
- a foster parent typed in for a minor (or a client with no date of birth): refused. A foster parent
  generally holds no authority to sign a HIPAA authorization for the child (the court, the county
  agency or a legal guardian does, as the order says; 164.502(g)(3) takes a person as the minor's
  representative only with authority "under applicable law", and the sources here give no state's
  dependency rules): recorded with the order that gives them authority, they sign as recorded;
- an authority that says neither who the signer is to a minor nor on what basis they act
  ("personal representative" alone, "caregiver"): refused, asking for the relationship and its
  basis (164.508(c)(1)(vi): "a description of such representative's authority"), as an adult's
  is refused when it says no authority;
- a minor under the age of consent with no representative on file, or a client with no date of
  birth: a parent's or guardian's words allowed, as before (the parent of a young child signing
  is the ordinary case).

The words of the authority are matched as data (AGENT_WORDS, PARENTAL_WORDS), English and
Spanish, without accents; the name is never read for them (a name is not an authority).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from vault_app.domain.decedent import dead_on
from vault_app.domain.representatives import RepAction, RepRefusal, minor_part2_alone
from vault_app.domain.who_acts import DATE_RULES, ClientFacts, Rep, confidential_care_on, representative_refusal

WordsKind = Literal["agent", "parental", "other"]

# Authority under law to make health-care decisions for an adult (164.502(g)(2)): what the
# adult gave (a health care power of attorney, an agent, a proxy) or what a statute names (a
# surrogate); and for a deceased client, their estate's (164.502(g)(4)). Matched as whole words
# or phrases of the typed authority.
# A deceased client's: "an executor, administrator, or other person [with] authority to act on behalf
# of a deceased individual or of the individual's estate" (164.502(g)(4)): the only ones who sign after
# the recorded death.
ESTATE_WORDS: tuple[str, ...] = (
    "executor", "executrix", "administrator", "administratrix", "estate", "albacea", "herencia",
)
AGENT_WORDS: tuple[str, ...] = (
    "power of attorney", "poa", "hcpoa", "dpoa", "attorney in fact", "agent", "proxy", "surrogate",
    "poder notarial", "poder", "apoderado", "apoderada", "agente", "representante sanitario",
    *ESTATE_WORDS,
)
# A parent, or a person acting for a minor (164.502(g)(3): "a parent, guardian, or other person
# acting in loco parentis"), and a guardianship (of an adult: a court's order, to be recorded).
PARENTAL_WORDS: tuple[str, ...] = (
    "parent", "parents", "mother", "father", "mom", "mum", "mommy", "mummy", "mama", "dad", "daddy", "papa",
    "stepmother", "stepfather", "stepparent", "stepmom", "stepdad", "grandmother", "grandfather",
    "grandparent", "grandma", "grandpa", "guardian", "guardianship", "conservator", "foster", "custodial",
    "custody", "loco parentis",
    "madre", "padre", "padres", "madrastra", "padrastro", "abuela", "abuelo", "tutor", "tutora", "tutela",
    "curador", "curadora", "custodia", "acogida", "acogimiento",
)
# A foster parent (California's "resource family"): the child's daily carer, placed by a county agency or
# a court, usually without the authority to make the child's health-care decisions or to sign a HIPAA
# authorization for them, which stays with the court, the agency or a legal guardian, as the court's
# order says (45 CFR 164.502(g)(3) names "a parent, guardian, or other person acting in loco parentis"
# with authority "under applicable law"; the sources here give no state's dependency rules). A typed
# foster parent is refused for a minor, and asked to be recorded with the order that gives them authority.
FOSTER_WORDS: tuple[str, ...] = (
    "foster", "resource parent", "resource parents", "resource family", "resource caregiver", "acogida",
    "acogimiento", "acogedor", "acogedora", "crianza", "hogar temporal",
)
# Words that say who the signer is to a minor or on what basis they act, beside PARENTAL_WORDS: a relative
# (who may act in loco parentis), or a court's order. Without any of them, the authority typed for a minor
# ("personal representative", "representative", "caregiver", "friend") describes no authority at all
# (164.508(c)(1)(vi) asks "a description of such representative's authority").
BASIS_WORDS: tuple[str, ...] = (
    "aunt", "uncle", "sister", "brother", "sibling", "cousin", "relative", "kin", "kinship",
    "court", "order", "judge", "appointed", "appointment", "decree",
    "tia", "tio", "hermana", "hermano", "prima", "primo", "pariente", "familiar",
    "orden", "judicial", "juez", "jueza", "juzgado", "tribunal", "sentencia", "nombrado", "nombrada",
)


def _plain(text: str) -> str:
    """Lower case, without accents, words separated by one space: "Mamá (step-mother)" -> "mama step mother"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", bare))


def _says(plain: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {plain} "
    return any(f" {p} " in padded for p in phrases)


def words_kind(authority: str) -> WordsKind:
    """What the typed authority says: authority under law for an adult ("agent": a health-care
    agent, or a deceased client's executor; it wins, a mother may be her adult son's agent), a
    parent or guardian ("parental"), or neither ("other")."""
    plain = re.sub(r"\bstep ", "step", _plain(authority))  # "step-mother" is a stepmother
    if _says(plain, AGENT_WORDS):
        return "agent"
    return "parental" if _says(plain, PARENTAL_WORDS) else "other"


def says_foster(authority: str) -> bool:
    """Whether the typed authority says a foster parent (FOSTER_WORDS), whatever else it says."""
    return _says(_plain(authority), FOSTER_WORDS)


def vague(authority: str) -> bool:
    """Whether the typed authority says neither who the signer is to the client nor on what basis they act
    ("personal representative" alone): no parent's or guardian's words, no agent's, no relative's, no order."""
    return words_kind(authority) == "other" and not _says(_plain(authority), BASIS_WORDS)


# A foster parent RECORDED as a representative: as typed in, not taken as one without the order that gives
# them authority (FOSTER_WORDS' reason); kept as the child's carer when recorded as not allowed to sign (then
# they neither sign nor have the records: representatives' "limited_authority").
FOSTER_RECORDED = (
    "The relationship says a foster parent. A foster parent generally does not hold the authority to sign for the "
    "child or to have their records: that stays with the court, the county agency or a legal guardian, as the "
    "court's order says (45 CFR 164.502(g)(3)).")
FOSTER_RECORDED_HINT = (
    "Attach the court order that gives them authority (adding them: --custody-order FILE; a recorded one: 'client "
    "attach', then 'guardian update CLIENT ID --custody-order ATTACHMENT_ID'), or record them as not allowed to sign "
    "('guardian update --may-not-sign'): kept as the child's carer, without the records.")


def foster_without_order(relationship: str, may_authorize: bool, order_id: str | None) -> bool:
    """Whether a recorded representative whose relationship says a foster parent would be taken as one
    with no order on file: refused (FOSTER_RECORDED)."""
    return says_foster(relationship) and may_authorize and not (order_id or "").strip()


def says_estate(authority: str) -> bool:
    """Whether the typed authority says an executor's or administrator's (164.502(g)(4))."""
    return _says(_plain(authority), ESTATE_WORDS)


def same_person(recorded_name: str, typed_name: str) -> bool:
    """Whether the typed signer's name is the recorded representative's (case, accents and
    spacing aside): then the signature is recorded as theirs and their rules apply."""
    return bool(_plain(typed_name)) and _plain(typed_name) == _plain(recorded_name)


def recorded_index(reps: tuple[Rep, ...], typed_name: str) -> int | None:
    """The place of the recorded representative the typed name names, or None."""
    return next((i for i, r in enumerate(reps) if same_person(r.name or r.label.split(",")[0], typed_name)), None)


def _in_dates(rep: Rep, on: date) -> bool:
    return not any(rule.applies(rep, on) for rule in DATE_RULES)


@dataclass(frozen=True)
class TypedCase:
    """The facts the rules read: the client on the signing day, what the typed authority says,
    and who is on file that day."""

    client: ClientFacts
    kind: WordsKind
    action: RepAction
    on_file: tuple[Rep, ...]  # recorded, in their dates, and the 164.502(g) rules let them act
    declined: tuple[Rep, ...]  # recorded, in their dates, declined by the therapist (164.502(g)(5))
    confidential: bool = False  # a parent's confidentiality agreement in force that day (164.502(g)(3)(i)(C))
    # Signed after the chart's recorded death by one whose typed authority is not the estate's (164.502(g)(4)).
    after_death_not_estate: bool = False
    # The estate's authority typed for a client the chart does not record as deceased on the signing day.
    estate_client_living: bool = False
    foster: bool = False  # the typed authority says a foster parent (FOSTER_WORDS)
    vague: bool = False  # it says neither who the signer is to the client nor on what basis (vague)


def case_for(client: ClientFacts, authority: str, on: date, *, part2: bool = False) -> TypedCase:
    action: RepAction = "sign_part2_consent" if part2 else "sign_authorization"
    # On file whatever their "may sign": a representative recorded as not allowed to sign (a
    # custody order) is exactly whom a typed signer must not step around.
    on_file = tuple(r for r in client.representatives if representative_refusal(client, r, action, on) is None)
    declined = tuple(r for r in client.representatives if r.declined and _in_dates(r, on))
    estate = says_estate(authority)
    ended = dead_on(client.died_on, on) and not estate
    # As a request's executor claim (decedent.executor_claim_questioned): the day of death itself counts as after it.
    living = estate and (client.died_on is None or client.died_on > on)
    return TypedCase(client, words_kind(authority), action, on_file, declined, confidential_care_on(client, on),
                     ended, living, says_foster(authority), vague(authority))


def _adult(c: TypedCase) -> bool:
    return c.client.age is not None and c.client.age >= c.client.age_of_majority


def _minor_may_consent(c: TypedCase) -> bool:
    age = c.client.age
    return age is not None and c.client.age_of_consent <= age < c.client.age_of_majority


@dataclass(frozen=True)
class TypedRule:
    code: str
    citation: str
    applies: Callable[[TypedCase], bool]
    message: str
    hint: str  # the command line's: the GUI says its own way (gui/refusal_words_signer.py)
    field: str = "signer_name"  # the form's field the refusal is about


_RECORD_HINT = ("If they hold such authority, record them with the document and its dates ('vault-app client update "
                "CLIENT --guardian NAME --authority health_care_agent' or personal_representative, with "
                "--custody-order FILE), then give --guardian ID. Otherwise the client signs.")

TYPED_RULES: tuple[TypedRule, ...] = (
    TypedRule(
        "typed_on_file", "45 CFR 164.502(g); 164.508(c)(1)(vi)",
        lambda c: bool(c.on_file),
        "A personal representative of the client is recorded for the day the form was signed: {names}. Their "
        "signature is recorded as theirs, so that their recorded dates and authority are checked (45 CFR "
        "164.502(g); 164.508(c)(1)(vi)); a signer typed in instead is refused while one is on file.",
        "If one of them signed, give --guardian ID ('vault-app guardian list CLIENT'). If someone else holds the "
        "authority now, record them first with their document and dates, and give the end date of the one who no "
        "longer acts ('guardian update --until').",
    ),
    TypedRule(
        "typed_declined", "45 CFR 164.502(g)(5)",
        lambda c: bool(c.declined),
        "You recorded that {names} is not treated as the client's personal representative (45 CFR 164.502(g)(5)). "
        "While that decision stands, a representative typed in is refused: the app cannot tell whether it is the "
        "same person under another name.",
        "Record whoever signed as a representative, with their document and dates, then give --guardian ID. If "
        "your decision changed, record that with 'guardian update --reinstate'.",
    ),
    # 164.502(g)(4) names the executor or administrator "after an individual's death": while the client lives they
    # hold no authority over the client's health information, whatever their age (found by the date of death's
    # author: "executor of the estate" typed for a living client was recorded, as an adult's "agent").
    TypedRule(
        "typed_estate_client_living", "45 CFR 164.502(g)(4)",
        lambda c: c.estate_client_living,
        "The chart records no death of this client on or before the day the form was signed: an executor or "
        "administrator acts for a deceased client's estate (45 CFR 164.502(g)(4)), not for a living client.",
        "If the client has died, record the date of death first ('vault-app client update CLIENT --died-on "
        "YYYY-MM-DD'). Otherwise give the authority the signer really holds (--authority), or the client signs.",
        "signer_authority",
    ),
    TypedRule(
        "typed_parent_of_adult", "45 CFR 164.502(g)(2)-(3)",
        lambda c: _adult(c) and c.kind == "parental",
        "The client was {age} on the day the form was signed and had reached the age of majority ({majority}): a "
        "parent's or a minor's guardian's authority had ended (45 CFR 164.502(g)(2)-(3)). An adult's personal "
        "representative is someone with authority under law to make health-care decisions for them, such as a "
        "health care power of attorney or a court guardianship (45 CFR 164.502(g)(2)).",
        _RECORD_HINT, "signer_authority",
    ),
    TypedRule(
        "typed_adult_no_authority", "45 CFR 164.502(g)(2); 164.508(c)(1)(vi)",
        lambda c: _adult(c) and c.kind == "other",
        "The client was {age} on the day the form was signed, an adult (age of majority {majority}): only someone "
        "with authority under law to make health-care decisions for them is their personal representative (45 CFR "
        "164.502(g)(2)), and the form describes that authority (164.508(c)(1)(vi)). The authority given does not "
        "say one, such as a health care power of attorney, agent or proxy.",
        _RECORD_HINT, "signer_authority",
    ),
    TypedRule(
        "typed_minor_part2", "42 CFR 2.14(a)",
        lambda c: c.action == "sign_part2_consent" and not c.client.part2_by_chart and _minor_may_consent(c),
        "The client was {age} on the day the form was signed and may consent to treatment on their own (your "
        "setting: from {consent}), so only the minor signs a Part 2 consent (42 CFR 2.14(a)); a representative's "
        "signature is refused.",
        "Ask the client to sign the consent personally (--signer-role client).",
    ),
    # The state's substance-use rule sets no age (N.Y. MHL 22.11): the chart's record decides (as the recorded
    # parent's rule, representatives "minor_part2_obtained_alone").
    TypedRule(
        "typed_minor_part2_alone", "42 CFR 2.14(a); the state's rule for substance-use treatment",
        lambda c: (c.action == "sign_part2_consent" and c.client.part2_by_chart
                   and minor_part2_alone(c.client.age, c.client.age_of_majority, c.client.care_consented_by)),
        "The client was {age} on the day the form was signed and, as the chart records, obtained the treatment "
        "without a parent's or guardian's consent, as your state's rule for substance-use treatment allows, so only "
        "the minor signs a Part 2 consent (42 CFR 2.14(a)); a representative's signature is refused.",
        "Ask the client to sign the consent personally (--signer-role client).",
    ),
    TypedRule(
        "typed_minor_consents", "45 CFR 164.502(g)(3)(i)",
        # As the recorded parent's rule (representatives "minor_consented_care"): only where the chart says
        # the minor consented to their own care (164.502(g)(3)(i)(A)).
        lambda c: _minor_may_consent(c) and c.client.care_consented_by == "client",
        "The client was {age} on the day the form was signed and, as the chart records, consented to their own "
        "outpatient care (your setting: from {consent}); for that care the minor, not a parent, exercises the "
        "rights (45 CFR 164.502(g)(3)(i)), so a representative typed in is refused.",
        "The client signs (--signer-role client). If a court appointed someone for the minor, record them with the "
        "order ('vault-app client update CLIENT --guardian NAME --custody-order FILE') and give --guardian ID.",
    ),
    TypedRule(
        "typed_confidential_care", "45 CFR 164.502(g)(3)(i)(C)",
        # As the recorded parent's rule (representatives "confidential_care_agreement"); Part 2 keeps 2.14.
        lambda c: c.confidential and c.kind == "parental" and c.action != "sign_part2_consent",
        "The chart records that a parent or guardian agreed to a confidential relationship between you and the "
        "minor about their care, by the day the form was signed: for that care the minor, not a parent, "
        "exercises the rights (45 CFR 164.502(g)(3)(i)(C)), so a parent's or guardian's signature is refused.",
        "The client signs (--signer-role client). If no such agreement was made, correct the chart ('vault-app "
        "client update CLIENT --confidentiality-agreement none').",
    ),
    # Not known to be an adult (a minor, or no date of birth): an adult's foster parent or vague words are refused
    # by the adult's rules above. Found by the legal review: "foster mother" was taken as a parent's authority,
    # and "personal representative" alone as one for a minor, though it says no authority.
    TypedRule(
        "typed_foster_parent", "45 CFR 164.502(g)(3); 164.508(c)(1)(vi)",
        lambda c: c.foster and not _adult(c),
        "The authority given says a foster parent. A foster parent cares for the child day to day but generally "
        "does not hold the authority to sign a HIPAA authorization for them: that stays with the court, the county "
        "agency or a legal guardian, as the court's order says. Only a person with authority under law to make "
        "the minor's health-care decisions is their personal representative (45 CFR 164.502(g)(3)), and the form "
        "describes that authority (164.508(c)(1)(vi)).",
        "If a court order or a guardianship gives this person that authority, record them with the order "
        "('vault-app client update CLIENT --guardian NAME --authority legal_guardian --custody-order FILE'), then "
        "give --guardian ID. Otherwise ask the agency's caseworker or the child's legal guardian who signs.",
        "signer_authority",
    ),
    TypedRule(
        "typed_minor_vague", "45 CFR 164.502(g)(3); 164.508(c)(1)(vi)",
        lambda c: c.vague and not _adult(c),
        "The authority given does not say who the signer is to the client, nor on what basis they act. A minor's "
        "personal representative is a parent, a guardian or another person acting in loco parentis with authority "
        "under law (45 CFR 164.502(g)(3)), and the form describes that authority (164.508(c)(1)(vi)): "
        "\"personal representative\" alone describes none.",
        "Give the relationship and its basis as the form states them: parent, legal guardian (court order of "
        "DATE), grandmother in loco parentis. Or record the person with their papers ('vault-app client update "
        "CLIENT --guardian NAME --custody-order FILE') and give --guardian ID.",
        "signer_authority",
    ),
    # Last, so that a form the gate re-checks is still refused by the earlier rules' reasons (stale_signer); a
    # recorded parent or agent is refused the same way (representatives "authority_ended_at_death"). Found by a
    # walker: "Mom, parent" typed as signer weeks after the recorded death was recorded.
    TypedRule(
        "typed_ended_at_death", "45 CFR 164.502(g)(4)",
        lambda c: c.after_death_not_estate,
        "The chart records that the client died before the day the form was signed. A health care agent's, a "
        "guardian's or a parent's authority ended at the death; only the executor or administrator of the estate "
        "signs for a deceased client (45 CFR 164.502(g)(4)).",
        "If the executor or administrator signed, say so in the authority ('executor of the estate'), or record them "
        "with the authority personal_representative and give --guardian ID. A form signed before the death stands.",
        "signer_authority",
    ),
)
RULES_BY_CODE: dict[str, TypedRule] = {r.code: r for r in TYPED_RULES}


def typed_signer_refusal(client: ClientFacts, authority: str, on: date, *, part2: bool = False) -> RepRefusal | None:
    """Why a representative typed in with `authority` may not sign for the client on `on`
    (the signing day), or None. The refusal's params name the people by name alone (their
    labels' "parent" is English) and give the ages, for a screen's words."""
    case = case_for(client, authority, on, part2=part2)
    for rule in TYPED_RULES:
        if not rule.applies(case):
            continue
        people = case.on_file if rule.code == "typed_on_file" else case.declined
        labels = "; ".join(r.label for r in people)
        text = rule.message.format(names=labels, age=client.age, majority=client.age_of_majority,
                                   consent=client.age_of_consent)
        params: dict[str, str | int] = {"majority": client.age_of_majority, "consent": client.age_of_consent}
        if client.age is not None:
            params["age"] = client.age
        if people:
            params["names"] = "; ".join(r.name.strip() or r.label for r in people)
        return RepRefusal(rule.code, rule.citation, text, rule.hint, params)
    return None


__all__ = ["AGENT_WORDS", "BASIS_WORDS", "ESTATE_WORDS", "FOSTER_RECORDED", "FOSTER_RECORDED_HINT", "FOSTER_WORDS",
           "PARENTAL_WORDS", "RULES_BY_CODE", "TYPED_RULES", "TypedCase", "TypedRule", "WordsKind", "case_for",
           "foster_without_order", "recorded_index", "same_person", "says_estate", "says_foster",
           "typed_signer_refusal", "vague", "words_kind"]
