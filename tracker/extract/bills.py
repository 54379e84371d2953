"""Bills, ballot measures and proposed legal changes, with status and who backs or fights them.

Three kinds of reference make a bill: a number ("HB 123", "Senate Bill 21-042", "Prop. 301"), a
named act with a status verb ("The SAFE Act is proposed to ..."), and an unnumbered measure that a
verb puts on the table ("pushing legislation to close a loophole", "The Legislature should
consider criminalizing ..."). Generic references ("the bill", "a bill that would ...") only add
status and positions to a nearby bill, so one measure written about many times stays one Bill.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field

from tracker.extract import noise
from tracker.extract import sentences as sent_mod
from tracker.extract.bill_cues import (
    ACT,
    DESCRIBE,
    GENERIC,
    GENERIC_PASSIVE,
    LIST_SPONSOR,
    MEASURES,
    NEGATED,
    NUMBERED,
    PRIORITIES,
    SECOND_PERSON,
    SESSION_LEG,
    SESSION_YEAR,
    STANCE_CUES,
    STATUS_CUES,
    STATUS_RANK,
    normalise_identifier,
    statement_stance,
)
from tracker.extract.cast import Cast, joined_before
from tracker.extract.document import Bill, Position, Statement
from tracker.extract.memo import on_clear, per_text
from tracker.extract.speech import MANNER_ADVERB

_MAX_EVIDENCE = 300
_NEAR_PARAS = 2  # how far a generic "the bill" may sit from the bill it refers to
_QUOTE_REACH = 3  # paragraphs after a bill mention in which a quote is read as about that bill
_STOP = frozenset((
    "the", "a", "an", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "that", "which", "would",
    "will", "be", "is", "are", "was", "were", "this", "it", "its", "from", "as", "our", "their", "his", "her",
    "who", "what", "should", "need", "needs",
))


@dataclass
class _Mention:
    start: int
    end: int
    sent: tuple[int, int]
    para: int
    kind: str  # "number" | "act" | "measure" | "generic"
    key: str | None
    title: str
    cue: str
    status: str = "unknown"
    default: str = "unknown"
    session: str | None = None
    creates: bool = True  # a generic mention may found a bill only with a clear cue


@dataclass
class _Group:
    mentions: list[_Mention] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)

    @property
    def first(self) -> _Mention:
        return self.mentions[0]


@dataclass
class _Ctx:
    text: str
    cast: Cast
    statements: list[Statement]
    sents: list[tuple[int, int]]
    paras: list[tuple[int, int]]
    found: dict[str, list[int]] = field(default_factory=dict)  # the finders' literal offsets, shared by them

    def sentence_at(self, pos: int) -> tuple[int, int]:
        i = span_index(self.sents, pos)
        return self.sents[i] if i >= 0 else (pos, min(len(self.text), pos + 1))

    def para_index(self, pos: int) -> int:
        i = span_index(self.paras, pos)
        return i if i >= 0 else len(self.paras)

    def statement_at(self, pos: int) -> Statement | None:
        return next((st for st in self.statements if st.start <= pos < st.end and st.speaker), None)


# Sentence ends that are really abbreviations in bill and money talk ("Prop. 301", "No. 5").
_ABBREV_END = re.compile(r"(?:\b(?:Prop|No|Nos|Sec|Art|approx|est)|\b[A-Z]\.[A-Z])\.[\"'”’)]*\s*$")
# A line break that ends a sentence: before a bullet, or after a line that ends a sentence or label.
_ABBREV_WORDS = ("Prop.", "No.", "Nos.", "Sec.", "Art.", "approx.", "est.")
_LINE_BREAK = re.compile(r"\n(?=[ \t]*(?:[•·▪*\-–]|\d{1,2}[.)])\s)|(?<=[.!?:”\"])[ \t]*\n")


def span_index(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the sorted, disjoint span holding ``pos``, or -1."""
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i if i >= 0 and spans[i][0] <= pos < spans[i][1] else -1


