"""Tests of link_parts.py on a module shaped as wasm-split-cli writes it: the glue import
goes, the main module's exports come from `link`, each part is fetched packed; a module
that looks otherwise is refused. Run by scripts/test (python3 -m unittest discover -s scripts)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from link_parts import rewrite  # noqa: E402

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
}, []);
export const __wasm_split_load_share = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_share.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}, [__chunk_5]));
'''


class LinkParts(unittest.TestCase):
    def test_the_parts_are_fetched_packed_and_linked_to_the_running_module(self):
        js = rewrite(SPLIT)
        self.assertNotIn("import {", js)
        self.assertNotIn("initSync", js)
        self.assertIn("export function link(exports, unpacker)", js)
        self.assertIn("} = main;", js)
        self.assertIn('packed("./chunk_5.wasm.lzma")', js)
        self.assertIn('packed("./split_share.wasm.lzma")', js)
        self.assertNotIn("fetch(new URL(\"./", js)

    def test_a_module_that_looks_otherwise_is_refused(self):
        for broken in (SPLIT.replace("initSync(undefined, undefined)", "initSync()"),
                       SPLIT.replace('import { initSync } from "./migration_atlas.js";\n', ""),
                       SPLIT.replace("fetch(new URL(", "fetchIt(new URL(")):
            with self.assertRaises(ValueError):
                rewrite(broken)


if __name__ == "__main__":
    unittest.main()
