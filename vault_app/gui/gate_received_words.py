"""The gate's words for the day a subpoena or a court order was received (domain/subpoena.
received_problems), in the screen's language: under the "GateWords" context, as the rest of the
gate's reasons (gui/refusal_words_gate.SAYS reads them from here; it was full)."""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

SAYS: Mapping[str, str] = {
    "subpoena.received_later": QT_TRANSLATE_NOOP(
        "GateWords", "The subpoena is recorded as received on {received}, after the day of the disclosure ({on})."),
    "court_order.received_later": QT_TRANSLATE_NOOP(
        "GateWords", "The court order is recorded as received on {received}, after the day of the disclosure "
                     "({on})."),
    "subpoena.received_before_chart": QT_TRANSLATE_NOOP(
        "GateWords", "The subpoena is recorded as received on {received}, before this chart was opened ({opened})."),
    "court_order.received_before_chart": QT_TRANSLATE_NOOP(
        "GateWords", "The court order is recorded as received on {received}, before this chart was opened "
                     "({opened})."),
    # A court order received before its own date (domain/subpoena.ISSUED_FIELDS).
    "court_order.received_before_issued": QT_TRANSLATE_NOOP(
        "GateWords", "The court order is recorded as received on {received}, before its own date ({issued}): it "
                     "cannot have reached you before it was issued. Correct the day received or the court order's "
                     "date."),
}

__all__ = ["SAYS"]
