"""The practice profile and jurisdiction settings: who the therapist is, which rules apply.

Defaults are a neutral US-federal baseline. The app gives no legal advice: every
jurisdiction value is editable and shown to the user where it is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Literal

from vault_app.domain.errors import InvalidInput
from vault_app.domain.name_fold import fold_for_search
from vault_app.domain.names import check_name

DutyToWarn = Literal["mandatory", "permissive", "none"]


@dataclass(frozen=True)
class Jurisdiction:
    # The practice's jurisdiction: what decisions and prompts name. Not the retention policy's
    # name (found: `retention set --preset CA` renamed the jurisdiction, and `decision settings
    # --jurisdiction-name` renamed a policy whose years and statute stayed).
    name: str = "US federal baseline (edit for your state)"
    # The retention policy in force, as `retention set` names it (a preset, or "Custom (based
    # on ...)"); changed only with the policy's numbers (RETENTION_POLICY_FIELDS).
    retention_policy_name: str = "APA guideline (no state rule chosen)"
    retention_adult_years: int = 7
    retention_minor_years_after_majority: int = 3
    # Where the retention years come from: statute, profession, date checked (a preset's statement).
    retention_source: str = "APA Record Keeping Guidelines (no statute chosen)"
    age_of_majority: int = 18
    age_of_consent_for_treatment: int = 18
    # Where the age of consent comes from: a state's minors' rule as accepted
    # (domain/minor_consent_presets.py: its section and conditions), "" for the baseline or an age
    # typed by hand. Cleared when the age is changed alone (services/decisions.update_jurisdiction).
    minor_consent_source: str = ""
    duty_to_warn: DutyToWarn = "permissive"
    elder_abuse_reporting_age: int = 65
    elder_abuse_scope: str = "abuse, neglect or exploitation of an elder or dependent adult"


# --- the jurisdiction settings: what is accepted ---------------------------------------------
# One table for the app's dialogs, `decision settings`, `practice update` and `retention set`
# (found: `practice update` saved an elder-abuse age of 5 and an empty scope that the app and
# `decision settings` refuse). Each row: the field, its lowest and highest value, the sentence.
#
# The elder-abuse reporting age: the statutes define an elder by age, 60 in the Elder Justice
# Act (42 U.S.C. 1397j(5): "an individual age 60 or older") and many states, 65 in others (Cal.
# Welf. & Inst. Code 15610.27: "65 years of age or older"). 40 to 100 admits every such age and
# refuses a slip (5, 650) that would make every adult client an elder, or none.
ELDER_AGE_CITATION = ("Elder Justice Act, 42 U.S.C. 1397j(5) (age 60 or older); "
                      "Cal. Welf. & Inst. Code 15610.27 (65 or older)")
JURISDICTION_RANGES: tuple[tuple[str, int, int, str], ...] = (
    ("retention_adult_years", 1, 100, "Adult retention must be between 1 and 100 years."),
    ("retention_minor_years_after_majority", 0, 100, "Retention after majority must be between 0 and 100 years."),
    ("age_of_majority", 10, 30, "The age of majority must be between 10 and 30."),
    ("age_of_consent_for_treatment", 1, 30, "The age of consent for treatment must be between 1 and 30."),
    ("elder_abuse_reporting_age", 40, 100, "The elder-abuse reporting age must be between 40 and 100."),
)
# Text settings, each printed as one line in prompts, decisions and certificates:
# (field, what the message calls it, whether it may be empty, longest). 2,000 as decision
# settings allowed before; the policy's name may become "Custom (based on <name>)", so a
# tighter limit would refuse a later `retention set`.
# Each range refusal's code, by setting (gui/refusal_words_records says it in the screen's language).
JURISDICTION_RANGE_CODE = {
    "retention_adult_years": "jurisdiction.retention_adult_years.range",
    "retention_minor_years_after_majority": "jurisdiction.retention_minor_years.range",
    "age_of_majority": "jurisdiction.age_of_majority.range",
    "age_of_consent_for_treatment": "jurisdiction.age_of_consent.range",
    "elder_abuse_reporting_age": "jurisdiction.elder_abuse_age.range",
}
JURISDICTION_TEXTS: tuple[tuple[str, str, bool, int], ...] = (
    ("name", "jurisdiction name", False, 2000),
    ("retention_policy_name", "retention policy name", False, 2000),
    ("elder_abuse_scope", "elder-abuse scope", False, 2000),
    ("retention_source", "retention source", True, 2000),
    ("minor_consent_source", "minors' consent source", True, 2000),
)
# The field each text setting's refusal names ("name" alone would be the clinician's).
JURISDICTION_TEXT_FIELD = {"name": "jurisdiction_name", "retention_policy_name": "retention_policy_name",
                           "elder_abuse_scope": "elder_abuse_scope", "retention_source": "retention_source",
                           "minor_consent_source": "minor_consent_source"}
# Settings that must be ordered: (the lower, the higher, the sentence refusing the two).
# A minor's own consent to treatment is an exception to a parent's authority, which lasts until
# the age of majority (45 CFR 164.502(g)(3)(i); state minor-consent laws, e.g. Cal. Fam. Code
# 6924(b): a minor "12 years of age or older may consent to mental health treatment or
# counseling on an outpatient basis"). From the age of majority the client consents as an adult,
# so a consent age above it (25 with 18) names no minor: domain/representatives.py's window
# (consent <= age < majority) would be empty and its minor-consent rules never apply. (The seeds
# say it too: states let "minors above a certain age (commonly 12-16)" consent.) Equal is allowed:
# 18 and 18, the default, says no minor consents alone.
# The elder-abuse age needs no row: its range (40 or more) is above every age of majority (30
# at most). The retention years need none: a state may keep minors' records for less time after
# majority than adults' after the last contact (the APA guideline: 3 and 7).
CONSENT_AGE_CITATION = ("45 CFR 164.502(g)(3)(i) (the minor who may lawfully consent); "
                        "Cal. Fam. Code 6924(b) (a minor 12 or older may consent to outpatient care)")
CONSENT_ABOVE_MAJORITY = ("The age of consent for treatment cannot be above the age of majority: "
                          "from the age of majority a client consents as an adult.")
JURISDICTION_ORDER: tuple[tuple[str, str, str], ...] = (
    ("age_of_consent_for_treatment", "age_of_majority", CONSENT_ABOVE_MAJORITY),
)
DUTIES_TO_WARN: tuple[DutyToWarn, ...] = ("mandatory", "permissive", "none")
# The numbers of the retention policy (domain/retention.py): they decide when a chart may be
# destroyed, so they change only as a policy, recorded (services/retention.set_policy); its
# name with them, so that a name always belongs to the numbers in force.
RETENTION_POLICY_FIELDS = ("retention_policy_name", "retention_adult_years", "retention_minor_years_after_majority",
                           "age_of_majority")


def range_problem(field_name: str, value: object) -> str | None:
    """The sentence refusing `value` for a whole-number setting, or None when it is accepted."""
    for name, low, high, sentence in JURISDICTION_RANGES:
        if name == field_name:
            ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
            return None if ok else sentence
    raise KeyError(field_name)


def order_problem(j: Jurisdiction, changed: Iterable[str] | None = None) -> str | None:
    """The sentence refusing the first pair of JURISDICTION_ORDER out of order, among pairs with
    a member in `changed` (all when None), or None."""
    judged = None if changed is None else set(changed)
    for lower, higher, sentence in JURISDICTION_ORDER:
        if judged is not None and not judged & {lower, higher}:
            continue
        low, high = getattr(j, lower), getattr(j, higher)
        if isinstance(low, int) and isinstance(high, int) and low > high:
            return sentence
    return None


def check_jurisdiction(j: Jurisdiction, changed: Iterable[str] | None = None) -> Jurisdiction:
    """`j` with its text settings trimmed; InvalidInput with the sentence of the first refused
    setting among `changed` (all when None). Values stored before a rule existed are not
    judged again when another setting is saved: that save would be refused over a setting the
    person did not touch, in a dialog that may not show it."""
    judged = {f.name for f in fields(Jurisdiction)} if changed is None else set(changed)
    for name, *_ in JURISDICTION_RANGES:
        if name in judged and (problem := range_problem(name, getattr(j, name))) is not None:
            raise InvalidInput(problem, code=JURISDICTION_RANGE_CODE[name], field=name)
    if (problem := order_problem(j, judged)) is not None:
        raise InvalidInput(problem, code="jurisdiction.consent_above_majority", field="age_of_consent_for_treatment")
    if "duty_to_warn" in judged and j.duty_to_warn not in DUTIES_TO_WARN:
        raise InvalidInput("Duty to warn must be mandatory, permissive or none.", code="jurisdiction.duty_to_warn",
                           field="duty_to_warn")
    texts: dict[str, Any] = {}
    for name, what, may_be_empty, longest in JURISDICTION_TEXTS:
        if name in judged:
            texts[name] = check_name(getattr(j, name), what, required=not may_be_empty, max_len=longest,
                                     field=JURISDICTION_TEXT_FIELD[name])
    return replace(j, **texts)


# --- the National Provider Identifier ---------------------------------------------------
# CMS, "Requirements for National Provider Identifier (NPI) and NPI Enumeration: the check
# digit" (NPIcheckdigit.pdf, National Provider Identifier Standard, 45 CFR 162.406-162.410):
# an NPI is 10 digits; the 10th is the Luhn (ISO/IEC 7812) check digit computed over the
# first nine prefixed with 80840 (the health-industry issuer prefix of ISO 7812, with which
# the NPI becomes a valid 15-digit card-style identifier). CMS's worked example: 123456789
# gets check digit 3, so 1234567893 is valid.
NPI_PREFIX = "80840"
NPI_CITATION = "CMS NPI check digit (Luhn over 80840 + NPI), 45 CFR 162.406"


def luhn_valid(digits: str) -> bool:
    """The Luhn check (ISO/IEC 7812-1 Annex B) over a string of digits."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def npi_valid(npi: str) -> bool:
    """Ten ASCII digits whose last is the check digit over 80840 + the first nine."""
    return len(npi) == 10 and npi.isascii() and npi.isdigit() and luhn_valid(NPI_PREFIX + npi)


