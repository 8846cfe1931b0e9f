"""Translations: Qt's own system (.ts → .qm) plus the table turning engine codes into text.

The engine speaks codes; only this module turns them into words, through ``tr()``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("de", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def install_language(language: str) -> str:
    """Install ``de`` or ``en`` (``system`` picks the system's); returns the one installed."""
    app = QCoreApplication.instance()
    if language not in LANGUAGES:
        language = system_language()
    _use_number_format(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath
                                                            .TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    ours = QTranslator(app)
    compiled = compiled_translation(language)
    if compiled is not None and ours.load(str(compiled)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "en":
        log.warning("translation %s not found in %s", language, TRANSLATIONS_DIR)
    return language


def _use_number_format(language: str) -> None:
    """Numbers follow the chosen language: the system's own locale when it speaks that
    language (its region's conventions kept), the language's default locale otherwise."""
    system = QLocale.system()
    QLocale.setDefault(system if system.name()[:2] == language else QLocale(language))
    # Widgets keep the locale they were made with; spin boxes re-render on LocaleChange.
    for window in QApplication.topLevelWidgets() if QApplication.instance() else ():
        window.setLocale(QLocale())


def tr(text: str, context: str = "Harmony") -> str:
    return QCoreApplication.translate(context, text)


def compiled_translation(language: str) -> Path | None:
    """The .qm for ``language``, compiled from the committed .ts when missing or older.

    .qm files are build output (not in git); ``make`` builds them, and a source checkout run
    any other way compiles them here once, with the lrelease that ships in PySide6.
    """
    source = TRANSLATIONS_DIR / f"harmony_{language}.ts"
    target = source.with_suffix(".qm")
    if target.exists() and (not source.exists() or
                            target.stat().st_mtime >= source.stat().st_mtime):
        return target
    if not source.exists():
        return None
    return _lrelease(source, target)


def _lrelease(source: Path, target: Path) -> Path | None:
    import subprocess
    import sys

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = [str(lrelease)] if lrelease.exists() else [sys.executable, "-m",
                                                         "PySide6.scripts.pyside_tool",
                                                         "lrelease"]
    try:
        subprocess.run([*command, "-silent", str(source), "-qm", str(target)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", source.name, exc)
        return None
    return target if target.exists() else None
