"""Amounts of money as a person types them, read the way the practice's locale writes numbers.

One reader for every fee, payment and charge typed into a form: in the US "1,250" is one
thousand two hundred fifty and the cents follow a point (85.50); in Spain, Germany or France
the cents follow a comma (85,50) and the point or space groups thousands (1.250,00, 1 250,00).
Only the locale's own decimal mark is read as one: the other mark where cents would be
("85,50" in the US, "85.50" in Spain) could be a slip of either kind, so it is refused with
the amount written the practice's way, never guessed (a decimal comma read as a thousands
comma once recorded $14,000.00 for 140,00). Thousands marks only between groups of three
digits, as CLDR writes them. Money stays integer cents (Decimal on the way, never a float).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import DEFAULT_LOCALE, normalize

MAX_CENTS = 100_000_000  # one million dollars: larger is a typing slip, not a therapy fee

# Spaces as CLDR groups thousands (France: a narrow no-break space) and as people type them.
_SPACES = " \u00a0\u202f"
_APOSTROPHES = "'\u2019"  # Switzerland: CLDR writes one, keyboards type the other
_CURRENCY = re.compile(r"^(?:US\$|\$)\s*|\s*(?:US\$|\$)$")

_MARK_NAMES = {".": "a point", ",": "a comma", " ": "a space", "'": "an apostrophe"}


@cache
def _marks(tag: str) -> tuple[str, str]:
    """(decimal mark, thousands mark) of the locale, from CLDR; spaces as " ", apostrophes as "'"."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    decimal, group = str(get_decimal_symbol(tag)), str(get_group_symbol(tag))
    group = " " if group in _SPACES else "'" if group in _APOSTROPHES else group
    return decimal, group


@cache
def _pattern(decimal: str, group: str) -> re.Pattern[str]:
    return re.compile(rf"^(\d{{1,3}}(?:{re.escape(group)}\d{{3}})+|\d{{1,9}})(?:{re.escape(decimal)}(\d{{1,2}}))?$")


def _cents(text: str, decimal: str, group: str) -> int | None:
    match = _pattern(decimal, group).match(text)
    if match is None:
        return None
    return int(Decimal(match.group(1).replace(group, "") + "." + (match.group(2) or "0")) * 100)


def amount_text(cents: int, tag: str = DEFAULT_LOCALE, *, grouped: bool = True) -> str:
    """Cents as the locale writes the number (no currency): 140050 -> "1,400.50" in the US,
    "1.400,50" in Spain; without `grouped`, "1400,50": what a field shows to edit."""
    decimal, group = _marks(normalize(tag))
    whole, part = divmod(abs(cents), 100)
    digits = f"{whole:,}".replace(",", group) if grouped else str(whole)
    return f"{'-' if cents < 0 else ''}{digits}{decimal}{part:02d}"


def _hint(decimal: str, group: str, tag: str) -> str:
    return (f"Dollars and cents with {_MARK_NAMES.get(decimal, decimal)} ({amount_text(14050, tag)}), no sign; "
            f"{_MARK_NAMES.get(group, group)} only between thousands ({amount_text(140000, tag)}).")


def parse_amount(value: str, tag: str = DEFAULT_LOCALE, what: str = "amount", *, field: str = "") -> int:
    """An amount typed in the practice's locale -> cents: "85.50", "$1,250" in the US;
    "85,50", "1.250,00 US$" in Spain. Refused, saying how to write it, when it is not one."""
    tag = normalize(tag)
    decimal, group = _marks(tag)
    text = (value or "").strip()
    for space in _SPACES[1:]:
        text = text.replace(space, " ")
    for apostrophe in _APOSTROPHES[1:]:
        text = text.replace(apostrophe, "'")
    text = _CURRENCY.sub("", text)
    cents = _cents(text, decimal, group)
    # The typed amount is no one's identity: the screen's words may repeat it.
    example = amount_text(7500, tag)
    if cents is None:
        other = "," if decimal == "." else "."
        meant = _cents(text, other, "\0") if other in text else None  # "\0": no thousands mark at all
        if meant is not None:
            # The other mark where the cents go: "85,50" in the US (85.50, or 8,550 slipped?)
            raise InvalidInput(f'The {what} "{value.strip()}" is not written the way this practice writes '
                               f"amounts: write {amount_text(meant, tag)}.", hint=_hint(decimal, group, tag),
                               code="amount.mark", field=field,
                               params={"typed": value.strip(), "meant": amount_text(meant, tag), "example": example})
        raise InvalidInput(f"The {what} must be an amount such as {example}.",
                           hint=_hint(decimal, group, tag), code="amount.invalid", field=field,
                           params={"example": example})
    if cents > MAX_CENTS:
        raise InvalidInput(f"The {what} must be between {amount_text(0, tag)} and {amount_text(MAX_CENTS, tag)}.",
                           code="amount.range", field=field,
                           params={"low": amount_text(0, tag), "high": amount_text(MAX_CENTS, tag)})
    return cents


__all__ = ["MAX_CENTS", "amount_text", "parse_amount"]
