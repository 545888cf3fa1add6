"""OffsetMap against hand-checked positions and against Python's own UTF-16 codec."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.model.offsets import OffsetMap, utf16_len

EXAMPLE = "会议 😀 社区参与 𠀋 done"

# Pieces that have broken offset code elsewhere: astral emoji, ZWJ sequences
# (several astral characters joined by U+200D), flags (pairs of astral regional
# indicators), astral CJK, combining marks, right-to-left scripts and their marks.
FRAGMENTS = [
    "a",
    "Interviewer: ",
    " ",
    "\n",
    "\t",
    "会议",
    "社区参与",
    "😀",
    "👩‍👩‍👧",
    "🧑🏽‍💻",
    "🇬🇧",
    "🇨🇳",
    "𠀋",
    "𪚥",
    "e\u0301",
    "\u0915\u094d\u0937",
    "مرحبا",
    "שָׁלוֹם",
    "\u200f",
    "\u202b",
    "\ufeff",
    "\uffff",
    "\U00010000",
    "\U0010ffff",
]

# Any character Qt can hold (no lone surrogates), plus the fragments above so that
# astral characters are frequent rather than rare.
texts = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=40,
).map("".join)


def utf16_of(text: str, cp: int) -> int:
    """Reference: the UTF-16 length of the text before code point cp."""
    return len(text[:cp].encode("utf-16-le")) // 2


def low_surrogate_at(text: str, u16: int) -> bool:
    """Reference: does UTF-16 position u16 fall between the halves of a pair?"""
    units = text.encode("utf-16-le")
    if u16 * 2 >= len(units):
        return False
    unit = int.from_bytes(units[2 * u16 : 2 * u16 + 2], "little")
    return 0xDC00 <= unit <= 0xDFFF


@st.composite
def text_and_cp_range(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(a, len(text)))
    return text, a, b


@st.composite
def text_and_u16_range(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    n = utf16_len(text)
    a = draw(st.integers(0, n))
    b = draw(st.integers(a, n))
    return text, a, b


# --- the worked example, checked by hand ------------------------------------
# code points: 会0 议1 _2 😀3 _4 社5 区6 参7 与8 _9 𠀋10 _11 d12 o13 n14 e15 (16)
# UTF-16:      会0 议1 _2 😀3-4 _5 社6 区7 参8 与9 _10 𠀋11-12 _13 d14 o15 n16 e17 (18)


def test_example_lengths():
    m = OffsetMap(EXAMPLE)
    assert m.codepoint_length == 16
    assert m.utf16_length == 18
    assert utf16_len(EXAMPLE) == 18
    assert m.has_astral


@pytest.mark.parametrize(
    ("word", "cp_range", "u16_range"),
    [
        ("会议", (0, 2), (0, 2)),
        ("😀", (3, 4), (3, 5)),
        ("社区参与", (5, 9), (6, 10)),
        ("𠀋", (10, 11), (11, 13)),
        ("done", (12, 16), (14, 18)),
        (EXAMPLE, (0, 16), (0, 18)),
    ],
)
def test_example_ranges(word, cp_range, u16_range):
    m = OffsetMap(EXAMPLE)
    assert EXAMPLE[slice(*cp_range)] == word
    assert m.range_to_utf16(*cp_range) == u16_range
    assert m.range_to_codepoint(*u16_range) == cp_range


def test_example_every_position():
    m = OffsetMap(EXAMPLE)
    expected_u16 = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18]
    assert [m.to_utf16(cp) for cp in range(17)] == expected_u16


def test_example_inside_surrogate_pairs():
    m = OffsetMap(EXAMPLE)
    # u16 4 splits 😀 (cp 3), u16 12 splits 𠀋 (cp 10).
    assert m.to_codepoint(4) == 3
    assert m.to_codepoint(4, "down") == 3
    assert m.to_codepoint(4, "up") == 4
    assert m.to_codepoint(12, "down") == 10
    assert m.to_codepoint(12, "up") == 11
    with pytest.raises(ValueError, match="surrogate"):
        m.to_codepoint(12, "strict")
    assert m.to_codepoint(13, "strict") == 11
    # A selection from inside 😀 to inside 𠀋 is widened to both whole characters.
    assert m.range_to_codepoint(4, 12) == (3, 11)
    assert EXAMPLE[3:11] == "😀 社区参与 𠀋"
    # An empty selection stays empty.
    assert m.range_to_codepoint(4, 4) == (3, 3)


# --- errors ------------------------------------------------------------------


@pytest.mark.parametrize("bad", [-1, 17, 100])
def test_codepoint_out_of_range(bad):
    with pytest.raises(ValueError, match="outside"):
        OffsetMap(EXAMPLE).to_utf16(bad)


@pytest.mark.parametrize("bad", [-1, 19])
def test_utf16_out_of_range(bad):
    with pytest.raises(ValueError, match="outside"):
        OffsetMap(EXAMPLE).to_codepoint(bad)


def test_end_positions_are_valid():
    m = OffsetMap(EXAMPLE)
    assert m.to_utf16(16) == 18
    assert m.to_codepoint(18) == 16


def test_reversed_ranges_raise():
    m = OffsetMap(EXAMPLE)
    with pytest.raises(ValueError, match="after its end"):
        m.range_to_utf16(5, 4)
    with pytest.raises(ValueError, match="after its end"):
        m.range_to_codepoint(5, 4)


def test_fast_path_without_astral_characters():
    text = "社区参与 e\u0301 مرحبا \uffff"
    m = OffsetMap(text)
    assert not m.has_astral
    assert m.utf16_length == m.codepoint_length == len(text)
    assert [m.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert m.to_codepoint(len(text), "strict") == len(text)
    with pytest.raises(ValueError):
        m.to_utf16(len(text) + 1)


def test_empty_text():
    m = OffsetMap("")
    assert (m.codepoint_length, m.utf16_length) == (0, 0)
    assert m.range_to_utf16(0, 0) == (0, 0)
    assert m.range_to_codepoint(0, 0) == (0, 0)


def test_utf16_len_counts_a_lone_surrogate_as_one_unit():
    assert utf16_len("a\ud800b") == 3
    assert utf16_len("😀\udc00") == 3


def test_repr_names_the_counts():
    assert repr(OffsetMap(EXAMPLE)) == "OffsetMap(codepoints=16, utf16=18, astral=2)"


# --- properties against Python's UTF-16 codec -------------------------------


@given(texts)
def test_utf16_len_matches_codec(text):
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2
    assert OffsetMap(text).utf16_length == utf16_len(text)


@given(texts)
def test_every_codepoint_position_matches_codec_and_round_trips(text):
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == utf16_of(text, cp)
        assert not low_surrogate_at(text, u16)
        for snap in ("down", "up", "strict"):
            assert m.to_codepoint(u16, snap) == cp


@given(texts)
def test_every_utf16_position_snaps_to_a_neighbouring_character_boundary(text):
    m = OffsetMap(text)
    for u16 in range(utf16_len(text) + 1):
        down = m.to_codepoint(u16, "down")
        up = m.to_codepoint(u16, "up")
        assert m.to_codepoint(u16) == down
        if low_surrogate_at(text, u16):
            assert up == down + 1
            assert m.to_utf16(down) == u16 - 1
            assert m.to_utf16(up) == u16 + 1
            with pytest.raises(ValueError):
                m.to_codepoint(u16, "strict")
        else:
            assert up == down == m.to_codepoint(u16, "strict")
            assert m.to_utf16(down) == u16


@given(text_and_cp_range())
def test_codepoint_range_selects_the_same_text_in_utf16(case):
    text, a, b = case
    u16a, u16b = OffsetMap(text).range_to_utf16(a, b)
    units = text.encode("utf-16-le")
    assert units[2 * u16a : 2 * u16b].decode("utf-16-le") == text[a:b]


@given(text_and_cp_range())
def test_codepoint_range_round_trips(case):
    text, a, b = case
    m = OffsetMap(text)
    assert m.range_to_codepoint(*m.range_to_utf16(a, b)) == (a, b)


@given(text_and_u16_range())
def test_utf16_range_is_widened_to_whole_characters(case):
    text, u16a, u16b = case
    m = OffsetMap(text)
    a, b = m.range_to_codepoint(u16a, u16b)
    assert 0 <= a <= b <= len(text)
    wa, wb = m.range_to_utf16(a, b)
    if u16a == u16b:
        assert a == b
        assert wa == wb <= u16a
        return
    # Covers the whole selection, by at most one unit more on each side.
    assert u16a - 1 <= wa <= u16a
    assert u16b <= wb <= u16b + 1
    units = text.encode("utf-16-le")
    assert units[2 * wa : 2 * wb].decode("utf-16-le") == text[a:b]


# Micro-benchmark, measured by hand (not a timed test): a 60,000-word transcript
# (~340,000 code points, ~7,400 astral) builds its OffsetMap in ~4 ms; 5,000 ranges
# convert to UTF-16 in ~7 ms and back in ~7 ms. See the module docstring.
