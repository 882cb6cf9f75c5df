"""Minors' consent presets: the age from which a state lets a minor consent alone to outpatient
mental-health care, with the section, its conditions and how it was checked.

Why it matters: where the minor may lawfully consent, the minor, not the parent, holds the rights
for that care (45 CFR 164.502(g)(3)(i)), and a parent's signature is no longer the one asked for
(domain/representatives.py's window: age of consent <= age < age of majority). The app's baseline
is 18 (no minor consents alone), the federal floor; a state's rule is proposed when the license
state is chosen (first-run wizard, Settings, `practice update`, `decision settings`) and applied
only when the therapist accepts it, like the retention presets (domain/retention_presets.py), never
silently.

Like those presets, each entry says whether its section's own text was read (none was here: this
machine cannot read the official compilations): these are starting points, not legal advice, and
every entry is to be checked against the statute's own text.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import Jurisdiction

CHECKED_ON = "2026-12-06"
CHECK_TEXT = "check against the statute's own text"


@dataclass(frozen=True)
class MinorConsentPreset:
    state: str  # the license state's USPS code
    age: int  # a minor of this age or older may consent alone to outpatient care
    citation: str
    conditions: str  # what must hold for the minor's own consent (the therapist judges, per client)
    verified: bool  # True only when the section's own text was read
    how_checked: str
    checked_on: str = CHECKED_ON

    def statement(self) -> str:
        """Saved with the setting (Jurisdiction.minor_consent_source) and shown where it is used."""
        # No date beside "not verified": "NOT verified ... on 2026-12-06" read as the day it was
        # verified (walker, merged main, finding 6). A checked text says the day it was read.
        state = (f"Text checked on {self.checked_on}" if self.verified
                 else f"The statute's text was not checked here ({CHECK_TEXT})")
        return (f"{self.citation}: a minor {self.age} or older may consent to outpatient mental health "
                f"treatment. Conditions: {self.conditions} {state}; the preset rests on {self.how_checked}.")


# AB 665 (Stats. 2023, in force 2024-07-01) aligned Fam. Code 6924 with HSC 124260: the danger-or-abuse
# condition is gone from 6924 as the published summaries state (the seeds do not hold either section's text;
# walker CA, finding 5). Both sections named, the change dated; recording that danger where present costs nothing.
_CA_CONDITIONS = (
    "the professional judges the minor mature enough to participate intelligently in the outpatient "
    "treatment or counseling (Health & Safety Code 124260(b), and Family Code 6924(b) as amended by AB "
    "665, Stats. 2023, in force from 2024-07-01). AB 665 removed from 6924 its other condition (a "
    "danger of serious physical or mental harm to the minor or others without the care, or the minor "
    "the alleged victim of incest or child abuse), as the published summaries state; where that danger "
    "or abuse is present, record it too. The parent or guardian is to be involved unless the "
    "professional finds, after consulting the minor, that it would be inappropriate (record which, and "
    "why). Not for psychotropic medication, nor for inpatient care.")
_NY_CONDITIONS = (
    "the practitioner finds the minor knowledgeable about the services and their risks and benefits, the "
    "services clinically indicated and necessary to the minor's well-being, and a parent not reasonably "
    "available, or a parent's involvement detrimental to the treatment, or a parent's refusal not in the "
    "minor's best interest (record the findings).")

MINOR_CONSENT_PRESETS: dict[str, MinorConsentPreset] = {
    "CA": MinorConsentPreset(
        "CA", 12, "Cal. Fam. Code 6924(b); Cal. Health & Safety Code 124260(b)", _CA_CONDITIONS, False,
        "published summaries of California minor-consent law; the project's regulations digest does not quote "
        "either section, and the official text (leginfo.legislature.ca.gov) was not read here"),
    "NY": MinorConsentPreset(
        "NY", 16, "N.Y. Mental Hygiene Law 33.21", _NY_CONDITIONS, False,
        "the age and conditions as the project's brief and secondary summaries state them; the section's own "
        "text (and whether 16 is its age for outpatient services) was not read here"),
}


def preset_for(state: str) -> MinorConsentPreset | None:
    """The minors' consent rule the app knows for a license state, or None."""
    return MINOR_CONSENT_PRESETS.get(state.strip().upper())


