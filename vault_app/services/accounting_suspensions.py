"""An agency's suspension of a client's accounting of disclosures recorded, with whether its end
was cut (45 CFR 164.528(a)(2)). An oral statement suspends for 30 days at most from the statement
((a)(2)(ii)(C)); the domain cuts a longer one, and the command line said only "recorded until
03/31/2026", the cut unsaid (found by a walker, W8). What was asked comes back beside what was
recorded, so the command line and the window both say it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain.accounting import ORAL_SUSPENSION_MAX_DAYS, Suspension
from vault_app.domain.clinical import parse_date
from vault_app.services import accounting
from vault_app.services.vault import Vault

ORAL_CITATION = "45 CFR 164.528(a)(2)(ii)(C)"


@dataclass(frozen=True)
class Recorded:
    suspension: Suspension
    asked_until: date | None  # the end asked for, None: none given

    @property
    def cut(self) -> bool:
        """An oral one asked for longer than the law allows, recorded to its 30 days."""
        return self.asked_until is not None and self.asked_until > self.suspension.ends_on


def record(vault: Vault, client_id: str, *, agency: str, starts_on: date | str, ends_on: date | str | None = None,
           written: bool = True, reference: str = "") -> Recorded:
    asked = parse_date(ends_on, "end of the suspension", field="suspension_end")
    s = accounting.add_suspension(vault, client_id, agency=agency, starts_on=starts_on, ends_on=asked,
                                  written=written, reference=reference)
    return Recorded(s, asked)


def cut_words(ends: str, asked_text: str) -> str:
    """The command line's English for a cut: `ends` and `asked_text` as the practice writes dates."""
    return (f"An oral request suspends the accounting for {ORAL_SUSPENSION_MAX_DAYS} days at most ({ORAL_CITATION}): "
            f"it was asked until {asked_text} and ends {ends}. To keep it longer, record the agency's written "
            "statement as a new suspension when it comes.")


__all__ = ["ORAL_CITATION", "Recorded", "cut_words", "record"]
