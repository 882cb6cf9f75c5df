"""What kinds of information an authorization describes, and whose: pure rules the gate asks.

The kinds. 45 CFR 164.508(c)(1)(i) makes "a description of the information to be used or
disclosed that identifies the information in a specific and meaningful fashion" a core element
of an authorization, and 164.508(a)(1) lets a disclosure go only as far as the authorization
describes ("consistent with" it). The description is the client's own words on the signed form
("attendance, progress summary, school accommodations"): the app cannot read free text, so the
therapist ticks the kinds those words name from a short fixed list (PARTS) when recording it.
Seen in the real app: a parent's authorization for "attendance, progress summary" let the full
progress notes go to a school. Now:
- kinds recorded: a disclosure carrying a kind outside them is refused, naming the kind, with
  the next step (leave it out, or record a new authorization that describes it);
- none recorded (an authorization from before the kinds were asked): the therapist confirms,
  with the authorization's words in front of them, that these parts are what it describes, an
  explicit tick each time (never a default); the disclosure records that they confirmed.
Psychotherapy notes are not on the list: their own authorization (164.508(a)(2), (b)(3)(ii))
is checked by `covers`, as before.

Other people. A note of a couple, family or group session in a client's own chart may hold
what other people said: a sibling's confidence is not the client's to
authorize (164.508(a)(1): an authorization permits disclosing the signer's own information),
and minimum necessary (164.502(b)) asks that it not go where it is not needed. Such notes are
flagged and go out only when the therapist ticks that they reviewed them (CLI:
--reviewed-others), or are left out. A disclosure already made and only recorded (manual) is
never blocked, and the client's own access (164.524) is the access rules' to weigh.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from vault_app.domain.disclosure import DEFAULT_BILLING_FIELDS
from vault_app.domain.errors import InvalidInput, Problem, keys, said

InfoPart = Literal["attendance", "diagnosis", "summary", "progress_notes", "measures"]
PARTS: tuple[InfoPart, ...] = ("attendance", "diagnosis", "summary", "progress_notes", "measures")
PART_LABELS: dict[str, str] = {
    "attendance": "dates of attendance",
    "diagnosis": "diagnosis",
    "summary": "a treatment summary or letter",
    "progress_notes": "full progress notes",
    "measures": "assessments and measures",
}
# Words taken for a kind as well as its key: `auth add --covers` takes "progress" for progress
# notes, and --describes refused the same word (a walker); the key stays what is stored.
PART_ALIASES: dict[str, InfoPart] = {"progress": "progress_notes"}
PARTS_CITATION = "45 CFR 164.508(a)(1) and (c)(1)(i)"
OTHERS_CITATION = "45 CFR 164.502(b) and 164.508(a)(1)"
# The session modalities whose notes may hold what other people said.
SHARED_MODALITIES = frozenset({"couple", "family", "group"})
# Billing fields and the kind each tells (client identifiers are not a kind the description names).
_BILLING_PARTS: dict[str, InfoPart] = {
    "date_of_service": "attendance", "duration_minutes": "attendance", "cpt_code": "attendance",
    "icd10_codes": "diagnosis",
}


def parse_parts(values: Iterable[str]) -> frozenset[InfoPart]:
    """The kinds as recorded; an unknown one is an error, not a skip."""
    found: set[InfoPart] = set()
    for value in values:
        part = next((p for p in PARTS if p == value), None) or PART_ALIASES.get(value)
        if part is None:
            raise InvalidInput(f"Unknown kind of information described '{value}'. Choose from: {', '.join(PARTS)}.",
                               code="authorization.unknown_part", field="described_parts", params={"part": value})
        found.add(part)
    return frozenset(found)


def parts_sent(kind: str, fields: Iterable[str]) -> tuple[InfoPart, ...]:
    """The kinds a disclosure of `kind` with `fields` carries, in PARTS order. Psychotherapy
    notes: none (their own authorization is checked apart)."""
    chosen = set(fields)
    sent: set[InfoPart] = set()
    if kind == "progress":
        sent.add("progress_notes")
        if "measures" in chosen:
            sent.add("measures")
    elif kind == "billing":
        sent.update(_BILLING_PARTS[f] for f in (chosen or set(DEFAULT_BILLING_FIELDS)) if f in _BILLING_PARTS)
    return tuple(p for p in PARTS if p in sent)


def parts_text(parts: Iterable[str]) -> str:
    return ", ".join(PART_LABELS[p] for p in parts)


def parts_refusals(auth_id: str, described: frozenset[str], sent: tuple[str, ...], *, confirmed: bool,
                   manual: bool) -> list[Problem]:
    """A refusal when what is sent lies outside the kinds the authorization describes, or, where
    none were recorded, when the therapist did not confirm that its words describe what is sent."""
    if manual or not sent:
        return []
    label = f"Authorization {auth_id}"
    if not described:
        if confirmed:
            return []
        return [said("scope.parts.unconfirmed",
                     f"{label} was recorded without the kinds of information its description names; confirm "
                     f"that its words describe what is sent ({parts_text(sent)}), or leave out what they do not "
                     f"({PARTS_CITATION}).", id=auth_id, parts=keys(sent))]
    outside = tuple(p for p in sent if p not in described)
    if not outside:
        return []
    return [said("scope.parts.outside",
                 f"{label} describes only {parts_text(p for p in PARTS if p in described)}; it does not describe "
                 f"{parts_text(outside)} ({PARTS_CITATION}).", id=auth_id,
                 described=keys(p for p in PARTS if p in described), parts=keys(outside))]


PARTS_HINT = ("Leave out what the authorization does not describe, or record a new authorization from the client "
              "that describes it.")


def parts_hint() -> Problem:
    return said("scope.parts.hint", PARTS_HINT)


def shared_reason(modality: str, joint: bool) -> str:
    """Why a note of a client's own chart may hold what other people said: its session's
    modality, or "" when the chart knows of no one else in it. A joint chart's note: "", its
    own rule already asks every adult member's authorization (domain/joint_held.py)."""
    return modality if modality in SHARED_MODALITIES and not joint else ""


