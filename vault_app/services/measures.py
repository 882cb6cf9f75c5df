"""Outcome measures: enter a completed measure for a session or a date, correct it, list,
show, trend. One function per user action; the CLI and the chart tab call the same ones.

The ledger records ids only (measure.recorded / measure.corrected: measure, client,
session, instrument), never answers, totals or bands: those are clinical content and stay
in the encrypted records compartment. Those ledger entries are also what announces the
change to every open screen (services/changes.py maps "measure.*" to Kind.MEASURES).

A PHQ-9 item 9 answer above zero (any risk item of an instrument) raises a flag: a line
goes into that session's unsigned progress note (a draft is started when the session has
no note yet); a signed note is never touched, and the flag is returned for the screen to
show instead, with the next steps for the state the note is in (a signed note's: an addendum),
the confidentiality decision among them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from vault_app.domain.clinical import Session, clean_text, new_id, parse_date
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.domain.measures import Instrument, Score, get_instrument, instrument_keys
from vault_app.domain.measures.record import Measure, Trend, trend_of
from vault_app.domain.measures.risk_line import risk_line
from vault_app.domain.note_templates import get_template
from vault_app.services import notes, practice
from vault_app.services.clinical_common import audit, author, now_iso, require_client
from vault_app.services.vault import Vault
from vault_app.storage import clinical_notes, clinical_sessions
from vault_app.storage import measures as store

NoteOutcome = Literal["noted_in_draft", "draft_started", "note_signed", "no_session"]
# Where the screen opens the note for the next steps: its risk screening (a draft, or a new note for
# today when no session is linked), or, the note being signed and its risk fields read-only, an
# addendum to it.
NoteWay = Literal["risk_screening", "addendum"]

ASSESS_IN_NOTE = "Assess suicide risk now and record it in the progress note's risk assessment."
ASSESS_IN_NEW_NOTE = ("Assess suicide risk now and record it in the risk assessment of a progress note for today "
                      "(no session is linked to this measure).")
ASSESS_IN_ADDENDUM = ("Assess suicide risk now and record it in an addendum to the session's signed progress note "
                      "(a signed note's risk assessment cannot change).")
SAFETY_PLAN = "Write a safety plan with the client (the note cannot be signed with active ideation and no safety plan)."
SAFETY_PLAN_IN_ADDENDUM = "Write a safety plan with the client and record it in that addendum."
DISCLOSE = ("If you may need to disclose to protect the client, open the confidentiality decision "
            "(\"Imminent risk of self-harm or suicide\").")
# The next steps follow the state the session's note is in: a walker entered a PHQ-9 for a session
# whose note was signed and was told to record the risk in the note's risk assessment (read-only
# by then) and that the note "cannot be signed" (found on the real app).
STEPS: dict[NoteOutcome, tuple[str, ...]] = {
    "noted_in_draft": (ASSESS_IN_NOTE, SAFETY_PLAN, DISCLOSE),
    "draft_started": (ASSESS_IN_NOTE, SAFETY_PLAN, DISCLOSE),
    "note_signed": (ASSESS_IN_ADDENDUM, SAFETY_PLAN_IN_ADDENDUM, DISCLOSE),
    "no_session": (ASSESS_IN_NEW_NOTE, SAFETY_PLAN, DISCLOSE),
}
# Every step any state says, once each (the screen's translation table holds the same).
NEXT_STEPS: tuple[str, ...] = tuple(dict.fromkeys(step for steps in STEPS.values() for step in steps))
DECISION_TRIGGER = "self_harm"


def next_steps(outcome: NoteOutcome) -> tuple[str, ...]:
    """What to do after a flagged measure, for the state of the session's note."""
    return STEPS[outcome]


def note_way(outcome: NoteOutcome) -> NoteWay:
    """Where the note is opened to record the risk: a signed note only takes an addendum."""
    return "addendum" if outcome == "note_signed" else "risk_screening"


@dataclass(frozen=True)
class RiskFlag:
    message: str
    items: tuple[str, ...]
    note_outcome: NoteOutcome
    note_id: str | None
    decision_trigger: str = DECISION_TRIGGER

    @property
    def next_steps(self) -> tuple[str, ...]:
        return next_steps(self.note_outcome)

    @property
    def note_way(self) -> NoteWay:
        return note_way(self.note_outcome)

    def as_dict(self) -> dict[str, Any]:
        return {"message": self.message, "items": list(self.items), "note_outcome": self.note_outcome,
                "note_id": self.note_id, "next_steps": list(self.next_steps), "note_way": self.note_way,
                "decision_trigger": self.decision_trigger}


@dataclass(frozen=True)
class RecordedMeasure:
    measure: Measure
    instrument: Instrument
    flag: RiskFlag | None = None

    def as_dict(self) -> dict[str, Any]:
        return {**self.measure.as_dict(), "title": self.instrument.title, "maximum": self.instrument.maximum,
                "risk_flag": self.flag.as_dict() if self.flag else None}


def available() -> list[Instrument]:
    """The registered instruments, for a screen's choice of measure."""
    return [get_instrument(k) for k in instrument_keys()]


