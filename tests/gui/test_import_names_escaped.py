"""F8 (the app's part): a file name holding a newline showed as "evil…" in the review's list and
broke over two lines in its tooltip; the cell and the tooltip show it escaped, whole, on one line."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget

from vault_app.gui.import_wizard import _fill_issues
from vault_app.services.importers.plan import Issue, reason


def test_a_name_with_control_characters_shows_escaped(qtbot: object) -> None:
    tree = QTreeWidget()
    tree.setColumnCount(2)
    qtbot.addWidget(tree)  # type: ignore[attr-defined]
    path = "Stored documents/Pim Ambervale/evil\nname\u202efdp.exe.pdf"
    _fill_issues(tree, [Issue(path, reason("import.pdf_password", "The PDF is password-protected."))])
    item = tree.topLevelItem(0)
    shown = "Stored documents/Pim Ambervale/evil\\u000aname\\u202efdp.exe.pdf"
    assert item.text(0) == shown and item.toolTip(0) == shown
    assert item.data(0, 256) == path  # the row still knows the real path (what an assignment names)
