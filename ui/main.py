"""The ``deal-worksheet`` command.

``deal-worksheet compute ...`` and ``deal-worksheet export ...`` run headless
through the command line (``ui/cli.py``) and never import Qt; anything else opens the
window, on the deal file given or on the built-in example deal.
"""

from __future__ import annotations

import sys

HEADLESS_COMMANDS = {"compute", "export"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS_COMMANDS:
        from ui.cli import main as cli_main

        return cli_main(args)
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
