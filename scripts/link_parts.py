#!/usr/bin/env python3
"""Rewrites the loader module wasm-split-cli writes for the lazily loaded parts
(`__wasm_split.js`, src/components/lazy.rs) to fit how this widget ships.

- The parts ship packed with LZMA, as the main wasm does (`split_detail.wasm.lzma`…): each
  fetch gets the packed file and hands WebAssembly the unpacked bytes.
- The module is given the main module's exports and the decoder by the widget's loader
  (`link(exports, unpack)` in www/migration-atlas.js) instead of importing the glue: a
  retried load imports the glue under another address (`?attempt=2`), and the part must
  link into the module that runs, not into a copy never started.

    python3 scripts/link_parts.py SOURCE.js OUT.js

Stops (exit 1), writing nothing, when the module does not look as expected: a
wasm-split-cli whose output differs must not ship half-rewritten.
"""
import re
import sys

HEADER = """let main;
let unpack;
/** Called by migration-atlas.js once the main module runs. */
export function link(exports, unpacker) {
    main = exports;
    unpack = unpacker;
}
/** A part's wasm, fetched packed and handed over unpacked. */
const packed = (file) => fetch(new URL(file, import.meta.url)).then(async (response) => {
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    const bytes = unpack(new Uint8Array(await response.arrayBuffer()));
    return new Response(bytes, { headers: { "content-type": "application/wasm" } });
});
"""


def rewrite(js):
    """The rewritten module, or raises ValueError saying what did not match."""
    js, imports = re.subn(r'^import \{ initSync \} from "[^"]+";\n', "", js, flags=re.M)
    js, inits = re.subn(r"initSync\(undefined, undefined\)", "main", js)
    js, fetches = re.subn(r'fetch\(new URL\("(\./[\w.-]+\.wasm)", import\.meta\.url\)\)', r'packed("\1.lzma")', js)
    if imports != 1 or inits != 1 or fetches == 0:
        raise ValueError(f"{imports} glue imports, {inits} initSync calls, {fetches} fetches")
    return HEADER + js


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    source, out = sys.argv[1:]
    with open(source, encoding="utf-8") as f:
        js = f.read()
    try:
        js = rewrite(js)
    except ValueError as e:
        print(f"link_parts: {source} is not as expected ({e}); nothing written", file=sys.stderr)
        sys.exit(1)
    with open(out, "w", encoding="utf-8") as f:
        f.write(js)


if __name__ == "__main__":
    main()
