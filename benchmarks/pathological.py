"""Real timings of the pathological inputs guarded by tests/test_pathological.py.

    python benchmarks/pathological.py

For each case: seconds to parse it at a tenth, a half and full size, and the full/tenth ratio
(about 10 means linear).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nkjp.pipeline import parse_article  # noqa: E402

_spec = importlib.util.spec_from_file_location("patho", ROOT / "tests" / "test_pathological.py")
patho = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(patho)


def seconds(text: str) -> float:
    t0 = time.perf_counter()
    parse_article(text, published="2020-06-15", id="p")
    return time.perf_counter() - t0


def main() -> int:
    out = {}
    for name, (make, n) in sorted(patho.CASES.items()):
        sizes = {f: seconds(make(max(1, int(n * f)))) for f in (0.1, 0.5, 1.0)}
        text = make(n)
        out[name] = {
            "chars": len(text),
            "s_tenth": round(sizes[0.1], 3),
            "s_half": round(sizes[0.5], 3),
            "s_full": round(sizes[1.0], 3),
            "ratio_full_vs_tenth": round(sizes[1.0] / max(sizes[0.1], 1e-6), 1),
        }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
