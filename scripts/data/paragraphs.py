#!/usr/bin/env python3
"""Write data/paragraphs/<doc>.txt: the text of every source paragraph the data cites, and
what each record relies on in it (the figure, the year or the city), for the widget to
quote beside the fact.

Usage: python3 scripts/data/paragraphs.py [--check] [SOURCES_DIR]   (default ../shared/sources)

  --check   write nothing; exit 1 if a committed file differs from what would be written.

Paragraphs are split by ../shared/tools/check_citations.py itself (imported, not copied),
and figures are found with its number rules, so the widget highlights exactly what the
citation check accepted. The files are committed: the sources folder sits outside the
repository and a build (CI, an embedder's copy) must work without it.

File format (UTF-8, one line per item; the widget reads it in src/paragraphs.rs):

  atlas 1 paragraphs<TAB>DOC<TAB>LANG     the document and the language its text is in
  # …                                    comments
  @ KEY                                  a paragraph as citations name it (31, 5, header)
  > LINE                                 its text, verbatim, one source line per line
  = RECORD<TAB>START<TAB>END<TAB>TEXT    what RECORD relies on: characters START..END of
                                         the paragraph's text (code points), which read TEXT
                                         (white space collapsed)

What a record relies on: a figure's value (and high end) as written, by the checker's
number rules; an event's year; a post's city; an agreement's years of signature and entry
into force. A paragraph that does not state it is quoted without a mark.
"""
import csv
import re
import sys
from pathlib import Path

here = Path(__file__).resolve()
ROOT = here.parents[2]
args = [a for a in sys.argv[1:] if not a.startswith("--")]
sources = Path(args[0]) if args else ROOT.parent / "shared" / "sources"
sys.path.insert(0, str(sources.parent / "tools"))
import check_citations as cc  # noqa: E402  (the shared checker, next to the sources)

cc.SOURCES = sources
OUT = ROOT / "data" / "paragraphs"
# The stored source texts are the English versions of the documents (the Russian
# originals are not among them): the widget marks every quotation with this language.
LANG = "en"


def key_of(para):
    """The block a citation names, as check_citations.py resolves it: 5(a) is block 5."""
    return re.sub(r"\(.*\)$", "", para.strip())


def citations(row):
    for part in (p.strip() for p in (row.get("cite") or "").split(";")):
        if part:
            doc, _, para = part.partition("#")
            yield doc, key_of(para)


