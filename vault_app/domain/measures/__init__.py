"""Outcome measures (PHQ-9, GAD-7, ...) as data: the instrument definitions live in
`instruments.py` as plain dictionaries, and `engine.py` turns any such dictionary into an
`Instrument` that scores answers, names the severity band, flags risk items and judges
reliable change. A new instrument is a new dictionary, not new code."""

from vault_app.domain.measures.engine import (
    Band,
    Instrument,
    Item,
    ResponseOption,
    Score,
    Wording,
    change_between,
    get_instrument,
    instrument_from_data,
    instrument_keys,
    register,
)
from vault_app.domain.measures.instruments import BUILT_IN

for _data in BUILT_IN:
    register(instrument_from_data(_data))

__all__ = [
    "Band",
    "Instrument",
    "Item",
    "ResponseOption",
    "Score",
    "Wording",
    "change_between",
    "get_instrument",
    "instrument_from_data",
    "instrument_keys",
    "register",
]
