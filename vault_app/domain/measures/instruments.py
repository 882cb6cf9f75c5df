"""The built-in instruments, as data. Both are in the public domain ("No permission
required to reproduce, translate, display or distribute", Pfizer's PHQ screeners site).

Item and answer codes are LOINC's: panel 44249-1 (PHQ-9) and 69737-5 (GAD-7), whose
member codes and the answer list LL358-3 (LA6568-5 ... LA6571-9) are listed on the
LOINC panel pages (loinc.org/44249-1, loinc.org/69737-5).

Each item's text, the prompt and the answer labels are the English the instruments were
validated in; a published translation, verbatim and cited, is a "wordings" entry
(instruments_es.py), which screens show in its language. Scoring and storage never read it.

Another instrument (PHQ-A, PCL-5, the Columbia screener) is another dictionary of the
same shape, registered with `register(instrument_from_data(...))`.
"""

from __future__ import annotations

from typing import Any

from vault_app.domain.measures.instruments_es import GAD7_ES, PHQ9_ES

# The answer scale both instruments share (LOINC answer list LL358-3).
FREQUENCY = [
    {"value": 0, "label": "Not at all", "loinc": "LA6568-5"},
    {"value": 1, "label": "Several days", "loinc": "LA6569-3"},
    {"value": 2, "label": "More than half the days", "loinc": "LA6570-1"},
    {"value": 3, "label": "Nearly every day", "loinc": "LA6571-9"},
]
TWO_WEEKS = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"

PHQ9: dict[str, Any] = {
    "key": "phq9",
    "title": "PHQ-9",
    "name": "Patient Health Questionnaire-9 (depression)",
    "citation": "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity "
                "measure. J Gen Intern Med. 2001;16(9):606-613.",
    "prompt": TWO_WEEKS,
    "items": [
        {"id": "phq9_1", "loinc": "44250-9", "text": "Little interest or pleasure in doing things"},
        {"id": "phq9_2", "loinc": "44255-8", "text": "Feeling down, depressed, or hopeless"},
        {"id": "phq9_3", "loinc": "44259-0", "text": "Trouble falling or staying asleep, or sleeping too much"},
        {"id": "phq9_4", "loinc": "44254-1", "text": "Feeling tired or having little energy"},
        {"id": "phq9_5", "loinc": "44251-7", "text": "Poor appetite or overeating"},
        {"id": "phq9_6", "loinc": "44258-2",
         "text": "Feeling bad about yourself, or that you are a failure or have let yourself or your family down"},
        {"id": "phq9_7", "loinc": "44252-5",
         "text": "Trouble concentrating on things, such as reading the newspaper or watching television"},
        {"id": "phq9_8", "loinc": "44253-3",
         "text": "Moving or speaking so slowly that other people could have noticed, or the opposite: being so "
                 "fidgety or restless that you have been moving around a lot more than usual"},
        {"id": "phq9_9", "loinc": "44260-8",
         "text": "Thoughts that you would be better off dead, or of hurting yourself in some way"},
    ],
    "options": FREQUENCY,
    # Kroenke 2001, table 3: 5, 10, 15 and 20 are the cut-offs for mild, moderate,
    # moderately severe and severe depression.
    "bands": [
        {"min": 0, "label": "minimal"},
        {"min": 5, "label": "mild"},
        {"min": 10, "label": "moderate"},
        {"min": 15, "label": "moderately severe"},
        {"min": 20, "label": "severe"},
    ],
    "reliable_change": 5,
    "reliable_change_citation": "Löwe B, Unützer J, Callahan CM, Perkins AJ, Kroenke K. Monitoring depression "
                                "treatment outcomes with the Patient Health Questionnaire-9. Med Care. "
                                "2004;42(12):1194-1201 (a change of 5 points is reliable/clinically "
                                "meaningful, the figure commonly cited with Jacobson & Truax 1991).",
    "loinc_panel": "44249-1",
    "loinc_total": "44261-6",
    "risk_items": ["phq9_9"],
    "wordings": {"es": PHQ9_ES},
    "risk_message": "PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above "
                    "\"Not at all\": assess suicide risk and consider a safety plan.",
}

GAD7: dict[str, Any] = {
    "key": "gad7",
    "title": "GAD-7",
    "name": "Generalized Anxiety Disorder 7-item scale",
    "citation": "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized "
                "anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.",
    "prompt": TWO_WEEKS,
    "items": [
        {"id": "gad7_1", "loinc": "69725-0", "text": "Feeling nervous, anxious, or on edge"},
        {"id": "gad7_2", "loinc": "68509-9", "text": "Not being able to stop or control worrying"},
        {"id": "gad7_3", "loinc": "69733-4", "text": "Worrying too much about different things"},
        {"id": "gad7_4", "loinc": "69734-2", "text": "Trouble relaxing"},
        {"id": "gad7_5", "loinc": "69735-9", "text": "Being so restless that it is hard to sit still"},
        {"id": "gad7_6", "loinc": "69689-8", "text": "Becoming easily annoyed or irritable"},
        {"id": "gad7_7", "loinc": "69736-7", "text": "Feeling afraid, as if something awful might happen"},
    ],
    "options": FREQUENCY,
    # Spitzer 2006: 5, 10 and 15 are the cut-offs for mild, moderate and severe anxiety.
    "bands": [
        {"min": 0, "label": "minimal"},
        {"min": 5, "label": "mild"},
        {"min": 10, "label": "moderate"},
        {"min": 15, "label": "severe"},
    ],
    "reliable_change": 4,
    "reliable_change_citation": "NHS Talking Therapies (formerly IAPT) Manual, reliable change criteria: a "
                                "change of 4 or more points on the GAD-7 (Jacobson & Truax 1991 method).",
    "loinc_panel": "69737-5",
    "loinc_total": "70274-6",
    "wordings": {"es": GAD7_ES},
}

BUILT_IN: tuple[dict[str, Any], ...] = (PHQ9, GAD7)
