"""The ``deal-worksheet`` command.

``deal-worksheet compute ...`` and ``deal-worksheet export ...`` run headless
through the command line (``ui/cli.py``) and never import Qt; anything else
opens the window, on the deal file given or on the built-in example deal.
``--help`` and the check for a display come before Qt is loaded: without a
display Qt aborts the process (exit 134) with a message about platform
plugins.
"""

from __future__ import annotations

import os
import sys

HEADLESS_COMMANDS = {"compute", "export"}
EXIT_NO_DISPLAY = 3
USAGE = """usage: deal-worksheet [FILE]
       deal-worksheet compute (FILE | --example) [--json] [--rules] [--lang en|ja]
       deal-worksheet export (FILE | --example) -o OUTPUT.xlsx [--strict] [--lang en|ja]

Opens the deal worksheet window on FILE (a .deal.json file), or on the
built-in example deal when no file is given. compute and export work
without a window; see deal-worksheet compute --help.

Exit status: 0 done; 1 compute found errors in the deal (export only with
--strict); 2 the file cannot be read or the command is wrong; 3 there is
no display to open the window on."""
NO_DISPLAY = """deal-worksheet: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).
Run it in a desktop session or over ssh -X; QT_QPA_PLATFORM=offscreen opens it off-screen.
Without a window: deal-worksheet compute --example, deal-worksheet export --example -o deal.xlsx."""


def has_display(args: list[str], environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt can open a window here. Only Linux and the BSDs need a
    display server; Qt's own ``-platform`` option or QT_QPA_PLATFORM choose
    one (offscreen, vnc...) explicitly."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return True
    return "-platform" in args


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS_COMMANDS:
        from ui.cli import main as cli_main

        return cli_main(args)
    if any(a in ("-h", "--help") for a in args):
        print(USAGE)
        return 0
    if not has_display(args):
        print(NO_DISPLAY, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