def normalize_npi(text: str) -> str:
    """Spaces and dashes typed between groups do not matter; anything else does."""
    return "".join(ch for ch in text if ch not in " -")


def check_npi(text: str) -> str:
    """An NPI as stored (spaces and dashes dropped), or InvalidInput; "" when none is given."""
    npi = normalize_npi(text.strip())
    if npi and not npi_valid(npi):
        raise InvalidInput("That NPI is not valid: an NPI has 10 digits and its last digit is a check digit.",
                           hint="Copy it from your NPPES record (the NPI is optional: leave it empty).",
                           code="practice.npi.invalid", field="npi")
    return npi


# --- the Tax ID a superbill prints ------------------------------------------------------
# A health plan reimbursing a superbill needs the provider's federal Tax ID beside the NPI:
# the claim form's "Federal Tax I.D. Number", an SSN or an EIN (CMS-1500 (02/12), item 25).
# The identifying number is the EIN, or for an individual the SSN (26 CFR 301.6109-1(a)(1));
# the IRS writes an EIN as nine digits NN-NNNNNNN (IRS, "Employer ID Numbers", Pub. 1635).
# A full SSN is never stored: on a laptop it is an identity-theft risk to the therapist, and
# nothing here needs more than its last four digits, printed masked (XXX-XX-1234). Nine digits
# without an EIN's dash may be an SSN: refused, not guessed.
TAX_ID_CITATION = ("CMS-1500 (02/12) item 25 (Federal Tax I.D. Number: SSN or EIN); "
                   "26 CFR 301.6109-1(a)(1) (EIN, SSN); IRS Pub. 1635 (EIN format NN-NNNNNNN)")
