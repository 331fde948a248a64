"""The bundled program's entry point: the same ``main`` as the installed
``deal-worksheet`` command (``ui.main:main`` in ``pyproject.toml``)."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
