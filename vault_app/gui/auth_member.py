"""Which member of a couple or family case signed an authorization (45 CFR 164.508; REGULATIONS.md
"Minors, couples, families": every adult member signs their own, a minor member's representative
signs for them). Found walking the real app: a case's form was refused with "name the member who
signed" and had nowhere to name one. Who may sign is the services' rule (authorizations._signer:
the case's members); this only offers them and proposes the signer for the one chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from vault_app.gui.widgets import masked_name
from vault_app.services import authorizations, clients, representatives

if TYPE_CHECKING:
    from vault_app.domain.authorization import Authorization
    from vault_app.domain.clinical import Guardian
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

Member = tuple[str, str, str]  # (client id, legal name, chart number)


# Run on the worker thread (the services never run on the GUI thread).
def case_members(vault: Vault, client_id: str) -> list[Member]:
    """The members of a joint record, in the case's order; [] for an individual chart."""
    chart = clients.get_client(vault, client_id)
    if not chart.is_case:
        return []
    found = (clients.get_client(vault, m) for m in chart.member_ids)
    return [(m.client_id, m.legal_name, m.chart_number) for m in found]


def member_proposal(vault: Vault, member_id: str) -> tuple[Guardian, str] | None:
    """The representative who signs for this member (a minor under the age of consent), or None."""
    found = authorizations.proposed_signer(vault, member_id)
    return None if found is None else (found, representatives.label(found))


class SignerForm(Protocol):
    """What of the authorization form the member's choice fills in (gui/auth_dialog.py)."""

    client_id: str
    controller: App
    proposed: tuple[str, str, str] | None
    signer_note: QLabel
    signer_name: QLineEdit
    signer_authority: QLineEdit
    signer_role: QComboBox
    _restored: bool

    def guardian_id(self) -> str | None: ...
    def forget_warning(self) -> None: ...
    def _propose(self, found: tuple[Guardian, str] | None) -> None: ...
    def property(self, name: str) -> Any: ...


class MemberChoice(QObject):
    """The "Signed by member" row of the authorization form, shown on a joint record only."""

    def __init__(self, dialog: SignerForm, parent: QWidget) -> None:
        super().__init__(parent)
        self.dialog = dialog
        self._parent = parent  # the dialog, as a widget: its queries end with it
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Member who signed"))
        self.members: list[Member] = []
        self._held: str | None = None  # the member chosen before a lock, put back once they are known
        self._restoring = False
        self._auto_name = ""  # the member's name the form put in as signer (not typing)

    def place(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Signed by member:"), self.combo)
        form.setRowVisible(self.combo, False)
        self._form = form

    def load(self) -> None:
        client_id = self.dialog.client_id
        self.dialog.controller.query(self._parent, lambda v: case_members(v, client_id)).success(self._show).run()

    def _show(self, members: list[Member]) -> None:
        if not members:
            return
        self.members = members
        privacy = bool(self.dialog.property("privacy"))
        # None first: no member is assumed to have signed; Record names them if none is chosen.
        self.combo.addItem(self.tr("Choose the member who signed"), None)
        for member_id, name, number in members:
            self.combo.addItem(self.tr("{name} ({number})").format(name=masked_name(name, privacy), number=number),
                               member_id)
        self._form.setRowVisible(self.combo, True)
        self.combo.currentIndexChanged.connect(self._changed)
        if self._held is not None and self.combo.findData(self._held) > 0:
            self._restoring = True
            self.combo.setCurrentIndex(self.combo.findData(self._held))

    def member_id(self) -> str | None:
        data = self.combo.currentData() if self.members else None
        return str(data) if data else None

    def hold(self, member_id: object) -> None:
        self._held = str(member_id) if member_id else None
        if self.members and self._held is not None and self.combo.findData(self._held) > 0:
            self._restoring = True
            self.combo.setCurrentIndex(self.combo.findData(self._held))

    def _changed(self, *_args: object) -> None:
        d = self.dialog
        restoring, self._restoring = self._restoring, False
        if not restoring:
            d.forget_warning()
            # What the app put in for the member chosen before goes; a signer typed stays.
            if d.guardian_id() is not None or (self._auto_name and d.signer_name.text() == self._auto_name):
                d.proposed = None
                d.signer_note.hide()
                d.signer_name.clear()
                d.signer_authority.clear()
                d.signer_role.setCurrentIndex(d.signer_role.findData("client"))
            d._restored = False
            self._auto_name = ""
        member = self.member_id()
        if member is None:
            return
        d.controller.query(self._parent, lambda v: member_proposal(v, member)).success(
            lambda found: self._propose(member, found, restoring)).run()

    def _propose(self, member: str, found: tuple[Guardian, str] | None, restoring: bool) -> None:
        d = self.dialog
        if member != self.member_id():  # another member chosen since
            return
        if found is not None:
            d._propose(found)
            return
        if restoring or d.signer_name.text().strip():
            return
        # The member signs their own: their name, as recorded. Privacy mode says "the member" and
        # their chart number instead, and records their name (recorded_name): the field was left
        # empty to be typed, although only that member can sign (found on the real app).
        name = next(name for member_id, name, _n in self.members if member_id == member)
        self._auto_name = self._stand_in(member) if bool(d.property("privacy")) else name
        d.signer_name.setText(self._auto_name)

    def _stand_in(self, member: str) -> str:
        number = next(number for member_id, _name, number in self.members if member_id == member)
        return self.tr("The member ({number})").format(number=number)

    def recorded_name(self, shown: str) -> str:
        """The signer's name to record for what the field shows: the member chosen's own name when
        it still shows the words put in for them in privacy mode (after a lock too, with privacy
        mode off since: the words are never recorded as a name); else what was typed."""
        member = self.member_id()
        if member is None or not any(member_id == member for member_id, _n, _c in self.members):
            return shown
        if shown.strip() != self._stand_in(member):
            return shown
        return next(name for member_id, name, _n in self.members if member_id == member)


def signed_by_words(auth: Authorization, members: dict[str, tuple[str, str]], privacy: bool) -> str:
    """Who signed, for the Authorizations list: on a joint record with the member (name and chart
    number), so the members' authorizations are told apart; a representative "for" the member."""
    signer = masked_name(auth.signer.name, privacy)
    member = members.get(auth.signer_client_id or "")
    if member is None:
        return signer
    name, number = member
    if auth.signer.role == "client":
        return QCoreApplication.translate("MemberChoice", "{name} ({number})").format(name=signer, number=number)
    return QCoreApplication.translate("MemberChoice", "{signer}, for {name} ({number})").format(
        signer=signer, name=masked_name(name, privacy), number=number)