def instrument(key: str) -> Instrument:
    return get_instrument(key)


def sessions_for_entry(vault: Vault, client_id: str) -> list[Session]:
    """The chart's sessions, newest first, to link a measure to."""
    require_client(vault, client_id)
    return sorted(clinical_sessions.list_for_client(vault.records, client_id), key=lambda s: s.date, reverse=True)


def score(instrument: str, answers: Sequence[int | None]) -> Score:
    """Score answers without saving (the entry dialog's live total and band)."""
    return get_instrument(instrument).score(answers)


def _session_for(
    vault: Vault, client_id: str, session_id: str | None, taken_on: date | None
) -> tuple[str | None, date]:
    if session_id:
        session = clinical_sessions.get(vault.records, session_id) if isinstance(session_id, str) else None
        if session is None or session.client_id != client_id:
            raise NotFound("No session with that id in this chart.", hint="List them with 'vault-app session list'.",
                           code="session.not_found")
        if taken_on is not None and taken_on != session.date:
            raise InvalidInput("The measure's date is not the session's date.",
                               hint="Leave the date out to use the session's date.",
                               code="measure.not_session_day", field="taken_on")
        return session.session_id, session.date
    day = taken_on or date.today()
    # A measure given on a day with exactly one session belongs to that session.
    same_day = [s for s in clinical_sessions.list_for_client(vault.records, client_id) if s.date == day]
    return (same_day[0].session_id if len(same_day) == 1 else None), day


def record_measure(
    vault: Vault,
    client_id: str,
    instrument: str,
    answers: Sequence[int | None],
    *,
    session_id: str | None = None,
    taken_on: date | str | None = None,
    language: str = "en",
) -> RecordedMeasure:
    """Enter a completed measure (the therapist types the client's item answers). `language`: the
    screen's, for the line a risk flag writes into the session's draft note (domain/measures/risk_line.py)."""
    require_client(vault, client_id)
    inst = get_instrument(instrument)
    result = inst.score(answers)
    session_id, day = _session_for(vault, client_id, session_id,
                                   parse_date(taken_on, "date the measure was taken", allow_future=False,
                                              field="taken_on"))
    m = Measure(new_id(), client_id, session_id, inst.key, day, inst.check_answers(answers), result.total,
                result.band, result.risk_items, entered_by=author(vault), created_at=now_iso())
    with vault.records.transaction():
        store.insert(vault.records, m)
    audit(vault, "measure.recorded", client_id=client_id, measure_id=m.measure_id, session_id=session_id,
          instrument=inst.key)
    return RecordedMeasure(m, inst, _flag(vault, inst, m, language) if m.risk else None)


def correct_measure(vault: Vault, measure_id: str, answers: Sequence[int | None], *, reason: str) -> RecordedMeasure:
    """Replace a mistyped entry: a new row with the right answers; the old one stays, superseded."""
    old = get_measure(vault, measure_id)
    if not old.current:
        raise InvalidInput("That entry was already corrected.", hint=f"Correct the newer entry {old.superseded_by}.",
                           code="measure.already_corrected")
    why = clean_text(reason, "reason for the correction", required=True, max_len=500,
                     field="correction_reason")
    inst = get_instrument(old.instrument)
    result = inst.score(answers)
    new = Measure(new_id(), old.client_id, old.session_id, inst.key, old.taken_on, inst.check_answers(answers),
                  result.total, result.band, result.risk_items, replaces=old.measure_id, correction_reason=why,
                  entered_by=author(vault), created_at=now_iso())
    with vault.records.transaction():
        if not store.mark_superseded(vault.records, old.measure_id, new.measure_id):
            raise InvalidInput("That entry was already corrected.", code="measure.already_corrected")
        store.insert(vault.records, new)
    audit(vault, "measure.corrected", client_id=old.client_id, measure_id=new.measure_id,
          replaces=old.measure_id, session_id=old.session_id, instrument=inst.key)
    newly_risky = new.risk and not old.risk
    return RecordedMeasure(new, inst, _flag(vault, inst, new) if newly_risky else None)


def get_measure(vault: Vault, measure_id: str) -> Measure:
    found = store.get(vault.records, measure_id) if isinstance(measure_id, str) else None
    if found is None:
        raise NotFound("No measure with that id.", hint="List them with 'vault-app measure list --client ID'.",
                       code="measure.not_found")
    return found


def show_measure(vault: Vault, measure_id: str) -> RecordedMeasure:
    m = get_measure(vault, measure_id)
    inst = get_instrument(m.instrument)
    flag = RiskFlag(inst.risk_message, m.risk_items, *_note_now(vault, m)) if m.risk else None
    return RecordedMeasure(m, inst, flag)


def _note_now(vault: Vault, m: Measure) -> tuple[NoteOutcome, str | None]:
    """The session's note as it is now, for a measure shown later (nothing is written): its next
    steps said "record it in the note's risk assessment" of a note signed since."""
    note_id = clinical_sessions.has_note(vault.records, m.session_id) if m.session_id else None
    note = clinical_notes.get(vault.records, note_id) if note_id is not None else None
    if note is None:
        return "no_session", None
    return ("note_signed" if note.signed else "noted_in_draft"), note.note_id