_EIN = re.compile(r"^\d{2}-\d{7}$")
_SSN_LAST4 = re.compile(r"^(?:(?:XXX|\*\*\*)-(?:XX|\*\*)-)?(\d{4})$")
_SSN_MASK = "XXX-XX-"
TAX_ID_HINT = "Type an EIN as NN-NNNNNNN (12-3456789), or only the last four digits of your SSN (1234)."


def check_tax_id(text: str) -> str:
    """A Tax ID as stored: an EIN "12-3456789", an SSN's last four "XXX-XX-1234", or "" for none.
    Its messages never repeat what was typed (it may be an SSN)."""
    value = "".join(text.split()).upper()
    if not value:
        return ""
    if _EIN.match(value):
        return value
    last4 = _SSN_LAST4.match(value)
    if last4:
        return _SSN_MASK + last4.group(1)
    if len(re.sub(r"\D", "", value)) == 9 and re.fullmatch(r"[\d-]+", value):
        raise InvalidInput("That may be a full Social Security number: a full SSN is never stored here.",
                           hint=TAX_ID_HINT, code="practice.tax_id.full_ssn", field="tax_id")
    raise InvalidInput("That is not a Tax ID this app can keep: an EIN (NN-NNNNNNN) or the last four digits of "
                       "an SSN.", hint=TAX_ID_HINT, code="practice.tax_id.invalid", field="tax_id")


