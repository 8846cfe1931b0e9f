"""The desktop process: QApplication on a qasync loop with the engine on the same loop.

Boot (FeelUOwn/qasync idiom): ``asyncio.Runner(loop_factory=QEventLoop)`` runs ``_amain``, which
shows the window first (so it appears at once), starts the engine, then waits on a future that
``aboutToQuit`` resolves, and finally stops the engine cleanly.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import logging
import sys

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from engine.api import HarmonyService
from engine.bootstrap import Engine, EngineOptions, build_engine
from engine.errors import HarmonyError
from engine.logging_setup import setup_logging
from harmony_desktop import APP_NAME, ORGANIZATION, __version__
from harmony_desktop.bridge import EngineBridge
from harmony_desktop.collector import MainThreadCollector
from harmony_desktop.dialogs.error_dialog import ExceptHook
from harmony_desktop.i18n import install_language

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="harmony", description="Harmony desktop app")
    parser.add_argument("--dev-dir", help="keep config, data and logs below this folder")
    parser.add_argument("--database-url", help="PostgreSQL URL (postgresql+asyncpg://…)")
    parser.add_argument("--language", choices=("system", "de", "en"), default=None)
    parser.add_argument("--ci-mode", action="store_true",
                        help="start, run for --ci-seconds, then quit cleanly (smoke tests)")
    parser.add_argument("--ci-seconds", type=float, default=10.0)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    import qasync

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # the tray decides; see DesktopApp.request_quit
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(_amain(app, args))


#: How long a worker thread may hold the GIL while the GUI thread waits for it (Python's
#: default is 5 ms). Preparing import rows, ranking candidates and reading tags run in worker
#: threads; each time the GUI loop needs the GIL it waited up to 5 ms, several times per
#: frame. 1 ms keeps the window smooth at a few per cent of the worker threads' throughput.
#: (The longest CPU-bound step, parsing an import, runs in a helper process: engine.cpu_pool.)
GIL_SWITCH_INTERVAL_S = 0.001


def settle_runtime(parent: QObject | None = None) -> MainThreadCollector:
    """Tune the interpreter for a responsive window once start-up is done; garbage collection
    then runs on the GUI thread only (see MainThreadCollector) until the collector stops."""
    # Everything built so far (Qt wrappers, modules, the engine) lives as long as the app:
    # moving it out of the collector's view keeps full collections short on the GUI loop.
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    collector = MainThreadCollector(parent)
    collector.start()
    return collector


async def _amain(app: QApplication, args: argparse.Namespace) -> int:
    from harmony_desktop.shell import DesktopShell

    options = EngineOptions(dev_dir=args.dev_dir, database_url=args.database_url)
    try:
        engine = build_engine(options)
    except HarmonyError as exc:
        print(f"harmony: {exc.message}", file=sys.stderr)
        return 2
    setup_logging(engine.paths.log_dir)
    install_language(args.language or "system")
    excepthook = ExceptHook(show_dialog=not args.ci_mode)
    excepthook.install()
    # Quitting resolves this future instead of calling app.quit(): stopping the Qt loop would
    # stop the asyncio loop under us before the engine could shut down cleanly.
    quit_future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    request_quit = functools.partial(_resolve, quit_future, 0)
    app.aboutToQuit.connect(request_quit)
    shell = DesktopShell(app, EngineBridge(), QSettings(), request_quit)
    shell.show()
    if args.ci_mode:
        # Benchmarks time start → window on screen from this line (after the first paint).
        QTimer.singleShot(0, lambda: print("harmony: window shown", flush=True))
        QTimer.singleShot(int(args.ci_seconds * 1000), request_quit)
    started = await start_engine(engine, shell.bridge)
    collector = settle_runtime(app)
    if started and args.language is None:
        # The stored language wins over the system's once the engine can tell us.
        language = str(engine.settings.get("ui.language")) if engine.settings else "system"
        if language != "system":
            shell.switch_language(language)
    exit_code = await quit_future
    shell.close_for_quit()
    if started:
        await engine.stop()
    shell.bridge.detach()
    collector.stop()  # the engine's threads are done: Python may collect on its own again
    excepthook.uninstall()
    # A window whose engine never started (bad DSN, database down) ends with exit code 2.
    return exit_code if started else 2


async def start_engine(engine: Engine, bridge: EngineBridge) -> bool:
    """Start the engine; failures (bad DSN, database down) are shown, not raised."""
    try:
        await engine.start()
    except HarmonyError as exc:
        log.error("engine did not start: %s", exc.message)
        bridge.engine_failed.emit(exc.code, exc.message)
        return False
    except Exception as exc:
        log.exception("engine did not start")
        bridge.engine_failed.emit("error.unexpected", f"{type(exc).__name__}: {exc}")
        return False
    bridge.attach(HarmonyService(engine))
    return True


def _resolve(future: asyncio.Future[int], code: int) -> None:
    if not future.done():
        future.set_result(code)
