"""Code names made from the researcher's words."""

from __future__ import annotations

from annotator.model.codes import IN_VIVO_MAX, in_vivo_name


def test_in_vivo_names() -> None:
    assert in_vivo_name("  “nobody at the\ncouncil would answer.” ") == \
        "nobody at the council would answer"
    assert in_vivo_name("and/or") == "and or"
    long = in_vivo_name("word " * 40)
    assert len(long) <= 60 and long.endswith("word…")
    assert len(in_vivo_name("社区" * 50)) == 60 == IN_VIVO_MAX
