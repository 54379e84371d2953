"""Name keys: how a written name and a roster name are compared.

Accents and case are folded ("Raúl" is "raul"), punctuation dropped, suffixes (Jr., III) and
middle initials ignored, so "Sen. Robert J. Smith Jr." and "Robert Smith" share the key
("robert", "smith"). Nicknames are not invented: "Bob Smith" finds Robert Smith only when the
roster lists "Bob Smith" among his other names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "md", "phd", "esq"})
_NEEDS_PARSER = re.compile(r"[\"“”‘(),]|^\S+\.\s")  # quotes (nicknames), commas, a leading "Sen."
_TITLES = frozenset({"sen", "senator", "rep", "representative", "gov", "governor", "mr", "mrs", "ms", "dr", "hon",
                     "mayor", "president", "speaker", "del", "delegate", "lt", "attorney", "secretary", "judge"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def fold(text: str) -> str:
    """Lower case without accents: 'Raúl Peña' -> 'raul pena'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(name: str) -> list[str]:
    """The words of a name, folded, without suffixes or apostrophes ("O'Neil" -> "oneil")."""
    words = [w.replace("'", "").replace("’", "") for w in _WORD.findall(fold(name))]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


@lru_cache(maxsize=4096)
def written_name(name: str) -> tuple[tuple[str, ...], str | None]:
    """(words, nickname) of a name as an article writes it, without titles or suffixes.

    ``nameparser`` knows the titles, suffixes and quoted nicknames ('Robert "Bob" Smith'); a plain
    name (most of them, and a parse costs a millisecond) is only split into words.
    """
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    if not _NEEDS_PARSER.search(name) and fold(first).rstrip(".") not in _TITLES:
        return tuple(tokens(name)), None
    from nameparser import HumanName

    h = HumanName(name)
    parts = " ".join(p for p in (h.first, h.middle, h.last) if p) or name
    nick = tokens(h.nickname) if h.nickname else []
    return tuple(tokens(parts)), (nick[0] if len(nick) == 1 else None)


def full_keys(words: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    """(first, last) keys of a name of two or more words; a leading initial also keys on the next word.

    "J. Robert Smith" is known as Robert Smith as well; "Robert J. Smith" is Robert Smith.
    """
    if len(words) < 2:
        return []
    keys = [(words[0], words[-1])]
    if len(words[0]) == 1 and len(words) > 2:
        keys.append((words[1], words[-1]))
    return keys


def is_initial(word: str) -> bool:
    return len(word) == 1
