"""Shared fixtures: the example deal of the two seed releases, computed."""

from __future__ import annotations

import os

# Tests never need a screen; Qt aborts without one unless told so.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from worksheet import dealfile  # noqa: E402
from worksheet.deal import Deal, Worksheet, compute  # noqa: E402
from worksheet.resources import example_deal_path  # noqa: E402


# Property tests: on CI (CI set, as CI services and .ci/run do) the same
# examples every run, so a red build is the code's doing and replays the
# same way; elsewhere new examples each run, and a failure found is kept in
# .hypothesis/ and tried first next time. HYPOTHESIS_PROFILE picks either.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, deadline=None)
settings.register_profile("dev", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def example() -> Deal:
    return dealfile.load(example_deal_path())


@pytest.fixture(scope="session")
def ws(example: Deal) -> Worksheet:
    return compute(example)


def messages(ws: Worksheet, path: str) -> list[str]:
    return [f.message for f in ws.findings if f.path == path]


@pytest.fixture(scope="session", autouse=True)
def _holiday_cache_in_a_temporary_folder(tmp_path_factory):
    """The holiday cache goes to a folder of the test run, never the user's."""
    from worksheet import holiday_cache

    os.environ[holiday_cache.CACHE_ENV] = str(tmp_path_factory.mktemp("holiday-cache"))
    holiday_cache.default_store.cache_clear()
    yield
