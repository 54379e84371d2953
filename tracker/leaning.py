"""Which way a statement leans on its subject: supports, opposes, or neither (None).

`tracker changes` needs a direction for statements, which extraction does not store (only bill
stances have one), and two near-identical quotes that lean opposite ways are two statements. A
few cue words decide it, and a negation just before a cue turns it round ("will not support"
opposes, "not against" supports). It is a deliberately plain rule: when both
directions or neither appear, the statement has no leaning and is never reported as a change,
so a change is only claimed where both statements say it in so many words.
"""

from __future__ import annotations

import re
from typing import Literal

Leaning = Literal["supports", "opposes"]

_SUPPORT = (r"support(?:s|ed|ing)?|back(?:s|ed|ing)?|favou?r(?:s|ed)?|endorse[sd]?|champion(?:s|ed)?|"
            r"in favou?r of|vote for|voted for|proud (?:of|to)|welcome[sd]?|applaud(?:s|ed)?|"
            r"(?:a |the )?right thing|good (?:idea|bill|law|policy)")
_OPPOSE = (r"oppose[sd]?|opposing|against|reject(?:s|ed)?|veto(?:es|ed)?|vote against|voted against|"
           r"fight(?:s|ing)?|block(?:s|ed)?|repeal|wrong|bad (?:idea|bill|law|policy)|dangerous|mistake|"
           r"disastrous|harmful|scrap")
_NEGATION = r"(?:not|n't|never|no longer|cannot|won't)\s+(?:\w+\s+){0,2}?"
_CUE = re.compile(rf"(?P<neg>\b{_NEGATION})?\b(?:(?P<sup>{_SUPPORT})|(?P<opp>{_OPPOSE}))\b", re.IGNORECASE)


def leaning(text: str) -> Leaning | None:
    """The statement's direction when its cues agree; None when it has none or says both."""
    found: set[str] = set()
    for match in _CUE.finditer(text):
        way = "supports" if match.group("sup") else "opposes"
        if match.group("neg"):
            way = "opposes" if way == "supports" else "supports"
        found.add(way)
    if len(found) != 1:
        return None
    return "supports" if "supports" in found else "opposes"
