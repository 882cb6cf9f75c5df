"""The measure engine: instruments described as data, scored by one pure function.

Scoring rule for every registered instrument: the total is the sum of the item answers,
each answer one of the instrument's response values. Incomplete answers are refused,
never prorated: neither Kroenke 2001 (PHQ-9) nor Spitzer 2006 (GAD-7) defines a total
for missing items, so a prorated number would be ours, not the instrument's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from vault_app.domain.errors import InvalidInput, NotFound

Change = Literal["improved", "deteriorated", "no reliable change"]
# Answers short of the items: a screen names the missing ones; answers of another length are a
# caller's (the command line's list), with nothing to name as missing.
_SHORT_CODE = {True: "measure.incomplete", False: "measure.answer_count"}


@dataclass(frozen=True)
class ResponseOption:
    value: int
    label: str
    loinc: str = ""  # LOINC answer code (LA...), when the source list has one


@dataclass(frozen=True)
class Item:
    link_id: str  # stable id within the instrument ("phq9_9"): stored answers are keyed by position
    text: str
    loinc: str = ""


@dataclass(frozen=True)
class Wording:
    """The words a questionnaire is put to a client in, one language's: its published text, in
    the instrument's item and answer order (screens choose one; scoring never reads it)."""

    language: str
    prompt: str
    items: tuple[str, ...]
    options: tuple[str, ...]
    source: str  # where the words were copied from, verbatim


@dataclass(frozen=True)
class Band:
    minimum: int  # lowest total in the band; the band runs to the next band's minimum - 1
    label: str


@dataclass(frozen=True)
class Score:
    instrument: str
    total: int
    maximum: int
    band: str
    # Items whose answer above zero is a risk signal (PHQ-9 item 9), with the answer given.
    risk_items: tuple[str, ...] = ()

    @property
    def risk(self) -> bool:
        return bool(self.risk_items)


@dataclass(frozen=True)
class Instrument:
    key: str
    title: str
    name: str
    citation: str
    prompt: str
    items: tuple[Item, ...]
    options: tuple[ResponseOption, ...]
    bands: tuple[Band, ...]
    reliable_change: int
    reliable_change_citation: str
    loinc_panel: str = ""
    loinc_total: str = ""
    risk_item_ids: tuple[str, ...] = ()
    risk_message: str = ""
    wordings: tuple[Wording, ...] = ()  # published translations; the fields above are the English

    @property
    def maximum(self) -> int:
        return len(self.items) * max(o.value for o in self.options)

    def wording(self, language: str) -> Wording:
        """The instrument's words in `language` when its published translation is held, else
        the English it was validated in: never a paraphrase."""
        found = next((w for w in self.wordings if w.language == language), None)
        return found or Wording("en", self.prompt, tuple(i.text for i in self.items),
                                tuple(o.label for o in self.options), self.citation)

    def option_label(self, value: int) -> str:
        return next((o.label for o in self.options if o.value == value), str(value))

    def band_for(self, total: int) -> str:
        if not 0 <= total <= self.maximum:
            raise InvalidInput(f"A {self.title} total is between 0 and {self.maximum}.", code="measure.total_range",
                               params={"instrument": self.title, "max": self.maximum})
        found = self.bands[0].label
        for band in self.bands:
            if total >= band.minimum:
                found = band.label
        return found

    def band_ranges(self) -> list[tuple[int, int, str]]:
        """(low, high, label) for each band, inclusive: what the chart shades."""
        out = []
        for i, band in enumerate(self.bands):
            high = self.bands[i + 1].minimum - 1 if i + 1 < len(self.bands) else self.maximum
            out.append((band.minimum, high, band.label))
        return out

    def check_answers(self, answers: Sequence[int | None]) -> tuple[int, ...]:
        """The answers as a tuple of allowed values; a clear refusal for anything else."""
        if isinstance(answers, (str, bytes)) or not isinstance(answers, Sequence):
            raise InvalidInput(f"Give the {self.title} answers as a list of {len(self.items)} numbers.",
                               code="measure.answers_not_list",
                               params={"instrument": self.title, "items": len(self.items)})
        missing = [str(i + 1) for i, a in enumerate(answers) if a is None]
        if len(answers) != len(self.items) or missing:
            answered = len(answers) - len(missing)
            raise InvalidInput(
                f"The {self.title} needs an answer to each of its {len(self.items)} items ({answered} given).",
                hint=("Missing: item " + ", ".join(missing) + ". " if missing else "")
                + "Incomplete answers are not scored (the instrument does not define a prorated total).",
                code=_SHORT_CODE[bool(missing)],
                params={"instrument": self.title, "items": len(self.items), "given": answered,
                        **({"missing": ", ".join(missing)} if missing else {})},
            )
        allowed = {o.value for o in self.options}
        for i, a in enumerate(answers):
            if isinstance(a, bool) or not isinstance(a, int) or a not in allowed:
                raise InvalidInput(
                    f"Item {i + 1} of the {self.title} has no answer {a!r}.",
                    hint="Answers: " + ", ".join(f"{o.value} = {o.label}" for o in self.options) + ".",
                    code="measure.answer_unknown", params={"instrument": self.title, "item": i + 1},
                )
        return tuple(int(a) for a in answers if a is not None)

    def score(self, answers: Sequence[int | None]) -> Score:
        values = self.check_answers(answers)
        total = sum(values)
        risky = tuple(item.link_id for item, v in zip(self.items, values, strict=True)
                      if item.link_id in self.risk_item_ids and v > 0)
        return Score(self.key, total, self.maximum, self.band_for(total), risky)


