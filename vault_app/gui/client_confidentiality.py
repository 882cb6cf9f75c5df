"""Client details' rows for a parent's agreement to a confidential relationship between the therapist and
the minor about the care (45 CFR 164.502(g)(3)(i)(C), services/care_confidentiality.py): the day and the
recorded parent or guardian who agreed. And, once the form is saved, the message naming the authorizations
whose signer the chart as changed no longer lets stand (kept; the export refuses them), with a button to
the Authorizations tab.

Kept apart from gui/client_details.py, which holds the rest of the form (and would pass 500 lines)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QMessageBox, QWidget

from vault_app.domain.clinical import age_on
from vault_app.domain.representatives import PARENTAL
from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.widgets import iso
from vault_app.services import care_confidentiality

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from vault_app.domain.authorization import Authorization
    from vault_app.domain.clinical import Client, Guardian
    from vault_app.services.vault import Vault


class ConfidentialityRows(QObject):
    """The two rows, shown for a minor's own chart (or where an agreement is recorded)."""

    def __init__(self, client: Client, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.client, self.form = client, form
        self.agreed_on = OptionalDateField(self.tr("Confidential care agreed on"),
                                           iso(client.confidentiality_agreed_on),
                                           empty_text=self.tr("no agreement recorded"))
        self.agreed_on.setToolTip(self.tr(
            "The day a parent or guardian agreed to a confidential relationship between you and the minor about "
            "their care: for that care the minor, not the parent, exercises the rights (45 CFR "
            "164.502(g)(3)(i)(C)). Leave empty where there is none."))
        self.agreed_by = QComboBox()
        self.agreed_by.setAccessibleName(self.tr("Parent or guardian who agreed"))
        self.fill(client.guardians, client.confidentiality_agreed_by)
        form.addRow(self.tr("Confidential care agreed on:"), self.agreed_on)
        form.addRow(self.tr("Agreed by:"), self.agreed_by)
        self.show_for(None)

    def fill(self, guardians: Iterable[Guardian], chosen: str) -> None:
        """The parents and guardians who may have agreed, `chosen` chosen where still among them."""
        self.agreed_by.blockSignals(True)
        self.agreed_by.clear()
        self.agreed_by.addItem(self.tr("choose who agreed"), "")
        for g in guardians:
            if g.authority in PARENTAL:
                self.agreed_by.addItem(g.name, g.guardian_id)
        self.agreed_by.setCurrentIndex(max(0, self.agreed_by.findData(chosen)))
        self.agreed_by.blockSignals(False)

    def refresh(self, guardians: Iterable[Guardian]) -> None:
        """The Guardians window changed them while the form is open (the window's change notices): the list
        follows, keeping what was chosen (it filled only when the form opened)."""
        self.fill(guardians, str(self.agreed_by.currentData() or ""))

    def show_for(self, majority: int | None) -> None:
        """Shown for a minor (once the age of majority is read) or where an agreement is on file."""
        c = self.client
        age = age_on(c.date_of_birth, date.today()) if c.date_of_birth else None
        minor = majority is not None and age is not None and age < majority
        shown = not c.is_case and (minor or c.confidentiality_agreed_on is not None)
        self.form.setRowVisible(self.agreed_on, shown)
        self.form.setRowVisible(self.agreed_by, shown)

    def values(self) -> tuple[str | None, str]:
        return self.agreed_on.text().strip() or None, str(self.agreed_by.currentData() or "")

    def changed(self) -> bool:
        day, who = self.values()
        was = (iso(self.client.confidentiality_agreed_on) or None, self.client.confidentiality_agreed_by)
        return (day, who if day else "") != (was[0], was[1] if was[0] else "")


def save_agreement(vault: Vault, client_id: str, day: str | None, who: str) -> None:
    """Worker side: the agreement as the rows give it (None: none, taken back)."""
    care_confidentiality.record_agreement(vault, client_id, day, who)


def stale_signers(vault: Vault, client_id: str) -> tuple[Authorization, ...]:
    """Worker side: the forms whose signer the chart, as saved, no longer lets stand."""
    return tuple(care_confidentiality.signers_no_longer_valid(vault, client_id))


CONTEXT = "ClientConfidentiality"
TITLE = QT_TRANSLATE_NOOP("ClientConfidentiality", "Authorizations to check")
ONE = QT_TRANSLATE_NOOP("ClientConfidentiality",
                        "%n authorization on file no longer has a signer the chart lets stand.")
MANY = QT_TRANSLATE_NOOP("ClientConfidentiality",
                         "%n authorizations on file no longer have a signer the chart lets stand.")
LISTED = QT_TRANSLATE_NOOP("ClientConfidentiality", "{id}, signed {day}")
WHY = QT_TRANSLATE_NOOP(
    "ClientConfidentiality", "With the chart as it now reads (who consented to the minor's care, a parent's "
                             "confidentiality agreement, the date of birth), their signer would be refused on the "
                             "signing day (45 CFR 164.502(g)). They are kept, and an export on them is refused, saying "
                             "why, until a valid signer signs a new one: {listed}.")
# After the age of consent for treatment changed (Jurisdiction settings): forms on any chart.
WHY_SETTINGS = QT_TRANSLATE_NOOP(
    "ClientConfidentiality", "With your age of consent for treatment as now set, their signer would be refused on the "
                             "signing day (45 CFR 164.502(g); for a Part 2 consent, 42 CFR 2.14(a)). They are kept, "
                             "marked on their chart's Authorizations tab, and an export on them is refused, saying "
                             "why, until a valid signer signs a new one: {listed}.")
# After the age of majority changed (Settings > Retention of records; found by the date of death's author).
WHY_MAJORITY = QT_TRANSLATE_NOOP(
    "ClientConfidentiality", "With your age of majority as now set, their signer would be refused on the signing day: "
                             "a parent's or a minor's guardian's authority ends when the client comes of age (45 CFR "
                             "164.502(g)(2)-(3)). They are kept, marked on their chart's Authorizations tab, and an "
                             "export on them is refused, saying why, until a valid signer signs a new one: {listed}.")
SHOW = QT_TRANSLATE_NOOP("ClientConfidentiality", "Show authorizations")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def tell_stale(parent: QWidget, stale: tuple[Authorization, ...], show: Callable[[], None] | None,
               why: str = WHY) -> QMessageBox:
    """The message after the save: how many, their ids and signing days (never a name: the box may be
    read over a shoulder), what happens to them (`why`), and a button to the Authorizations tab (`show`;
    None: the forms are on several charts, and the box only closes)."""
    box = AnsweredByAlt(parent)
    box.setObjectName("staleSignersNotice")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr(TITLE))
    box.setAccessibleName(_tr(TITLE))
    n = len(stale)
    box.setText(_tr(ONE if n == 1 else MANY, n))
    listed = "; ".join(_tr(LISTED).format(id=a.id, day=show_date(a.signed_on)) for a in stale
                       if a.signed_on is not None)
    box.setInformativeText(_tr(why).format(listed=listed))
    if show is not None:
        to_tab = box.addButton(_tr(SHOW), QMessageBox.ButtonRole.AcceptRole)
        to_tab.clicked.connect(show)
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box


__all__ = ["WHY_MAJORITY", "WHY_SETTINGS", "ConfidentialityRows", "save_agreement", "stale_signers", "tell_stale"]
