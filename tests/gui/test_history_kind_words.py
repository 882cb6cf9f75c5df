"""The History tab names the kind of record an entry carries in the screen's language. Found by
the Spanish walker (shot 122): a superbill's disclosure read "divulgación (tipo: billing)", the
stored key in English, because KINDS had no entry for it. Every kind the ledger can carry (the
domain's own lists of note, attachment, disclosed-information, request and restriction kinds)
has its words, and in Spanish none reads as its stored key."""

from __future__ import annotations

from collections.abc import Iterator
from typing import get_args

import pytest

from vault_app.domain.authorization import INFO_KINDS
from vault_app.domain.clinical_documents import ATTACHMENT_KINDS
from vault_app.domain.clinical_notes import NOTE_KINDS
from vault_app.domain.deadlines import RequestKind
from vault_app.domain.restrictions import RESTRICTION_KINDS
from vault_app.gui import i18n
from vault_app.gui.history_kind_words import KINDS
from vault_app.gui.history_words import describe_event

pytestmark = pytest.mark.gui

LEDGER_KINDS = sorted(set(NOTE_KINDS) | set(ATTACHMENT_KINDS) | set(INFO_KINDS) | set(get_args(RequestKind))
                      | set(RESTRICTION_KINDS))


@pytest.fixture
def in_spanish(qapp: object) -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


def test_every_kind_the_ledger_carries_has_words() -> None:
    assert [k for k in LEDGER_KINDS if k not in KINDS] == []


@pytest.mark.parametrize("kind", LEDGER_KINDS)
def test_in_spanish_no_kind_reads_as_its_stored_key(in_spanish: None, kind: str) -> None:
    line = describe_event("attachment.added", {"attachment_id": "a1", "kind": kind})
    assert line.startswith("Documento adjuntado") and f"({kind})" not in line and "tipo" not in line, line


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Disclosure recorded (billing information)"),  # it read "disclosure (kind billing)"
    ("es", "Divulgación registrada (información de facturación)"),
])
def test_a_superbill_s_disclosure_reads_in_words(qapp: object, language: str, line: str) -> None:
    assert i18n.install(language) == language
    try:
        assert describe_event("disclosure", {"disclosure_id": "", "kind": "billing"}) == line
    finally:
        i18n.install("en")
