"""Tests of check_first_screen.py: a part-only module's function or trait impl is found by
its mangled name; its props, generic code over them and a module whose name only begins
the same are not. Run by scripts/test."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from check_first_screen import found, mangled  # noqa: E402


class FirstScreen(unittest.TestCase):
    def test_a_part_only_function_is_found(self):
        names = ["_ZN15migration_atlas6export3csv17h5bff2ec10d741206E",
                 "_ZN15migration_atlas10components14evidence_sheet13EvidenceSheet17h0E",
                 "_ZN15migration_atlas10components13timeline_view4draw17h1E",
                 "_ZN106_$LT$migration_atlas..components..map_pane..MapPane$u20$as$u20$yew..functional..FunctionProvider$GT$3run17h2E"]
        self.assertEqual([m for m, _ in found(names)], ["export", "components::evidence_sheet", "components::map_pane"])

    def test_a_parts_props_and_generic_code_over_them_are_not_its_code(self):
        self.assertEqual(found([
            "_ZN88_$LT$migration_atlas..components..map_pane..MapProps$u20$as$u20$core..cmp..PartialEq$GT$2eq17h2E",
            "_ZN4core3ptr141drop_in_place$LT$alloc..rc..Rc$LT$migration_atlas..components..map_pane..MapProps$GT$$GT$17h3E",
        ]), [])

    def test_a_module_that_only_begins_alike_is_not(self):
        # `exports` is not `export`: the length in the mangled name tells them apart.
        self.assertEqual(found(["_ZN15migration_atlas7exports3csv17h0E"]), [])
        self.assertEqual(mangled("components::map_pane"), "15migration_atlas10components8map_pane")


if __name__ == "__main__":
    unittest.main()
