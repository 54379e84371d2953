"""Statements: direct quotations, reported speech and interview answers, each with its speaker.

A speaker is an official's canonical name. Statements are what officials said (GOLD_FORMAT.md), so
words whose speaker is a private person, an ambiguous "he", or nobody named at all are left out
rather than pinned on a guess; ``speaker_text`` keeps the words that named the speaker.
"""

from __future__ import annotations

import re

from tracker.extract import qa, reported, topics
from tracker.extract.cast import Cast, Mention
from tracker.extract.document import Statement
from tracker.extract.lexicon import trie_pattern
from tracker.extract.persons import PARTY_TAG, clean_name
from tracker.extract.quotemarks import Quote
from tracker.extract.speech import SAY_RX, SAY_WORDS, SCARE_WORDS, Ctx, speaker_after, staffer, subject_of

_AFTER_LEAD = re.compile(r"['’]?[ \t\xa0]*[,?!—–-]*[ \t\xa0]*")  # also after a nested quotation's own mark
_SAY_OR_ASK = trie_pattern((*SAY_WORDS, "asked", "asks"))  # every verb that can attribute a quotation
_AFTER_VERB = re.compile(rf"{_SAY_OR_ASK}\b")
_BEFORE_WORDS = (*SAY_WORDS, "asked", "asks", "saying", "adding", "read", "telling", "noting", "writing", "declaring",
                 "insisting", "warning", "interjecting", "replying", "quipping", "joking", "explaining")
_BEFORE_CUE = re.compile(
    rf"\b(?:{trie_pattern(_BEFORE_WORDS)})"
    r"(?:[ \t\xa0]+(?:in|on|at|during|to|from|after|before|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|a|an|the|his|her|their|its|our|reporters|supporters|voters|[a-z]+ly|[A-Z][\w.]*|\d+)\b"
    r"[^\"“”.!?\n]{0,50}?)?(?:[ \t\xa0]+that)?[ \t\xa0]*[,:]?[ \t\xa0]*$"
    # "told reporters Friday:" -- with a colon, any short run of words may sit between verb and quote
    r"|\b(?:said|says|told|tells|wrote|writes|added|adds|explained|explains)[ \t\xa0]+[^\"“”.!?\n:;]{1,60}:[ \t\xa0]*$"
)
# '"...," Mia Tran, a spokeswoman for Roe, said': an appositive between the name and the verb
_APPOSITIVE_THEN_VERB = re.compile(
    rf",[^,.;!?\"“”\n]{{1,90}},[ \t\xa0]*(?:also[ \t\xa0]+)?{_SAY_OR_ASK}\b")
# Somebody the article does not name: "the person added", "one aide said"
_SOMEBODY_SAID = re.compile(
    rf"(?:one|a|an|another|the|two|several|some)[ \t\xa0]+(?:[a-z][\w-]*[ \t\xa0]+){{0,4}}?"
    rf"(?:person|official|aide|adviser|advisor|source|strategist|operative|staffer|supporter|veteran|ally|"
    rf"observer|insider|donor|member|lawmaker|senator|delegate|voter|analyst|officials|aides|advisers|sources|"
    rf"allies|people)[ \t\xa0]+(?:(?:also|later)[ \t\xa0]+)?{_SAY_OR_ASK}\b")
_ATTRIBUTABLE = re.compile(r"\b[Aa]ttributable[ \t\xa0]+to[ \t\xa0]+([^:\n]{2,60}):\s*$")
_DASH = re.compile(r"[ \t\xa0]*(?:—|–|--|-)[ \t\xa0]*")
# A fact-check's signature: the quotation's paragraph, then a line "- Roe."
_DASH_NEXT_LINE = re.compile(r"[ \t\xa0.]*\n[ \t\xa0\n]*(?:—|–|--|-)[ \t\xa0]*")
# '"...," the White House spokesman, Jo Poe, said': a description with its article, then the name
_THE_DESCRIPTION = re.compile(r"(?:the|a|an)[ \t\xa0]+[^,.;!?\"“”\n]{1,60},[ \t\xa0]+")
_LINE_END = re.compile(r"[ \t\xa0]*(?:,[^\n]{0,80})?[ \t\xa0.]*(?:\n|$)")
_HEADLINE_CUES = {"name-colon", "headline-says"}  # the two ways a headline says who said what
_NAMED_THING = re.compile(r"\b(?:to|of|the|titled|named|called|dubbed|song|film|movie|show|book)[ \t\xa0]*$")
_WORD = re.compile(r"\S+")
_APPOSITIVE_END_VERB = re.compile(
    rf"[ \t\xa0]*,[ \t\xa0]*(?:also[ \t\xa0]+)?{_SAY_OR_ASK}\b")
