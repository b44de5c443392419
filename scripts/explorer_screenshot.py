"""Take the README's picture of the explorer: `kg serve` on the seed graph, seen in headless Chromium.

The script loads ``exports/graph.ttl`` into a temporary store with ``kg load``, runs
``kg serve`` on it (ports 7878 and 7879 on 127.0.0.1 when free), opens the explorer in Debian's Chromium driven by
Playwright (as the tests do: ``tests/serving.py``), clicks Donald Trump in the network and then
his call of 2025-12-28 in the timeline, and saves the window as ``docs/explorer.png``.
The layout's random numbers are seeded, so the picture is the same from one run to the next.

Usage, from anywhere:

    python3 scripts/explorer_screenshot.py                 # writes docs/explorer.png
    python3 scripts/explorer_screenshot.py -o /tmp/x.png --graph other.ttl
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the same helpers as the browser tests

from serving import chromium_page, click_person, kg_serve, port_is_free, wait_ready, why_no_browser  # noqa: E402

from kg.cli import app  # noqa: E402

#: A small seeded generator in place of Math.random, so Cytoscape lays the network out the same way.
SEEDED_RANDOM = """
(() => { let s = 20251228;
  Math.random = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; }; })();
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "exports" / "graph.ttl")
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "docs" / "explorer.png")
    parser.add_argument("--person", default="Donald Trump")
    parser.add_argument("--date", default="2025-12-28", help="the date of the call to open")
    args = parser.parse_args()
    reason = why_no_browser()
    if reason:
        print(f"cannot take the picture: {reason}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        loaded = CliRunner().invoke(app, ["load", str(args.graph), "--store", str(store)])
        if loaded.exit_code:
            print(loaded.output, file=sys.stderr)
            return 1
        ports = (7878, 7879) if all(map(port_is_free, (7878, 7879))) else None  # as a user sees it
        with kg_serve(store, ports=ports) as server, chromium_page(1400, 900) as (page, problems):
            page.add_init_script(SEEDED_RANDOM)
            page.goto(server.explorer_url)
            wait_ready(page)
            click_person(page, args.person)
            page.click(f"#calls-body tr:has(td.date:text-is('{args.date}'))")
            page.wait_for_function("() => location.hash.includes('call=')")
            wait_ready(page)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            if problems:
                print("\n".join(problems), file=sys.stderr)
                return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
