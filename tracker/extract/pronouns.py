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
from tracker.extract.sentences import Spans, paragraph_spans, sentence_spans

_S = r"[ \t\xa0]"
_AND = re.compile(r"[ \t\xa0]*,?[ \t\xa0]*(?:and|&)[ \t\xa0]+(?:[A-Z][\w.’'-]*[ \t\xa0]+)*$")
_GLUE = "-’'"  # a pronoun glued to these ("he-man", "she’d") is part of another word
# A sentence opening with a subordinate clause: its subject is the one after the first comma.
_SUBORDINATE = re.compile(r"[ \t\xa0\"“]*(?:While|Although|Though|As|When|After|Before|If|Because|Since|Unlike|Like|"
                         r"Despite|Whereas|Once|Until|Even\s+though|In\s+response\s+to)\b")
# "he" or "she" standing alone: nothing glued after it, and before it nothing glued ("the") or an "s" that is
# itself free-standing ("she", with the "s" checked behind the match).
_HE = re.compile(r"he(?![\w’'-])(?:(?<![^\W_]he)(?<![-’']he)|(?P<she>(?<=[Ss]he)(?<![^\W_][Ss]he)(?<![-’'][Ss]he)))")
_CAP_HE = re.compile(r"He(?![\w’'-])(?<![^\W_]He)(?<![-’']He)")
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
    # a multi-paragraph run may start before an earlier short one ends: look back a little (two quotes)
    reach = [max(q.end for q in qs[max(0, i - 2):i + 1]) for i in range(len(qs))]

    def quoted(pos: int) -> bool:
        i = bisect.bisect_right(qstarts, pos) - 1
        return i >= 0 and reach[i] > pos

    sents = sentence_spans(text)
    paras = paragraph_spans(text)
    people = [m for m in mentions if not quoted(m.start)]
    known = {w for p in reg.people for f in p.forms for w in f.split()}  # every word of a registered name
    out: list[Mention] = []
    j = 0
    for ps, pe, word in _pronouns(text):
        if quoted(ps):
            continue
        while j < len(people) and people[j].start < ps:
            j += 1
        gender = "f" if word.lower() == "she" else "m"
        official = _antecedent(text, ps, people, j, out, sents, paras, reg, gender, known)
        out.append(Mention(ps, pe, word, official, "pronoun"))
    return out


def _pronouns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each he/she/He/She standing alone ("the", "ashe", "he’d" are not).

    Both patterns lead with the fixed "he" / "He" and look behind it: the regex engine skips ahead to
    those letters instead of trying every s and h, among the commonest letters in English.
    """
    out = []
    for m in _HE.finditer(text):
        s = m.start() - 1 if m.start() and text[m.start() - 1] in "Ss" and m.group("she") is not None else m.start()
        out.append((s, m.end(), text[s:m.end()]))
    out += [(m.start(), m.end(), m.group()) for m in _CAP_HE.finditer(text)]
    out.sort()
    return out


def _antecedent(text: str, pos: int, people: list[Mention], j: int, pronouns: list[Mention], sents: Spans,
                paras: Spans, reg: Registry, gender: str, known: set[str]) -> str | None:
    """Same sentence: the nearest compatible mention; earlier: the first (subject) of the latest sentence,
    unless that subject is two people ("Roe and Poe met ... He said"): then nobody."""
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
        fits = [m for m in groups[si] if _compatible(m, reg, gender)]
        if len(fits) > 1:  # "While Roe pledged ..., Diaz insisted ...": the main clause's subject first
            ss = sents.spans[si][0]
            lead = _SUBORDINATE.match(text, ss)
            cut = text.find(",", ss, sents.spans[si][1]) if lead else -1
            if cut > 0:
                fits = [m for m in fits if m.start > cut] + [m for m in fits if m.start < cut]
        if fits:
            m = fits[0]
            other = next((x for x in fits[1:] if x.official != m.official), None)
            if other is not None and _AND.match(text, m.end, other.start):
                return None  # a compound subject: "he" could be either
            if _someone_else_spoke(text, sents.spans[si][1], pos, known):
                return None  # "..., Kunin said. 'His demeanor is grumpy,' she said": not the official
            return m.official
    return None


# "Kunin said" / "said Kunin": somebody speaks whom the registry does not know
_NAME_SAID = re.compile(r"(?<![\w.’'-])([A-Z][a-z][\w’'-]+)(?:[ \t\xa0]+[A-Z][a-z][\w’'-]+)?[ \t\xa0]+"
                        r"(?:said|says|told|added|wrote)\b"
                        r"|\b(?:said|says)[ \t\xa0]+([A-Z][a-z][\w’'-]+)(?:[ \t\xa0]+([A-Z][a-z][\w’'-]+))?")


def _someone_else_spoke(text: str, start: int, end: int, known: set[str]) -> bool:
    """Whether a person whose name has none of the ``known`` words speaks in ``[start, end)``."""
    for m in _NAME_SAID.finditer(text, start, end):
        words = [w for w in m.groups() if w]
        if words and not any(w in known for w in words) and words[0] not in _NOT_NAMES:
            return True
    return False


_NOT_NAMES = frozenset({"He", "She", "They", "It", "We", "The", "A", "An", "This", "That", "But", "And", "Officials",
                        "Aides", "Critics", "Supporters", "Democrats", "Republicans", "Police", "Authorities"})


def _compatible(m: Mention, reg: Registry, gender: str) -> bool:
    if m.kind == "title" and m.official is None:
        return False
    g = reg.gender_of(m.official) if m.official else None
    return g is None or g == gender