_POSSESSIVE_BEFORE = re.compile(r"(?:[’']s|s[’'])[ \t\xa0]*$")


def find_statements(text: str, cast: Cast) -> list[Statement]:
    """All statements in ``text``: interview answers, direct quotations and reported speech."""
    ctx = Ctx.build(text, cast)
    out = qa.find_answers(ctx)
    ctx.blocked = qa.blocked_spans(ctx, out)
    out += qa.you_said(ctx, out)
    indirect = reported.find_indirect(ctx)
    out += _direct(ctx, indirect)
    out += indirect
    head = qa.headline_end(ctx)
    # a headline paraphrases, the body has the words; only "Roe: No deal." and "Roe Says ..." say who said what
    out = [st for st in _dedupe(out) if st.start >= head or st.cue in _HEADLINE_CUES]
    for st in out:
        # the article as context decides for statements with few topic words of their own
        st.topics = topics.classify(st.text, context=text, start=st.start)
        st.attribution = _attribution(st)
    return out


_ANAPHORS = frozenset({"he", "she", "him", "her", "his"})


def _attribution(st: Statement) -> str:
    """How the statement was tied to its speaker (choices.ATTRIBUTIONS)."""
    if st.cue == "several-speakers":
        return "several"
    if st.cue == "quote-continuation":
        return "continuation"
    if st.cue.startswith("qa-answer:interviewee"):
        return "interview"
    words = (st.speaker_text or "").casefold()
    if words in _ANAPHORS or words.startswith("the "):
        return "pronoun"
    return "explicit"


def _direct(ctx: Ctx, indirect: list[Statement]) -> list[Statement]:
    out: list[Statement] = []
    prev: Statement | None = None  # the last attributed statement before the quotation, for continuations
    reported = sorted((s for s in indirect if s.speaker), key=lambda s: s.end)
    ri = 0
    for q in ctx.quotes:
        if ctx.is_blocked(q.start):
            continue
        while ri < len(reported) and reported[ri].end <= q.open_mark:
            if prev is None or reported[ri].end > prev.end:
                prev = reported[ri]
            ri += 1
        st = _attribute(ctx, q, prev)
        if st is None:
            continue
        if any(i.start <= st.start and st.end <= i.end and i.speaker == st.speaker for i in indirect):
            continue  # already inside the reported clause that carries it
        out.append(st)
        prev = st
    return out