def change_between(instrument: Instrument, earlier: int, later: int) -> Change:
    """Reliable change (Jacobson & Truax 1991 logic with the instrument's published threshold):
    a drop of at least the threshold is improvement (higher scores are worse on every
    instrument registered here), a rise of at least it deterioration."""
    delta = later - earlier
    if delta <= -instrument.reliable_change:
        return "improved"
    if delta >= instrument.reliable_change:
        return "deteriorated"
    return "no reliable change"


# --- building instruments from data -------------------------------------------------------
_REQUIRED = ("key", "title", "citation", "items", "options", "bands", "reliable_change", "reliable_change_citation")


def _text(data: Mapping[str, Any], name: str, where: str) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise InvalidInput(f"{where}: '{name}' must be text.")
    return value.strip()


def instrument_from_data(data: Mapping[str, Any]) -> Instrument:
    """Validate an instrument described as plain data (see instruments.py for the shape)."""
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise InvalidInput("An instrument definition is missing: " + ", ".join(missing) + ".")
    key = _text(data, "key", "instrument")
    if not key or not key.replace("-", "").replace("_", "").isalnum() or key.lower() != key:
        raise InvalidInput("An instrument key is lower-case letters, digits, '-' or '_'.")
    where = f"instrument {key}"
    items = tuple(Item(_text(i, "id", where), _text(i, "text", where), _text(i, "loinc", where))
                  for i in data["items"])
    options = tuple(ResponseOption(int(o["value"]), _text(o, "label", where), _text(o, "loinc", where))
                    for o in data["options"])
    bands = tuple(Band(int(b["min"]), _text(b, "label", where)) for b in data["bands"])
    if not items or any(not i.link_id or not i.text for i in items):
        raise InvalidInput(f"{where}: every item needs an id and a text.")
    if len({i.link_id for i in items}) != len(items):
        raise InvalidInput(f"{where}: item ids must be unique.")
    values = [o.value for o in options]
    if not options or min(values) < 0 or len(set(values)) != len(values):
        raise InvalidInput(f"{where}: response values must be distinct numbers from 0 up.")
    minimums = [b.minimum for b in bands]
    if not bands or minimums[0] != 0 or minimums != sorted(set(minimums)):
        raise InvalidInput(f"{where}: bands start at 0 and rise strictly.")
    maximum = len(items) * max(values)
    if minimums[-1] > maximum:
        raise InvalidInput(f"{where}: a band starts above the highest possible total ({maximum}).")
    risk = tuple(str(r) for r in data.get("risk_items", ()))
    if set(risk) - {i.link_id for i in items}:
        raise InvalidInput(f"{where}: a risk item is not one of its items.")
    threshold = int(data["reliable_change"])
    if not 1 <= threshold <= maximum:
        raise InvalidInput(f"{where}: the reliable-change threshold must be between 1 and {maximum}.")
    wordings = data.get("wordings", {})
    if not isinstance(wordings, Mapping):
        raise InvalidInput(f"{where}: 'wordings' must be a dictionary of languages.")
    return Instrument(
        key=key, title=_text(data, "title", where), name=_text(data, "name", where) or _text(data, "title", where),
        citation=_text(data, "citation", where), prompt=_text(data, "prompt", where), items=items, options=options,
        bands=bands, reliable_change=threshold,
        reliable_change_citation=_text(data, "reliable_change_citation", where),
        loinc_panel=_text(data, "loinc_panel", where), loinc_total=_text(data, "loinc_total", where),
        risk_item_ids=risk, risk_message=_text(data, "risk_message", where),
        wordings=tuple(_wording(lang, w, items, options, where) for lang, w in wordings.items()),
    )


