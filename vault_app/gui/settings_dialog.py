"""Settings: automatic lock times, appearance and language, and the practice profile printed on letters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import locale_choices, locale_format
from vault_app.domain.authorization import Authorization
from vault_app.domain.errors import VaultError
from vault_app.domain.practice import (
    DEFAULT_PRIVACY_CONTACT,
    PracticeProfile,
    identifiers_kept,
)
from vault_app.domain.us_states import match_state
from vault_app.gui import i18n, practice_clock, prefs, theme
from vault_app.gui.client_confidentiality import WHY_MAJORITY, WHY_SETTINGS, tell_stale
from vault_app.gui.duty_to_protect_settings import DutyToProtectBox
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.focus_watch import follow_focus
from vault_app.gui.forms import error_label
from vault_app.gui.i18n import current_language
from vault_app.gui.identifiers_kept_question import ask_identifiers_kept
from vault_app.gui.lock_watch_words import LockWatchNote
from vault_app.gui.minor_consent_settings import MinorConsentBox
from vault_app.gui.number_field import MINUTES, TypedNumber, refused_number, said
from vault_app.gui.practice_zone_box import ZoneBox, zone_names
from vault_app.gui.quick_unlock_settings import QuickUnlockBox
from vault_app.gui.refusal_focus import focus_refused
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.retention_settings import RetentionBox
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.seam import App
from vault_app.gui.settings_wheel import guard_wheel
from vault_app.gui.state_box import StateBox
from vault_app.gui.widgets import give_form_mnemonics, mnemonic_of, scrolled, wrapped_label
from vault_app.gui.wizard_letters import give_shown_mnemonics_as_rows_change
from vault_app.services import care_confidentiality, practice
from vault_app.services.changes import Changes, Kind
from vault_app.services.practice_settings import save_settings
from vault_app.services.retention import policy as retention_policy
from vault_app.services.vault import Vault

# Marked for translation here, translated when the form is built (context: SettingsDialog).
PROFILE_FIELDS = (("clinician_name", QT_TRANSLATE_NOOP("SettingsDialog", "Your name")),
                  ("credentials", QT_TRANSLATE_NOOP("SettingsDialog", "Credentials")),
                  ("license_number", QT_TRANSLATE_NOOP("SettingsDialog", "License number")),
                  ("license_state", QT_TRANSLATE_NOOP("SettingsDialog", "License state")),
                  ("npi", QT_TRANSLATE_NOOP("SettingsDialog", "NPI")),
                  ("tax_id", QT_TRANSLATE_NOOP("SettingsDialog", "Tax ID")),
                  ("practice_name", QT_TRANSLATE_NOOP("SettingsDialog", "Practice")),
                  ("address", QT_TRANSLATE_NOOP("SettingsDialog", "Address")),
                  ("phone", QT_TRANSLATE_NOOP("SettingsDialog", "Phone")),
                  ("privacy_contact", QT_TRANSLATE_NOOP("SettingsDialog", "Privacy contact")))
# theme.THEMES as the Colours choice shows them (translated where the box is filled).
THEME_NAMES = (QT_TRANSLATE_NOOP("SettingsDialog", "System"), QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
               QT_TRANSLATE_NOOP("SettingsDialog", "Dark"))
# domain/practice.DEFAULT_PRIVACY_CONTACT as the form offers it: a Spanish screen shows Spanish
# words, and left as offered the English default is kept (the letters it goes into are English).
PRIVACY_OFFICER = QT_TRANSLATE_NOOP("SettingsDialog", "Privacy Officer")
_LOCALE_ROW = 6  # after the NPI and the Tax ID: what the practice prints, and how
# What the dialog adds around a page's content: its margins, the tabs' frame, the scroll area's
# frame and its vertical scroll bar.
_PAGE_ROOM = 48


def _profile_and_locales(vault: Vault, language: str) -> tuple[PracticeProfile, list[tuple[str, str]], list[str]]:
    """On the worker: the profile, the locales offered named in the screens' language (Babel
    loads each locale's tables: not on the GUI thread) and the time zones offered."""
    profile = practice.load(vault)
    return profile, locale_choices.choices(profile.locale, language), zone_names()


