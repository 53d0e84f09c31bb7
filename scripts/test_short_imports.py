"""Tests of short_imports.py on a hand-made module: the imports and the glue's keys are
renamed alike, those from a module the glue imports whole are kept, and a glue that does not match the wasm stops the script with nothing
written. Run by scripts/test (python3 -m unittest discover -s scripts)."""
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from short_imports import rename_glue, rename_imports, whole_modules  # noqa: E402
from wasm_binary import imports, module_bytes, sections, uleb  # noqa: E402

MODULE = "./migration_atlas_bg.js"
NAMES = ["__wbg_setAttribute_3c9f6c303b696daa", "__wbg_new_bb74001155cb8ca8"]


def text(s):
    return uleb(len(s)) + s.encode()


def module():
    """Two function imports and an imported memory, then a type and a custom section."""
    types = uleb(1) + b"\x60\x00\x00"
    entries = [text(MODULE) + text(n) + b"\x00" + uleb(0) for n in NAMES]
    entries.append(text(MODULE) + text("memory") + b"\x02\x00" + uleb(17))
    imports_body = uleb(len(entries)) + b"".join(entries)
    return module_bytes([(1, types), (2, imports_body), (0, text("note") + b"kept")])


GLUE = f"""function __wbg_get_imports() {{
    const import0 = {{
        __proto__: null,
        {NAMES[0]}: function(arg0) {{ return arg0; }},
        {NAMES[1]}: function() {{ return {{}}; }},
        memory: new WebAssembly.Memory({{ initial: 17 }}),
    }};
    return {{
        __proto__: null,
        "{MODULE}": import0,
    }};
}}
"""


class ShortImports(unittest.TestCase):
    def test_imports_and_glue_keys_are_renamed_alike(self):
        wasm, renames = rename_imports(module())
        entries = imports(dict(sections(wasm))[2])
        self.assertEqual([(m, f) for m, f, _, _ in entries], [(b"a", b"a"), (b"a", b"b"), (b"a", b"c")])
        self.assertEqual([k for _, _, k, _ in entries], [0, 0, 2], "descriptions kept")
        self.assertIn(b"kept", wasm, "other sections untouched")
        js, problems = rename_glue(GLUE, renames)
        self.assertEqual(problems, [])
        self.assertIn('"a": import0', js)
        self.assertIn("a: function(arg0)", js)
        self.assertIn("b: function()", js)
        self.assertIn("c: new WebAssembly.Memory", js)
        for old in NAMES + [MODULE]:
            self.assertNotIn(old, js)

    def test_imports_from_a_module_the_glue_imports_whole_keep_their_names(self):
        split = "./__wasm_split.js"
        glue = f'import * as import1 from "{split}"\n' + GLUE.replace(
            f'"{MODULE}": import0,', f'"{MODULE}": import0,\n        "{split}": import1,')
        types = uleb(1) + b"\x60\x00\x00"
        entries = [text(MODULE) + text(n) + b"\x00" + uleb(0) for n in NAMES]
        entries.insert(1, text(split) + text("__wasm_split_load_share") + b"\x00" + uleb(0))
        wasm = module_bytes([(1, types), (2, uleb(len(entries)) + b"".join(entries))])
        self.assertEqual(whole_modules(glue), {split.encode()})
        renamed, renames = rename_imports(wasm, whole_modules(glue))
        entries = imports(dict(sections(renamed))[2])
        self.assertEqual([(m, f) for m, f, _, _ in entries],
                         [(b"a", b"a"), (split.encode(), b"__wasm_split_load_share"), (b"a", b"b")])
        js, problems = rename_glue(glue, renames)
        self.assertEqual(problems, [])
        self.assertIn(f'"{split}": import1', js)

    def test_a_glue_that_does_not_match_stops_the_script_and_writes_nothing(self):
        with tempfile.TemporaryDirectory() as d:
            wasm_path, js_path = os.path.join(d, "m.wasm"), os.path.join(d, "m.js")
            with open(wasm_path, "wb") as f:
                f.write(module())
            stale = GLUE.replace(NAMES[1], "__wbg_new_0000000000000000")
            with open(js_path, "w") as f:
                f.write(stale)
            script = os.path.join(os.path.dirname(__file__), "short_imports.py")
            run = subprocess.run([sys.executable, script, wasm_path, js_path], capture_output=True, text=True)
            self.assertEqual(run.returncode, 1)
            self.assertIn(NAMES[1], run.stderr)
            with open(wasm_path, "rb") as f:
                self.assertEqual(f.read(), module())
            with open(js_path) as f:
                self.assertEqual(f.read(), stale)


if __name__ == "__main__":
    unittest.main()
