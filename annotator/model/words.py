"""Word counting that is fair to scripts written without spaces."""

from __future__ import annotations

import re

# Each CJK ideograph, kana or hangul syllable counts as one word, as Word does;
# other scripts count runs of non-space characters.
_CJK = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
_WORD = re.compile(f"[{_CJK}]|[^\\s{_CJK}\u3000-\u303f\uff00-\uff0f\uff1a-\uff20]+")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))
