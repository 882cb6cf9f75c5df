"""Every word a person reads goes through Qt's translation machinery, and every date through
gui/dates (issue 19, item 4). An AST scan of vault_app/gui/*.py, so a new screen cannot slip
an English literal or an ISO date past review.

What counts as "text on a widget" (tests/gui/text_scan.py): the arguments listed in TEXT_ARGS
(constructors, setters, the standard dialogs' labels, a busy window's label=, and what a screen
reader says: setAccessibleName/Description) and in HELPERS (our own builders in forms.py,
widgets.py, confirm.py... that put their argument on screen or pass it on as the accessible
name, also under a local alias). A literal there must be `self.tr("...")` or
`QCoreApplication.translate("Context", "...")`, with any placeholder filled after tr.
Strings with no letters ("…", "•", ": ") need no translation.

A name passed as text counts too when the same function (or the module) assigns or appends
it a bare literal: `title = "Save" if new else "Edit"; box.setWindowTitle(title)` is caught,
and so is a loop over a literal list (`for w, name in ((self.pin, "PIN"),): w.setAccessibleName(name)`).
Not followed: other loop variables, return values and dict lookups (a table of labels is marked
with QT_TRANSLATE_NOOP and translated where shown; review catches the rest).

Dates: `strftime`, `.isoformat()`, `widgets.iso(...)`, `str(<something dated>)`, an ISO
timestamp cut to length (`created[:16]`, `.replace("T", " ")`) anywhere inside a widget's text
(tr's placeholders included), or a date field's fixed display format, is a date written by hand
instead of through `show_date` / `show_datetime` / `show_time` / `qt_date_format`.

NOT_YET_CONVERTED lists the files other people are converting right now; empty it as they
land (`python -m tests.gui.test_all_text_translatable` prints what each file still has).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.text_scan import gui_files, scan_file, scan_source

NOT_YET_CONVERTED: frozenset[str] = frozenset()  # every screen is converted: keep it empty

# -- the check itself ---------------------------------------------------------------------

@pytest.mark.parametrize("path", [p for p in gui_files() if p.name not in NOT_YET_CONVERTED], ids=lambda p: p.name)
def test_text_on_screen_goes_through_tr_and_dates_through_gui_dates(path: Path) -> None:
    findings = scan_file(path)
    assert not findings, "\n".join(str(f) for f in findings)


def test_the_not_yet_converted_list_names_real_files() -> None:
    """A renamed or deleted file leaves the list too (else its new name would escape)."""
    present = {p.name for p in gui_files()}
    gone = sorted(NOT_YET_CONVERTED - present)
    assert not gone, f"no such file in vault_app/gui: {gone}"


# -- the scanner against known cases (both sides) -------------------------------------------

FLAGGED = [
    ('QLabel("Client")', "untranslated"),
    ('QPushButton(f"Sign {n} notes")', "untranslated"),
    ('QCheckBox("Keep a copy", self)', "untranslated"),
    ('QGroupBox("Outcome")', "untranslated"),
    ('QAction("&Open…", self)', "untranslated"),
    ('label.setText("Saved")', "untranslated"),
    ('item.setText(2, "Signed")', "untranslated"),
    ('self.setWindowTitle("Amend note")', "untranslated"),
    ('page.setTitle("Where")', "untranslated"),
    ('page.setSubTitle("Pick a folder")', "untranslated"),
    ('w.setToolTip("Copies for 30 s")', "untranslated"),
    ('w.setPlaceholderText("reason")', "untranslated"),
    ('tabs.addTab(page, "Notes")', "untranslated"),
    ('menu.addAction("Copy")', "untranslated"),
    ('menu.addAction(icon, "Copy")', "untranslated"),
    ('bar.addMenu("&File")', "untranslated"),
    ('table.setHorizontalHeaderLabels(["Date", "Kind"])', "untranslated"),
    ('QMessageBox.warning(self, "Problem", "Not saved")', "untranslated"),
    ('QMessageBox(QMessageBox.Icon.Information, "Restored", text, buttons, self)', "untranslated"),
    ('combo.setItemText(0, "Choose…")', "untranslated"),
    ('QMessageBox.information(self, self.tr("Done"), f"Wrote {path}")', "untranslated"),
    ('spin.setSpecialValueText("never")', "untranslated"),
    ('painter.drawText(rect, flags, "No results yet")', "untranslated"),
    ('box.addItem("Monthly", "monthly")', "untranslated"),
    ('w.setStatusTip("Lock now")', "untranslated"),
    ('bar.showMessage("Saved")', "untranslated"),
    ('QInputDialog.getText(self, "Name", "New name:")', "untranslated"),
    ('label.setText("Saved " + name)', "untranslated"),
    ('label.setText(f"<b>Saved</b> {name}")', "untranslated"),
    ('label.setText("Saved {}".format(name))', "untranslated"),
    ('label.setText("Yes" if ok else self.tr("No"))', "untranslated"),
    ('form.addRow("Reason:", edit)', "untranslated"),
    ('box.addButton("Destroy", QMessageBox.ButtonRole.AcceptRole)', "untranslated"),
    ('wrapped_label("Nothing here yet")', "untranslated"),
    ('from vault_app.gui.widgets import wrapped_label as say\nsay("Nothing here yet")', "untranslated"),
    ('action_buttons(self, "Save", self.save)', "untranslated"),
    ('controller.op(self, job, label="Saving…").run()', "untranslated"),
    ('file_dialogs.save_file(self, "Save the accounting", path, "PDF (*.pdf)")', "untranslated"),
    ('confirm(self, "Sign?", "Sign it?", [], "Sign", f)', "untranslated"),
    ('def f(self):\n    title = "Open" if x else "Closed"\n    self.setWindowTitle(title)', "untranslated"),
    ('label.setText(day.isoformat())', "by hand"),
    ('label.setText(self.tr("Due {0}").format(due.strftime("%Y-%m-%d")))', "by hand"),
    ('label.setText(str(record.created_at))', "by hand"),
    ('label.setText(f"{day:%d/%m/%Y}")', "by hand"),
    ('add_row(tree, [iso(n.date), n.kind])', "by hand"),
    ('edit.setDisplayFormat("yyyy-MM-dd")', "by hand"),
    ('ISO = "yyyy-MM-dd"\ndef f(edit):\n    edit.setDisplayFormat(ISO)', "by hand"),
    ('add_row(tree, [b["created"][:16], b["file"]])', "by hand"),
    ('label.setText(stamp.replace("T", " "))', "by hand"),
    ('add_row(tree, [e.time[:19].replace("T", " ")])', "by hand"),
    ('def f(self):\n    when = moment.isoformat()\n    label.setText(when)', "by hand"),
    ('def f(self):\n    lines = []\n    lines.append("Signed.")\n    label.setText("\\n".join(lines))', "untranslated"),
    ('def f(self):\n    born = dob.isoformat()\n    box.addItem(self.tr("born {0}").format(born), key)', "by hand"),
    # what a screen reader says is heard on a Spanish screen too
    ('edit.setAccessibleName("Passphrase")', "untranslated"),
    ('bar.setAccessibleDescription("Passphrase strength")', "untranslated"),
    ('button.setAccessibleName(f"Decision: {words}")', "untranslated"),
    ('make_tree([self.tr("Date")], "Backups")', "untranslated"),
    ('line_edit(text, "Legal name")', "untranslated"),
    ('choice_box(values, current, "Kind of authority")', "untranslated"),
    ('date_picker("Session date")', "untranslated"),
    ('OptionalDateField("Consent signed on", day)', "untranslated"),
    ('TimeField(at, "Start time")', "untranslated"),
    ('text_box("Clinical reasoning", 140)', "untranslated"),
    ('radio_row(options, "Client informed")', "untranslated"),
    ('PassphraseField(self.tr("Passphrase"), "Passphrase for psychotherapy notes")', "untranslated"),
    ('PassphraseField(self.tr("Passphrase"), accessible_name="Passphrase")', "untranslated"),
    ('for widget, name in ((self.pin, "PIN"), (self.cpt, self.tr("CPT code"))):\n    widget.setAccessibleName(name)',
     "untranslated"),
]

ALLOWED = [
    'QLabel(self.tr("Client"))',
    'QLabel(QCoreApplication.translate("Held", "Client"))',
    'QLabel("…")',
    'QLabel("")',
    'QLabel(name)',
    'label.setText(self.tr("Saved {0}").format(name))',
    'label.setText(self.tr("Due {0}").format(show_date(due)))',
    'label.setText(show_datetime(record.created_at))',
    'label.setText(f"{count}")',
    'label.setText(f"• {line}")',
    'label.setText(f"<b>{title}</b>&nbsp;{version}")',
    'label.setText("\\n".join(lines))',
    'self.setObjectName("confirmBox")',
    'edit.setAccessibleName(self.tr("Passphrase"))',
    'edit.setAccessibleName(QCoreApplication.translate("forms", "Problem with the form"))',
    'combo.setAccessibleName(self.tr("Risk factor: {0}").format(said))',
    'button.setAccessibleName(f"{name}: {button.text()}")',
    'box.setAccessibleName(box.windowTitle())',
    'edit.setAccessibleName(name)',
    'bar.setAccessibleDescription(self.tr(self.strength.label))',
    'make_tree([self.tr("Date")], self.tr("Backups"))',
    'date_picker(self.tr("Session date"))',
    'PassphraseField(self.tr("Passphrase"), self.tr("Passphrase"))',
    'for widget, name in ((self.pin, self.tr("PIN")),):\n    widget.setAccessibleName(name)',
    'for key, text in (("a", "b"),):\n    box.addItem(self.tr(text), key)',
    'log.warning("No translation for %s", x)',
    'box.addItem(self.tr("Monthly"), "monthly")',
    'label.setText(str(count))',
    'edit.setDisplayFormat(qt_date_format())',
    'add_row(tree, [show_datetime(b["created"][:16]), b["file"][:20]])',
    'QMessageBox.warning(self, self.tr("Problem"), self.tr("Not saved"))',
]


@pytest.mark.parametrize(("source", "kind"), FLAGGED, ids=[s for s, _ in FLAGGED])
def test_the_scan_flags(source: str, kind: str) -> None:
    findings = scan_source(source)
    assert findings and all(kind in f.what for f in findings), findings


def test_one_date_written_by_hand_is_one_finding() -> None:
    assert len(scan_source('add_row(tree, [e.time[:19].replace("T", " ")])')) == 1
    assert len(scan_source('add_row(tree, [iso(a.start), iso(a.end)])')) == 2


@pytest.mark.parametrize("source", ALLOWED)
def test_the_scan_lets_through(source: str) -> None:
    assert scan_source(source) == []


if __name__ == "__main__":  # what each file still has, for whoever empties NOT_YET_CONVERTED
    for gui_file in gui_files():
        for finding in scan_file(gui_file):
            print(finding)
