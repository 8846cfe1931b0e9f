"""The Settings page: a form generated from the engine's declared settings, plus Spotify
account, database information, a live naming example and the history of changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from harmony_desktop.bridge import EngineBridge
from harmony_desktop.models.settings_model import HistoryModel
from harmony_desktop.tabs.base_tab import BaseTab
from harmony_desktop.tabs.setting_editors import SettingEditor
from harmony_desktop.tabs.settings_labels import GROUP_ORDER, group_title, label_for
from harmony_desktop.tabs.settings_side import AccountPanel
from harmony_desktop.theme import tone_color
from harmony_desktop.widgets.card import Card
from harmony_desktop.widgets.state_stack import StateStack
from harmony_desktop.widgets.table import DtoTableView


class SettingsTab(BaseTab):
    tab_id = "settings"
    icon_name = "settings"
    #: the user picked another language (de | en | system); the window retranslates
    language_changed = Signal(str)

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.editors: dict[str, SettingEditor] = {}
        self.feedback: dict[str, QLabel] = {}
        self.secret_notes: list[QLabel] = []
        self.form_page = QWidget()
        self.form_layout = QVBoxLayout(self.form_page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_page)
        self.form_stack = StateStack(scroll, loading=self.tr("Loading settings …"),
                                     empty=self.tr("No settings declared."))
        self.form_stack.retry_requested.connect(self.load)
        self.side = AccountPanel(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.form_stack, 3)
        right = QVBoxLayout()
        right.addWidget(self.side, 0)
        right.addWidget(self._build_history(), 1)
        layout.addLayout(right, 2)
        self.track(bridge.setting_changed, self._on_setting_changed)

    def title(self) -> str:
        return self.tr("Settings")

    def _build_history(self) -> Card:
        card = Card(self.tr("History of changes"))
        self.history_model = HistoryModel(self)
        self.history_view = DtoTableView(self.history_model, stretch_column=0, sortable=False)
        self.history_stack = StateStack(self.history_view, loading=self.tr("Loading …"),
                                        empty=self.tr("No changes recorded yet."))
        card.body.addWidget(self.history_stack)
        return card

    # -- loading -------------------------------------------------------------------------------
    def on_engine_ready(self) -> None:
        self.load()
        self.side.load()

    def load(self) -> None:
        self.call("settings", lambda s: s.settings(), self._build_form,
                  lambda text, _c: self.form_stack.show_error(
                      self.tr("Settings could not be loaded.") + "\n" + text))
        self.load_history()

    def load_history(self) -> None:
        self.call("history", lambda s: s.settings_history(limit=100), self._show_history,
                  lambda text, _c: self.history_stack.show_error(text))

    def _show_history(self, rows: list[Any]) -> None:
        self.history_model.set_rows(rows)
        self.history_stack.show_rows(len(rows))
        self.history_view.fit_columns()

    def _build_form(self, views: list[Any]) -> None:
        if self.editors:  # rebuilt after a reload: keep the widgets, refresh their values
            for view in views:
                if view.name in self.editors:
                    self.editors[view.name].view = view
                    self.editors[view.name].set_value(view.value)
            self.form_stack.show_data()
            return
        by_group: dict[str, list[Any]] = {}
        for view in views:
            by_group.setdefault(view.group, []).append(view)
        order = [g for g in GROUP_ORDER if g in by_group] + \
            [g for g in by_group if g not in GROUP_ORDER]
        for group in order:
            self.form_layout.addWidget(self._group_card(group, by_group[group]))
        self.form_layout.addStretch(1)
        self.form_stack.show_rows(len(views))
        self.side.secret_store_checked.connect(self._show_secret_store)

    def _group_card(self, group: str, views: list[Any]) -> Card:
        card = Card(group_title(group))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for view in views:
            editor = SettingEditor(view)
            editor.committed.connect(lambda value, name=view.name: self.save(name, value))
            feedback = QLabel("")
            feedback.setWordWrap(True)
            feedback.hide()
            field = QVBoxLayout()
            field.setSpacing(2)
            field.addWidget(editor)
            field.addWidget(feedback)
            if view.secret:
                note = QLabel(self.tr("Stored in the system keyring, never shown again."))
                note.setEnabled(False)
                self.secret_notes.append(note)
                field.addWidget(note)
            self.editors[view.name] = editor
            self.feedback[view.name] = feedback
            label = QLabel(label_for(view.name))
            label.setToolTip(view.name)
            label.setBuddy(editor.editor)
            form.addRow(label, field)
            if view.name == "library.naming_template":
                self.template_example = QLabel("")
                self.template_example.setWordWrap(True)
                form.addRow(self.tr("Example"), self.template_example)
                editor.editor.textChanged.connect(self.preview_template)  # type: ignore
                self.preview_template(str(view.value))
        if group == "slskd":
            form.addRow("", self._slskd_test_row())
        card.body.addLayout(form)
        return card

    def _slskd_test_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.slskd_test_button = QPushButton(self.tr("Test connection"))
        self.slskd_test_button.clicked.connect(self.side.test_slskd)
        row.addWidget(self.slskd_test_button)
        row.addWidget(self.side.slskd_result, 1)
        return box

    def _show_secret_store(self, available: bool) -> None:
        for note in self.secret_notes:
            if not available:
                note.setText(self.tr("No system keyring is available: secrets cannot be saved. "
                                     "Install a keyring service (e.g. GNOME Keyring or KWallet) "
                                     "or set them in the environment."))
                note.setEnabled(True)
                note.setStyleSheet(f"color: {tone_color('danger')};")

    # -- saving ----------------------------------------------------------------------------------
    def save(self, name: str, value: Any) -> None:
        self.call(f"save.{name}", lambda s: s.set_setting(name, value),
                  lambda view: self._saved(name, view),
                  lambda text, _code: self._invalid(name, text))

    def _saved(self, name: str, view: Any) -> None:
        label = self.feedback[name]
        label.setText(self.tr("Saved."))
        label.setStyleSheet(f"color: {tone_color('positive')};")
        label.show()
        editor = self.editors[name]
        editor.view = view
        if view.secret:
            editor.set_value(view.value)
        if view.restart_required:
            label.setText(self.tr("Saved. Takes effect after a restart."))
        if name == "ui.language":
            self.language_changed.emit(str(view.value))
        self.load_history()

    def _invalid(self, name: str, text: str) -> None:
        label = self.feedback[name]
        label.setText(text)
        label.setStyleSheet(f"color: {tone_color('danger')};")
        label.show()
        editor = self.editors[name]
        editor.set_value(editor.view.value)

    def _on_setting_changed(self, name: str) -> None:
        if name in self.editors and not self.feedback[name].isVisible():
            self.load()

    def preview_template(self, template: str) -> None:
        if not hasattr(self, "template_example"):
            return
        if not self.has_section("library"):
            self.template_example.setText(self.tr("(example available once the library "
                                                  "service runs)"))
            return
        try:
            example = self.bridge.service.library.preview_template(template)  # type: ignore
        except Exception as exc:  # a bad template is an expected, user-facing outcome
            code = getattr(exc, "code", "")
            message = getattr(exc, "message", str(exc))
            self.template_example.setText(self.tr("Invalid template: {0}").format(
                message or code))
            self.template_example.setStyleSheet(f"color: {tone_color('danger')};")
            return
        self.template_example.setStyleSheet("")
        self.template_example.setText(example)
        self.template_example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