class SettingsDialog(GuardedDialog):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Settings"))
        lock = QGroupBox(self.tr("Automatic lock"))
        minutes = self.tr(" min")
        self.lock_minutes = TypedNumber(1, 60, 1, range_said=said(MINUTES))
        self.lock_minutes.setSuffix(minutes)
        self.lock_minutes.setValue(int(controller.idle.lock_seconds // 60))
        self.lock_minutes.setAccessibleName(self.tr("Lock the vault after"))
        self.psy_minutes = TypedNumber(1, 30, 1, range_said=said(MINUTES))
        self.psy_minutes.setSuffix(minutes)
        self.psy_minutes.setValue(int(controller.idle.psychotherapy_seconds // 60))
        self.psy_minutes.setAccessibleName(self.tr("Lock psychotherapy notes after"))
        lf = QFormLayout(lock)
        lf.addRow(self.tr("Lock the vault after:"), self.lock_minutes)
        lf.addRow(self.tr("Lock psychotherapy notes after:"), self.psy_minutes)
        # Whether the screen's lock and the computer's sleep reach the app here (gui/lock_watch_words.py).
        self.lock_watch = LockWatchNote(controller.os_events)
        lf.addRow(self.lock_watch)  # across the row: two lines, not three under the fields
        look = QGroupBox(self.tr("Appearance"))
        self.theme = QComboBox()
        for name in theme.THEMES:
            self.theme.addItem(self.tr(name.capitalize()), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(str(prefs.get("theme", "system")))))
        self.theme.setAccessibleName(self.tr("Appearance"))
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("Colours:"), self.theme)
        # This computer's preference, beside the theme (gui/prefs.py): read before the unlock
        # window is built, so that window speaks it too. Each language named in its own words.
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), i18n.SYSTEM)
        for tag, own_name in i18n.LANGUAGES.items():
            self.language.addItem(own_name, tag)
        # The one a start installs from the stored choice (i18n.start_language), else "System language".
        stored = i18n.start_language(None, prefs.get("language", None)) or i18n.SYSTEM
        self.language.setCurrentIndex(max(0, self.language.findData(stored)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("System language: the one this computer is set to."))
        look_form.addRow(self.tr("Language:"), self.language)
        # Not live: every open window would have to be rebuilt in the other language.
        self.language_note = wrapped_label(self.tr("The app opens in the chosen language the next time it starts."),
                                           "calmNote")
        look_form.addRow("", self.language_note)
        profile = QGroupBox(self.tr("Practice (printed on letters, exports and certificates)"))
        pf = QFormLayout(profile)
        self.profile: dict[str, QLineEdit] = {}
        # The first-run wizard's own choice (gui/state_box.py), not free text: "Texas" or a typo
        # was found out only at Save, and the wizard and Settings showed one field two ways.
        self.license_state = StateBox(self.tr("(not set)"))
        self._stored_state = ""  # as read: a state chosen since is typing (Escape asks first)
        self._stored_profile: PracticeProfile | None = None  # as read: whose identifiers they are
        for key, source in PROFILE_FIELDS:
            label = QCoreApplication.translate("SettingsDialog", str(source))
            field: QWidget
            if key == "license_state":
                field = self.license_state
            else:
                field = self.profile[key] = QLineEdit()
            field.setAccessibleName(label)
            pf.addRow(self.tr("{label}:").format(label=label), field)
        # Printed on superbills (a plan asks for it beside the NPI); a full SSN is refused.
        self.profile["tax_id"].setPlaceholderText(self.tr("EIN (12-3456789), or the last 4 digits of your SSN"))
        self.profile["npi"].setPlaceholderText(self.tr("10 digits (printed on superbills)"))
        # Each client's letters go in that client's letter language (domain/letter_language): the
        # default is said in it (domain/letters), a contact typed is printed as typed.
        self.profile["privacy_contact"].setToolTip(self.tr(
            "Who clients contact about privacy, as the letters to them name it. Letters go in each client's "
            "letter language: left as offered, English letters say “Privacy Officer” and Spanish letters say it in "
            "Spanish; a contact you type is printed as you type it."))
        self._offered_contact: str | None = None  # the default, as shown, while the profile keeps it
        # How every date, time and amount is written, on screen and on paper (gui/dates.py);
        # until now only `practice update --locale` set it. Filled with the profile.
        self.locale_box = QComboBox()
        self.locale_box.setAccessibleName(self.tr("Dates and money"))
        self.locale_box.setToolTip(self.tr("How dates and amounts are written on screen, in letters and in PDFs."))
        pf.insertRow(_LOCALE_ROW, self.tr("Dates and money:"), self.locale_box)
        # In its row's place for Tab (made after the fields, it came after Privacy contact: found by
        # a walker typing the practice's details in order, one field off).
        QWidget.setTabOrder(self.profile["tax_id"], self.locale_box)
        QWidget.setTabOrder(self.locale_box, self.profile["practice_name"])
        # True of the real app: lists, the chart, every open date field and the dates written in
        # an open note editor (its signed-at line, addenda, same-day line) follow at once
        # (dates.format_notice). As tall as its lines: a plain word-wrapped QLabel was cut to one
        # and a half in a form row.
        self.locale_note = wrapped_label(self.tr("Lists, charts, the date fields of open forms and the dates shown "
                                                 "in an open note follow at once."), "calmNote")
        pf.insertRow(_LOCALE_ROW + 1, "", self.locale_note)
        self.zone_box = ZoneBox()
        pf.insertRow(_LOCALE_ROW + 2, self.tr("Time zone:"), self.zone_box)
        QWidget.setTabOrder(self.locale_box, self.zone_box)
        QWidget.setTabOrder(self.zone_box, self.profile["practice_name"])
        self._stored_locale: str | None = None
        self.retention = RetentionBox(self)
        # The retention part says whether its policy is the rule of the state chosen here (walk-close 32).
        for signal in (self.license_state.currentIndexChanged, self.profile["credentials"].textChanged):
            signal.connect(lambda *_: self.retention.set_state(str(self.license_state.currentData() or ""),
                                                                 self.profile["credentials"].text()))
        self.minor_consent = MinorConsentBox(self)
        self.license_state.currentIndexChanged.connect(
            lambda *_: self.minor_consent.set_state(str(self.license_state.currentData() or "")))
        self.duty_to_protect = DutyToProtectBox(self)  # offered as the minors' rule is (domain/duty_to_protect)
        self.license_state.currentIndexChanged.connect(
            lambda *_: self.duty_to_protect.set_state(str(self.license_state.currentData() or "")))
        self.quick_unlock = QuickUnlockBox(controller, self)
        self.message = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        # Cancel asks, as Escape does, when something was changed: Alt+C closed Settings with the
        # practice's details typed and unsaved (a walker took Lic&ense's underline for a C).
        buttons.rejected.connect(self.cancel)
        # Two pages keep the dialog within a laptop screen: locking, and who you are.
        self.pages = QTabWidget()
        general = QWidget()
        general_layout = QVBoxLayout(general)
        for box in (lock, self.quick_unlock, look):
            general_layout.addWidget(box)
        general_layout.addStretch(1)
        # In scroll areas: the practice page grew past a 720-px-high screen (Save and Cancel
        # below its edge, found in the real app at 1000x720 once Dates and money was added).
        self._areas = [scrolled(general)]
        self.pages.addTab(self._areas[0], self.tr("Locking and appearance"))
        practice_page = QWidget()
        practice_layout = QVBoxLayout(practice_page)
        practice_layout.addWidget(profile)
        practice_layout.addWidget(self.retention)
        practice_layout.addWidget(self.minor_consent)
        practice_layout.addWidget(self.duty_to_protect)
        practice_layout.addStretch(1)
        self._areas.append(scrolled(practice_page))
        self.pages.addTab(self._areas[1], self.tr("About you and the practice"))
        # The page scrolls to the field the keyboard reaches by an Alt letter too (Tab already
        # did): the retention fields stayed below the edge while a walker went to them and typed.
        follow_focus(self._follow_focus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # As wide as the practice page needs, within the screen: in Spanish its retention rows and
        # policy choice made it wider than 620 px, and the page scrolled sideways, cutting the
        # notes' lines and the fields at the right (found in the real app at 1280x800).
        wide = max(620, practice_page.minimumSizeHint().width() + _PAGE_ROOM)
        # 640 high: the lock watch's note (two lines in Spanish) made the first page scroll at 600.
        self.resize(size_in_screen(self, QSize(wide, 640)))
        guard_wheel(self)
        # Alt letters for the buttons and field labels that had none, Qt's own Close among them
        # (found in Spanish on Xvfb: none underlined); none shared in the window.
        # Page by page (a page's letters are free on the other, which is not on screen), around
        # Save and Cancel: lettered as one window, the second page's labels took the letters
        # and the first page's Colours and Language were left faint or none.
        # To the rows shown only (again as they show or hide): rows shown for some states alone
        # took letters while hidden, leaving Jurisdiction settings… the faint J and Spanish
        # Titulación the accented ó.
        give_form_mnemonics(buttons, buttons.buttons())
        around = [mnemonic_of(b.text()) for b in buttons.buttons()]
        for page in (general, practice_page):
            give_shown_mnemonics_as_rows_change(page, taken_outside=around)
        self._shown = self._choices()  # as opened: a choice changed since is a change Cancel asks about
        self.lock_minutes.setFocus()  # not the page tabs: typing a number sets the lock time, as before
        language = current_language()
        controller.query(self, lambda v: _profile_and_locales(v, language)).success(self._loaded).run()
        self.retention.load(controller)
        self.minor_consent.load(controller)
        self.duty_to_protect.load(controller)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        for area in self._areas:
            body = area.widget()
            if new is not None and body is not None and body.isAncestorOf(new):
                area.ensureWidgetVisible(new)

    def _choices(self) -> tuple[object, ...]:
        return (self.lock_minutes.value(), self.psy_minutes.value(), self.theme.currentData(),
                self.language.currentData())

    def typed(self) -> bool:
        """The practice's details as typed: a stray Escape closed Settings with a name and an
        address typed and unsaved (found in the real app). setText (the profile read) is no typing.
        The other choices too (lock times, colours, language, a PIN, the retention, the date
        format): Cancel asks about them as Escape does."""
        locale_changed = (self._stored_locale is not None and self.locale_box.count() > 0
                          and self.locale_box.currentData() != self._stored_locale)
        return (any(edit.isModified() for edit in self.profile.values())
                or str(self.license_state.currentData() or "") != self._stored_state
                or bool(self.minor_consent.accepted_state()) or bool(self.duty_to_protect.accepted_state())
                or self._choices() != getattr(self, "_shown", self._choices())
                or locale_changed or self.zone_box.changed() or self.retention.changes() is not None
                or typed_into(self.quick_unlock))

    # Settings are choices more than typing: a state chosen, a box ticked, and "what you typed"
    # was asked about with nothing typed (found by a walker in Spanish).
    def leave_question(self) -> str:
        return self.tr("Close without saving your changes?")

    def leave_summary(self) -> str:
        return self.tr("Your changes in Settings are not saved.")

    def _loaded(self, loaded: tuple[PracticeProfile, list[tuple[str, str]], list[str]]) -> None:
        profile, locales, zones = loaded
        self.zone_box.fill(zones, profile.time_zone)
        self._stored_profile = profile
        for key, edit in self.profile.items():
            edit.setText(str(getattr(profile, key, "")))
        self._show_state(profile.license_state)
        if profile.privacy_contact == DEFAULT_PRIVACY_CONTACT:
            self._offered_contact = QCoreApplication.translate("SettingsDialog", str(PRIVACY_OFFICER))
            self.profile["privacy_contact"].setText(self._offered_contact)
        self.locale_box.clear()
        for tag, text in locales:
            self.locale_box.addItem(text, tag)
        self._stored_locale = locale_format.normalize(profile.locale)
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(self._stored_locale)))

    def _show_state(self, stored: str) -> None:
        """The stored state chosen in the box; one an older version kept as typed ("tx") is
        matched as the box matches typing, and one naming no state is shown as stored (the
        save then says why it is refused) rather than dropped."""
        box = self.license_state
        index = box.findData(stored)
        if index < 0:
            index = box.findData(match_state(stored) or "") if stored else 0
        if index < 0:
            box.addItem(stored, stored)
            index = box.count() - 1
        box.setCurrentIndex(index)
        self._stored_state = str(box.currentData() or "")

    def save(self) -> None:
        """Quick unlock first (it may ask for the passphrase), then the rest."""
        self.message.setText("")
        if refused_number(*self.findChildren(TypedNumber)):  # the retention years too
            return
        self.quick_unlock.apply(self._save_rest)

    def _save_rest(self) -> None:
        minutes, psy = self.lock_minutes.value(), self.psy_minutes.value()
        values = {k: e.text().strip() for k, e in self.profile.items()}
        values["license_state"] = str(self.license_state.currentData() or "")
        contact = self.profile["privacy_contact"]
        if self._offered_contact is not None and not contact.isModified() \
                and values["privacy_contact"] == self._offered_contact:
            values["privacy_contact"] = DEFAULT_PRIVACY_CONTACT  # left as offered: the letters' English
        if self.locale_box.count():  # not before the profile was read: the stored one is kept
            values["locale"] = str(self.locale_box.currentData())
        if self.zone_box.count() > 1:  # not before the profile was read: the stored one is kept
            values["time_zone"] = self.zone_box.chosen()
        stored = self._stored_profile
        kept = identifiers_kept(stored, replace(
            stored, clinician_name=values["clinician_name"], credentials=values["credentials"],
            license_number=values["license_number"], npi=values["npi"], tax_id=values["tax_id"],
        )) if stored is not None else ()
        if kept and stored is not None:  # another clinician's name over the previous one's license
            self.kept_question = ask_identifiers_kept(self, stored.clinician_name, values["clinician_name"], kept,
                                                      lambda: self._write(minutes, psy, values))
            return
        self._write(minutes, psy, values)

    def _write(self, minutes: int, psy: int, values: dict[str, str]) -> None:
        retention = self.retention.changes()
        minor_state, duty_state = self.minor_consent.accepted_state(), self.duty_to_protect.accepted_state()
        self.controller.op(self, lambda v: saved_and_stale(v, minor_state, lambda: save_settings(
                               v, auto_lock_minutes=minutes, psychotherapy_lock_minutes=psy, profile=values,
                               retention=retention, minor_consent_state=minor_state,
                               duty_to_protect_state=duty_state)),
                           label=self.tr("Saving settings…")) \
            .success(lambda found: self._saved(minutes, psy, *found)).failure(self._failed).run()

    def _saved(self, minutes: int, psy: int, profile: PracticeProfile,
               stale: tuple[Authorization, ...] = (), majority_changed: bool = False) -> None:
        """In force once saved, not before: put in force first, a refused save (a bad NPI)
        then Cancel left the vault locking after the minutes typed, not those saved."""
        self.controller.idle.set_limits(minutes, psy)
        if self._stored_locale is not None and profile.locale != self._stored_locale:
            self.controller.practice_locale_changed(profile.locale)
        if profile.time_zone != practice_clock.name():  # the agenda's today and the notes' day follow at once
            practice_clock.set_zone(profile.time_zone)
            self.controller.changed.emit(Changes.of(Kind.VAULT, vault_wide=True))
        # The theme is this computer's preference, not the vault's. Applied only when it
        # changed: applying it re-styles every widget of the app, and a save of the practice's
        # details did that each time (a worker crashed inside that re-styling in the suite).
        name = str(self.theme.currentData())
        changed = name != str(prefs.get("theme", "system"))
        prefs.put("theme", name)
        prefs.put("language", str(self.language.currentData()))
        app = QApplication.instance()
        if changed and isinstance(app, QApplication):
            theme.apply(app, name)
        host = self.parentWidget()
        self.accept()
        if stale and host is not None:  # a new age of consent or of majority: forms on any chart (Close only)
            self.notice = tell_stale(host, stale, None, why=WHY_MAJORITY if majority_changed else WHY_SETTINGS)

    def _failed(self, exc: BaseException) -> bool:
        """A bad NPI or license state is explained under the form, in the screen's language, and
        the keyboard goes to its field; nothing typed is lost."""
        if isinstance(exc, VaultError):
            self.pages.setCurrentIndex(1)  # the page of the field that was refused
            self.message.setText(refusal_text(exc))
            focus_refused(exc, {**self.profile, "license_state": self.license_state, "time_zone": self.zone_box},
                          named={})
            return True
        return False


def saved_and_stale(vault: Vault, minor_state: str, save: Callable[[], PracticeProfile]
                    ) -> tuple[PracticeProfile, tuple[Authorization, ...], bool]:
    """Worker side: `save`'s profile; where a state's minors' rule was applied (a new age of consent) or the age of
    majority changed (a parent's authority ends at it, 164.502(g)(2)-(3)), the forms on every chart whose signer
    it now refuses on their signing day; and whether the age of majority changed."""
    majority = retention_policy(vault).age_of_majority
    profile = save()
    majority_changed = retention_policy(vault).age_of_majority != majority
    recheck = bool(minor_state) or majority_changed
    stale = tuple(care_confidentiality.practice_signers_no_longer_valid(vault)) if recheck else ()
    return profile, stale, majority_changed
