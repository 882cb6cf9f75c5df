"""The 45 CFR 164.501 boundary of psychotherapy notes.

Medication, session start/stop times, modality and frequency, clinical test
results and summaries of diagnosis, functional status, treatment plan,
symptoms, prognosis and progress are *not* psychotherapy notes: they belong to
the session and the progress note. Structured input of those fields to a
psychotherapy note is refused; free text that looks like them gets a warning
(the clinician decides, the app only points it out). Warnings carry a code and
a plain explanation, never the matched text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from vault_app.domain.errors import RefusedByPolicy

# structured field name -> where it belongs instead
EXCLUDED_FIELDS: dict[str, str] = {
    "medication": "the progress note",
    "medications": "the progress note",
    "prescription": "the progress note",
    "start_time": "the session",
    "end_time": "the session",
    "stop_time": "the session",
    "session_times": "the session",
    "duration": "the session",
    "duration_minutes": "the session",
    "modality": "the session",
    "frequency": "the treatment plan",
    "setting": "the session",
    "test_results": "the progress note",
    "diagnosis": "the session (ICD-10 codes) or the treatment plan",
    "icd10_codes": "the session",
    "cpt_code": "the session",
    "functional_status": "the progress note",
    "treatment_plan": "the treatment plan",
    "plan": "the progress note or treatment plan",
    "symptoms": "the progress note",
    "prognosis": "the progress note",
    "progress": "the progress note",
    "risk": "the progress note's risk assessment",
}


def refuse_excluded_fields(names: Iterable[str]) -> None:
    for name in names:
        where = EXCLUDED_FIELDS.get(name.strip().lower())
        if where:
            raise RefusedByPolicy(
                f"A psychotherapy note cannot hold the structured field '{name}'.",
                hint=(
                    "HIPAA 45 CFR 164.501 excludes it from psychotherapy notes; "
                    f"record it on {where} instead."
                ),
            )


@dataclass(frozen=True)
class GuardWarning:
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


_I = re.IGNORECASE
_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "medication",
        "mentions medication or dosage; medication prescription and monitoring belong in the progress note",
        re.compile(
            r"\b(\d+(\.\d+)?\s?(mg|mcg|milligrams?)\b|prescri\w*|dosage|titrat\w*|"
            r"sertraline|fluoxetine|escitalopram|citalopram|paroxetine|bupropion|venlafaxine|duloxetine|"
            r"lithium|lamotrigine|quetiapine|aripiprazole|risperidone|olanzapine|clonazepam|lorazepam|"
            r"alprazolam|diazepam|adderall|methylphenidate|zoloft|prozac|lexapro|wellbutrin|xanax|ativan|"
            r"klonopin|seroquel|abilify|ssri|snri|benzodiazepines?)\b",
            _I,
        ),
    ),
    (
        "session_times",
        "mentions session start or stop times; those belong on the session",
        re.compile(
            r"\b(session|appointment|visit)\s+(started|began|ended|finished|lasted|ran)\b|"
            r"\b(start(ed)?|stop(ped)?|end(ed)?)\s+(at|time)\s+\d{1,2}(:\d{2})?\b|"
            r"\b\d{1,2}:\d{2}\s*(am|pm)?\s*(-|to|until)\s*\d{1,2}:\d{2}\b",
            _I,
        ),
    ),
    (
        "modality",
        "mentions the treatment modality or frequency; that belongs on the session or treatment plan",
        re.compile(
            r"\b(telehealth|video session|in[- ]person session|weekly sessions?|biweekly|"
            r"(once|twice) (a|per) (week|month)|session frequency)\b",
            _I,
        ),
    ),
    (
        "test_results",
        "mentions clinical test results; those belong in the progress note",
        re.compile(
            r"\b(phq-?9|phq-?2|gad-?7|bdi(-?ii)?|bai|pcl-?5|audit-c|mmse|moca|mmpi(-?\d)?|"
            r"scored?\s+(of\s+)?\d+|test results?)\b",
            _I,
        ),
    ),
    (
        "diagnosis",
        "mentions a diagnosis or diagnosis code; diagnosis summaries belong in the progress note or plan",
        re.compile(r"\b(diagnos\w*|dx|[A-TV-Z]\d\d\.\d{1,4}|meets criteria for|icd-?10|dsm-?5?)\b", _I),
    ),
    (
        "plan_prognosis",
        "summarizes treatment plan, prognosis, symptoms or progress; those belong in the progress note",
        re.compile(
            r"\b(prognosis|treatment plan|functional status|progress (to date|toward goals?)|"
            r"symptoms? (improved|worsened|summary)|goal \d+)\b",
            _I,
        ),
    ),
)


def scan_text(text: str) -> list[GuardWarning]:
    """One warning per kind of 164.501-excluded content the text appears to contain."""
    return [GuardWarning(code, message) for code, message, pattern in _PATTERNS if pattern.search(text)]
