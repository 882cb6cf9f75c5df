"""Retention presets: each one names its statute, the profession it binds, and the day its text
was checked. A preset whose section text could not be read says so instead of guessing.

The values are starting points, not legal advice: the policy itself lives in the
practice's Jurisdiction settings, where the therapist can change any number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain.errors import InvalidInput

CHECKED_ON = "2026-12-01"
CA_2015 = "Applies to therapy terminated on or after 2015-01-01 (SB 578, Stats. 2014, ch. 312)."
# The day of CA_2015, as the preset's own words state it: the project's digest and seeds hold neither
# the day nor what applied before it (domain/retention.evaluate keeps an older chart, never guesses).
CA_2015_FROM = date(2015, 1, 1)


@dataclass(frozen=True)
class PresetSource:
    statute: str  # the section, or "" when none is known
    profession: str
    checked_on: str  # the day the text (or, when unverified, the best available source) was checked
    verified: bool  # True only when the section's own text was read
    how_checked: str


@dataclass(frozen=True)
class PresetValues:
    key: str
    name: str
    adult_years: int
    minor_years_after_majority: int
    source: PresetSource
    note: str = ""
    # The first day of the end of therapy the rule applies to (None: no such day known): a chart
    # whose therapy ended before it is not under this preset.
    applies_from: date | None = None

    def statement(self) -> str:
        s = self.source
        law = s.statute or "No statute identified"  # a sentence's start, also after a note
        state = "text checked" if s.verified else "section text NOT verified"
        return f"{law}; {s.profession}; {state} on {s.checked_on}: {s.how_checked}"


def _ca(key: str, profession: str, statute: str, verified: bool, how: str, note: str = CA_2015) -> PresetValues:
    # Every California behavioral-health license: 7 years after the end of therapy (or discharge), and for a
    # minor 7 years after the client turns 18: the minors' period runs from 18, not from the last contact.
    return PresetValues(key, f"California: {profession}", 7, 7,
                        PresetSource(statute, profession, CHECKED_ON, verified, how), note,
                        CA_2015_FROM if note == CA_2015 else None)


# Said in words a therapist can look up: these texts are shown and saved with the policy, and
# the project's own digest they were drawn from does not ship with the app. Changing them
# changes only presets applied from now on; a saved policy keeps the statement it was saved with.
APA_GUIDELINES = "APA Record Keeping Guidelines (American Psychological Association)"
_STATE_UNVERIFIED = (
    "{years} years for the clinical record is this state's commonly cited figure, not checked against its "
    "law: the statute, the profession it binds and any minors' rule were not verified, so the minors' period "
    "is the " + APA_GUIDELINES + " default of 3 years after the age of majority. Ask your licensing board."
)

NY_RULE = "8 NYCRR 29.2(a)(3)"
NY_PROFESSIONS = ("every Title VIII profession (psychologists, LCSW/LMSW, mental health counselors, MFTs, creative "
                  "arts therapists, psychoanalysts)")
NY_HOW = ("Regents rules on unprofessional conduct, quoted but not checked against the official compilation: "
          "\"all patient records must be retained for at least six years ... records of minor patients must be "
          "retained for at least six years, and until one year after the minor patient reaches the age of 21 "
          "years\": 6 years after the last service; a minor's records until age 22 (4 years after 18) if later")

PRESET_VALUES: tuple[PresetValues, ...] = (
    PresetValues("apa", "APA guideline (no state rule chosen)", 7, 3,
                 PresetSource("", "psychologists (professional guidance, not law)", CHECKED_ON, False,
                              APA_GUIDELINES + ": 7 years after the last service for adults; for minors, 3 years after "
                              "the age of majority, whichever is later"),
                 "Where no law applies."),
    _ca("CA", "psychologists", "Cal. Bus. & Prof. Code 2919", True,
        "section text (as enacted by AB 2257, Stats. 2006, ch. 89): 7 years from discharge; a minor's records "
        "7 years from the date the patient reaches 18", note=""),
    _ca("CA-MFT", "marriage and family therapists", "Cal. Bus. & Prof. Code 4980.49", False,
        "SB 578 as amended adds section 4980.49; its committee analyses state 7 years from the end of therapy "
        "and 7 years from age 18 for minors"),
    _ca("CA-LEP", "educational psychologists", "Cal. Bus. & Prof. Code 4989.51", True,
        "section text: 7 years from the date therapy is terminated; a minor's records 7 years from age 18"),
    _ca("CA-LCSW", "clinical social workers", "SB 578 (Stats. 2014, ch. 312); section number not verified", False,
        "SB 578 committee analyses: LCSWs keep records 7 years from the end of therapy, minors 7 years from 18"),
    _ca("CA-LPCC", "professional clinical counselors", "Cal. Bus. & Prof. Code 4999.75", False,
        "secondary sources and SB 578 committee analyses: 7 years from the end of therapy, minors 7 years "
        "from 18"),
    # Quoted from the rule as handed to the project (8 NYCRR 29.2(a)(3)); this machine cannot
    # read the official compilation, so it is marked as not checked against it. "Until one year
    # after the minor patient reaches the age of 21" is age 22: with majority at 18, 4 years after
    # it, and the later of that and 6 years after the last service (domain/retention.evaluate).
    PresetValues("NY", "New York: mental health licenses", 6, 4,
                 PresetSource(NY_RULE, NY_PROFESSIONS, CHECKED_ON, False, NY_HOW)),
    *(PresetValues(key, name, years, 3,
                   PresetSource("", "profession not verified", CHECKED_ON, False,
                                _STATE_UNVERIFIED.format(years=years)),
                   "Check your licensing board's current rule, especially for minors.")
      for key, name, years in (("NC", "North Carolina", 7), ("TN", "Tennessee", 7), ("CT", "Connecticut", 7),
                               ("PA", "Pennsylvania", 5))),
)
BY_KEY: dict[str, PresetValues] = {p.key: p for p in PRESET_VALUES}


def find(key: str) -> PresetValues:
    for candidate in (key, key.upper(), key.lower()):
        if candidate in BY_KEY:
            return BY_KEY[candidate]
    raise InvalidInput(
        f"Unknown retention preset '{key}'.",
        hint="Choose one of " + ", ".join(BY_KEY) + ", or set the years yourself.",
    )


# California's presets by the license that binds the records, the words a therapist types as
# credentials (whole words, any case): "PhD, LMFT" is under 4980.49 before 2919.
_CA_LICENSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("CA-MFT", ("LMFT", "MFT", "MARRIAGE AND FAMILY")),
    ("CA-LCSW", ("LCSW", "CLINICAL SOCIAL WORKER")),
    ("CA-LPCC", ("LPCC", "PROFESSIONAL CLINICAL COUNSELOR")),
    ("CA-LEP", ("LEP", "EDUCATIONAL PSYCHOLOGIST")),
    ("CA", ("PHD", "PSYD", "PSYCHOLOGIST")),
)


def _state_of(found: PresetValues) -> str:
    """The state a preset is the law or figure of ("" for the APA guideline)."""
    return "" if found.key == "apa" else found.key.split("-", 1)[0]


def preset_for(state: str, credentials: str) -> PresetValues | None:
    """The preset for a practice licensed in `state` (a two-letter code) with these credentials:
    California's by its license (none when the credentials name none of them: not guessed), the
    other states' whatever the license; None where no preset is known."""
    state = state.strip().upper()
    if not state:
        return None
    if state == "CA":
        words = " " + " ".join("".join(c if c.isalnum() else " " for c in credentials.upper()).split()) + " "
        return next((BY_KEY[key] for key, names in _CA_LICENSES
                     if any(f" {name} " in words for name in names)), None)
    return BY_KEY.get(state)