def tax_id_label(tax_id: str) -> str:
    """What the superbill calls a stored Tax ID: "Tax ID (EIN)" or "Tax ID (SSN)"."""
    return "Tax ID (SSN)" if tax_id.startswith(_SSN_MASK) else "Tax ID (EIN)"


# Where a US license is issued: the 50 states, DC and the territories with licensing boards.
LICENSE_STATES = frozenset(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
        "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
        "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP",
    ]
)


def check_clinician(*, name: str, npi: str, license_state: str, license_number: str) -> None:
    """InvalidInput with a plain message for what set-up and settings must not accept."""
    if not name.strip():
        raise InvalidInput("Type your name as it should appear on letters and certificates.",
                           code="practice.clinician_name.missing", field="clinician_name")
    check_npi(npi)
    if license_state and license_state not in LICENSE_STATES:
        raise InvalidInput("Choose the US state or territory that issued your license (two letters, e.g. TX).",
                           code="practice.license_state.unknown", field="license_state")
    if license_state and not license_number.strip():
        raise InvalidInput("Type the license number for that state, or leave the state empty.",
                           code="practice.license_number.missing", field="license_number")


# Who signs when neither the clinician's nor the practice's name is set (a vault set up before
# the name was asked): stored and signed as it reads; a screen says it in its own language
# (gui/amend_dialog.author_heading).
UNNAMED_CLINICIAN = "the treating clinician (name not set)"


# Who clients contact about privacy until the therapist names someone: printed in the letters,
# which are English documents for US recipients, so stored in English whatever the screen's
# language; Settings offers it in the screen's language and keeps this when left as offered.
DEFAULT_PRIVACY_CONTACT = "Privacy Officer"


@dataclass(frozen=True)
class PracticeProfile:
    clinician_name: str = ""
    credentials: str = ""
    license_number: str = ""
    license_state: str = ""
    npi: str = ""
    tax_id: str = ""  # check_tax_id: an EIN, or an SSN's last four (never a full SSN)
    practice_name: str = ""
    address: str = ""
    phone: str = ""
    privacy_contact: str = DEFAULT_PRIVACY_CONTACT
    # Dates, times and paper size of everything printed (letters, certificates, PDFs):
    # a CLDR locale id; en_US gives 12/01/2026, 2:05 PM and Letter paper.
    locale: str = "en_US"
    # The practice's time zone (a tz database name, "America/Los_Angeles"), whose clock the
    # appointments and the sessions' days are read on; "" for this computer's (services/practice_zone.py).
    time_zone: str = ""
    jurisdiction: Jurisdiction = field(default_factory=Jurisdiction)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PracticeProfile:
        jur_data = dict(data.get("jurisdiction") or {})
        # Stored before the policy had its own name (records migration 0088 copies it): the
        # policy was then called by the jurisdiction's name.
        if "retention_policy_name" not in jur_data and "name" in jur_data:
            jur_data["retention_policy_name"] = jur_data["name"]
        known_j = {f.name for f in fields(Jurisdiction)}
        jurisdiction = Jurisdiction(**{k: v for k, v in jur_data.items() if k in known_j})
        known = {f.name for f in fields(cls)} - {"jurisdiction"}
        return cls(jurisdiction=jurisdiction, **{k: v for k, v in data.items() if k in known})

    @property
    def signed_name(self) -> str:
        """"Name, Credentials"; for a vault set up before the name was asked, the practice."""
        name = self.clinician_name.strip() or self.practice_name.strip() or UNNAMED_CLINICIAN
        return f"{name}, {self.credentials.strip()}" if self.credentials.strip() else name

    @property
    def license_line(self) -> str:
        """"TX license 12345, NPI 1234567893", or what of it is set."""
        return _license_line(self.license_state, self.license_number.strip(), self.npi)

    @property
    def performer(self) -> str:
        """How the therapist is named on certificates and letters: name, credentials, license."""
        line = self.license_line
        return f"{self.signed_name} ({line})" if line else self.signed_name