def _sessions_text(sessions: tuple[str, ...]) -> str:
    """Whose notes, counted by their session's kind ("notes of 2 family sessions and 1 couple
    session"): how much of others' words is going out, not only that some is."""
    if not sessions:
        return "a couple, family or group session"
    if len(sessions) == 1:
        return f"the note of a {sessions[0]} session"
    counts = [(m, sessions.count(m)) for m in sorted(SHARED_MODALITIES) if m in sessions]
    said = [f"{n} {m} session{'' if n == 1 else 's'}" for m, n in counts]
    return "notes of " + (said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1])


def others_refusals(flagged: tuple[tuple[str, int], ...], *, reviewed: bool, manual: bool,
                    sessions: tuple[str, ...] = ()) -> list[Problem]:
    """A refusal naming the days of the notes that may hold what other people said (each a
    (day as shown, how many others the chart knows of, 0 unknown)), unless reviewed; `sessions`:
    each one's session kind (shared_reason), counted in the English (the CLI's words)."""
    if manual or reviewed or not flagged:
        return []
    days = ", ".join(dict.fromkeys(day for day, _n in flagged))
    n = len(flagged)
    are = "1 selected note" if n == 1 else f"{n} selected notes"
    text = (f"{are} may hold what other people said ({days}): {_sessions_text(sessions)}. Review "
            f"what they hold of others and confirm it, or leave them out ({OTHERS_CITATION}).")
    # The kinds as keys too, so a screen counts them in its own language (gui/gate_session_words.py).
    if n == 1:
        return [said("scope.others.one", text, count=n, days=days, sessions=keys(sessions))]
    return [said("scope.others", text, count=n, days=days, sessions=keys(sessions))]


__all__ = [
    "OTHERS_CITATION",
    "PARTS",
    "PARTS_CITATION",
    "PARTS_HINT",
    "PART_ALIASES",
    "PART_LABELS",
    "SHARED_MODALITIES",
    "InfoPart",
    "others_refusals",
    "parse_parts",
    "parts_hint",
    "parts_refusals",
    "parts_sent",
    "parts_text",
    "shared_reason",
]
