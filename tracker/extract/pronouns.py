"""he/she: which person each pronoun means, conservatively.

In the same sentence the nearest compatible mention wins ("Roe said she ..."); otherwise the
subject (first compatible mention) of the latest earlier sentence within two paragraphs. Gender
comes from "NAME said she", honorifics and gendered titles; unknown gender is compatible with both.
A pronoun whose antecedent is a private person resolves to None.
"""

from __future__ import annotations

import bisect
import re

from tracker.extract import quotemarks
from tracker.extract.cast import Mention
from tracker.extract.persons import Registry
from tracker.extract.sentences import Spans, paragraphs, sentences

_S = r"[ \t\xa0]"
_PRONOUN = re.compile(r"(?:[Ss]h|[Hh])e(?![\w’'-])")
_SAID_PRONOUN = re.compile(
    rf"(?:{_S}*,[^,.!?\n]{{0,80}},)?{_S}+(?:also{_S}+)?(?:said|says|told|added|believes|thinks|noted|explained|"
    rf"argued|wrote|insisted|warned)(?:{_S}+that)?{_S}+(?P<p>he|she)\b"
)


def vote_genders(text: str, reg: Registry, mentions: list[Mention]) -> None:
    """Vote each person's pronoun from "NAME said she ..." right after a mention."""
    for m in mentions:
        if m.kind == "title" or m.official is None:
            continue
        s = _SAID_PRONOUN.match(text, m.end)
        if s:
            reg.vote_gender(m.official, "f" if s.group("p") == "she" else "m")


def resolve(original: str, text: str, reg: Registry, mentions: list[Mention]) -> list[Mention]:
    """he/she outside quotations, resolved to the nearest compatible person; None when unsure."""
    qs = quotemarks.quotes(original)
    qstarts = [q.start for q in qs]

    def quoted(pos: int) -> bool:
        i = bisect.bisect_right(qstarts, pos) - 1
        return any(qs[j].start <= pos < qs[j].end for j in range(i, max(-1, i - 3), -1))

    sents = Spans(sentences(text))
    paras = Spans(paragraphs(text))
    people = [m for m in mentions if not quoted(m.start)]
    out: list[Mention] = []
    j = 0
    for pm in _PRONOUN.finditer(text):
        if (pm.start() and (text[pm.start() - 1].isalnum() or text[pm.start() - 1] in "-’'")) or quoted(pm.start()):
            continue
        while j < len(people) and people[j].start < pm.start():
            j += 1
        gender = "f" if pm.group().lower() == "she" else "m"
        official = _antecedent(pm.start(), people, j, out, sents, paras, reg, gender)
        out.append(Mention(pm.start(), pm.end(), pm.group(), official, "pronoun"))
    return out


def _antecedent(pos: int, people: list[Mention], j: int, pronouns: list[Mention], sents: Spans, paras: Spans,
                reg: Registry, gender: str) -> str | None:
    """Same sentence: the nearest compatible mention; earlier: the first (subject) of the latest sentence."""
    pi = paras.index_at(pos)
    floor = paras.spans[max(0, pi - 2)][0] if pi >= 0 else 0
    cands: list[Mention] = []
    i = j - 1
    while i >= 0 and people[i].start >= floor:
        cands.append(people[i])
        i -= 1
    k = len(pronouns) - 1
    while k >= 0 and pronouns[k].start >= floor:
        if pronouns[k].official:
            cands.append(pronouns[k])
        k -= 1
    if not cands:
        return None
    cands.sort(key=lambda m: m.start)
    here = sents.at(pos)
    same = [m for m in cands if here and m.start >= here[0]]
    for m in reversed(same):
        if _compatible(m, reg, gender):
            return m.official
    earlier = [m for m in cands if not here or m.start < here[0]]
    groups: dict[int, list[Mention]] = {}
    for m in earlier:
        groups.setdefault(sents.index_at(m.start), []).append(m)
    for si in sorted(groups, reverse=True):
        for m in groups[si]:
            if _compatible(m, reg, gender):
                return m.official
    return None


def _compatible(m: Mention, reg: Registry, gender: str) -> bool:
    if m.kind == "title" and m.official is None:
        return False
    g = reg.gender_of(m.official) if m.official else None
    return g is None or g == gender
