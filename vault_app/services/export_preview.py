"""What an export would say it carries, counted before it is made, for the export wizard's last
page (gui/export_save_pages.py): the notes' amendments and addenda, the denied amendment requests
that go with them and the client's statements of disagreement among them (45 CFR 164.526(c),
(d)(4)-(5)), the outcome measure results, a Part 2 consent's copy.

Counted by the export's own steps, not a second count: the gate's verdict (disclosure_gate.check,
a pure read), what the file would hold (export_content.content, the rule of which dispute goes
being domain/amendment_disclosure's) and how the PDF counts what it carries (pdf_export.carried),
into the facts the receipt words (export.Described.of). Found by the round's brief: the page
previewed "3 progress notes" and only the receipt said what went with them. Nothing is logged,
nothing written; counts only, never words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault_app.services import disclosure_gate, export_content
from vault_app.services.export import Described

if TYPE_CHECKING:
    from vault_app.domain.disclosure import DisclosureRequest
    from vault_app.services.vault import Vault


def described(vault: Vault, request: DisclosureRequest) -> Described | None:
    """The facts export() would give its receipt for `request`; None when the rules refuse it
    (the export itself then refuses, with its reasons)."""
    # Lazy (memory): pdf_export (fpdf2, pikepdf, fontTools, Pillow) as in services/export.py
    from vault_app.services.pdf_export import carried

    verdict = disclosure_gate.check(vault, request)
    if not verdict.allowed:
        return None
    content = export_content.content(vault, request, verdict, "", "")
    return Described.of(request.kind, export_content.facts(content), tuple(request.selection.fields),
                        carried(content))


__all__ = ["described"]
