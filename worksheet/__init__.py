"""Deal Worksheet's calculation core: plain Python, no Qt.

Every figure of a Japanese offering, over-allotment, merger and
use-of-proceeds worksheet is computed here from the deal's inputs; the
window, the command line and the Excel export all read the same results.
"""

__version__ = "0.1.0"
