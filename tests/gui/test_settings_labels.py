"""Every setting and settings group has a label of its own, in the German catalogue too: the
generated fallback ("Sync interval (s)") would stay English in a German window."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from engine.settings_schema import SETTINGS
from harmony_desktop.i18n import TRANSLATIONS_DIR
from harmony_desktop.tabs.settings_labels import GROUP_ORDER, GROUPS, LABELS


def _german_sources() -> set[str]:
    root = ET.parse(TRANSLATIONS_DIR / "harmony_de.ts").getroot()
    return {m.find("source").text or "" for context in root.iter("context")  # type: ignore[union-attr]
            if context.findtext("name") == "Settings" for m in context.iter("message")}


def test_every_setting_has_a_label_and_every_group_a_title() -> None:
    assert {spec.name for spec in SETTINGS} <= set(LABELS)
    assert {spec.group for spec in SETTINGS} <= set(GROUPS) <= set(GROUP_ORDER)


def test_every_label_and_title_is_translated() -> None:
    missing = (set(LABELS.values()) | set(GROUPS.values())) - _german_sources()
    assert not missing, sorted(missing)
