"""The frozen app's entry point: the same launcher as the installed ``briefgen`` command."""

import sys

from briefgen.launcher import main

if __name__ == "__main__":
    sys.exit(main())
