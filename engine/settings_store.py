"""Reading and changing settings: database > environment > declared default, with history.

Secret settings are routed to the :class:`~engine.secrets.SecretStore`; the database only learns
*that* a secret changed (history rows say ``••••••``), never its value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from engine.db.session import Database
from engine.db.tables import Setting, SettingHistory
from engine.errors import ConfigurationError
from engine.events import EventBus, SettingChanged
from engine.secrets import SecretStore, mask
from engine.settings_schema import SETTINGS, SettingSpec, coerce, encode, spec_for


@dataclass(frozen=True)
class SettingValue:
    """A resolved setting for the GUI: value, where it came from, and its declaration."""

    spec: SettingSpec
    value: Any
    source: str  # database | environment | default | keyring
    is_set: bool = True


@dataclass(frozen=True)
class SettingHistoryEntry:
    key: str
    old_value: str | None
    new_value: str | None
    source: str
    changed_at: datetime


class SettingsStore:
    """Resolved settings with an in-memory snapshot refreshed on every change."""

    def __init__(self, database: Database, secrets: SecretStore, bus: EventBus,
                 environ: Mapping[str, str] | None = None) -> None:
        self._db = database
        self._secrets = secrets
        self._bus = bus
        self._environ = environ if environ is not None else os.environ
        self._stored: dict[str, str | None] = {}

    async def load(self) -> None:
        async with self._db.session() as session:
            rows = (await session.scalars(select(Setting))).all()
        self._stored = {row.key: row.value for row in rows}

    def get(self, name: str) -> Any:
        """The effective value of a non-secret setting (call :meth:`load` first)."""
        return self.resolve(name).value

    def resolve(self, name: str) -> SettingValue:
        spec = spec_for(name)
        if spec.secret:
            raise ConfigurationError(f"{name} is a secret; use get_secret()",
                                     code="settings.is_secret", params={"setting": name})
        stored = self._stored.get(name)
        if stored is not None:
            return SettingValue(spec, coerce(spec, stored), "database")
        env_value = self._environ.get(spec.env)
        if env_value is not None and env_value != "":
            return SettingValue(spec, coerce(spec, env_value), "environment")
        return SettingValue(spec, spec.default, "default")

    def snapshot(self) -> dict[str, Any]:
        return {spec.name: self.get(spec.name) for spec in SETTINGS if not spec.secret}

    async def set(self, name: str, value: Any, *, source: str = "user") -> SettingValue:
        """Validate, store and record a change; raises ConfigurationError on bad input."""
        spec = spec_for(name)
        if spec.secret:
            await self.set_secret(name, str(value), source=source)
            return SettingValue(spec, mask(str(value)), "keyring")
        new_text = encode(spec, coerce(spec, value))
        old_text = self._stored.get(name)
        if old_text == new_text:
            return self.resolve(name)
        async with self._db.session() as session:
            await session.merge(Setting(key=name, value=new_text))
            session.add(SettingHistory(key=name, old_value=old_text, new_value=new_text,
                                       source=source))
        self._stored[name] = new_text
        self._bus.publish(SettingChanged(name=name))
        return self.resolve(name)

    async def reset(self, name: str, *, source: str = "user") -> SettingValue:
        """Forget the database value so environment/default apply again."""
        old_text = self._stored.pop(name, None)
        async with self._db.session() as session:
            await session.execute(delete(Setting).where(Setting.key == name))
            session.add(SettingHistory(key=name, old_value=old_text, new_value=None,
                                       source=source))
        self._bus.publish(SettingChanged(name=name))
        return self.resolve(name)

    async def get_secret(self, name: str) -> str | None:
        spec = spec_for(name)
        if not spec.secret:
            raise ConfigurationError(f"{name} is not a secret", code="settings.not_secret")
        return await self._secrets.get(spec.name.replace(".", "_"))

    async def set_secret(self, name: str, value: str, *, source: str = "user") -> None:
        spec = spec_for(name)
        key = spec.name.replace(".", "_")
        had_value = await self._secrets.get(key) is not None
        if value:
            await self._secrets.set(key, value)
        else:
            await self._secrets.delete(key)
        async with self._db.session() as session:
            session.add(SettingHistory(key=name, old_value=mask("x") if had_value else None,
                                       new_value=mask(value) or None, source=source))
        self._bus.publish(SettingChanged(name=name))

    async def history(self, name: str | None = None, limit: int = 100
                      ) -> list[SettingHistoryEntry]:
        query = select(SettingHistory).order_by(SettingHistory.id.desc()).limit(limit)
        if name:
            query = query.where(SettingHistory.key == name)
        async with self._db.session() as session:
            rows = (await session.scalars(query)).all()
        return [SettingHistoryEntry(r.key, r.old_value, r.new_value, r.source, r.changed_at)
                for r in rows]