def _wording(language: object, data: object, items: tuple[Item, ...], options: tuple[ResponseOption, ...],
             where: str) -> Wording:
    """One published translation, refused unless it is the instrument's items and answers, in
    its order: a missing, extra or moved item would put a client's answer under another's words."""
    if not isinstance(language, str) or not language.isalpha() or language.lower() != language:
        raise InvalidInput(f"{where}: a wording's language is a lower-case tag such as 'es'.")
    if not isinstance(data, Mapping):
        raise InvalidInput(f"{where}: the '{language}' wording must be a dictionary.")
    where = f"{where}, '{language}' wording"
    ids = tuple(_text(i, "id", where) for i in data.get("items", ()))
    if ids != tuple(i.link_id for i in items):
        raise InvalidInput(f"{where}: it must have the same items, in the same order, as the instrument.")
    values = tuple(int(o["value"]) for o in data.get("options", ()))
    if values != tuple(o.value for o in options):
        raise InvalidInput(f"{where}: it must have the same answers, in the same order, as the instrument.")
    texts = tuple(_text(i, "text", where) for i in data["items"])
    labels = tuple(_text(o, "label", where) for o in data["options"])
    if not all(texts) or not all(labels):
        raise InvalidInput(f"{where}: every item and answer needs its words.")
    prompt, source = _text(data, "prompt", where), _text(data, "source", where)
    if not prompt:
        raise InvalidInput(f"{where}: the instruction line is missing.")
    if not source:
        raise InvalidInput(f"{where}: the source the words were copied from is missing.")
    return Wording(language, prompt, texts, labels, source)


_REGISTRY: dict[str, Instrument] = {}


def register(instrument: Instrument, *, replace: bool = False) -> Instrument:
    if instrument.key in _REGISTRY and not replace and _REGISTRY[instrument.key] != instrument:
        raise InvalidInput(f"An instrument '{instrument.key}' is already registered.")
    _REGISTRY[instrument.key] = instrument
    return instrument


def unregister(key: str) -> None:
    _REGISTRY.pop(key, None)


def get_instrument(key: str) -> Instrument:
    found = _REGISTRY.get(key.lower().strip()) if isinstance(key, str) else None
    if found is None:
        raise NotFound(f"No measure called '{key}'.", hint="Measures: " + ", ".join(instrument_keys()) + ".",
                       code="measure.instrument_unknown")
    return found


def instrument_keys() -> list[str]:
    """In the order registered: the built-ins first (PHQ-9, GAD-7), as screens list them."""
    return list(_REGISTRY)


def instruments() -> Iterable[Instrument]:
    return [_REGISTRY[k] for k in instrument_keys()]
