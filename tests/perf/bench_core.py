"""Prints how long the core takes on the example deal: compute() and loading
the deal file (median and 95th percentile of many runs). Figures only.

    .venv/bin/python tests/perf/bench_core.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from worksheet import dealfile  # noqa: E402
from worksheet.deal import compute  # noqa: E402
from worksheet.resources import example_deal_path  # noqa: E402


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return sorted(out)


def report(name: str, samples: list[float], budget_ms: float) -> None:
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(f"{name:<28} median {statistics.median(samples):7.3f} ms   p95 {p95:7.3f} ms   "
          f"budget {budget_ms:g} ms   runs {len(samples)}")


def main() -> None:
    path = example_deal_path()
    deal = dealfile.load(path)
    for _ in range(20):  # warm the holiday tables and caches, as a running app has them
        compute(deal)
    report("compute(example)", timed(lambda: compute(deal), 2000), 2)
    report("load example deal file", timed(lambda: dealfile.load(path), 500), 10)
    edited = [deal.with_value("offering.offer_price", deal.offering.offer_price - i) for i in range(200)]
    it = iter(edited * 10)
    report("compute after one edit", timed(lambda: compute(next(it)), 2000), 2)
    print(f"example file: {path.stat().st_size:,} bytes, {len(compute(deal).results)} results")


if __name__ == "__main__":
    main()
