"""The evidence typed for a disclosure's basis (a form's or a JSON file's), checked against the
basis's fields (domain/disclosure_basis.SPECS): dates as ISO days, kinds and choices known."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from vault_app.domain.authorization import INFO_KINDS
from vault_app.domain.disclosure_basis import spec_for
from vault_app.domain.errors import InvalidInput


def coerce_evidence(kind: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Validate types of a user-supplied evidence mapping (from a form or a JSON file)."""
    spec = spec_for(kind)
    known = {f.name: f for f in spec.fields}
    out: dict[str, Any] = {}
    for name, value in raw.items():
        f = known.get(name)
        if f is None:
            raise InvalidInput(
                f"Unknown evidence field '{name}' for {spec.title}. Known: {', '.join(known) or 'none'}."
            )
        if value is None:
            continue
        if f.type == "date":
            out[name] = _date(value, f.label)
        elif f.type == "bool":
            if not isinstance(value, bool):
                raise InvalidInput(f"Evidence '{name}' must be true or false.")
            out[name] = value
        elif f.type == "kinds":
            items = [value] if isinstance(value, str) else list(value)
            bad = [v for v in items if v not in INFO_KINDS]
            if bad:
                raise InvalidInput(f"Evidence '{name}' lists unknown kinds: {', '.join(map(str, bad))}.")
            out[name] = sorted(set(items))
        elif f.type == "choice":
            if value not in f.choices:
                raise InvalidInput(f"Evidence '{name}' must be one of: {', '.join(f.choices)}.")
            out[name] = value
        else:
            out[name] = str(value).strip()
    return out


def _date(value: Any, label: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidInput(f"{label[0].upper()}{label[1:]} must be a date like 2024-03-31.") from None