def _attribute(ctx: Ctx, q: Quote, prev: Statement | None) -> Statement | None:
    text = ctx.text
    start, end = _trim(text, q.start, q.end)
    if _POSSESSIVE_BEFORE.search(ctx.masked, max(0, q.open_mark - 4), q.open_mark) and len(
            text[start:end].split()) <= SCARE_WORDS:
        return None  # ABC's "This Week", the senator's "Contract With Voters": a title, nobody's words
    # 1. speaker after the closing mark: '..." said Roe' / '..." Roe said' / '..." he said'
    if q.close_mark is not None:
        lead = _AFTER_LEAD.match(ctx.masked, q.after)
        pos = lead.end() if lead else q.after
        v = _AFTER_VERB.match(ctx.masked, pos)
        if v:
            m, m_end, private = speaker_after(ctx, v.end())
            if private and _is_private(ctx.masked[v.end():m_end]):
                return None
            if m is not None:
                return _make(m, "direct_quote", text, start, end, "quote+said-after")
            return None  # '"...," said one longtime adviser': somebody not on record, never the last speaker
        else:
            if _SOMEBODY_SAID.match(ctx.masked, pos):
                return None  # '"..." the person added.' '"..." one aide said.'

            m, m_end, _ = speaker_after(ctx, pos, limit=80)
            if m is not None and "\n" in ctx.masked[pos:m.start]:
                m = None  # a name opening the next paragraph speaks there, not here
            if m is not None and (tag := PARTY_TAG.match(ctx.masked, m_end)):  # '..." Sen. Roe, R-Ky., said'
                m_end = tag.end() + (ctx.masked.startswith(",", tag.end()))
            if m is not None and (_AFTER_VERB.match(ctx.masked, _skip_ws(ctx.masked, m_end))
                                  or _APPOSITIVE_THEN_VERB.match(ctx.masked, m_end)):
                return _make(m, "direct_quote", text, start, end, "quote+said-after")
            described = _THE_DESCRIPTION.match(ctx.masked, pos)
            if described is not None:
                m, m_end, _ = speaker_after(ctx, described.end(), limit=40)
                if m is not None and m.start == described.end() and (
                        _APPOSITIVE_END_VERB.match(ctx.masked, m_end)):
                    return _make(m, "direct_quote", text, start, end, "quote+said-after")
            # '"..." — Gov. Jane Roe' closing its line: a signed quote (releases, pull quotes)
            dash = _DASH.match(ctx.masked, q.after) or _DASH_NEXT_LINE.match(ctx.masked, q.after)
            if dash:
                m, m_end, _ = speaker_after(ctx, dash.end())
                if m is not None and _LINE_END.match(ctx.masked, m_end):
                    return _make(m, "direct_quote", text, start, end, "quote+dash-speaker")
    before = ctx.masked[max(ctx.paragraph(q.open_mark)[0], q.open_mark - 160):q.open_mark]
    # 2. "Attributable to NAME:" (a spokesperson's answer), on its own line above or just before the quote
    wide = ctx.masked[max(0, q.open_mark - 160):q.open_mark]
    a = _ATTRIBUTABLE.search(wide) if "ttributable" in wide else None
    if a:
        ms = [m for m in ctx.cast.mentions_between(q.open_mark - len(wide) + a.start(1), q.open_mark)]
        if ms:
            return _make(ms[0], "direct_quote", text, start, end, "attributable-to")
    # 3. speaker before the opening mark: 'Roe said, "..."' / 'Roe said in a statement: "..."'
    cue = _BEFORE_CUE.search(before)
    if cue:
        at = q.open_mark - len(before) + cue.start()
        subj = subject_of(ctx, at, reported.SAYING_GAP) or reported.who(ctx, at)  # "Diaz, who declared: '...'"
        if subj is None and cue.group().split()[0].rstrip(",:").endswith("ing") and not cue.group().startswith(
                ("is ", "are ")):
            subj = reported.participle_subject(ctx, at)  # "..., telling CNBC: '...'"
        if subj is None and cue.group().startswith("to "):  # "Roe was prompted to say, '...'"
            subj = reported.infinitive_subject(ctx, at)
        if subj is not None:
            return _make(subj, "direct_quote", text, start, end, "said-before+quote")
    # 3b. a lead-in ending in a colon: 'She laid out her reasoning:' then the quotation
    lead_in = wide.rstrip()
    if lead_in.endswith(":") and not a:
        colon = q.open_mark - len(wide) + len(lead_in) - 1
        s, _ = ctx.sentence(colon)
        subj = next(iter(ctx.persons_between(s, colon)), None)
        if subj is not None and subj.official is not None and _is_sentence_subject(ctx, subj, s):
            return _make(subj, "direct_quote", text, start, end, "colon-lead-in+quote")
    # 4. continuation: '"...," Roe said, "..."' or a new quotation right after an attributed one
    if prev is not None and prev.speaker is not None and _continues(ctx, prev, q):
        return Statement(prev.speaker, prev.speaker_text, "direct_quote", text[start:end], start, end,
                         cue="quote-continuation")
    # 5. a quotation inside a sentence about an official: 'Roe promised to "..."'
    if len(_WORD.findall(text, q.start, q.end)) > SCARE_WORDS:
        s, _ = ctx.sentence(q.open_mark)
        subj = next((m for m in ctx.persons_between(s, q.open_mark)), None)
        if (subj is not None and subj.official is not None and not _says(ctx.masked, s, q.open_mark)
                and _is_sentence_subject(ctx, subj, s)):
            return _make(subj, "direct_quote", text, start, end, "quote+sentence-subject")
    return None


