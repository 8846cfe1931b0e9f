"""``harmony doctor``: database, secrets, providers and workers in a terminal report."""

from __future__ import annotations

from typing import Any

from engine import __version__
from engine.bootstrap import Engine, EngineOptions, build_engine
from engine.db import migrate
from engine.secrets import KeyringSecretStore, mask


async def run_doctor(options: EngineOptions) -> tuple[str, bool]:
    """Start the engine without workers, collect every check, stop it again."""
    engine = build_engine(options)
    lines = [f"Harmony {__version__}", f"  config:   {engine.paths.config_dir}",
             f"  data:     {engine.paths.data_dir}", f"  logs:     {engine.paths.log_dir}"]
    await engine.start()
    try:
        healthy = await _report(engine, lines)
    finally:
        await engine.stop()
    return "\n".join(lines), healthy


async def _report(engine: Engine, lines: list[str]) -> bool:
    assert engine.database is not None
    healthy = True
    revision = await migrate.current_revision(engine.database.engine)
    lines += ["Database", f"  kind:       {engine.database.kind}",
              f"  url:        {engine.database.display_url}",
              f"  reachable:  {'yes' if await engine.database.ping() else 'NO'}",
              f"  migrations: {revision} (head {migrate.head_revision()})"]
    healthy &= revision == migrate.head_revision()
    healthy &= await _secrets(engine, lines)
    lines.append("Providers")
    integrations = engine.services.get("integrations")
    for health in await integrations.health() if integrations is not None else []:  # type: ignore[attr-defined]
        detail = ", ".join(f"{k}={v}" for k, v in health.details)
        enabled = "" if health.enabled else " [not configured]"
        lines.append(f"  {health.provider:<10} {health.status.value:<9} {health.code}{enabled}"
                     + (f" ({detail})" if detail else ""))
    await _helper_process(engine, lines)
    lines.append("Workers")
    workers = [r.job_type for r in engine.registrations]
    lines.append(f"  enabled:  {'yes' if _enabled(engine) else 'no'}; types: {', '.join(workers)}")
    return healthy


async def _secrets(engine: Engine, lines: list[str]) -> bool:
    lines.append("Secrets")
    lines.append(f"  store:    {engine.secrets.kind}")
    if engine.secrets.kind == "keyring" and not KeyringSecretStore.backend_available():
        lines.append("  PROBLEM:  no keyring backend is available on this machine. Install a "
                     "Secret Service (gnome-keyring, KWallet) or run with "
                     "HARMONY_SECRETS=environment and HARMONY_SECRET_* variables.")
        return False
    for name in ("slskd_api_key", "spotify_refresh_token", "spotify_client_secret"):
        value: Any = await engine.secrets.get(name)
        lines.append(f"  {name:<22} {mask(value) or '(not set)'}")
    return True


async def _helper_process(engine: Engine, lines: list[str]) -> None:
    """Not a failure when missing: the work then runs in the app's own process (slower UI)."""
    cpu: Any = engine.services.get("cpu")
    if cpu is None:
        return
    lines.append("Helper process")
    if await cpu.ready() == "process":
        lines.append("  ready:    yes (imports and tags are read beside the window)")
    else:
        lines.append(f"  ready:    NO ({cpu.unavailable_reason}); imports and tags are read "
                     "in the app's own process: the window may stutter meanwhile")


def _enabled(engine: Engine) -> bool:
    from engine.bootstrap import workers_disabled_by_env

    return not workers_disabled_by_env() and bool(
        engine.settings and engine.settings.get("workers.enabled"))