def number_spans(text):
    """(start, end, value) of every number check_citations.numbers_in reads in `text`,
    each spanning the figure as written ('2.76 billion', '1 million 118 thousand')."""
    t = text.lower()
    spans = []
    for m in re.finditer(r"(\d+(?:[.,]\d+)?)\s*million\s+(\d+)\s*thousand", t):
        value = float(m.group(1).replace(",", ".")) * 1e6 + int(m.group(2)) * 1e3
        spans.append((m.start(), m.end(), value))
    for m in re.finditer(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", t):
        raw = m.group(0)
        # The whole group, and each space-separated piece ("44 694" may be 44 and 694).
        variants = [(m.start(), m.end(), raw.replace(",", "").replace(" ", ""))]
        offset = m.start()
        for piece in raw.split(" "):
            variants.append((offset, offset + len(piece), piece))
            offset += len(piece) + 1
        rest = t[m.end():m.end() + 12]
        gap = len(rest) - len(rest.lstrip())
        for start, end, variant in variants:
            try:
                v = float(variant.replace(",", ""))
            except ValueError:
                continue
            spans.append((start, end, v))
            for word, k in cc.SCALE.items():
                if rest.strip().startswith(word):
                    spans.append((start, m.end() + gap + len(word), v * k))
    for m in re.finditer(r"[a-z]+", t):
        if m.group(0) in cc.WORDS:
            spans.append((m.start(), m.end(), float(cc.WORDS[m.group(0)])))
    return spans


def occurrences(text, needle):
    """Every (start, end) of `needle` in `text`, ignoring case."""
    if not needle:
        return []
    t, n = text.lower(), needle.lower()
    return [(m.start(), m.start() + len(n)) for m in re.finditer(re.escape(n), t)]


def outermost(spans):
    """Spans sorted, without those inside another (the widest reading wins)."""
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    kept = []
    for s in spans:
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    return kept


def marks(kind, row, text):
    """Where the paragraph `text` states what the record `row` relies on."""
    norm = cc.normalize(text)
    if len(norm.lower()) != len(text):
        raise SystemExit(f"{row.get('id')}: lower-casing changes the text's length")
    if kind == "statistics":
        wanted = [float(row[c]) for c in ("value", "value_high") if (row.get(c) or "").strip()]
        found = [(a, b) for a, b, v in number_spans(norm) if any(cc.matches(w, {v}) for w in wanted)]
    elif kind == "events":
        found = occurrences(norm, (row.get("date") or "")[:4])
    elif kind == "posts":
        found = occurrences(norm, (row.get("city") or "").strip())
    elif kind == "agreements":
        # The checker asks nothing of agreements; their dates' years, where printed, are
        # what a reader checks first.
        years = {(row.get(c) or "")[:4] for c in ("signed", "in_force")} - {""}
        found = [s for y in years for s in occurrences(norm, y)]
    else:
        found = []
    return outermost(found)


def build():
    """{doc: text of its file} for every document the data cites."""
    cited = {}  # doc -> key -> [(record id, kind, row)]
    for path in sorted((ROOT / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        # Only records (rows with an id) have citations a reader opens; memberships.csv
        # cites its facts for the build, not for the detail sheet.
        if not rows or "cite" not in rows[0] or "id" not in rows[0]:
            continue
        for row in rows:
            for doc, key in citations(row):
                cited.setdefault(doc, {}).setdefault(key, []).append((row["id"], path.stem, row))
    files = {}
    for doc, keys in sorted(cited.items()):
        blocks = cc.paragraphs(doc)
        symbol = doc
        lines = [
            f"atlas 1 paragraphs\t{doc}\t{LANG}",
            f"# The paragraphs of {symbol} that the atlas cites, quoted verbatim from the",
            f"# public document (../shared/sources/{doc}.txt), with what each record relies on.",
            "# Written by scripts/data/paragraphs.py: do not edit by hand.",
        ]

        def order(k):
            return (0, 0) if k == "header" else (1, int(k)) if k.isdigit() else (2, k)

        for key in sorted(keys, key=order):
            if key not in blocks:
                raise SystemExit(f"{doc} has no paragraph '{key}' (run check_citations.py)")
            # White space at the ends of lines is invisible in a quotation and would not
            # survive an editor: it is dropped before any mark is placed.
            joined = "\n".join(blocks[key])
            text = "\n".join(line.rstrip() for line in joined.split("\n")).strip()
            if not text:
                raise SystemExit(f"{doc} paragraph '{key}' is empty")
            lines.append(f"@ {key}")
            lines.extend(f"> {line}" if line else ">" for line in text.split("\n"))
            seen = set()
            for record, kind, row in keys[key]:
                if record in seen:
                    continue
                seen.add(record)
                for a, b in marks(kind, row, text):
                    literal = " ".join(text[a:b].split())
                    lines.append(f"= {record}\t{a}\t{b}\t{literal}")
        files[doc] = "\n".join(lines) + "\n"
    return files


def main():
    check = "--check" in sys.argv
    files = build()
    stale = []
    if not check:
        OUT.mkdir(parents=True, exist_ok=True)
    for old in sorted(OUT.glob("*.txt")):
        if old.stem not in files:
            stale.append(f"{old.name} is cited by no record")
            if not check:
                old.unlink()
    for doc, text in files.items():
        path = OUT / f"{doc}.txt"
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(f"{path.name} differs from the sources and data")
            if not check:
                path.write_text(text, encoding="utf-8")
    if check and stale:
        for s in stale:
            print(f"data/paragraphs/{s}: run python3 scripts/data/paragraphs.py", file=sys.stderr)
        return 1
    for doc, text in files.items():
        print(f"data/paragraphs/{doc}.txt: {text.count(chr(10) + '@ ')} paragraphs, "
              f"{text.count(chr(10) + '= ')} marks, {len(text.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
