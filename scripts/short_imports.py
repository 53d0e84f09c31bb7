#!/usr/bin/env python3
"""Gives the wasm's imports short names, in the wasm and in its JS glue alike.

wasm-bindgen names each import after the JS function it calls plus a 16-digit hash
(`__wbg_setAttribute_3c9f6c303b696daa`), from a module named after the glue file. Every
reader downloads those names twice, in the wasm's import section and as the keys of the
glue's import object, and the hashes do not compress: measured, about 3.4 KB gzip per reader.
Here every import becomes `a`, `b`, … `ba`… from module `a`, and the glue's keys are renamed to
match. Exports keep their names (pages and tests read `memory`; they are few). So do the
imports from a JS module the glue imports whole (`import * as import1 from "./__wasm_split.js"`,
the loaders of the lazily loaded parts): the glue hands that module over as it is.

    python3 scripts/short_imports.py pkg/migration_atlas_bg.wasm pkg/migration_atlas.js

Both files are rewritten in place. The script stops (exit 1), changing nothing, when the glue
does not hold each import's key exactly once: a wasm-bindgen whose glue looks otherwise must
not ship half-renamed.
"""
import re
import sys

from wasm_binary import imports, module_bytes, sections, uleb

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
MODULE = "a"


def name(s):
    return uleb(len(s)) + s


def short(n):
    """a … Z, then ba … ZZ …: a JS identifier for every n."""
    digits = ""
    while True:
        digits = LETTERS[n % len(LETTERS)] + digits
        n //= len(LETTERS)
        if n == 0:
            return digits


def whole_modules(js):
    """The JS modules the glue imports whole, whose imports keep their names."""
    return {m.encode() for m in re.findall(r'import \* as [\w$]+ from ["\']([^"\']+)["\']', js)}


def rename_imports(wasm, keep=frozenset()):
    """The wasm with short import names but those from `keep`, and the renames
    [(module, old, new)]."""
    parts = sections(wasm)
    renames = []
    for p, (kind, body) in enumerate(parts):
        if kind != 2:
            continue
        entries = imports(body)
        out = bytearray(uleb(len(entries)))
        n = 0
        for module, field, kind, desc in entries:
            if module in keep:
                out += name(module) + name(field) + bytes([kind]) + desc
                continue
            new = short(n).encode()
            n += 1
            renames.append((module.decode(), field.decode(), new.decode()))
            out += name(MODULE.encode()) + name(new) + bytes([kind]) + desc
        parts[p] = (2, bytes(out))
    return module_bytes(parts), renames


def rename_glue(js, renames):
    """The glue with the import object's keys renamed, or why not."""
    problems = []
    for module in sorted({m for m, _, _ in renames}):
        pattern = re.compile(r'(["\'])' + re.escape(module) + r"\1(\s*:)")
        js, n = pattern.subn(f'"{MODULE}"\\2', js)
        if n != 1:
            problems.append(f"module {module!r}: {n} keys")
    for _, old, new in renames:
        pattern = re.compile(r"(?<![\w$.])" + re.escape(old) + r"(?=\s*:)")
        js, n = pattern.subn(new, js)
        if n != 1:
            problems.append(f"import {old!r}: {n} keys")
    return js, problems


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    wasm_path, js_path = sys.argv[1:]
    with open(wasm_path, "rb") as f:
        wasm = f.read()
    with open(js_path, encoding="utf-8") as f:
        js = f.read()
    renamed, renames = rename_imports(wasm, whole_modules(js))
    js, problems = rename_glue(js, renames)
    if problems:
        print("short_imports: the glue does not match the wasm; nothing changed:", file=sys.stderr)
        for p in problems[:20]:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    with open(wasm_path, "wb") as f:
        f.write(renamed)
    with open(js_path, "w", encoding="utf-8") as f:
        f.write(js)
    print(f"short_imports: {len(renames)} imports renamed")


if __name__ == "__main__":
    main()
