"""The first-run wizard's "About you" page: the therapist's name, credentials, license and NPI,
and the practice's dates and money. Apart from create_wizard.py because it is a form of its own,
checked by the domain's clinician rules (domain/practice.py), and read by the wizard only
through values() and its locale box once the vault exists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vault_app.domain import duty_to_protect, minor_consent_presets
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import check_clinician, normalize_npi
from vault_app.domain.retention_presets import has_preset, preset_for
from vault_app.gui.create_wizard_locale import example_date, locale_box
from vault_app.gui.i18n import current_language
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.state_box import StateBox
from vault_app.gui.widgets import wrapped_label as _label

# Shorter words are common in names and passphrases alike ("Al", "cat"): no sign of a slip alone.
_SHARED_WORD = 4


def shares_passphrase(name: str, passphrase: str) -> bool:
    """Whether `name` holds part of `passphrase`, compared in memory only: the whole of it, a word
    of it of four letters or more, or what follows one of its spaces (a space typed on < Back sent
    the rest of the confirmation into Your name: walk-life round 31), case aside."""
    name, passphrase = name.casefold(), passphrase.casefold().strip()
    if not name.strip() or not passphrase:
        return False
    words = [w for w in passphrase.split() if len(w) >= _SHARED_WORD]
    tails = [passphrase[i + 1:].strip() for i, c in enumerate(passphrase) if c.isspace()]
    return passphrase in name or any(w in name for w in words) or any(
        len(t) >= _SHARED_WORD and t in name for t in tails)


class AboutYouPage(QWizardPage):
    """Who the therapist is: printed on letters and destruction certificates (never "the
    vault owner"). Kept in the records compartment once the vault exists; editable later
    under Settings > Practice."""

    def __init__(self, typed_passphrase: Callable[[], str] = str) -> None:
        super().__init__()
        # The passphrase page's text, when Back came here after it (never kept by this page).
        self._typed_passphrase = typed_passphrase
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("Letters to clients and attorneys and destruction certificates carry your name."))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("as it should appear on letters, e.g. Jordan Lee"))
        self.credentials = QLineEdit()
        self.credentials.setAccessibleName(self.tr("Credentials"))
        self.credentials.setPlaceholderText(self.tr("e.g. LCSW, PhD"))
        self.license_number = QLineEdit()
        self.license_number.setAccessibleName(self.tr("License number"))
        self.license_state = StateBox(self.tr("(not set)"))
        self.license_state.setAccessibleName(self.tr("License state"))
        self.npi = QLineEdit()
        self.npi.setAccessibleName(self.tr("NPI"))
        self.npi.setPlaceholderText(self.tr("optional: 10 digits"))
        self.locale_box = locale_box(QLocale.system().name(), current_language())
        self.locale_box.setAccessibleName(self.tr("Dates and money"))
        # "Español (Estados Unidos)" writes 23/04/2026: chosen for its language by a US therapist
        # who then typed 02/03/1980 for a birth date, stored as March 2 without a word (found
        # on Xvfb). The order of day and month is said before it is chosen.
        self.date_example = _label(" ", "calmNote")
        self.locale_box.currentIndexChanged.connect(self._say_date_example)
        self._say_date_example()
        self.problem = _label(" ", "verdictRefused")
        # The records' keeping as the license state's law says, chosen by default when a preset
        # fits: a California LMFT was left under the APA guideline, minors kept 3 years after 18
        # and not 7 (Cal. Bus. & Prof. Code 4980.49; walk-life round 31). Shown only then.
        self.retention = QCheckBox(self.tr("Keep records as your state's rule says"))
        self.retention.setAccessibleName(self.tr("Keep records as your state's rule says"))
        self.retention.setChecked(True)
        self.retention.setVisible(False)
        # Which rule, on a wrapped line of its own: in the box's text it ran past the window's edge.
        self.retention_rule = _label(" ", "calmNote")
        self.retention_rule.setVisible(False)
        # The state's minors' consent rule (domain/minor_consent_presets), proposed beside the
        # retention rule (walk-teen round 33: a California practice stayed at the federal 18, a
        # 17-year-old's own signature refused). Not ticked: it moves the rights of minors from that
        # age to them, and a parent's signature is refused from then on; the therapist chooses it.
        self.minor_consent = QCheckBox(self.tr("Let minors consent as your state's law says"))
        self.minor_consent.setAccessibleName(self.tr("Let minors consent as your state's law says"))
        self.minor_consent.setVisible(False)
        self.minor_consent_rule = _label(" ", "calmNote")
        self.minor_consent_rule.setVisible(False)
        # The state's duty to warn or protect (domain/duty_to_protect: California, Tarasoff and Civ. Code
        # 43.92), proposed as the minors' rule is (walker CA, finding 4: offered on the command line only).
        # Not ticked: the therapist chooses it.
        self.duty_to_protect = QCheckBox(self.tr("Apply your state's duty to protect"))
        self.duty_to_protect.setAccessibleName(self.tr("Apply your state's duty to protect"))
        self.duty_to_protect.setVisible(False)
        self.duty_to_protect_rule = _label(" ", "calmNote")
        self.duty_to_protect_rule.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Credentials:"), self.credentials)
        form.addRow(self.tr("License number:"), self.license_number)
        form.addRow(self.tr("License state:"), self.license_state)
        form.addRow(self.tr("NPI (optional):"), self.npi)
        form.addRow(self.tr("Dates and money:"), self.locale_box)
        form.addRow("", self.date_example)
        # In a scroll area: in Spanish, California's retention, minors' and duty-to-protect lines
        # need more than a 1366x768 laptop's height; the wizard grew to the screen and stopped, and
        # the page's lines were drawn over each other (walker wes, round 37). The wizard still grows
        # to what the page needs where the screen has the room (create_wizard._grow_to_page).
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.retention)
        layout.addWidget(self.retention_rule)
        layout.addWidget(self.minor_consent)
        layout.addWidget(self.minor_consent_rule)
        layout.addWidget(self.duty_to_protect)
        layout.addWidget(self.duty_to_protect_rule)
        layout.addWidget(_label(self.tr("Stored encrypted inside the vault. You can change it later under "
                                        "Vault > Settings."), "calmNote"))
        layout.addStretch(1)
        self.lines_scroll = QScrollArea()
        self.lines_scroll.setWidgetResizable(True)
        self.lines_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lines_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines_scroll.setWidget(self.content)
        # Never the keyboard's: the wizard gives a shown page's first focusable widget the keyboard,
        # and a name typed after Next went into the scroll area (ci93's e2e day). Tab still scrolls
        # to the field it reaches.
        self.lines_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.lines_scroll)
        for edit in (self.name, self.license_number, self.npi):
            edit.textChanged.connect(self._changed)
        self.license_state.currentIndexChanged.connect(self._changed)
        self.license_state.currentIndexChanged.connect(self._offer_retention)
        self.credentials.textChanged.connect(self._offer_retention)
        self.license_state.currentIndexChanged.connect(self._offer_minor_consent)
        self.license_state.currentIndexChanged.connect(self._offer_duty_to_protect)

    def retention_preset(self) -> str | None:
        """The key of the retention preset to apply once the vault exists, None to leave the default."""
        found = preset_for(str(self.license_state.currentData() or ""), self.credentials.text())
        return found.key if found is not None and self.retention.isChecked() else None

    def minor_consent_state(self) -> str:
        """The state whose minors' consent rule is to be applied once the vault exists, "" for none."""
        found = minor_consent_presets.preset_for(str(self.license_state.currentData() or ""))
        return found.state if found is not None and self.minor_consent.isChecked() else ""

    def _offer_minor_consent(self) -> None:
        from vault_app.gui.minor_consent_words import rule_words  # Lazy (start-up): only once a state is chosen

        found = minor_consent_presets.preset_for(str(self.license_state.currentData() or ""))
        if found is not None:
            self.minor_consent_rule.setText(rule_words(found))
        self.minor_consent.setVisible(found is not None)
        self.minor_consent_rule.setVisible(found is not None)

    def duty_to_protect_state(self) -> str:
        """The state whose duty to warn or protect is to be applied once the vault exists, "" for none."""
        found = duty_to_protect.rule_for(str(self.license_state.currentData() or ""))
        return found.state if found is not None and self.duty_to_protect.isChecked() else ""

    def _offer_duty_to_protect(self) -> None:
        # Lazy (start-up): once a state is chosen
        from vault_app.gui.duty_to_protect_words import proposal_words, short_words

        found = duty_to_protect.rule_for(str(self.license_state.currentData() or ""))
        if found is not None:
            # Short: the page fits a 1366x768 laptop beside the minors' and retention rules; whole on hover.
            self.duty_to_protect_rule.setText(short_words(found))
            for said in (self.duty_to_protect_rule, self.duty_to_protect):
                said.setToolTip(proposal_words(found))
        self.duty_to_protect.setVisible(found is not None)
        self.duty_to_protect_rule.setVisible(found is not None)

    def _offer_retention(self) -> None:
        from vault_app.gui.retention_words import preset_name  # Lazy (start-up): only once a state is chosen

        state = str(self.license_state.currentData() or "")
        found = preset_for(state, self.credentials.text())
        if found is not None:
            self.retention_rule.setText(self.tr("{0}: {1} years after the last session; a minor's chart {2} years "
                                                "after the client turns 18.")
                                        .format(preset_name(found.key), found.adult_years,
                                                found.minor_years_after_majority))
        elif state and not has_preset(state):
            # Not offered, but not passed off as the state's law either (walk-close round 32: New York).
            # Says what has no preset (found by a walker: "no preset for TX" read as a preset of nothing).
            self.retention_rule.setText(self.tr("The app has no record-retention preset for {0} (how long a chart "
                                                "is kept): the APA guideline is professional guidance, not your "
                                                "state's law; check your licensing board's rule and set it "
                                                "(Vault > Settings, after the vault is made).")
                                        .format(state))
        self.retention.setVisible(found is not None)
        self.retention_rule.setVisible(found is not None or (bool(state) and not has_preset(state)))

    def _say_date_example(self) -> None:
        tag = str(self.locale_box.currentData() or "en_US")
        self.date_example.setText(self.tr("Dates are written %1 (April 23, 2026).").replace("%1", example_date(tag)))

    def practice_locale(self) -> str:
        """The practice's dates and money as chosen (a domain/locale_choices tag): stored once the
        vault exists, and the Emergency Kit's dates, which the kit page prints before that."""
        return str(self.locale_box.currentData())

    def values(self) -> dict[str, str]:
        return {"name": self.name.text().strip(), "credentials": self.credentials.text().strip(),
                "license_number": self.license_number.text().strip(),
                "license_state": str(self.license_state.currentData() or ""),
                "npi": normalize_npi(self.npi.text())}

    def _problem(self) -> str:
        v = self.values()
        try:
            check_clinician(name=v["name"], npi=v["npi"], license_state=v["license_state"],
                            license_number=v["license_number"])
        except InvalidInput as exc:
            return refusal_words(exc)[0]
        if shares_passphrase(self.name.text(), self._typed_passphrase()):
            return self.tr("Your name holds part of your passphrase. If it was typed here by mistake, remove "
                           "it: your name is printed on letters and signed notes.")
        return ""

    def _changed(self) -> None:
        problem = self._problem()
        # Saying "type your name" before anything was typed only nags.
        self.problem.setText(problem if problem and self.name.text() else " ")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problem()
