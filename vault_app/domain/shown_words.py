"""The stored keys a list shows, in English words: what an authorization covers and a session's
billing as the account tells it. The command line says them from here; the desktop app says the
same words through its translated tables (gui/chart_words.py INFO_KIND and BILLING_STATUS, the
Sessions tab's account words), which tests/gui/test_shown_words_agree.py holds equal to these.
Found: `auth add` printed "covers billing, progress" and `session list` the raw hand mark
("paid", "self_pay") where the screen said "progress notes" and "marked paid, not in the
account". What is stored, compared and exported (--json) stays the key."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from vault_app.domain.billing import (
    BILLED_STATEMENT,
    BILLED_SUPERBILL,
    DRAFT_ONLY,
    MARKED_PAID_NOTHING_CHARGED,
    MARKED_PAID_UNRECORDED,
    PART_PAID,
)

# domain.authorization.InfoKind, said as in a list ("covers progress notes, billing"); the
# sentences' fuller words are authorization.INFO_LABELS ("billing information").
INFO_KIND_WORDS: Mapping[str, str] = {
    "progress": "progress notes",
    "psychotherapy": "psychotherapy notes",
    "billing": "billing",
}
# A session's billing mark (domain.clinical) ...
BILLING_MARK_WORDS: Mapping[str, str] = {
    "unbilled": "unbilled",
    "billed": "billed",
    "paid": "paid",
    "denied": "denied",
    "no_charge": "no charge",
    "self_pay": "self-pay",
}
# ... and what the account makes of it (domain.billing.shown_billing_state): "paid" is the
# account's word once recorded payments cover the session, "billed" once an issued superbill or
# statement lists one left unbilled.
BILLING_WORDS: Mapping[str, str] = {
    **BILLING_MARK_WORDS,
    PART_PAID: "part paid",
    MARKED_PAID_UNRECORDED: "marked paid, not in the account",
    MARKED_PAID_NOTHING_CHARGED: "marked paid (nothing charged)",
    BILLED_SUPERBILL: "billed (superbill issued)",
    BILLED_STATEMENT: "billed (statement issued)",
    DRAFT_ONLY: "not a visit yet (note unsigned)",
}


def shown(table: Mapping[str, str], key: str) -> str:
    """`key` in words, or as stored (underscores as spaces) when a later key has none yet."""
    return table.get(key, key.replace("_", " "))


def shown_all(table: Mapping[str, str], keys: Iterable[str]) -> str:
    return ", ".join(shown(table, k) for k in keys)


__all__ = ["BILLING_MARK_WORDS", "BILLING_WORDS", "INFO_KIND_WORDS", "shown", "shown_all"]