# A rule the therapist names herself (`retention set --source`, Settings' "Rule it follows"): the
# policy is saved under this name, so certificates and screens cite her rule, not the preset the
# numbers started from.
STATED_PREFIX = "Custom: "


def stated_rule(policy_name: str) -> str:
    """The citation the therapist stated for the policy in force ("" when none)."""
    return policy_name[len(STATED_PREFIX):] if policy_name.startswith(STATED_PREFIX) else ""


def policy_title(policy_name: str) -> str:
    """How screens and certificates name the policy: a stated rule by its citation."""
    rule = stated_rule(policy_name)
    return f"{rule} (rule stated by the therapist)" if rule else policy_name


def has_preset(state: str) -> bool:
    """Whether the app knows a rule (a preset) of this license state."""
    state = state.strip().upper()
    return bool(state) and any(_state_of(p) == state for p in PRESET_VALUES)


def _based_on(policy_name: str) -> PresetValues | None:
    """The preset the policy is (or, custom, was based on); None for a rule the therapist stated."""
    if stated_rule(policy_name):
        return None
    return next((p for p in PRESET_VALUES if p.name == policy_name or f"(based on {p.name})" in policy_name),
                BY_KEY["CA"] if policy_name == "California" else None)


def not_covered_from(policy_name: str) -> tuple[PresetValues, date] | None:
    """The preset the policy is (or, custom, was based on) and the first day of the end of therapy
    it applies to, when it has one; None otherwise (a rule the therapist stated names its own scope)."""
    based_on = _based_on(policy_name)
    if based_on is None or based_on.applies_from is None:
        return None
    return based_on, based_on.applies_from


def rule_named(policy_name: str, source: str) -> str:
    """The retention rule as a refusal names it: a preset by its statute (or its name, when it has
    none), a custom policy as custom values based on it, a stated rule by itself; any other policy by
    its saved source. Found by a walker: the CA-MFT source begins "Applies to therapy terminated ...",
    and "must be kept until ... under Applies to therapy ..." named no rule."""
    stated = stated_rule(policy_name)
    if stated:
        return stated
    found = _based_on(policy_name)
    if found is None:
        return source.strip()
    named = found.source.statute or (APA_GUIDELINES if found.key == "apa" else f"{found.name} (no statute identified)")
    if found.key != "apa" and found.source.statute:
        named = f"{named} ({found.name})"
    return f"custom values based on {named}" if policy_name.startswith("Custom") else named