def _continues(ctx: Ctx, prev: Statement, q: Quote) -> bool:
    """Whether ``q`` carries on the quotation before it: same sentence after the cue, the next
    sentence of the same paragraph, or a paragraph made only of the quotation right after it."""
    ps, pe = ctx.paragraph(q.open_mark)
    between = ctx.masked[prev.end:q.open_mark]
    ss, _ = ctx.sentence(q.open_mark)
    if (len(_WORD.findall(ctx.text, q.start, q.end)) <= SCARE_WORDS and ctx.masked[ss:q.open_mark].strip()
            and (_NAMED_THING.search(ctx.masked, max(ss, q.open_mark - 12), q.open_mark) or not any(
                m.official == prev.speaker for m in ctx.persons_between(max(ss, prev.end), q.open_mark)))):
        return False  # a short phrase quoted in a sentence not about the speaker: a title, a slogan
    if prev.end >= ps:  # same paragraph
        # "a spokeswoman for Roe" inside the attribution names whom she speaks for, not a new speaker
        # and a name the attribution merely mentions ("referring to a debate with Roe") is no new speaker
        return "\n" not in between and not any(
            m.official and m.official != prev.speaker
            and not _OBJECT_OF.search(ctx.masked, max(0, m.start - 6), m.start)
            and staffer(ctx, m) is None  # "said Roe campaign manager Al Poe": Roe is whom Poe works for
            and (_SPEAKS_NEXT.match(ctx.masked, m.end)
                 or _SAID_BEFORE.search(ctx.masked, max(0, m.start - 30), m.start)
                 or _opens_new_sentence(ctx, m, prev.end))
            for m in ctx.persons_between(prev.end, q.open_mark))
    # next paragraph: it must open with the quotation and hold no other speaker
    if ctx.masked[ps:q.open_mark].strip():
        return False
    prev_para = ctx.paras.index_at(prev.start)
    if ctx.paras.index_at(q.open_mark) != prev_para + 1:
        return False
    others = [m for m in ctx.cast.mentions_between(q.end, pe) if m.kind != "pronoun"]
    return not others


def _opens_new_sentence(ctx: Ctx, m: Mention, after: int) -> bool:
    """Whether ``m`` is the subject of a sentence that starts after ``after``: "... Roe said. Gov. Bo
    Diaz, hoping to gain ground, called it 'a mess'" -- the new sentence is about somebody else."""
    s, _ = ctx.sentence(m.start)
    lead = ctx.masked[s:m.start]
    return s > after and len(lead) <= 40 and "," not in lead and '"' not in lead and "“" not in lead


_SPEAKS_NEXT = re.compile(rf"[ \t\xa0]*(?:,[^,.;!?\"“”\n]{{1,90}},)?[ \t\xa0]*(?:also[ \t\xa0]+)?"
                         rf"{_SAY_OR_ASK}\b")
_SAID_BEFORE = re.compile(rf"\b{_SAY_OR_ASK}[ \t\xa0]+(?:[\w.’'-]+[ \t\xa0]+){{0,5}}$")
_OBJECT_OF = re.compile(r"\b(?:for|of|to|with|by)[ \t\xa0]+$")
_RELATIVE = re.compile(r",[ \t\xa0]+who[ \t\xa0][^,.;]*,")


def _says(masked: str, start: int, end: int) -> bool:
    """A speech verb in ``[start, end)`` outside a ", who testified against it," relative clause."""
    relative: list[re.Match[str]] | None = None
    for v in SAY_RX.finditer(masked, start, end):
        if relative is None:
            relative = list(_RELATIVE.finditer(masked, start, end))
        if not any(r.start() < v.start() < r.end() for r in relative):
            return True
    return False


def _is_sentence_subject(ctx: Ctx, m: Mention, sent_start: int) -> bool:
    """The mention opens its sentence (after a title or a short lead-in), so the sentence is about it."""
    lead = ctx.masked[sent_start:m.start]
    return (len(lead) <= 40 and "," not in lead.rstrip(" ,")) or lead.strip() == ""


def _is_private(words: str) -> bool:
    name = clean_name(words.strip())
    return len(name.split()) >= 2


def _skip_ws(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t\xa0,":
        i += 1
    return i


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Inner quotation text without edge spaces and a trailing comma ("...," said Roe)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _make(m: Mention, kind: str, text: str, start: int, end: int, cue: str) -> Statement | None:
    if m.official is None:
        return None  # a private person, a pronoun that is not surely an official's, a title naming nobody here
    return Statement(m.official, m.text, kind, text[start:end], start, end, cue=cue)


def _dedupe(sts: list[Statement]) -> list[Statement]:
    seen: set[tuple[int, int, str | None]] = set()
    out: list[Statement] = []
    for st in sorted(sts, key=lambda x: (x.start, -x.end)):
        key = (st.start, st.end, st.speaker)
        if key in seen or st.end <= st.start:
            continue
        # "He says when he hears X, Roe says he goes Y": the inner clause is part of the outer one
        if st.kind == "indirect" and any(o.speaker == st.speaker and o.kind != "qa_answer" and o.start <= st.start
                                         and st.end <= o.end for o in out):
            continue
        seen.add(key)
        out.append(st)
    return out
