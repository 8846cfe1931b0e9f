"""``python -m harmony_desktop`` runs the same command line as ``harmony``."""

import sys

from harmony_desktop.cli import main

sys.exit(main())
