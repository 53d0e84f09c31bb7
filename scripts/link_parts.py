#!/usr/bin/env python3
"""Ships the lazily loaded parts wasm-split-cli cut out (src/components/lazy.rs) the way this
widget ships: one packed file per part, and a loader that links into the running module.

wasm-split-cli writes a wasm per part (`split_detail.wasm`) and one per piece of code several
parts share (`chunk_5.wasm`, often under 1 KB: 29 of them for 7 parts), and a loader module
(`__wasm_split.js`) that fetches each file on its own. Here:

- Each part becomes one file, `part-<name>.bin.lzma`: the part's wasm and every piece it
  needs, each behind its length (4 bytes, little-endian), packed with LZMA as one stream.
  One request per part instead of up to 22 (six at a time over HTTP/1.1, each a round trip
  on a slow connection), and packed together they are smaller. A piece two parts share is
  in both files; the loader takes it from whichever file came first.
- The loader gets the pieces from those files, and is given the main module's exports and
  the decoder by the widget's loader (`link(exports, unpack)` in www/migration-atlas.js)
  instead of importing the glue: a retried load imports the glue under another address
  (`?attempt=2`), and a part must link into the module that runs, not into a copy never
  started. `prefetch(name)` lets the widget's loader ask for a part with the wasm, for a
  page that opens on it.

    python3 scripts/link_parts.py PARTS_DIR OUT_DIR

PARTS_DIR holds wasm-split-cli's output (the wasm files already stripped); OUT_DIR gets
`__wasm_split.js` and the `part-*.bin.lzma` files. Stops (exit 1), writing nothing, when
the loader module does not look as expected: a wasm-split-cli whose output differs must
not ship half-rewritten.
"""
import json
import os
import re
import struct
import sys

from lzma_pack import pack

BLOCK = re.compile(
    r'(?P<export>export )?const (?P<ident>\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*'
    r'const src = fetch\(new URL\("\./(?P<file>[\w.-]+\.wasm)", import\.meta\.url\)\);'
    r'.*?\n\}\n, \[(?P<deps>[^\]]*)\]',
    re.S,
)

HEADER = """let main;
let unpack;
/** Called by migration-atlas.js once the main module runs. */
export function link(exports, unpacker) {
    main = exports;
    unpack = unpacker;
}
// Each part's file and the wasm files it holds, in order (scripts/link_parts.py).
const PARTS = %s;
// The parts' files fetched or on their way, and unpacked (a failed one is forgotten, to be
// asked again).
const fetched = new Map();
const unpacked = new Map();
// The part whose loading is starting: the pieces it asks for come from its file.
let loading;
function fetchPart(name) {
    if (!fetched.has(name)) {
        const file = `./part-${name}.bin.lzma`;
        const body = fetch(new URL(file, import.meta.url)).then((response) => {
            if (!response.ok) throw new Error(`${file}: ${response.status}`);
            return response.arrayBuffer();
        });
        body.catch(() => fetched.delete(name));
        fetched.set(name, body);
    }
    return fetched.get(name);
}
/** Asks for a part's file now (a page that opens on it), before its code is needed. */
export function prefetch(name) {
    if (PARTS[name]) fetchPart(name).catch(() => {});
}
/** One wasm file of a part's, from a part's file that holds it. */
function piece(file) {
    const holder = [...fetched.keys(), loading].find((name) => PARTS[name]?.includes(file));
    if (!unpacked.has(holder)) {
        const bytes = fetchPart(holder).then((body) => unpack(new Uint8Array(body)));
        bytes.catch(() => unpacked.delete(holder));
        unpacked.set(holder, bytes);
    }
    return unpacked.get(holder).then((bytes) => {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        let at = 0;
        for (const name of PARTS[holder]) {
            const length = view.getUint32(at, true);
            if (name === file) return new Response(bytes.subarray(at + 4, at + 4 + length), { headers: { "content-type": "application/wasm" } });
            at += 4 + length;
        }
        throw new Error(`${file} is not in part-${holder}`);
    });
}
/** The loader of a part: the pieces it asks for, as it starts, come from its own file. */
function partLoader(name, load) {
    return (...args) => {
        loading = name;
        try {
            return load(...args);
        } finally {
            loading = undefined;
        }
    };
}
"""


