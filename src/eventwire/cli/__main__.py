"""``python -m eventwire.cli``."""

import sys

from eventwire.cli import main

sys.exit(main())
