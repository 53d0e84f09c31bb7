#!/usr/bin/env python3
"""Print the `paragraphs` cell of data/sources.csv for each source document.

Usage: python3 scripts/data/source_paragraphs.py [SOURCES_DIR]   (default ../shared/sources)

Paragraphs are split exactly as ../shared/tools/check_citations.py splits them, so a
citation the widget's build accepts is one the checker can resolve. Sub-items of the list
of issues ("5(a)") are listed too. Output: one line per document, `id<TAB>cell`.
"""
import re
import sys
from pathlib import Path

here = Path(__file__).resolve()
sources = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[3] / "shared" / "sources"
sys.path.insert(0, str(sources.parent / "tools"))
import check_citations  # noqa: E402  (the shared checker, next to the sources)

check_citations.SOURCES = sources


def compress(keys):
    """header;1-382 style: numeric runs become ranges, the rest stay as they are."""
    numbers = sorted(int(k) for k in keys if k.isdigit())
    others = sorted(k for k in keys if not k.isdigit())
    runs, start, prev = [], None, None
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            runs.append((start, prev))
            start = prev = n
    if start is not None:
        runs.append((start, prev))
    ranges = [f"{a}-{b}" if a != b else str(a) for a, b in runs]
    head = [k for k in others if k == "header"]
    rest = [k for k in others if k != "header"]
    return ";".join(head + ranges + rest)


def keys_for(doc):
    blocks = check_citations.paragraphs(doc)
    keys = {k for k in blocks if not k.startswith("Q")}
    if doc == "CMW-C-KGZ-QPR-2":
        for key, texts in blocks.items():
            if not key.isdigit():
                continue
            for text in texts:
                for m in re.finditer(r"^\s*\(([a-z])\)\s", text, re.M):
                    keys.add(f"{key}({m.group(1)})")
    return keys


def main():
    for path in sorted(sources.glob("*.txt")):
        print(f"{path.stem}\t{compress(keys_for(path.stem))}")


if __name__ == "__main__":
    main()
