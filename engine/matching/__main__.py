"""Entry point for ``python -m engine.matching``."""

import sys

from engine.matching.cli import main

sys.exit(main())
