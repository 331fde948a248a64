"""The main window's tabs, one module each: the offering (with its
schedule), the over-allotment and third-party allotment, the merger, the
use of proceeds, and the issuer with its fiscal and stated figures."""
