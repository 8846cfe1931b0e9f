"""A headless engine for the kill test: short lease and heartbeat so a killed engine's jobs are
picked up again within seconds. Usage: python -m tests.acquisition.engine_runner DEV_DIR URL"""

from __future__ import annotations

import asyncio
import sys

from engine.bootstrap import EngineOptions, build_engine
from engine.secrets import EnvironmentSecretStore


async def main(dev_dir: str, database_url: str) -> None:
    engine = build_engine(EngineOptions(dev_dir=dev_dir, database_url=database_url,
                                        workers_enabled=True, lease_s=2.0,
                                        heartbeat_interval_s=0.5, role="headless",
                                        secret_store=EnvironmentSecretStore()))
    await engine.start()
    print("engine running", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await engine.stop()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