def rule_state(policy_name: str) -> str:
    """The state whose preset the policy is (or, custom, was based on); "" for the APA guideline
    and for a rule the therapist stated herself."""
    based_on = _based_on(policy_name)
    return _state_of(based_on) if based_on is not None else ""


# The age of majority every preset's minors' rule counts from (domain/retention.PRESETS).
PRESET_AGE_OF_MAJORITY = 18


def shorter_than_its_rule(policy_name: str, numbers: tuple[int, int, int]) -> bool:
    """Whether `numbers` (adult years, minor years after majority, age of majority) keep a chart
    less long than the state preset the policy is named after or based on: an adult's chart
    fewer years after the last contact, or a minor's until an earlier birthday."""
    found = _based_on(policy_name)
    if found is None or not _state_of(found):
        return False
    adult, minor, majority = numbers
    return adult < found.adult_years or majority + minor < PRESET_AGE_OF_MAJORITY + found.minor_years_after_majority


def policy_fits_state(policy_name: str, state: str, numbers: tuple[int, int, int] | None = None) -> bool:
    """Whether the retention policy in force (by its saved name, a custom one by the preset it was
    based on) is known to fit the practice's license state. True with no state set. Where the
    state has a preset: True only for that state's rule. Where it has none: the APA guideline is
    professional guidance, not that state's law, so only a rule the therapist stated herself
    fits (walk-close round 32: a New York minor's chart eligible a year early under the APA
    guideline, and nothing said). Another state's rule never fits. `numbers` (adult years, minor
    years after majority, age of majority), when given: the state's rule kept shorter (custom,
    based on it) does not fit (found reviewing: 5 years "based on" New York's 6 was said to fit,
    and a chart became eligible a year before the rule)."""
    state = state.strip().upper()
    if not state:
        return True
    chosen = rule_state(policy_name)
    if chosen:
        return chosen == state and not (numbers is not None and shorter_than_its_rule(policy_name, numbers))
    if has_preset(state):
        return False
    return bool(stated_rule(policy_name))


def state_offer(state: str, credentials: str, policy_name: str,
                numbers: tuple[int, int, int]) -> tuple[PresetValues, ...]:
    """The license state's retention presets to offer when the policy in force is not its rule:
    the one the first-run wizard applies (preset_for: California's by the license the credentials
    name), or every preset of the state when the credentials name none; () when the policy fits
    the state or the app knows no preset of it. One rule for the wizard's default and `practice
    update` (walk-NY round 36: the CLI left a New York practice under the APA guideline, minors
    kept to 21, while the wizard applied 8 NYCRR 29.2(a)(3), minors until 22)."""
    code = state.strip().upper()
    if not has_preset(code) or policy_fits_state(policy_name, code, numbers):
        return ()
    found = preset_for(code, credentials)
    return (found,) if found is not None else tuple(p for p in PRESET_VALUES if _state_of(p) == code)


def named_preset(name: str) -> PresetValues | None:
    """The preset a policy is saved under by its very name (release 0.1.0's "California" is 2919's)."""
    return next((p for p in PRESET_VALUES if p.name == name or (name == "California" and p.key == "CA")), None)


def statute_floor(name: str, numbers: tuple[int, int, int]) -> PresetValues | None:
    """The state rule a policy is saved under by its name (not custom, not stated by the therapist)
    when its numbers (adult years, minors' years after majority, age of majority) keep a chart less
    long than that rule: the rule keeps the chart all the same (domain/retention.evaluate). Found by
    a walker: release 0.1.0 saved "California" as 7 years / minors 3 after majority, and a minor's
    chart was destroyed four years before Cal. Bus. & Prof. Code 2919 allowed it."""
    found = named_preset(name)
    if found is None or not _state_of(found) or not shorter_than_its_rule(name, numbers):
        return None
    return found


def stale_preset_warning(name: str, adult_years: int, minor_years_after_majority: int) -> str:
    """A saved policy still named after a preset whose checked values are longer: say so (never shorten)."""
    found = named_preset(name)
    if found is None:
        return ""
    if adult_years >= found.adult_years and minor_years_after_majority >= found.minor_years_after_majority:
        return ""
    return (f"Your policy '{name}' keeps records {adult_years} years (minors {minor_years_after_majority} years "
            f"after majority), shorter than {found.source.statute or found.name} "
            f"({found.adult_years} years; minors {found.minor_years_after_majority} years after 18). "
            + ("Until then no chart is eligible before that rule's day. " if _state_of(found) else "")
            + f"Apply the preset again: vault-app retention set --preset {found.key}.")


__all__ = ["APA_GUIDELINES", "BY_KEY", "CHECKED_ON", "NY_RULE", "PRESET_VALUES", "STATED_PREFIX", "PresetSource",
           "PresetValues", "find", "has_preset", "named_preset", "not_covered_from", "policy_fits_state",
           "policy_title", "preset_for", "rule_named", "rule_state", "shorter_than_its_rule", "stale_preset_warning",
           "state_offer", "stated_rule", "statute_floor"]
