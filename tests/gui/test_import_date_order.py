"""A client list whose dates are day/month/year, under a month/day/year preset (found walking
the import on the real app): the wizard had no way to say how the file writes dates, so the
row that reads only as day/month/year was left out as "not a valid MDY or ISO date" and the
row that reads both ways went in with day and month swapped. Now the source page asks
("Dates written as"), the review says which rows to look at and why, and the choice, made
with the keyboard, brings both in right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui.controller import AppController
from vault_app.services import clients


def test_the_date_order_is_chosen_on_the_source_page(unlocked_app: AppController, qtbot: object,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("First Name,Last Name,Date of Birth\nOrla,Farrowby,03/04/1980\nPim,Juniper,25/12/1975\n",
                    encoding="utf-8")
    wizard = open_wizard(unlocked_app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("csv"))
    page.path.setText(str(path))
    page.read_columns()
    wait_ops(qtbot)
    assert page.date_order.isEnabled() and page.date_order.currentData() == "mdy"  # the preset's
    wizard.next()
    read_dry_run(wizard, qtbot)
    review = wizard.review_page
    assert review.created.topLevelItemCount() == 0  # not Orla born on March 4th
    why = [review.skipped.topLevelItem(i).text(1) for i in range(review.skipped.topLevelItemCount())]
    assert len(why) == 2 and all("Dates written as" in w for w in why), why
    wizard.back()
    page.date_order.setFocus()
    qtbot.keyClick(page.date_order, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert page.date_order.currentData() == "dmy"
    wizard.next()
    read_dry_run(wizard, qtbot)
    assert review.created.topLevelItemCount() == 2
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page)  # type: ignore[attr-defined]
    vault = unlocked_app.vault
    assert vault is not None
    born = {c.legal_name: c.date_of_birth for c in clients.list_clients(vault) if c.legal_name in
            ("Orla Farrowby", "Pim Juniper")}
    assert born == {"Orla Farrowby": date(1980, 4, 3), "Pim Juniper": date(1975, 12, 25)}
    wizard.accept()