def parse(js):
    """[(ident, file, [dep idents], exported)] of the loader module, or raises ValueError."""
    blocks = [(m["ident"], m["file"], [d.strip() for d in m["deps"].split(",") if d.strip()], bool(m["export"]))
              for m in BLOCK.finditer(js)]
    loads = len(re.findall(r"makeLoad\(\(\) =>", js))
    if not blocks or len(blocks) != loads:
        raise ValueError(f"{len(blocks)} of {loads} loaders understood")
    return blocks


def parts_of(blocks):
    """{part name: [wasm files, its own first, then every piece it needs]}."""
    by_ident = {ident: (file, deps) for ident, file, deps, _ in blocks}
    parts = {}
    for ident, file, deps, exported in blocks:
        if not exported:
            continue
        m = re.fullmatch(r"split_(\w+)\.wasm", file)
        if not m:
            raise ValueError(f"a part in {file}")
        files, todo = [file], list(deps)
        while todo:
            dep = todo.pop(0)
            if dep not in by_ident:
                raise ValueError(f"{ident} needs {dep}, which is not declared")
            dep_file, more = by_ident[dep]
            if dep_file not in files:
                files.append(dep_file)
                todo.extend(more)
        parts[m[1]] = files
    return parts


def rewrite(js, parts):
    """The loader module, rewritten (see the module's documentation), or raises ValueError."""
    js, imports = re.subn(r'^import \{ initSync \} from "[^"]+";\n', "", js, flags=re.M)
    js, inits = re.subn(r"initSync\(undefined, undefined\)", "main", js)
    js, fetches = re.subn(r'fetch\(new URL\("\./([\w.-]+\.wasm)", import\.meta\.url\)\)', r'piece("\1")', js)
    js, exports = re.subn(r"export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(",
                          r'export const __wasm_split_load_\1 = wrapAsyncCb(partLoader("\1", makeLoad(', js)
    js, closes = re.subn(r"(export const __wasm_split_load_\w+ = .*?\n\}\n, \[[^\]]*\])\)\);", r"\1)));", js, flags=re.S)
    if imports != 1 or inits != 1 or fetches == 0 or exports != len(parts) or closes != len(parts):
        raise ValueError(f"{imports} glue imports, {inits} initSync calls, {fetches} fetches, "
                         f"{exports}/{closes} of {len(parts)} parts")
    return HEADER % json.dumps(parts, separators=(",", ":")) + js


def bundle(parts_dir, files):
    """A part's wasm files, each behind its length."""
    out = bytearray()
    for f in files:
        with open(os.path.join(parts_dir, f), "rb") as w:
            body = w.read()
        out += struct.pack("<I", len(body)) + body
    return bytes(out)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    parts_dir, out_dir = sys.argv[1:]
    with open(os.path.join(parts_dir, "__wasm_split.js"), encoding="utf-8") as f:
        js = f.read()
    try:
        parts = parts_of(parse(js))
        js = rewrite(js, parts)
    except ValueError as e:
        print(f"link_parts: {parts_dir}/__wasm_split.js is not as expected ({e}); nothing written", file=sys.stderr)
        sys.exit(1)
    for name, files in parts.items():
        with open(os.path.join(out_dir, f"part-{name}.bin.lzma"), "wb") as f:
            f.write(pack(bundle(parts_dir, files)))
    with open(os.path.join(out_dir, "__wasm_split.js"), "w", encoding="utf-8") as f:
        f.write(js)
    print(f"link_parts: {len(parts)} parts, {sum(len(f) for f in parts.values())} wasm files")


if __name__ == "__main__":
    main()