@per_text
def article_sentences(text: str) -> list[tuple[int, int]]:
    """``sentences.sentences`` with bullets and list lines split off and "Prop. 301" kept whole.

    Bills and money share the split; callers must not change the list.
    """
    merged: list[tuple[int, int]] = []
    for s, e in sent_mod.sentences_like(text, noise.mask(text)):  # the masked split is at hand already
        if merged:
            ps, pe = merged[-1]
            # cheap test first: the sentence before must end in "Prop." or "No." or "U.S."-like
            tail = text[max(ps, pe - 12):pe].rstrip().rstrip("\"'”’)")
            if (_abbrev_tail(tail) and _ABBREV_END.search(text, max(ps, pe - 12), pe)
                    and "\n\n" not in text[pe:s]):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    out: list[tuple[int, int]] = []
    for s, e in merged:
        if text.find("\n", s, e) < 0 and not text[s].isspace() and not text[e - 1].isspace():
            out.append((s, e))  # the common case: one line, already trimmed
            continue
        cut = s
        for m in _LINE_BREAK.finditer(text, s, e):
            if text[cut:m.start()].strip():
                out.append(_strip(text, cut, m.start()))
            cut = m.end()
        if text[cut:e].strip():
            out.append(_strip(text, cut, e))
    return out


def _abbrev_tail(tail: str) -> bool:
    """The necessary part of ``_ABBREV_END``, by string tests: ``tail`` ends in "Prop.", "No.", ... or "U.S."."""
    return tail.endswith(_ABBREV_WORDS) or (
        len(tail) >= 4 and tail[-1] == tail[-3] == "." and "A" <= tail[-2] <= "Z" and "A" <= tail[-4] <= "Z")


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    part = text[s:e]
    s += len(part) - len(part.lstrip())
    return s, max(s, e - len(part) + len(part.rstrip()))


def subject_official(text: str, cast: Cast, statements: list[Statement], pos: int,
                     sent: tuple[int, int], para: tuple[int, int], *, nearest: bool = False) -> str | None:
    """Who an item at ``pos`` belongs to: the speaker of a statement holding it, else the official
    the sentence is about (its first official mention, or with ``nearest`` the last one before
    ``pos``), else the last official mentioned earlier in the paragraph; None rather than a guess."""
    st = next((s for s in statements if s.start <= pos < s.end and s.speaker), None)
    if st is not None:
        return st.speaker
    in_sent = [m for m in cast.mentions_between(sent[0], sent[1]) if m.official]
    if in_sent:
        if nearest:
            before = [m for m in in_sent if m.end <= pos]
            return (before[-1] if before else in_sent[0]).official
        return in_sent[0].official
    m = cast.last_official_before(sent[0], floor=para[0])
    return m.official if m else None


def _clip(text: str, s: int, e: int, anchor: int) -> tuple[int, int]:
    """Trim a long sentence to a window around ``anchor``, on word boundaries."""
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s <= _MAX_EVIDENCE:
        return s, e
    lo = max(s, anchor - _MAX_EVIDENCE // 3)
    hi = min(e, lo + _MAX_EVIDENCE)
    if lo > s:
        sp = text.find(" ", lo)
        lo = sp + 1 if 0 <= sp < anchor else lo
    if hi < e:
        sp = text.rfind(" ", anchor, hi)
        hi = sp if sp > anchor else hi
    return lo, hi


def _status(segment: str) -> str:
    # STATUS_CUES run from the highest rank down, so the first cue found is the best one
    for status, rx in STATUS_CUES:
        if rx.search(segment):
            return status
    return "unknown"


def _session(segment: str) -> str | None:
    if "session" not in segment and not any(w in segment for w in SESSION_LEG.literals):
        return None  # the common case, decided without starting either finder
    m = SESSION_YEAR.search(segment)
    if m:
        return m["year"]
    m = SESSION_LEG.search(segment)
    return f"{m['nth']} Legislature" if m else None


def _describe(text: str, start: int, end: int) -> str | None:
    m = DESCRIBE.search(text, start, end)
    if not m or m.start() - start > 40 or any(c in text[start:m.start()] for c in "\"“”"):
        return None  # far from the measure, or inside somebody's quoted words about something else
    return _short(m["what"]) or None


# A title is a short noun phrase naming the measure: the purpose stops at the first clause break,
# and a purpose whose object is only a pronoun ("repeal it", "accomplish that") names nothing.
_TITLE_WORDS = 12
_TITLE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\s(?:which|who|because|after|before|while|when|but|also|still)\s"
                          # a relative clause or a second predicate: "... addiction that was signed", "... and that"
                          r"|\s(?:that|and)\s+(?:that\s|was\s|were\s|is\s|has\s|had\s|would\s|will\s|[a-z-]+ed\b)")
