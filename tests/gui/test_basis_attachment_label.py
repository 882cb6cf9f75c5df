"""The label beside a basis's attached-document field, as found on the real app (H14 walk):
with the chart's authorization scan on file, the court order's "The attached copy of the
signed order:" row read "authorization: scan.png:" instead, in English and in Spanish: the
row took the last attachment's name (the loop over attachments reused the label's name)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from vault_app.domain.disclosure_basis import SPECS
from vault_app.gui.basis_form import BasisForm
from vault_app.gui.basis_words import evidence_label

pytestmark = pytest.mark.gui


def _label_of(form: BasisForm, name: str) -> str:
    widget = form.inputs[name]
    label = form.fields_form.labelForField(widget)
    assert isinstance(label, QLabel)
    return label.text()


@pytest.mark.parametrize("kind", [k for k, s in SPECS.items() if any(f.type == "attachment" for f in s.fields)])
def test_an_attachment_row_is_labelled_with_its_evidence_not_an_attached_file(qtbot, kind: str) -> None:
    form = BasisForm()
    qtbot.addWidget(form)
    form.set_attachments([("att-1", "authorization: scan.png"), ("att-2", "letter: order.pdf")])
    form.basis.setCurrentIndex(form.basis.findData(kind))
    assert form.kind() == kind
    for f in SPECS[kind].fields:
        if f.type != "attachment":
            continue
        words = evidence_label(kind, f.name)
        shown = _label_of(form, f.name)
        assert "scan.png" not in shown and "order.pdf" not in shown, shown
        assert shown.startswith(words[:1].upper() + words[1:]), (shown, words)
        box = form.inputs[f.name]
        assert isinstance(box, QComboBox)
        # The attached files are the field's choices, after "(none attached)".
        assert [box.itemData(i) for i in range(box.count())] == [None, "att-1", "att-2"]
