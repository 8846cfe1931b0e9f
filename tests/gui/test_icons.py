"""Line icons stay visible on a selected row: white there, grey elsewhere."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from harmony_desktop.icons import ICONS_DIR, icon


def _inked(name: str, mode: QIcon.Mode, size: int) -> list[tuple[int, int, int]]:
    image = icon(name).pixmap(size, size, mode).toImage()
    colours = []
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200:
                colours.append((pixel.red(), pixel.green(), pixel.blue()))
    return colours


def test_every_navigation_icon_turns_white_when_selected(qapp) -> None:
    names = [p.stem for p in ICONS_DIR.glob("*.svg") if b"#6e7781" in p.read_bytes()]
    assert "soulseek" in names and len(names) >= 8
    for name in names:
        for size in (22, 44):  # the navigation's icon size, and twice it for high-DPI
            _check(name, size)


def _check(name: str, size: int) -> None:
    normal = _inked(name, QIcon.Mode.Normal, size)
    selected = _inked(name, QIcon.Mode.Selected, size)
    assert normal and selected, name
    assert all(max(c) < 140 for c in normal), f"{name} at {size}px: not grey in normal mode"
    assert all(min(c) > 230 for c in selected), f"{name} at {size}px: not white when selected"