def _license_line(state: str, number: str, npi: str) -> str:
    parts = []
    if number:
        parts.append(f"{state} license {number}" if state else f"license {number}")
    if npi:
        parts.append(f"NPI {npi}")
    return ", ".join(parts)


# What names one clinician on paper besides the name (certificates, letters, superbills, the Emergency
# Kit): kept when the name becomes another clinician's, they print as that clinician's. Found by a walker:
# a records custodian who "put their own name in the practice profile" (docs/closing-a-practice.md) signed
# destruction certificates as "Sam Rivera, PsyD (CA license LCS 12345)", the retired therapist's license.
OWN_IDENTIFIERS: tuple[tuple[str, str], ...] = (("credentials", "credentials"), ("license_number", "license number"),
                                                ("npi", "NPI"), ("tax_id", "Tax ID"))


def _name_words(name: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]+", fold_for_search(name)) if len(word) > 1}


def another_clinician(before: str, after: str) -> bool:
    """Whether the clinician's name became another person's: the two names share no word (a spelling
    corrected, a middle name or initial added, a new family name keep one; initials are no word)."""
    old, new = _name_words(before), _name_words(after)
    return bool(old) and bool(new) and not old & new


def identifiers_kept(before: PracticeProfile, after: PracticeProfile) -> tuple[str, ...]:
    """The fields of OWN_IDENTIFIERS still as they were saved with the previous clinician's name, now that
    the name is another clinician's (none when it is not)."""
    if not another_clinician(before.clinician_name, after.clinician_name):
        return ()
    return tuple(name for name, _label in OWN_IDENTIFIERS
                 if str(getattr(after, name)).strip() and str(getattr(after, name)).strip()
                 == str(getattr(before, name)).strip())


def identifiers_kept_words(before: PracticeProfile, fields_kept: tuple[str, ...]) -> str:
    """The command line's warning for identifiers_kept (the app's own words are gui's)."""
    labels = [dict(OWN_IDENTIFIERS)[f] for f in fields_kept]
    listed = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"
    return (f"Still as saved with {before.clinician_name}'s name: the {listed}. Certificates, letters, superbills "
            "and the Emergency Kit print them with the new name: give yours (--credentials, --license-number, "
            "--npi, --tax-id), or empty them.")


# The performer's last bracket, the license line (the name before it may hold brackets of its
# own: "the treating clinician (name not set)", "Ana (Anita) Ruiz").
_PERFORMER = re.compile(r"^(?P<name>.+) \((?P<line>[^()]+)\)$")
_NPI_AT_END = re.compile(r"(?:^|, )NPI (?P<npi>\d{10})$")  # ten digits (check_npi)
_LICENSE = re.compile(r"^(?:(?P<state>\S+) )?license (?P<number>\S.*)$")


def performer_parts(performer: str) -> tuple[str, str, str, str] | None:
    """(signed name, license state, license number, NPI) of a `performer` line as
    PracticeProfile.performer writes it (an addendum's stored author), or None when it has no
    license line or is not one written that way: a screen says the line in its own language
    (gui/amend_dialog.py) and what is stored and signed stays as it is. Read back only when
    written back the same, so a name with a bracket of its own is never cut wrong."""
    found = _PERFORMER.match(performer)
    if found is None:
        return None
    line, state, number, npi = found["line"], "", "", ""
    at_end = _NPI_AT_END.search(line)
    if at_end is not None:
        npi, line = at_end["npi"], line[:at_end.start()]
    if line:
        license_ = _LICENSE.match(line)
        if license_ is None:
            return None
        state, number = license_["state"] or "", license_["number"]
    if _license_line(state, number, npi) != found["line"]:
        return None
    return found["name"], state, number, npi

