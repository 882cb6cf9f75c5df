"""The destruction wizard's first page, for a client whose death the chart records: what HIPAA's 50 years after
the death mean for a destruction. 45 CFR 164.502(f) and 160.103 ("protected health information", (2)(iv)) say how
long the Privacy Rule protects a decedent's records; they set no time to keep them. Whether the chart may be
destroyed stays the retention period's to say (found by the date of death's author: the Overview said the 50
years, the wizard did not)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from vault_app.domain.decedent import phi_protected_until
from vault_app.gui.dates import show_date


def decedent_words(died_on: str) -> str:
    """The page's line for a chart whose client died on `died_on` (an ISO day)."""
    day = date.fromisoformat(died_on)
    return QCoreApplication.translate(
        "EligibilityPage", "The client died on {0}. HIPAA protects a deceased client's records until {1}, 50 years "
                           "after the death (45 CFR 164.502(f)): that is how long its privacy rules cover them, not "
                           "a time they must be kept. Until then they are protected like any client's; the retention "
                           "period decides whether the chart may be destroyed.") \
        .format(show_date(day), show_date(phi_protected_until(day)))


__all__ = ["decedent_words"]
