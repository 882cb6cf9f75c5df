"""Conversions shared by the clinical repositories: dates, times, JSON columns."""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value else None


def s2d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def t2s(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def s2t(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(value: str | None) -> Any:
    return json.loads(value) if value else None


def str_tuple(value: str | None) -> tuple[str, ...]:
    return tuple(str(v) for v in (loads(value) or ()))
