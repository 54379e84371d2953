"""Question-and-answer interviews and transcripts.

Questions are paragraphs opening with "Q:" or ending in "?"; the paragraphs after a question, up to
the next one, are one answer by the interviewee (the official the article is about). "A:" prefixes
are left out of the span, "Attributable to NAME:" hands an answer to NAME, and transcript labels
("ROE:", "SEN. ROE:") name the speaker of their own turn. Questions are not statements.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract.document import Statement
from tracker.extract.speech import Ctx

_Q_PREFIX = re.compile(r"[ \t\xa0]*(?:Q|Question|QUESTION)[ \t\xa0]*[:.][ \t\xa0]*")
_A_PREFIX = re.compile(r"[ \t\xa0]*(?:A|Answer|ANSWER)[ \t\xa0]*[:.][ \t\xa0]*")
_QUESTION_END = re.compile(r"\?[\"”’)]*[ \t\xa0]*$")
# "ROE:", "SEN. ROE:", "Doe:", "Gov. Jane Roe:" opening a transcript turn
_LABEL = re.compile(
    r"[ \t\xa0]*(?P<label>(?:[A-Z][A-Za-z.'’-]*[ \t\xa0]){0,3}[A-Z][A-Za-z'’-]+)[ \t\xa0]*:[ \t\xa0]+(?=\S)"
)
_ATTRIB = re.compile(r"[ \t\xa0]*[Aa]ttributable[ \t\xa0]+to[ \t\xa0]+[^:\n]{2,60}:[ \t\xa0]*")
# Led by "(" so the engine skips ahead to it; the spaces before the note are trimmed with the answer.
_EDITOR_NOTE = re.compile(r"\((?:Editor|Ed\.|Note)[^)]*\)?[ \t\xa0]*$")
# Led by the fixed "ou" (the "Y" is checked behind it) so the engine skips ahead; only m.end() is used.
_YOU_SAID = re.compile(
    r"ou(?<=\b[Yy]ou)(?:’ve|'ve|[ \t\xa0]+have|[ \t\xa0]+had|’d|'d)?(?:[ \t\xa0]+\w+ly)?[ \t\xa0]+"
    r"(?:said|say|told\s+\w+|stated|argued)\b[ \t\xa0]*,?[ \t\xa0]*(?:that[ \t\xa0]+)?"
)
_QUOTE_OPENERS = "\"“‘'`"
_REPORTED_ASK = re.compile(r"\b(?:asked|asks|said|says|wondered|wonders)\b")
_MIN_PAIRS_UNMARKED = 3  # "?"-only questions need more evidence than one "Q:" followed by "A:"


def find_answers(ctx: Ctx) -> list[Statement]:
    """The interview answers (and labelled transcript turns) in the article."""
    out = _transcript(ctx)
    if out:
        return out
    paras = ctx.paras.spans  # paragraphs are never blank
    is_q = [_is_question(ctx.masked, s, e) for s, e in paras]
    marked = sum(1 for i in range(len(paras) - 1) if _Q_PREFIX.match(ctx.masked, paras[i][0])
                 and _A_PREFIX.match(ctx.masked, paras[i + 1][0]))
    pairs = sum(1 for i in range(len(paras) - 1) if is_q[i] and not is_q[i + 1])
    # unmarked questions must also make up a fair share of the article: an interview alternates
    if not marked and (pairs < _MIN_PAIRS_UNMARKED or pairs * 5 < len(paras)):
        return []
    who = interviewee(ctx)
    first_q = next(i for i in range(len(paras) - 1) if is_q[i] and not is_q[i + 1])
    out = []
    i = first_q
    while i < len(paras):
        if not is_q[i]:
            i += 1
            continue
        j = i + 1
        while j < len(paras) and not is_q[j]:
            j += 1
        last = j - 1
        # a trailing "(Editor's note ...)" or "— Staff writer" line is not part of the answer
        while last > i + 1 and ctx.masked[paras[last][0]:paras[last][1]].lstrip()[:1] in "([—":
            last -= 1
        if j > i + 1:
            st = _answer(ctx, paras[i + 1][0], paras[last][1], who)
            if st is not None:
                out.append(st)
        i = j
    return out


def _is_question(text: str, s: int, e: int) -> bool:
    """Whether the paragraph ``text[s:e]`` is a question (read in place, not copied out)."""
    if _Q_PREFIX.match(text, s, e):
        return True
    if _A_PREFIX.match(text, s, e):
        return False
    # a paragraph that quotes someone asking ('"Why now?" she asked.') is reporting, not an interviewer
    return (bool(_QUESTION_END.search(text, s, e)) and len(text[s:e].strip()) >= 15
            and text[s:e].lstrip()[:1] not in _QUOTE_OPENERS and _REPORTED_ASK.search(text, s, e) is None)


def _answer(ctx: Ctx, s: int, e: int, who: str | None) -> Statement | None:
    t = ctx.text
    a = _A_PREFIX.match(ctx.masked, s)
    if a:
        s = a.end()
    else:
        lab = _LABEL.match(ctx.masked, s)
        if lab and who and _label_official(ctx, lab.group("label")) == who:
            s = lab.end()  # "Roe: We will ..." -- the label names the interviewee
    speaker, speaker_text, cue = who, "interviewee", "qa-answer:interviewee"
    at = _ATTRIB.match(ctx.masked, s)
    if at:
        named = [m for m in ctx.cast.mentions_between(s, at.end()) if m.kind != "pronoun"]
        speaker = named[0].official if named else None
        speaker_text = named[0].text if named else ctx.text[s:at.end()].strip()
        cue = "attributable-to"
        q = ctx.quote_at(_skip_mark(ctx.masked, at.end()))
        if q is not None:
            s, e = q.start, q.end
        else:
            s = at.end()
    note = _EDITOR_NOTE.search(ctx.masked, s, e)
    if note:
        e = note.start()
    while e > s and (t[e - 1].isspace() or (t[e - 1] in "”\"" and cue == "attributable-to")):
        e -= 1
    while s < e and t[s].isspace():
        s += 1
    if e <= s or speaker is None or _PLEASANTRY.match(t, s, e):
        return None
    return Statement(speaker, speaker_text, "qa_answer", t[s:e], s, e, cue=cue)


def _skip_mark(t: str, i: int) -> int:
    while i < len(t) and t[i] in " \t\xa0\"“":
        i += 1
    return i


def headline_end(ctx: Ctx) -> int:
    """End of the first line when it is a headline: short, followed by a blank line, no final period."""
    nl = ctx.text.find("\n")  # the text's own lines: masking blanks a byline under the headline
    first = ctx.text[:nl if nl >= 0 else len(ctx.text)].rstrip()
    if nl > 0 and len(first) <= 160 and not first.endswith((".", "”", '"')) and ctx.text[nl:nl + 2] == "\n\n":
        return nl
    return 0


def interviewee(ctx: Ctx) -> str | None:
    """The official the interview is with: the one the article names most (the headline counts double)."""
    counts: Counter[str] = Counter()
    head_end = ctx.masked.find("\n")
    for m in ctx.cast.mentions:
        if m.official and m.kind != "pronoun":
            counts[m.official] += 2 if m.start < head_end else 1
    return counts.most_common(1)[0][0] if counts else None


def _transcript(ctx: Ctx) -> list[Statement]:
    """Radio/TV transcripts: turns opening with an upper-case speaker label ("SEN. ROE: ...")."""
    turns = []
    for s, e in ctx.paras.spans:
        m = _LABEL.match(ctx.masked, s)
        if m and m.end() < e:
            turns.append((s, e, m))
    if len(turns) < 3 or len({m.group("label") for _, _, m in turns}) < 2:
        return []
    out: list[Statement] = []
    for _, e, m in turns:
        label = m.group("label")
        who = _label_official(ctx, label)
        if who is None:
            continue
        st, en = m.end(), e
        while en > st and ctx.text[en - 1].isspace():
            en -= 1
        if _PLEASANTRY.match(ctx.text, st, en):
            continue
        out.append(Statement(who, label, "qa_answer", ctx.text[st:en], st, en, cue="transcript-label"))
    return out


# A turn that only greets or thanks ("Thanks for having me, Abby.") says nothing on any policy.
_PLEASANTRY = re.compile(
    r"\s*(?:(?:thanks?|thank\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+for\s+having\s+(?:me|us))?|"
    r"good\s+(?:morning|afternoon|evening)|(?:glad|happy|great|good)\s+to\s+be\s+(?:here|with\s+you)|"
    r"my\s+pleasure|you're\s+welcome|hello|hi)\b[^.!?\n]{0,30}[.!?]?\s*$", re.IGNORECASE)


def _label_official(ctx: Ctx, label: str) -> str | None:
    """The official a speaker label names, by surname ("ROE", "Sen. Roe", "Jane Roe")."""
    surname = label.split()[-1].strip(".").casefold()
    hits = [o.name for o in ctx.cast.officials if o.name.split()[-1].casefold() == surname]
    return hits[0] if len(hits) == 1 else None


def blocked_spans(ctx: Ctx, answers: list[Statement]) -> list[tuple[int, int]]:
    """The interview region (questions and answers): other finders stay out of it."""
    if not answers:
        return []
    paras = ctx.paras.spans
    first = answers[0].start
    i = ctx.paras.index_at(first)
    # the question before the first answer belongs to the interview too
    while i > 0 and not _is_question(ctx.masked, paras[i][0], paras[i][1]):
        i -= 1
    return [(paras[max(i, 0)][0], len(ctx.text))]


def you_said(ctx: Ctx, answers: list[Statement]) -> list[Statement]:
    """In a question, "You had previously said you want to ..." reports the interviewee's words."""
    if not answers:
        return []
    who = interviewee(ctx)
    if who is None:
        return []
    out: list[Statement] = []
    for s, e in ctx.paras.spans:
        if not ctx.is_blocked(s) or not _is_question(ctx.masked, s, e):
            continue
        for m in _YOU_SAID.finditer(ctx.masked, s, e):
            _, se = ctx.sentence(m.end())
            en = min(se, e)
            while en > m.end() and (ctx.text[en - 1].isspace() or ctx.text[en - 1] in ".?"):
                en -= 1
            if len(ctx.text[m.end():en].split()) >= 3:
                out.append(Statement(who, "you", "indirect", ctx.text[m.end():en], m.end(), en,
                                     cue="qa-question:you-said"))
    return out