def list_measures(vault: Vault, client_id: str, *, instrument: str | None = None,
                  include_superseded: bool = False) -> list[Measure]:
    """The chart's measures, oldest first (corrected entries only with include_superseded)."""
    require_client(vault, client_id)
    key = get_instrument(instrument).key if instrument else None
    return store.for_client(vault.records, client_id, instrument=key, include_superseded=include_superseded)


def trends(vault: Vault, client_id: str) -> list[Trend]:
    """One trend per instrument the chart has results for, in the registry's order."""
    found = list_measures(vault, client_id)
    used = {m.instrument for m in found}
    return [trend_of(get_instrument(k), found) for k in instrument_keys() if k in used]


def trend(vault: Vault, client_id: str, instrument: str) -> Trend:
    inst = get_instrument(instrument)
    return trend_of(inst, list_measures(vault, client_id, instrument=inst.key))


FIRST_RESULT = "first result"


def changes_said(trend: Trend) -> dict[str, str]:
    """Each result's change since the first (measure id: words), as both the Measures tab and the
    exported PDF say it (English: the screen translates it). The first result is what the others
    are measured against: "no reliable change" beside it read as a finding about the client, and
    the PDF said so while the screen said "first result" (found on the real app)."""
    return {p.measure_id: FIRST_RESULT if n == 0 else p.change_from_baseline for n, p in enumerate(trend.points)}


# --- the risk flag in the progress note ------------------------------------------------------
# Where a flagged measure's line goes in a draft: its assessment, else the response, else a
# discharge summary's status at discharge (where its risk is written), else the first section.
_FLAG_SECTIONS = ("assessment", "response", "discharge_status")


def _section_for(template_key: str) -> str:
    keys = get_template(template_key).keys
    return next((k for k in _FLAG_SECTIONS if k in keys), keys[0])


def _flag(vault: Vault, inst: Instrument, m: Measure, language: str = "en") -> RiskFlag:
    # Its day as the practice writes it (found: ISO in a note the therapist signs).
    line = risk_line(inst, m.taken_on, m.total, m.band, m.risk_items, language=language,
                     locale=practice.printing_locale(vault))
    if m.session_id is None:
        return RiskFlag(inst.risk_message, m.risk_items, "no_session", None)
    note_id = clinical_sessions.has_note(vault.records, m.session_id)
    if note_id is None:
        key = _section_for("soap")
        started = notes.create_progress_note(vault, m.client_id, template="soap", sections={key: line},
                                             session_id=m.session_id)
        return RiskFlag(inst.risk_message, m.risk_items, "draft_started", started.note_id)
    note = clinical_notes.get(vault.records, note_id)
    if note is None or note.signed:
        return RiskFlag(inst.risk_message, m.risk_items, "note_signed", note_id)
    key = _section_for(note.template)
    sections = dict(note.sections)
    sections[key] = (sections.get(key, "").rstrip() + "\n\n" + line).strip()
    notes.update_note(vault, note_id, sections=sections)
    return RiskFlag(inst.risk_message, m.risk_items, "noted_in_draft", note_id)


@dataclass(frozen=True)
class RiskFollowup:
    """The chart's open risk: its newest current measure with a risk item above zero (a newer
    measure without one does not close it), and the day of that session's note once it is
    signed with a safety plan, else None. The chart's Measures tab shows it as it is."""
    measure: Measure
    plan_signed: date | None = None

    @property
    def session_linked(self) -> bool:
        return self.measure.session_id is not None


def risk_followup(vault: Vault, client_id: str) -> RiskFollowup | None:
    """What the Measures tab says of the chart's risk flag (None: no measure was ever flagged)."""
    risky = [m for m in list_measures(vault, client_id) if m.risk]
    if not risky:
        return None
    last = risky[-1]
    return RiskFollowup(last, _safety_plan_signed(vault, last.session_id) if last.session_id else None)


def _safety_plan_signed(vault: Vault, session_id: str) -> date | None:
    """The day of the session's note when it is signed with a safety plan in its risk screening
    (what a flagged measure asks for), else None: the chart's Measures tab stops asking then."""
    note_id = clinical_sessions.has_note(vault.records, session_id)
    note = clinical_notes.get(vault.records, note_id) if note_id is not None else None
    if note is None or not note.signed or note.risk is None or not note.risk.safety_plan.strip():
        return None
    return note.note_date


__all__ = [
    "DECISION_TRIGGER",
    "FIRST_RESULT",
    "NEXT_STEPS",
    "STEPS",
    "RecordedMeasure",
    "RiskFlag",
    "RiskFollowup",
    "available",
    "changes_said",
    "correct_measure",
    "get_measure",
    "instrument",
    "list_measures",
    "next_steps",
    "note_way",
    "record_measure",
    "risk_followup",
    "score",
    "sessions_for_entry",
    "show_measure",
    "trend",
    "trends",
]