_EMPTY_OBJECT = {"that", "it", "this", "them", "those", "these", "so", "one"}
# "repeal that measure", "pass the bill": the measure itself, not what it does
_POINTER_OBJECT = re.compile(r"\b(?:that|this|the|its|their|his|her)\s+(?:measure|bill|law|plan|legislation|proposal)$",
                             re.I)
_LOOSE_END = {"the", "a", "an", "of", "to", "under", "with", "in", "for", "and", "or", "on", "by", "at", "from"}


def _short(what: str, limit: int = _TITLE_WORDS) -> str:
    what = re.sub(r"[“”\"]", "", what)
    what = re.sub(r"^\s*(?:have|not)\s+", "", what)  # "would have banned X" names a ban on X
    cut = _TITLE_BREAK.search(what)
    if cut:
        what = what[:cut.start()]
    words = what.split()[:limit]
    while words and words[-1].casefold() in _LOOSE_END:  # cut at the limit: no dangling "under the"
        words.pop()
    short = " ".join(words).rstrip(",;:—–-.")
    if len(words) < 2 or words[-1].casefold().strip(".") in _EMPTY_OBJECT or _POINTER_OBJECT.search(short):
        return ""
    return short


_DETERMINER = re.compile(r"(?:\b(?:a|an|the|that|this|its|his|her|their|our|new|[A-Z][\w.’'-]*(?:’s|'s))\s+)"
                         r"((?:[\w’'-]+\s+){0,4})$")
_VERBISH = re.compile(r"\b(?:is|was|are|were|has|have|had|would|will|passed|signed|filed|introduced)\b")
# ends a noun phrase
_NOUN_PHRASE_END = re.compile(r"\b(?:is|was|are|were|has|have|had|would|will|could|should|may|might|that|just)\b")


# The noun a mention names the measure with ("introduced legislation" -> "legislation")
_MEASURE_NOUN = re.compile(r"\b(?:bills?|legislation|measures?|resolutions?|laws?|proposals?|amendments?|ordinances?|"
                           r"initiatives?|referendums?)\b", re.I)
# What may follow that noun in a name: what it is about or does ("legislation ending ...", "a bill on ...")
_NAMING_TAIL = re.compile(r"\s+(?:on|for|against|about|to|banning|requiring|ending|allowing|creating|making|giving|"
                          r"granting|raising|cutting|limiting|protecting|expanding|repealing|restricting|"
                          r"(?:filed|introduced|sponsored|proposed|passed|approved)\s+(?:in|by|last|this|earlier|during))\b")
# Words that modify a measure's noun ("the 1994 crime bill"), never a phrase around it ("a co-sponsor of the bill")
_NOT_MODIFIER = re.compile(r"\b(?:of|in|for|to|on|with|by|from|the|a|an|that|this)\b")


def _named_by(text: str, m: _Mention) -> str:
    """The noun phrase a nameless measure is written as: "a student data privacy law", or the head
    noun with what it does up to a clause break ("legislation ending the shield for gun makers")."""
    noun = _MEASURE_NOUN.search(text, m.start, m.end)
    hs, he = (noun.start(), noun.end()) if noun else (m.start, m.end)
    before = _DETERMINER.search(text, max(m.sent[0], hs - 60), hs)
    head = text[hs:he]
    if before and before.group(1).strip() and not _VERBISH.search(before.group(1)) and not MANNER_ADVERB.search(
            before.group(1)) and not _NOT_MODIFIER.search(before.group(1)):
        return " ".join((before.group(1) + head).split())
    if not _NAMING_TAIL.match(text, he):
        return ""  # "introduced a bill", "the measure just minutes after": no words name it
    after = text[hs:m.sent[1]]
    cut = _TITLE_BREAK.search(after) or _NOUN_PHRASE_END.search(after, len(head))
    if cut and after[cut.start():].lstrip().casefold().startswith(tuple(f"{w}." for w in _EMPTY_OBJECT)):
        return ""  # "legislation to accomplish that."
    words = (after[:cut.start()] if cut else after).split()[:_TITLE_WORDS]
    return " ".join(words).rstrip(".,;:") if len(words) >= 2 else ""





