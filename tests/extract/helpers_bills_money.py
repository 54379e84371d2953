"""Hand-built casts and statements, so bill and money tests don't depend on people/quote finding."""

from __future__ import annotations

import re

from tracker.extract.cast import Cast, Mention
from tracker.extract.document import Official, Statement


def make_cast(text: str, *names: str) -> Cast:
    """Every full-name and surname occurrence of the given officials becomes a mention."""
    mentions: list[Mention] = []
    for name in names:
        for pattern in (name, name.split()[-1]):
            for m in re.finditer(re.escape(pattern), text):
                if not any(x.start <= m.start() < x.end for x in mentions):
                    kind = "name" if pattern == name else "surname"
                    mentions.append(Mention(m.start(), m.end(), m[0], name, kind))
    return Cast([Official(n) for n in names], mentions)


def statement(text: str, speaker: str, quoted: str, kind: str = "direct_quote") -> Statement:
    """A statement over the first occurrence of ``quoted`` in ``text``."""
    i = text.index(quoted)
    return Statement(speaker, speaker, kind, quoted, i, i + len(quoted))
