"""The Emergency Kit's page read "type the recovery key below" under the key, printed at the top
of the page (sixteenth round, the kit saved from the first-run wizard): a therapist locked out
looks down the page for a key that is not there."""

from __future__ import annotations

import io

from pypdf import PdfReader

from vault_app.services.emergency_kit import build_pdf

KEY = "Y6J2-4EUO-RGEW-HBMA-ABVS-EFOT-77L3-CWPW-5IOR-EA4L-N3FP-4GMD-SOTN-5IA"


def test_the_kit_points_to_the_key_where_it_is_printed() -> None:
    page = PdfReader(io.BytesIO(build_pdf(recovery_key=KEY, vault_id="9963e034", folder="/home/j/vault"))).pages[0]
    text = " ".join(page.extract_text().split())
    key_at = text.index("Y6J2-4EUO")
    pointer = "type the recovery key above"
    assert pointer in text
    assert key_at < text.index(pointer)
    assert "recovery key below" not in text