def find(state: str) -> MinorConsentPreset:
    found = preset_for(state)
    if found is None:
        raise InvalidInput("The app knows no minors' consent rule for that state.",
                           hint="Known: " + ", ".join(MINOR_CONSENT_PRESETS) + "; or set the age of consent yourself.",
                           code="jurisdiction.minor_consent.unknown_state", field="license_state")
    return found


def changes_for(preset: MinorConsentPreset) -> dict[str, object]:
    """The jurisdiction settings the preset sets once accepted: the age and where it comes from."""
    return {"age_of_consent_for_treatment": preset.age, "minor_consent_source": preset.statement()}


def fits(j: Jurisdiction, state: str) -> bool:
    """Whether the jurisdiction's age of consent is the license state's rule (True where no rule is
    known: nothing to propose)."""
    found = preset_for(state)
    return found is None or j.age_of_consent_for_treatment == found.age


def proposal(j: Jurisdiction, state: str) -> MinorConsentPreset | None:
    """The state's preset to propose: known and not in force."""
    return None if fits(j, state) else preset_for(state)


def may_consent_alone(age: int | None, j: Jurisdiction) -> bool:
    """Whether a client of `age` consents to outpatient care alone under `j`: an adult, or a minor
    of the age of consent or older (the conditions are the therapist's judgement)."""
    return age is not None and age >= min(j.age_of_consent_for_treatment, j.age_of_majority)


STATE_NAMES = {"CA": "California", "NY": "New York"}


def applied(j: Jurisdiction) -> MinorConsentPreset | None:
    """The preset in force: its statement saved as the source, and its age still the setting."""
    return next((p for p in MINOR_CONSENT_PRESETS.values()
                 if j.minor_consent_source.startswith(p.citation) and j.age_of_consent_for_treatment == p.age), None)


def jurisdiction_label(j: Jurisdiction) -> str:
    """What the settings are called: a state's minors' rule applied over the federal baseline says so
    (the CLI said "Jurisdiction: US federal baseline" beside California's age of consent)."""
    found = applied(j)
    if found is None or j.name != Jurisdiction().name:
        return j.name
    return (f"{STATE_NAMES.get(found.state, found.state)} minors' consent rule applied; other settings: federal "
            "baseline (edit for your state)")


def preset_of_source(source: str) -> MinorConsentPreset | None:
    """The preset a saved source (Jurisdiction.minor_consent_source) states, or None: today's statement, or
    one an earlier version saved, which opens with the same section and age ("{citation}: a minor {age} or
    older may consent"), so that it is said from the data, in the screen's language. Found: a rule applied
    before migration 0107 kept its statement then ("Section text NOT verified (...) on 2026-12-06: ..."),
    shown as saved, in English, on a Spanish screen. Another age under the same section is not the preset."""
    text = source.strip()
    return next((p for p in MINOR_CONSENT_PRESETS.values()
                 if text == p.statement() or text.startswith(f"{p.citation}: a minor {p.age} or older may consent ")),
                None)


def rule_citation(j: Jurisdiction) -> str:
    """The section the practice's age of consent comes from ("Cal. Fam. Code 6924(b); ..."), as the
    applied preset saved it (its statement opens with the citation), or "" for an age set by hand."""
    known = next((p.citation for p in MINOR_CONSENT_PRESETS.values()
                  if j.minor_consent_source.startswith(p.citation)), "")
    return known or j.minor_consent_source.split(": ", 1)[0].strip()


__all__ = ["CHECKED_ON", "CHECK_TEXT", "MINOR_CONSENT_PRESETS", "STATE_NAMES", "MinorConsentPreset", "applied",
           "changes_for", "find", "fits", "jurisdiction_label",
           "may_consent_alone", "preset_for", "preset_of_source", "proposal", "rule_citation"]
