"""Name normalisation shared by the gazetteer index and every lookup.

One function decides when two spellings are "the same name", so the index and the queries can
never disagree: case, accents, apostrophes and punctuation are ignored.
"""

from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

# Latin letters that do not decompose under NFKD but that readers treat as their base letter.
_LATIN_EXTRA = str.maketrans(
    {
        "ł": "l", "đ": "d", "ð": "d", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t",
        "æ": "ae", "œ": "oe", "þ": "th", "ß": "ss", "ƒ": "f", "ŋ": "n",
    }
)
# Apostrophe-like marks vanish ("Homyel’" == "Homyel"); every other run of non-word characters is
# one space ("Brest-Litovsk" == "Brest Litovsk", "U.S." == "U S").
_APOSTROPHES = re.compile(r"['’ʼʻ`´‘]")
_SEPARATORS = re.compile(r"[\W_]+")


@lru_cache(maxsize=100_000)
def normalize_name(name: str) -> str:
    """Return the lookup key of a place name (cached: the same names recur across articles).

    Examples
    --------
    >>> normalize_name("Żodino")
    'zodino'
    >>> normalize_name("Жодино")
    'жодино'
    >>> normalize_name("  Brest-Litovsk ")
    'brest litovsk'
    >>> normalize_name("Homyel’")
    'homyel'
    >>> normalize_name("U.S.")
    'u s'
    >>> normalize_name("...")
    ''
    """
    if name.isascii():  # nothing to decompose or fold beyond case (most names in English text)
        folded = name.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = stripped.casefold().translate(_LATIN_EXTRA)
    folded = _APOSTROPHES.sub("", folded)
    return _SEPARATORS.sub(" ", folded).strip()