def _content(s: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _STOP and len(w) > 2}


def _similar(a: str, b: str, contents: dict[str, set[str]] | None = None) -> bool:
    """Whether two descriptions share most content words; ``contents`` remembers each one's words."""
    if contents is None:
        contents = {}
    for t in (a, b):
        if t not in contents:
            contents[t] = _content(t)
    ta, tb = contents[a], contents[b]
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= 0.4


_POINTS_BACK = re.compile(r"\s*(?:It|The\s+(?:bill|measure|legislation|proposal))\s")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas|although|and)\b|\s(?:but|and|while)\s")


def _segments(ctx: _Ctx, mentions: list[_Mention]) -> dict[int, tuple[int, int]]:
    """For bills named in one sentence, the part of it each one's verbs live in ("HB 1 passed, but
    HB 2 died"); bills joined by "and" share theirs."""
    by_sent: dict[tuple[int, int], list[_Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    out: dict[int, tuple[int, int]] = {}
    for (ss, se), ms in by_sent.items():
        ms.sort(key=lambda m: m.start)
        units: list[list[_Mention]] = [[ms[0]]]
        for m in ms[1:]:
            gap = ctx.text[units[-1][-1].end:m.start]
            if re.fullmatch(r"[\s,;]*(?:and|or|&)?[\s,]*", gap):
                units[-1].append(m)
            else:
                units.append([m])
        # between two bills, the last clause break ("and", ", but", ";") divides their verbs
        cuts = []
        for a, b in itertools.pairwise(units):
            breaks = list(_CLAUSE_BREAK.finditer(ctx.text, a[-1].end, b[0].start))
            cuts.append(breaks[-1].start() if breaks else b[0].start)
        for i, unit in enumerate(units):
            lo = cuts[i - 1] if i else ss
            hi = cuts[i] if i < len(cuts) else se
            for m in unit:
                out[m.start] = (lo, hi)
    return out


def _find_mentions(ctx: _Ctx) -> list[_Mention]:
    text = ctx.text
    out: list[_Mention] = []

    def add(s: int, e: int, kind: str, key: str | None, title: str, cue: str, creates: bool = True,
            default: str = "unknown") -> None:
        if any(m.start < e and s < m.end for m in out):
            return
        sent = ctx.sentence_at(s)
        out.append(_Mention(s, e, sent, ctx.para_index(s), kind, key, title, cue, default=default,
                            creates=creates))

    found = ctx.found
    for m in NUMBERED.finditer(text, found):
        ident = normalise_identifier(m)
        if ident:
            add(m.start(), m.end(), "number", ident, ident, "bill-number")
    for m in ACT.finditer(text, found):
        add(m.start(), m.end(), "act", m[0], m[0], "named-act")
    for cue, default, rx in MEASURES:
        for m in rx.finditer(text, found):
            what = m.groupdict().get("what")
            add(m.start(), m.end(), "measure", None, _short(what) if what else "", cue, default=default)
    for finder in (GENERIC, GENERIC_PASSIVE):
        for m in finder.finditer(text, found):
            add(m.start(), m.end(), "generic", None, "", "generic", creates=False)
    out.sort(key=lambda m: m.start)
    return out


def _act_key(name: str) -> tuple[frozenset[str], str, str | None]:
    """Words (plurals folded), the bare name, and the acronym of "Saving Adolescents (SAFE) Act"."""
    acro = re.search(r"\(([A-Z]{2,10})\)", name)
    raw = [w for w in re.findall(r"[a-z’']+", name.lower()) if w != "act"]
    words = frozenset(w.rstrip("’'").rstrip("s").rstrip("’'") for w in raw)
    return words, " ".join(raw), (acro[1].lower() if acro else None)


def _same_act(a: str, b: str, keys: dict[str, tuple[frozenset[str], str, str | None]]) -> bool:
    """Whether two act names name one act; ``keys`` remembers each name's ``_act_key``."""
    for name in (a, b):
        if name not in keys:
            keys[name] = _act_key(name)
    wa, ra, xa = keys[a]
    wb, rb, xb = keys[b]
    if (xa and (xa == xb or rb == xa)) or (xb and ra == xb):
        return True
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6


def _group(ctx: _Ctx, mentions: list[_Mention]) -> list[_Group]:
    groups: list[_Group] = []
    numbered: dict[str, _Group] = {}
    act_keys: dict[str, tuple[frozenset[str], str, str | None]] = {}
    contents: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "number":
            if m.key not in numbered:
                numbered[m.key or ""] = _Group()
                groups.append(numbered[m.key or ""])
            numbered[m.key or ""].mentions.append(m)
    for m in mentions:
        if m.kind in ("number", "generic"):
            continue
        same_sent = [g for g in numbered.values() if any(x.sent == m.sent for x in g.mentions)]
        if same_sent:
            same_sent[0].mentions.append(m)
            continue
        target = None
        for g in groups:
            f = g.first
            same_act = m.kind == "act" and f.kind == "act" and _same_act(f.key or "", m.key or "", act_keys)
            same_measure = m.kind == "measure" and f.kind == "measure" and _similar(
                ctx.text[f.start:f.sent[1]], ctx.text[m.start:m.sent[1]], contents)
            if same_act or same_measure:
                target = g
        if target is None:
            target = _Group()
            groups.append(target)
        target.mentions.append(m)
    for m in (x for x in mentions if x.kind == "generic"):
        # generics chain: "the bill" two paragraphs after "a bill that would ..." is still that bill
        # "the bill" points back: a bill named after it in a later sentence is the last resort
        near = [(abs(g_m.para - m.para) + (0 if g_m.start < m.start else 0.5 if g_m.sent == m.sent else
                                           _NEAR_PARAS + 1), g)
                for g in groups for g_m in g.mentions
                if abs(g_m.para - m.para) <= _NEAR_PARAS
                and not (m.session and all(x.session != m.session for x in g.mentions))]
        if near:
            min(near, key=lambda t: t[0])[1].mentions.append(m)
        elif m.creates:
            groups.append(_Group([m]))
        elif len(groups) == 1 and groups[0].first.start < m.start:
            groups[0].mentions.append(m)  # the article's only bill: "the bill" far below still means it
    for g in groups:
        g.mentions.sort(key=lambda x: x.start)
    return groups


def _positions(ctx: _Ctx, groups: list[_Group]) -> None:
    text, cast = ctx.text, ctx.cast
    cues_in: dict[tuple[tuple[int, int], int], list[tuple[str, str, int, int, str]]] = {}
    for g in groups:
        # (distance from the bill's name, official, stance, span, cue): a verb next to the bill wins,
        # so "signed the budget and vetoed SB 2" makes the governor an opponent of SB 2
        found: list[tuple[int, str, str, int, int, str]] = []
        for m in g.mentions:
            para = ctx.paras[m.para] if m.para < len(ctx.paras) else m.sent
            if (m.kind == "measure" and m.status in ("proposed", "filed")) or m.cue == "named-act-sponsor":
                who = subject_official(text, cast, ctx.statements, m.start, m.sent, para, nearest=True)
                if who:
                    _add_position(g, who, "supports", m.start, m.end, "proposer")
            key = (m.sent, m.para)
            if key not in cues_in:
                cues_in[key] = _stance_cues(ctx, m.sent, para)
            for who, st, cs, ce, cue in cues_in[key]:
                dist = cs - m.end if cs >= m.end else m.start - ce
                found.append((dist, who, st, cs, ce, cue))
        for _, who, st, s, e, cue in sorted(found):
            _add_position(g, who, st, s, e, cue)
    _sponsors_next(ctx, groups)


def _sponsors_next(ctx: _Ctx, groups: list[_Group]) -> None:
    """"Sen. Ann Roe filed SB 8. Sen. Bo Diaz and Sen. Al Moss are cosponsors.": a sentence naming
    no bill, right after one that names exactly one, backs that bill."""
    by_sent: dict[tuple[int, int], set[int]] = defaultdict(set)
    for i, g in enumerate(groups):
        for m in g.mentions:
            by_sent[m.sent].add(i)
    for si, sent in enumerate(ctx.sents[:-1]):
        nxt = ctx.sents[si + 1]
        owners = by_sent.get(sent, set())
        if len(owners) != 1 or nxt in by_sent or "sponsor" not in ctx.text[nxt[0]:nxt[1]]:
            continue
        g = groups[next(iter(owners))]
        pi = ctx.para_index(nxt[0])
        para = ctx.paras[pi] if pi < len(ctx.paras) else nxt
        for who, st, cs, ce, cue in _stance_cues(ctx, nxt, para):
            if cue == "sponsor":
                _add_position(g, who, st, cs, ce, "cosponsor")


def _stance_cues(ctx: _Ctx, sent: tuple[int, int], para: tuple[int, int]) -> list[tuple[str, str, int, int, str]]:
    """(official, stance, start, end, cue) for each stance verb in a sentence whose holder is known."""
    text, cast = ctx.text, ctx.cast
    ss, se = sent
    out = []
    for stance, cue, rx in STANCE_CUES:
        for c in rx.finditer(text, ss, se):
            if c["by"] is not None:  # passive: "filed by Rep. X"
                after = [x for x in cast.mentions_between(c.end(), min(se, c.end() + 80)) if x.official]
                who = after[0].official if after else None
            else:
                who = _stance_holder(ctx, c.start(), sent, para)
            if who:
                st = stance
                if NEGATED.search(text, max(ss, c.start() - 20), c.start()):
                    st = "opposes" if stance == "supports" else "supports"
                out.append((who, st, c.start(), c.end(), cue))
                if c["by"] is None:  # "Sen. Bo Diaz and Sen. Al Moss are cosponsors": each of them
                    out += [(co, st, c.start(), c.end(), cue) for co in _co_holders(ctx, c.start(), sent)]
    return out


def _co_holders(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> list[str]:
    """Officials joined by "and" to the one right before a stance verb, in the same sentence."""
    before = [m for m in ctx.cast.mentions_between(sent[0], pos) if m.kind != "pronoun"]
    if not before or not before[-1].official:
        return []
    joined = joined_before(ctx.text, before[:-1], before[-1])
    return [m.official for m in itertools.takewhile(lambda m: m.official, joined) if m.official]


def _stance_holder(ctx: _Ctx, pos: int, sent: tuple[int, int], para: tuple[int, int]) -> str | None:
    """Who a stance verb at ``pos`` belongs to: the nearest official named before it in the sentence
    (inside a quote, before it in the quote) -- "X said Y could support" is Y's -- else the speaker."""
    st = ctx.statement_at(pos)
    lo = max(sent[0], st.start) if st else sent[0]
    before = [m for m in ctx.cast.mentions_between(lo, pos) if m.official]
    if before:
        return before[-1].official
    if st is not None:
        return st.speaker
    return subject_official(ctx.text, ctx.cast, ctx.statements, pos, sent, para, nearest=True)


def _add_position(g: _Group, who: str, stance: str, s: int, e: int, cue: str) -> None:
    if not any(p.official == who for p in g.positions):
        g.positions.append(Position(who, stance, s, e, cue))


def _list_sponsors(ctx: _Ctx, groups: list[_Group]) -> None:
    """"McKenna requested three bills: ..." and "all his 2007 priorities": the official backs the bills listed."""
    numbered = [g for g in groups if g.first.kind == "number"]
    if not numbered:
        return
    for finder, reach in ((LIST_SPONSOR, 3), (PRIORITIES, 10_000)):
        for c in finder.finditer(ctx.text, ctx.found):
            sent = ctx.sentence_at(c.start())
            pi = ctx.para_index(c.start())
            para = ctx.paras[pi] if pi < len(ctx.paras) else sent
            who = subject_official(ctx.text, ctx.cast, ctx.statements, c.start(), sent, para, nearest=True)
            if not who:
                continue
            for g in numbered:
                if any(m.start > c.start() and m.para - pi <= reach for m in g.mentions):
                    _add_position(g, who, "supports", c.start(), c.end(), "list-sponsor")


def _interview_stances(ctx: _Ctx, groups: list[_Group]) -> None:
    """A question that says "you want to extend Prop. 301": the interviewee who answers backs it."""
    for g in groups:
        for m in g.mentions:
            if ctx.statement_at(m.start) is not None:
                continue
            window = ctx.text[m.sent[0]:min(len(ctx.text), m.sent[1] + 200)]
            window = window[:window.find("\n") if "\n" in window else len(window)]
            if not SECOND_PERSON.search(window):
                continue
            answer = next((st for st in ctx.statements
                           if st.start >= m.end and st.speaker and st.kind == "qa_answer"), None)
            if answer is not None:
                _add_position(g, answer.speaker or "", "supports", m.start, m.end, "interview-question")


def _quoted_stances(ctx: _Ctx, groups: list[_Group]) -> None:
    """An official quoted shortly after a bill is discussed, in words that plainly back or attack it."""
    marks = sorted(((m.start, m.para, g) for g in groups for m in g.mentions), key=lambda t: t[0])
    starts = [s for s, _, _ in marks]
    for st in ctx.statements:
        if not st.speaker:
            continue
        i = bisect.bisect_left(starts, st.end) - 1  # the last bill mention before the statement ends
        if i < 0:
            continue
        _, p, g = marks[i]
        if ctx.para_index(st.start) - p > _QUOTE_REACH or any(x.official == st.speaker for x in g.positions):
            continue  # too far from the bill, or the speaker's stance on it is known already
        stance = statement_stance(st.text)
        if stance:
            _add_position(g, st.speaker, stance, st.start, st.end, "quote-stance")


def _to_bill(ctx: _Ctx, g: _Group, default_session: str | None) -> Bill | None:
    text = ctx.text
    anchors = [m for m in g.mentions if m.kind != "generic"] or g.mentions
    # An official's own words about a measure are better evidence than the reporter's paraphrase.
    first = next((m for m in anchors if m.kind == "measure" and any(
        st.start <= m.start < st.end and st.kind != "indirect" for st in ctx.statements)), anchors[0])
    if first.kind == "act" and all(m.status == "unknown" for m in g.mentions):
        return None  # an existing law named in passing ("under the Open Meetings Act"), not a bill
    status = max((m.status for m in g.mentions), key=lambda s: STATUS_RANK[s])
    if first.kind == "measure" and first.cue.startswith("vote"):
        status = first.status
    # "The Rural Hospital Lifeline Act, H.R. 2817, passed": the number identifies the named act
    ident = first.key if first.kind == "number" else next((m.key for m in g.mentions if m.kind == "number"), None)
    session = next((m.session for m in g.mentions if m.session), None)
    if session is None and ident:
        session = default_session
    s, e = _clip(text, first.sent[0], first.sent[1], first.start)
    desc = None
    for m in [first, *g.mentions]:
        desc = (m.title if m.kind == "measure" and m.title else None) or _describe(text, m.end, m.sent[1])
        if desc:
            break
    if first.kind == "act":
        title = first.key or ""  # a named act is its own title
    elif ident:
        title = f"{ident}: {desc}" if desc else ident
    else:  # its purpose, else the words that name it ("a student data privacy law")
        title = desc or _named_by(text, first)
        if not title or title.split()[-1].casefold().strip(".") in _EMPTY_OBJECT:
            return None  # "introduced a bill", "a bill to accomplish that": nothing says which measure
    return Bill(identifier=ident, title=title, session=session, status=status, evidence=text[s:e], start=s, end=e,
                positions=list(g.positions), cue=first.cue)


_Found = list[tuple[Bill, list[tuple[int, int]]]]
_LAST: list[tuple[str, Cast, list[Statement], _Found]] = []
on_clear(_LAST.clear)


def bills_with_mentions(text: str, cast: Cast, statements: list[Statement]) -> _Found:
    """Each bill with the spans of every reference to it (money uses them to find a sponsor)."""
    # The pipeline asks twice per article (bills, then money); the same objects give the same answer.
    if _LAST and _LAST[0][0] == text and _LAST[0][1] is cast and _LAST[0][2] is statements:
        return _LAST[0][3]
    found = _bills_with_mentions(text, cast, statements)
    _LAST[:] = [(text, cast, statements, found)]
    return found


def _bills_with_mentions(text: str, cast: Cast, statements: list[Statement]) -> _Found:
    sents = article_sentences(text)
    ctx = _Ctx(text, cast, statements, sents, sent_mod.paragraphs(text))
    mentions = _find_mentions(ctx)
    segs = _segments(ctx, [m for m in mentions if m.kind == "number"])
    sessions_of: dict[tuple[int, int], str | None] = {}  # by sentence
    for m in mentions:
        lo, hi = segs.get(m.start, (m.start if m.kind in ("measure", "generic") else m.sent[0], m.sent[1]))
        if m.kind == "act":
            lo, hi = m.start, min(m.sent[1], m.end + 90)
            before = text[max(m.sent[0], m.start - 40):m.start]
            m.status = _status(text[m.end:hi])
            if re.search(r"\b(?:introduc|fil|pass|sign|veto|propos|sponsor)\w*\s+(?:the\s+)?$", before):
                m.status = max(m.status, _status(before), key=lambda x: STATUS_RANK[x])
                m.cue = "named-act-sponsor"
            continue
        if m.kind == "measure":
            lo = max(m.sent[0], m.start - 40)
        m.status = max(_status(text[lo:hi]), m.default, key=lambda x: STATUS_RANK[x])
        if m.sent not in sessions_of:
            sessions_of[m.sent] = _session(text[m.sent[0]:m.sent[1]])
        m.session = sessions_of[m.sent]
        if m.kind == "number":
            # "The House passed the following bills: HB 12, HB 19 and HB 33": the verb before the colon
            colon = text.rfind(":", m.sent[0], m.start)
            if colon > 0 and m.status in ("unknown", "proposed"):
                m.status = max(m.status, _status(text[m.sent[0]:colon]), key=lambda x: STATUS_RANK[x])
            # "Prop. 301 ... is expiring. You want to extend it." / "SB 8 ... It cleared the Senate.":
            # the next sentence may carry the verb, always so when it opens by pointing back at the bill
            nxt = next(((s, e) for s, e in sents if s >= m.sent[1] and ctx.para_index(s) == m.para), None)
            if nxt and (m.status == "unknown" or _POINTS_BACK.match(text, nxt[0])):
                m.status = max(m.status, _status(text[nxt[0]:nxt[1]]), key=lambda x: STATUS_RANK[x])
        if m.kind == "generic" and (m.status in ("filed", "passed", "signed", "vetoed", "failed")
                                    or re.match(r"\s*(?:that|which)\s+would\b", text[m.end:hi])):
            m.creates = True
    sessions = {_session(x[0]) for rx in (SESSION_YEAR, SESSION_LEG) for x in rx.finditer(text, ctx.found)}
    default_session = sessions.pop() if len(sessions) == 1 else None
    groups = _group(ctx, mentions)
    _positions(ctx, groups)
    _list_sponsors(ctx, groups)
    _interview_stances(ctx, groups)
    _quoted_stances(ctx, groups)
    out = []
    for g in groups:
        bill = _to_bill(ctx, g, default_session)
        if bill is not None:
            out.append((bill, [(m.start, m.end) for m in g.mentions]))
    out.sort(key=lambda t: t[0].start)
    return out


def find_bills(text: str, cast: Cast, statements: list[Statement]) -> list[Bill]:
    """Every bill or measure the article names, merged across mentions, with status and positions."""
    return [b for b, _ in bills_with_mentions(text, cast, statements)]
