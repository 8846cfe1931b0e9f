"""One editor widget per setting kind (str/url/path/int/float/bool/choice/list/secret).

Each editor emits ``committed(value)`` when the user finishes an edit; the form stores it and
shows the engine's verdict inline next to the field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

translate = QCoreApplication.translate
CHOICE_LABELS = {"system": QT_TRANSLATE_NOOP("Settings", "System language"), "de": "Deutsch",
                 "en": "English"}


class SettingEditor(QWidget):
    committed = Signal(object)

    def __init__(self, view: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.editor = self._build()
        self.layout_.insertWidget(0, self.editor, 1)
        self.editor.setAccessibleName(view.name)
        self.set_value(view.value)

    def _build(self) -> QWidget:
        kind = self.view.kind
        if kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda value: self.committed.emit(value))
            return box
        if kind == "int":
            return self._int_spin()
        if kind == "float":
            return self._float_spin()
        if kind == "choice":
            combo = QComboBox()
            for choice in self.view.choices:
                label = CHOICE_LABELS.get(choice, choice)
                combo.addItem(translate("Settings", label) if choice == "system" else label,
                              choice)
            combo.activated.connect(lambda _i: self.committed.emit(combo.currentData()))
            return combo
        line = QLineEdit()
        if kind == "secret":
            line.setEchoMode(QLineEdit.EchoMode.Password)
        line.editingFinished.connect(self._line_committed)
        if kind == "path":
            browse = QPushButton(translate("Settings", "Choose…"))
            browse.clicked.connect(self._choose_folder)
            self.layout_.addWidget(browse)
        return line

    def _int_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(int(self.view.minimum if self.view.minimum is not None else -2**31),
                      int(self.view.maximum if self.view.maximum is not None else 2**31 - 1))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: self.committed.emit(value))
        return spin

    def _float_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(2)
        spin.setRange(float(self.view.minimum if self.view.minimum is not None else -1e9),
                      float(self.view.maximum if self.view.maximum is not None else 1e9))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: self.committed.emit(value))
        return spin

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``committed``."""
        editor = self.editor
        editor.blockSignals(True)
        try:
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value or 0))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value or 0.0))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QLineEdit):
                self._set_line(editor, value)
        finally:
            editor.blockSignals(False)

    def _set_line(self, line: QLineEdit, value: Any) -> None:
        if self.view.kind == "secret":
            line.clear()  # write-only: the stored secret is never shown, only whether it is set
            line.setPlaceholderText(str(value) if value else
                                    translate("Settings", "No value set"))
        elif self.view.kind == "list":
            line.setText(", ".join(value or ()))
        else:
            line.setText("" if value is None else str(value))

    def _line_committed(self) -> None:
        line = self.editor
        assert isinstance(line, QLineEdit)
        if not line.isModified():
            return
        line.setModified(False)
        text = line.text()
        if self.view.kind == "secret" and not text:
            return
        self.committed.emit(text)

    def _choose_folder(self) -> None:
        line = self.editor
        assert isinstance(line, QLineEdit)
        folder = QFileDialog.getExistingDirectory(self, translate("Settings", "Choose folder"),
                                                  line.text())
        if folder:
            line.setText(folder)
            self.committed.emit(folder)
