"""Tests of link_parts.py on a module shaped as wasm-split-cli writes it: each part's file
holds its wasm and every piece it needs, the glue import goes, the main module's exports
come from `link`, the pieces come from the parts' files; a module that looks otherwise is
refused. Run by scripts/test (python3 -m unittest discover -s scripts)."""
import os
import struct
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from link_parts import bundle, parse, parts_of, rewrite  # noqa: E402

SPLIT = '''import { initSync } from "./migration_atlas.js";

let sharedImports = undefined;
function getSharedImports() {
    if (sharedImports === undefined) {
        sharedImports = { __wasm_split: {  } };
        const { __indirect_function_table, memory,  } = initSync(undefined, undefined);
    }
    return sharedImports;
}
const __chunk_5 = makeLoad(() => {
    const src = fetch(new URL("./chunk_5.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
const __chunk_6 = makeLoad(() => {
    const src = fetch(new URL("./chunk_6.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_5]);
export const __wasm_split_load_share = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_share.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_6]));
export const __wasm_split_load_map = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_map.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_5]));
'''


class LinkParts(unittest.TestCase):
    def test_each_part_holds_its_wasm_and_every_piece_it_needs(self):
        parts = parts_of(parse(SPLIT))
        self.assertEqual(parts, {"share": ["split_share.wasm", "chunk_6.wasm", "chunk_5.wasm"],
                                 "map": ["split_map.wasm", "chunk_5.wasm"]})

    def test_the_pieces_come_from_the_parts_files_and_link_to_the_running_module(self):
        js = rewrite(SPLIT, parts_of(parse(SPLIT)))
        self.assertNotIn("import {", js)
        self.assertNotIn("initSync", js)
        self.assertIn("export function link(exports, unpacker)", js)
        self.assertIn("} = main;", js)
        self.assertIn('const PARTS = {"share":["split_share.wasm","chunk_6.wasm","chunk_5.wasm"]', js)
        self.assertIn('piece("chunk_5.wasm")', js)
        self.assertIn('wrapAsyncCb(partLoader("share", makeLoad(', js)
        self.assertIn("[__chunk_6])));", js)
        self.assertNotIn('fetch(new URL("./', js)

    def test_a_part_file_is_each_wasm_behind_its_length(self):
        with tempfile.TemporaryDirectory() as d:
            for name, body in (("a.wasm", b"\0asm-a"), ("b.wasm", b"\0asm-bb")):
                with open(os.path.join(d, name), "wb") as f:
                    f.write(body)
            self.assertEqual(bundle(d, ["b.wasm", "a.wasm"]),
                             struct.pack("<I", 7) + b"\0asm-bb" + struct.pack("<I", 6) + b"\0asm-a")

    def test_a_module_that_looks_otherwise_is_refused(self):
        for broken in (SPLIT.replace("initSync(undefined, undefined)", "initSync()"),
                       SPLIT.replace('import { initSync } from "./migration_atlas.js";\n', ""),
                       SPLIT.replace('fetch(new URL("./chunk_6', 'fetchIt(new URL("./chunk_6'),
                       SPLIT.replace("[__chunk_6]", "[__chunk_7]")):
            with self.assertRaises(ValueError):
                rewrite(broken, parts_of(parse(broken)))


if __name__ == "__main__":
    unittest.main()
