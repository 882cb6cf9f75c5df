"""Progress-note templates: SOAP, DAP, BIRP, GIRP, free form and the discharge summary.

A note stores its sections as a mapping key -> text; the template fixes which
keys exist and their order. The keys double as the search index's columns: the
records compartment's `search_text` joins them by name (a generated column, migration
0010, given the discharge summary's keys by 0096), and the search file indexes that
column, so adding a template key needs a records migration too
(tests/core/test_discharge_template.py checks that every key is in it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vault_app.domain.errors import InvalidInput

MAX_SECTION_CHARS = 100_000
DISCHARGE = "discharge"  # the discharge (termination) summary's template key


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    sections: tuple[tuple[str, str], ...]  # (key, heading)
    # What a section usually holds, shown greyed in its empty box (never stored): only
    # where the heading alone does not say what a clinician is expected to write.
    hints: tuple[tuple[str, str], ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.sections)

    def heading(self, key: str) -> str:
        return dict(self.sections)[key]

    def hint(self, key: str) -> str:
        return dict(self.hints).get(key, "")


# The empty Assessment box's placeholder: where an attended visit's draft takes its goals and
# diagnoses from (gui shows it greyed; never stored, so never signed).
ASSESSMENT_HINT = ("Progress toward the treatment plan's goals. No plan yet? Goals and diagnoses are set in the "
                   "chart's Overview.")

TEMPLATES: dict[str, Template] = {
    t.key: t
    for t in (
        Template(
            "soap",
            "SOAP",
            (("subjective", "Subjective"), ("objective", "Objective"), ("assessment", "Assessment"), ("plan", "Plan")),
            hints=(("assessment", ASSESSMENT_HINT),),
        ),
        Template("dap", "DAP", (("data", "Data"), ("assessment", "Assessment"), ("plan", "Plan")),
                 hints=(("assessment", ASSESSMENT_HINT),)),
        Template(
            "birp",
            "BIRP",
            (("behavior", "Behavior"), ("intervention", "Intervention"), ("response", "Response"), ("plan", "Plan")),
        ),
        Template(
            "girp",
            "GIRP",
            (("goals", "Goals"), ("intervention", "Intervention"), ("response", "Response"), ("plan", "Plan")),
        ),
        Template("free", "Free form", (("text", "Note"),)),
        # Written when treatment ends (termination): what a successor, a payer or a board
        # reads first. Dates and the number of sessions are the therapist's words in "course",
        # not counted here: sessions on file may be missing (before the app) or not attended.
        Template(
            DISCHARGE,
            "Discharge summary",
            (
                ("referral", "Reason for referral / presenting problem"),
                ("course", "Course of treatment"),
                ("progress", "Progress toward goals"),
                ("discharge_status", "Status at discharge"),
                ("discharge_reason", "Reason for discharge"),
                ("aftercare", "Recommendations and referrals"),
            ),
            hints=(
                ("course", "Dates of the first and last session, number of sessions, modality, "
                           "interventions used"),
                ("discharge_status", "Symptoms and functioning at the last contact; risk of harm to self "
                                     "or others"),
                ("discharge_reason", "e.g. goals met, client's choice, moved, referred elsewhere, "
                                     "no contact since"),
                ("aftercare", "Aftercare, referrals made, medication follow-up, when to return"),
            ),
        ),
    )
}

ALL_SECTION_KEYS: tuple[str, ...] = tuple(dict.fromkeys(k for t in TEMPLATES.values() for k in t.keys))


def get_template(key: str) -> Template:
    template = TEMPLATES.get((key or "").strip().lower())
    if template is None:
        raise InvalidInput("Unknown note template.", hint="Choose one of: " + ", ".join(TEMPLATES) + ".")
    return template


def normalize_sections(template: Template, sections: Mapping[str, str], *, allow_empty: bool = False) -> dict[str, str]:
    """Keep the template's keys in order; refuse unknown keys and an empty note."""
    unknown = set(sections) - set(template.keys)
    if unknown:
        raise InvalidInput(
            f"The {template.title} template has no section named like that.",
            hint="Its sections are: " + ", ".join(template.keys) + ".",
        )
    result: dict[str, str] = {}
    for key in template.keys:
        value = sections.get(key) or ""
        if not isinstance(value, str):
            raise InvalidInput("Note sections must be text.")
        if "\x00" in value:
            raise InvalidInput("The note contains a NUL character.", code="note.nul")
        if len(value) > MAX_SECTION_CHARS:
            raise InvalidInput(f"A note section is too long (at most {MAX_SECTION_CHARS} characters).",
                               code="note.section_too_long", params={"max": MAX_SECTION_CHARS})
        result[key] = value.strip()
    if not allow_empty and not any(result.values()):
        raise InvalidInput("The note is empty.", hint="Write something in at least one section.",
                           code="note.sections_empty")
    return result


def sections_from_text(template: Template, text: str) -> dict[str, str]:
    """Split plain text into sections by headings such as 'Subjective:' on their own line.

    Text without any heading goes into the template's first section, so a note
    typed or piped in from a file never loses anything.
    """
    by_heading = {h.lower(): k for k, h in template.sections} | {k: k for k in template.keys}
    current = template.keys[0]
    parts: dict[str, list[str]] = {k: [] for k in template.keys}
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.endswith(":") and stripped[:-1].strip().lower() in by_heading:
            current = by_heading[stripped[:-1].strip().lower()]
            continue
        parts[current].append(line)
    return {k: "\n".join(v).strip() for k, v in parts.items()}


def render(template: Template, sections: Mapping[str, str]) -> str:
    if template.key == "free":
        return sections.get("text", "")
    return "\n\n".join(f"{template.heading(k)}:\n{sections[k]}" for k in template.keys if sections.get(k))
