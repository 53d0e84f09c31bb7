#!/usr/bin/env python3
"""Checks that the first screen's wasm holds none of the code of the lazily loaded parts
(src/components/lazy.rs): a change that makes the main module call into a part's module
(the exports, the evidence sheet, the quoted paragraphs, the map…) would pull that code back
into what every reader downloads, and the first screen would grow without anyone seeing why.

    python3 scripts/check_first_screen.py MAIN.wasm

MAIN.wasm is wasm-split-cli's main module, which still has its names. Exits 1, naming the
functions, when one of a part's modules is found in it.
"""
import re
import sys

from order_functions import function_names
from wasm_binary import sections

# The modules only parts use: every function of theirs must be in a part. Issue 15's
# (citations quoted in place, exports, the evidence sheet) and the views and panels.
PART_ONLY = [
    "export", "picture", "download", "paragraph_loader",
    "components::cited_paragraphs", "components::export_panel", "components::evidence_sheet",
    "components::view_picture", "components::detail_panel", "components::disagreements_panel",
    "components::map_pane", "components::map_layers", "components::map_legend",
    "components::table_view", "components::filter_panel",
]


def mangled(path):
    """The prefix a module's functions have in their (legacy-mangled) names."""
    return "15migration_atlas" + "".join(f"{len(p)}{p}" for p in path.split("::"))


def found(names):
    """[(module, function name)] of the functions defined in a part-only module among
    `names`: its own functions (`_ZN15migration_atlas6export3csv…`) and its types' trait
    impls (`_ZN…_$LT$migration_atlas..components..map_pane..MapPane$u20$as…`). A part's
    props (`…Props`) are not its code: the first screen builds them to hand them over."""
    patterns = []
    for path in PART_ONLY:
        patterns.append((re.compile("^_ZN" + re.escape(mangled(path)) + r"\d"), path))
        impl = re.escape("migration_atlas.." + path.replace("::", "..") + "..")
        patterns.append((re.compile(r"^_ZN\d+_\$LT\$" + impl + r"(?!\w*Props\$)\w+\$u20\$as\$u20\$"), path))
    hits = []
    for n in names:
        module = next((m for pattern, m in patterns if pattern.search(n)), None)
        if module:
            hits.append((module, n))
    return hits


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    with open(sys.argv[1], "rb") as f:
        names = function_names(sections(f.read())).values()
    if not names:
        raise SystemExit(f"check_first_screen: {sys.argv[1]} has no names to check")
    hits = found(names)
    if hits:
        print("check_first_screen: the first screen's wasm holds code of the lazily loaded parts:", file=sys.stderr)
        for module, name in hits[:20]:
            print(f"  {module}: {name}", file=sys.stderr)
        sys.exit(1)
    print(f"check_first_screen: none of {len(PART_ONLY)} part-only modules in the first screen ({len(names)} functions)")


if __name__ == "__main__":
    main()
