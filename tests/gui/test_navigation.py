"""Navigation badges for every provider and worker state, tooltips, accessible names, collapse."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from engine.domain.models import HealthStatus, ProviderHealth
from harmony_desktop.models.roles import Roles
from tests.gui.conftest import wait_until

CASES = [  # provider health → (German badge, tone, German warning)
    (ProviderHealth("slskd", HealthStatus.OK, "slskd.ok"), None, None, None),
    (ProviderHealth("slskd", HealthStatus.DEGRADED, "slskd.rate_limited"), "Eingeschränkt",
     "warning", "Warnung: Dienst eingeschränkt"),
    (ProviderHealth("slskd", HealthStatus.DEGRADED, "slskd.not_logged_in"), "Eingeschränkt",
     "warning", "Warnung: Dienst eingeschränkt"),
    (ProviderHealth("slskd", HealthStatus.DOWN, "slskd.unreachable"), "Offline", "danger",
     "Warnung: Dienst offline"),
    (ProviderHealth("slskd", HealthStatus.DOWN, "slskd.unconfigured"), "Fehler", "danger",
     "Warnung: Konfiguration prüfen"),
    (ProviderHealth("slskd", HealthStatus.DOWN, "slskd.auth_failed"), "Fehler", "danger",
     "Warnung: Konfiguration prüfen"),
    (ProviderHealth("slskd", HealthStatus.DOWN, "secrets.no_backend"), "Fehler", "danger",
     "Warnung: Konfiguration prüfen"),
]


@pytest.mark.parametrize("health,badge,tone,warning", CASES)
async def test_provider_badges(fake_window, language, health, badge, tone, warning) -> None:
    language("de")
    await asyncio.sleep(0.05)
    window, _bridge, _service = fake_window
    window.set_navigation_collapsed(True)  # the warning must survive collapsing
    window.apply_provider_badges([health])
    item = window.nav_model.item(window.nav_model.row_of("soulseek"))
    assert item.data(Roles.BadgeRole) == badge
    assert item.data(Roles.ToneRole) == tone
    expected = f"Soulseek – {warning}" if warning else "Soulseek"
    assert item.data(Qt.ItemDataRole.ToolTipRole) == expected
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == expected
    assert not window.grab().isNull()


@pytest.mark.parametrize("status,badge", [("running", None), ("stale", "Degraded"),
                                          ("blocked", "Degraded"), ("stopped", "Offline"),
                                          ("errored", "Error")])
async def test_worker_badges(fake_window, status, badge) -> None:
    window, bridge, service = fake_window
    service.worker_status = status
    bridge.attach(service)
    await wait_until(lambda: window.nav_model.badge("matching") == badge or badge is None)
    await asyncio.sleep(0.05)
    assert window.nav_model.badge("matching") == badge


async def test_spotify_health_badges_watchlist_and_search(fake_window) -> None:
    window, _bridge, _service = fake_window
    window.apply_provider_badges([ProviderHealth("spotify", HealthStatus.DOWN,
                                                 "spotify.unreachable")])
    assert window.nav_model.badge("watchlist") == "Offline"
    assert window.nav_model.badge("search") == "Offline"
    disabled = ProviderHealth("spotify", HealthStatus.DEGRADED, "spotify.unconfigured",
                              enabled=False)
    window.apply_provider_badges([disabled])  # an optional integration left off: no alarm
    assert window.nav_model.badge("watchlist") is None


async def test_collapse_state_and_shortcut_pages_are_saved(fake_window, gui_settings) -> None:
    window, _bridge, _service = fake_window
    window.set_navigation_collapsed(True)
    assert window.nav_box.width() == 56
    window.show_tab("activity")
    window.save_state()
    assert gui_settings.value("window/tab") == "activity"
    assert str(gui_settings.value("window/navigation_collapsed")).lower() == "true"
