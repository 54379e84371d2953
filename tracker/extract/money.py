"""Public money figures: what is asked for, budgeted, granted, spent, recovered or settled.

Each figure becomes one ``Funding`` with a compact evidence phrase around it, a kind and period
read from nearby cue words, the official it belongs to (or None), and a ``flag`` when a stated
sum does not match its own arithmetic ("$88,665 x 2 = $183,994").
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from tracker.extract import money_owner, money_public, money_roles, quotemarks, topics
from tracker.extract import sentences as sent_mod
from tracker.extract.amounts import Money, find_money, format_usd
from tracker.extract.bills import article_sentences, bills_with_mentions, span_index, subject_official
from tracker.extract.cast import Cast
from tracker.extract.document import Funding, Statement
from tracker.extract.lexicon import Cue
from tracker.extract.money_roles import Term

# A figure that paid for something described: "renovated with a $235 million grant", "built using $4 million".
_MEANS = re.compile(r"\b(?:[a-z]+ed|built|rebuilt|bought)\s+(?:with|using)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$")
# Between a speaker and the quotation they are said to speak: "Diaz explained, the cuts were delayed, "
_INTRODUCES = re.compile(r"\s*,?\s*(?:[a-z]+\s+){0,2}(?:explain\w*|said|says|told|wrote|writes|added|noted|argued|"
                         r"insisted|declared|put\s+it)\b[^.!?“”\"]*$")
_QUOTED_PHRASE = 6  # words: a quoted phrase ("a one-time payment of “$5 billion”") is not a quotation
# A sentence that opens with a subject of its own (a person or body the cast does not hold): "Still, Jo Diaz
# offered ...", "Senate Democrats blocked ...".
_OWN_SUBJECT = re.compile(r"(?:[A-Z][\w’']*(?:\s+[\w’']+){0,3},\s+)?(?:The\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+\b")
# Figures that describe how things stand (a fund's balance, a debt, a hole in a budget) belong to no one.
_DESCRIBED = Cue(r"stands\s+at|holds|liabilit\w*|hole|faces|facing|generated|owes|national\s+debt|"
                 r"ballooned|is\s+projected|was\s+projected|surpass\w*|reaching|annual\s+deficit")

_KINDS: list[tuple[str, Cue]] = [
    ("settlement", Cue(r"settle\w*", tail="")),
    ("recovery", Cue(r"recover\w*|restitution|refund\w*|reimburs\w*|claw\s*back|forfeit\w*", tail="")),
    ("grant", Cue(r"grants?|awarded|available\s+to")),
    ("budget", Cue(r"budget\w*|enterprise|fiscal\s+year|operating")),
    ("request", Cue(r"request\w*|seek\w*|sought|asks?\s+for|asked\s+for|proposal|propos\w*|"
                    r"plans?\s+to|wants?|calls?\s+for")),
    ("appropriation", Cue(r"appropriat\w*|allocat\w*|approv\w*|direct\w*|earmark\w*|add(?:s|ed)?|"
                          r"invest\w*|using|fund(?:s|ed|ing)?")),
    ("cost", Cue(r"costs?|costing|price\s+tag|need\w*|expense\w*|spen[dt]\w*")),
]
_MULTI_YEAR = Cue(r"over\s+(?:the\s+next\s+)?(?:two|three|four|five|ten|several|\d+)\s+years|"
                  r"biennium|biennial|\d+-year|over\s+a\s+decade|since\s+(?:19|20)\d\d")
_ANNUAL = Cue(r"per\s+year|a\s+year(?!\s+(?:ago|earlier|later|after|before))|each\s+year|"
              r"every\s+year|annual(?:ly)?|yearly|per\s+annum|last\s+year|"
              r"operating\s+budget|fiscal\s+year|FY\s?\d{2,4}|state\s+budget|city\s+budget|county\s+budget|"
              r"town\s+budget|school\s+budget|general\s+fund\s+budget|enterprise")
_ONE_TIME = Cue(r"one[- ]time|will\s+cost|would\s+cost|surplus|fund\s+balance|reserves?|"
                r"rainy[- ]day|from\s+the\s+fund|lump[- ]sum|make\s+(?:up\s+to\s+)?\S+(?:\s+\w+)?\s+available|"
                r"settle\w*|set\s+aside|already\s+spent|ha(?:s|ve)\s+spent|civil\s+penalty|"
                r"bond\s+(?:issue|sale|measure)|rebate")

_BULLET = re.compile(r"[ \t\xa0]*(?:[-•*·–]|\d{1,2}[.)])[ \t\xa0]")
_LEFT_STOP = re.compile(r"[,;:=+•\n—–]|\s-\s|\s(?:and|or|but)\s")
_RIGHT_STOP = re.compile(r"[,;:()=+\n—–!?]|\.(?:\s|$)|\s-\s|\s(?:to|and)\s+\$")
_PURPOSE_AFTER = re.compile(
    r"\s*(?:in\s+\w+\s+)?"
    r"(?:(?:a\s+year|per\s+year|each\s+year|every\s+year|annually|a\s+month|per\s+month|"
    r"over\s+(?:the\s+next\s+)?\w+\s+years)\s+)?"  # "$50 million annually for repairs"
    r"(?:for|towards?|on|in(?=\s+(?!the\b|a\b|an\b|\d|(?-i:[A-Z]))))\s+(?:a|an|the)?\s*(?P<p>[^,;:.()=+—–\n]{3,80}?)"
    r"(?=[,;:.()=+—–\n]|\s+(?:and|but|which|that|as|according|by|over|to\s+\$)\b|$)", re.I)
_STATED_FOR = re.compile(r"\b(?:for|in)\s+(?:(?:a|an|the)\s*)?$", re.I)  # "$5 million a year for roads"
_PURPOSE_NOUN = re.compile(
    r"\s+(?P<p>(?:[a-z-]+\s+){0,3}(?:budget|fund|program|plan|package|grant|project|contract|settlement|"
    r"lab|facility|bond|deficit|surplus|shortfall|increase|cut|allotment))\b")
# "water works at $3.92 million", "Salary: $65,000", "(benefits) $23,665"
_LABEL_BEFORE = re.compile(r"(?P<p>[A-Za-z][\w’' -]{0,40}?)\)?\s*(?:\s(?:at|of)\s*|:\s*|\s*)$")
_PURPOSE_TO = re.compile(r"\s+(?:[a-z]+\s+){0,4}?to\s+(?P<p>(?!\$)[a-z]+\s[^,;:.()=+—–\n]{3,70}?)"
                         r"(?=[,;:.()=+—–\n]|\s+(?:and|but|which|as|according|by)\b|$)")
_LABEL_NOISE = re.compile(r"^(?:and|or|the|a|an|is|was|are|were|be|of|at|from|to|with|by|about|than|more|"
                          r"up|only|nearly|almost|over|under|using|use|cost|costs|will|would|upwards?|roughly|"
                          r"around|approximately|least|some|another|additional|extra|"
                          r"it|he|she|they|we|i|you|this|which|who)$", re.I)

# "+ (benefits) $23,665", "+ benefits $20,000": a label may stand between an operator and its figure
_OPERATOR = re.compile(
    r"\s*(?:\([^()\n]{0,30}\)\s*)?(?P<op>[+x×*/=]|plus|minus|times|equals)\s*"
    r"(?:\([^()\n]{0,30}\)\s*|(?-i:[a-z]+)(?:\s(?-i:[a-z]+)){0,2}\s+)?", re.I)
_BARE_NUMBER = re.compile(r"(?<![\w$.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w,]\d|%)")
_RANGE_END = re.compile(r"(?:\b(?P<from>from)|(?:\d|\b(?:thousand|million|billion))\s+(?P<to>to))\s+$")
_TOKEN = re.compile(r"\S+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_AFTER = re.compile(r"\s+to\s+\$")
_WORDS_BACK = 6
_WORDS_AHEAD = 8


def _bounds(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = span_index(spans, pos)
    return spans[i] if i >= 0 else (pos, pos + 1)


def _evidence(text: str, mo: Money, sent: tuple[int, int], neighbours: list[Money]) -> tuple[int, int]:
    """A compact phrase: a few words either side of the figure, inside its clause."""
    lo, hi = sent
    for other in neighbours:
        if other.end <= mo.start:
            lo = max(lo, other.end)
        elif other.start >= mo.end:
            hi = min(hi, other.start)
    left = text[lo:mo.start]
    stops = list(_LEFT_STOP.finditer(left))
    if stops:
        lo += stops[-1].end()
    words = list(_TOKEN.finditer(text, lo, mo.start))
    if len(words) > _WORDS_BACK:
        lo = words[-_WORDS_BACK].start()
    ends = _RANGE_END.search(text, lo, mo.start)
    if ends:  # "from $5,140 to $6,030": each end of a range is its own phrase
        lo = ends.start("from") if ends["from"] else ends.start("to")
    stop = _RIGHT_STOP.search(text, mo.end, sent[1])
    if stop:
        hi = min(hi, stop.start())
    words = list(_TOKEN.finditer(text, mo.end, hi))
    if len(words) > _WORDS_AHEAD:
        hi = words[_WORDS_AHEAD - 1].end()
    while lo < mo.start and (text[lo].isspace() or text[lo] in "\"“”'’"):
        lo += 1
    while hi > mo.end and (text[hi - 1].isspace() or text[hi - 1] in "\"“”'’"):
        hi -= 1
    return lo, hi


def _kind(low: str) -> str:
    """The first kind whose cue words a lower-cased window holds, or "" for none."""
    return next((name for name, cue in _KINDS if cue.search_lowered(low)), "")


_SALARY = Cue(r"salary|salaries|wages?")


def _period(label: str, clause: str, sentence_period: str | None) -> str | None:
    """The figure's period from its label, its clause, else its sentence (all lower-cased)."""
    # a salary is yearly, but only for the figure it labels, not every figure near the word
    if _SALARY.search_lowered(label) and not _MULTI_YEAR.search_lowered(clause):
        return "annual"
    p = _window_period(clause)
    return p if p != "" else (sentence_period or None)


def _window_period(low: str) -> str | None:
    """None for a multi-year span, "annual", "one_time", or "" when a lower-cased window has no cue."""
    if _MULTI_YEAR.search_lowered(low):
        return None
    if _ANNUAL.search_lowered(low):
        return "annual"
    if _ONE_TIME.search_lowered(low):
        return "one_time"
    return ""


def _purpose(text: str, mo: Money, ev: tuple[int, int]) -> tuple[str | None, bool]:
    """A short phrase for what the money is for, and whether it was stated with "for"."""
    m = _PURPOSE_AFTER.match(text, mo.end, max(ev[1], mo.end))
    if m:
        words = re.sub(r"[“”\"]", "", m["p"]).split()
        return " ".join(words[:10]), bool(_STATED_FOR.search(text, m.start(), m.start("p")))
    m = _PURPOSE_NOUN.match(text, mo.end, ev[1])
    if m:
        return m["p"], False
    m = _PURPOSE_TO.match(text, mo.end, max(ev[1], mo.end))
    if m:
        return " ".join(m["p"].split()[:10]), False
    m = _LABEL_BEFORE.search(text, ev[0], mo.start)
    if m:
        words = [w for w in m["p"].split() if w]
        while words and _LABEL_NOISE.match(words[-1]):
            words.pop()
        while words and _LABEL_NOISE.match(words[0]):
            words.pop(0)
        if (words and len(words) <= 3 and not any(_VERBISH.match(w) for w in words)
                and words[0].lower() not in ("for", "in", "on", "to", "with", "by", "from", "of")):
            return " ".join(words), False
    return None, False


_VERBISH = re.compile(r"^(?:\w+ed|\w+ing|is|are|was|were|will|would|could|should|has|have|had|need|needs|"
                      r"make|makes|said|says|directs|in|addition|that|which|about|want|wants|ask|asks|seek|seeks|"
                      r"propose|proposes|add|adds|put|puts|spend|spends|get|gets|give|gives|take|takes|"
                      r"owe|owes|lost|lose|loses|it|he|she|they|we|i|you)$", re.I)


def _content(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if len(w) > 2}


def _evaluate(terms: list[tuple[str, Decimal]]) -> Decimal:
    """Left-to-right with x and / before + and -."""
    sums: list[Decimal] = []
    for op, val in terms:
        if op in ("x", "×", "*", "times") and sums:
            sums[-1] *= val
        elif op == "/" and sums and val:
            sums[-1] /= val
        elif op in ("minus",):
            sums.append(-val)
        else:
            sums.append(val)
    return sum(sums, Decimal(0))


def _render(terms: list[tuple[str, Decimal, bool]]) -> str:
    if len(terms) == 2 and terms[1][0].lower() in ("x", "×", "*", "times") and terms[0][2] and not terms[1][2]:
        return f"{terms[1][1].normalize():f} x {format_usd(terms[0][1])}"  # "2 x $88,665"
    parts = []
    for i, (op, val, is_money) in enumerate(terms):
        shown = format_usd(val) if is_money else f"{val.normalize():f}"
        parts.append(shown if i == 0 else f"{op} {shown}")
    return " ".join(parts)


def _chains(text: str, moneys: list[Money], sent: tuple[int, int]) -> list[list[Term]]:
    """The sentence's arithmetic: runs of figures and bare counts joined only by operators."""
    money_at = {m.start: m for m in moneys if sent[0] <= m.start < sent[1]}
    tokens: list[tuple[int, int, Decimal, bool]] = [(m.start, m.end, m.amount, True) for m in money_at.values()]
    for b in _BARE_NUMBER.finditer(text, sent[0], sent[1]):
        if not any(s <= b.start() < e for s, e, _, _ in tokens):
            tokens.append((b.start(), b.end(), Decimal(b[0].replace(",", "")), False))
    tokens.sort()
    chains: list[list[Term]] = []
    i = 0
    while i < len(tokens):
        chain = [Term("", tokens[i][0], tokens[i][2], tokens[i][3])]
        j = i
        while j + 1 < len(tokens):
            joint = _OPERATOR.fullmatch(text, tokens[j][1], tokens[j + 1][0])
            if not joint:
                break
            chain.append(Term(joint["op"].lower(), tokens[j + 1][0], tokens[j + 1][2], tokens[j + 1][3]))
            j += 1
        i = j + 1
        if len(chain) > 1 and any(t.is_money for t in chain):
            chains.append(chain)
    return chains


def _check_chains(text: str, moneys: list[Money], chains: list[list[Term]]) -> dict[int, str]:
    """Flags, by figure start, for stated results that differ from the arithmetic before them."""
    scaled = {m.start for m in moneys if m.scaled}
    flags: dict[int, str] = {}
    for chain in chains:
        if not any(t.op in ("=", "equals") for t in chain):
            continue  # no stated result ("= $X", "equals $X"), nothing to check
        segments = money_roles.split_at_results(chain)
        for prev, seg in itertools.pairwise(segments):
            if not prev or not seg or len(prev) < 2:
                continue
            expected = _evaluate([(t.op, t.value) for t in prev])
            stated = seg[0]
            tolerance = max(Decimal(1), abs(expected) * Decimal("0.01") if stated.start in scaled else Decimal(1))
            if stated.is_money and abs(expected - stated.value) > tolerance:
                shown = _render([(t.op, t.value, t.is_money) for t in prev])
                flags[stated.start] = f"stated {format_usd(stated.value)} but {shown} = {format_usd(expected)}"
    return flags


def find_funding(text: str, cast: Cast, statements: list[Statement]) -> list[Funding]:
    """Every public money figure in the article, one entry per figure and purpose."""
    moneys = find_money(text)
    if not moneys:
        return []
    sents = article_sentences(text)
    paras = sent_mod.paragraphs(text)
    bill_spans: list[tuple[str, list[tuple[int, int]]]] | None = None
    chains = [c for s in {_bounds(sents, m.start) for m in moneys} for c in _chains(text, moneys, s)]
    flags = _check_chains(text, moneys, chains)
    out: list[tuple[Funding, bool]] = []
    figure_of: dict[int, tuple[int, int]] = {}  # id of a Funding -> span of its figure
    public_in: dict[tuple[int, int], bool] = {}  # sentences holding public money
    by_sentence: dict[tuple[int, int], tuple[str, str | None]] = {}  # (kind, period) cues of a whole sentence
    for mo in moneys:
        sent = _bounds(sents, mo.start)
        if sent[1] - sent[0] <= 1:
            continue
        para = _bounds(paras, mo.start)
        siblings = [m for m in moneys if m is not mo and sent[0] <= m.start < sent[1]]
        ev = _evidence(text, mo, sent, siblings)
        clause = text[ev[0]:ev[1]].lower()
        sentence = text[sent[0]:sent[1]].lower()
        if sent not in by_sentence:
            by_sentence[sent] = (_kind(sentence), _window_period(sentence))
        line_start = text.rfind("\n", 0, mo.start) + 1
        if _BULLET.match(text, line_start):  # a list item reads with the line that introduces the list
            sentence = _list_intro(text, line_start).lower() + " " + sentence
        # in an official's own words, or asked for / proposed / spent by a named official
        # in an official's own words, asked for / proposed / spent by a named official, or beside
        # public money in the same sentence ("$300,000 one-time plus $150,000 a year")
        spoken = any(st.start <= mo.start < st.end and st.speaker for st in statements) or bool(
            money_owner.actor(text, cast, mo.start, sent)) or public_in.get(sent, False)
        context = text[max(0, sent[0] - 300):sent[0]].lower()
        near = text[max(sent[0], mo.start - 50):min(sent[1], mo.end + 25)].lower()
        wide = text[max(sent[0], mo.start - 50):min(sent[1], mo.end + 60)].lower()
        money_class = money_public.classify(clause, sentence, float(mo.amount), context, spoken, near, wide)
        public_in[sent] = public_in.get(sent, False) or money_class == "public"
        if money_class == "none":
            continue
        if money_class == "campaign":
            for f in _campaign(text, cast, moneys, mo, ev, sent, flags):
                out.append(f)
                figure_of[id(f[0])] = (mo.start, mo.end)
            continue
        kind = _kind(clause) or by_sentence[sent][0] or "other"
        period = _period(text[max(ev[0], mo.start - 25):min(ev[1], mo.end + 25)].lower(), clause, by_sentence[sent][1])
        purpose, explicit = _purpose(text, mo, ev)
        baseline = bool(_FROM_BEFORE.search(text[max(sent[0], mo.start - 6):mo.start])) and bool(
            _TO_AFTER.match(text[mo.end:mo.end + 8]))
        official = None if baseline else _owner(text, cast, statements, moneys, mo, sent, para)
        if official is None and not baseline:
            if bill_spans is None:
                bill_spans = [(next((p.official for p in b.positions if p.stance == "supports"), ""), spans)
                              for b, spans in bills_with_mentions(text, cast, statements)]
            official = next((who for who, spans in bill_spans if who and any(
                sent[0] <= s < sent[1] for s, _ in spans)), None)
        if official is None and not baseline and out and _BULLET.match(text, text.rfind("\n", 0, mo.start) + 1):
            # "- $12 million for a crime lab": a list item is part of the plan the figure before the
            # list belongs to ("The governor's $210 million plan ... Other highlights include:")
            official = next((f.official for f, _ in reversed(out) if f.official), None)
        cue = f"money:{kind}" + (":from-baseline" if baseline else "")
        topic = next(iter(topics.classify(text[sent[0]:sent[1]], context=text, start=sent[0])), None)
        out.append((Funding(mo.amount, mo.currency, period, kind, purpose, official, text[ev[0]:ev[1]],
                            ev[0], ev[1], flags.get(mo.start), cue, topic=topic), explicit))
        figure_of[id(out[-1][0])] = (mo.start, mo.end)
    items = _dedupe(out)
    money_roles.assign(text, items, [figure_of[id(f)] for f in items], chains, paras)
    return items


def _list_intro(text: str, line_start: int) -> str:
    """The nearest line above a list item that is neither blank nor another item."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _BULLET.match(text, start):
            return line
        end = start - 1
    return ""


def _campaign(text: str, cast: Cast, moneys: list[Money], mo: Money, ev: tuple[int, int],
              sent: tuple[int, int], flags: dict[int, str]) -> list[tuple[Funding, bool]]:
    """Campaign money, kept only when tied to a named candidate or committee."""
    official = money_owner.campaign_owner(text, cast, mo.start, sent, _starts(moneys, sent), mo.end)
    committee = money_public.committee(text, sent, mo.start, mo.end)
    if official is None and committee is None:
        return []
    purpose, explicit = _purpose(text, mo, ev)
    clause = text[ev[0]:ev[1]].lower()
    period = _window_period(clause) or None
    return [(Funding(mo.amount, mo.currency, period, "campaign", committee if official is None else purpose, official,
                     text[ev[0]:ev[1]], ev[0], ev[1], flags.get(mo.start), "money:campaign"), explicit)]


def _starts(moneys: list[Money], sent: tuple[int, int]) -> list[int]:
    return [m.start for m in moneys if sent[0] <= m.start < sent[1]]


def _owner(text: str, cast: Cast, statements: list[Statement], moneys: list[Money], mo: Money,
           sent: tuple[int, int], para: tuple[int, int]) -> str | None:
    # The official whose verb governs the figure ("Manafort said Trump raised $4 million" is Trump's).
    who = money_owner.actor(text, cast, mo.start, sent, _starts(moneys, sent))
    if who is not None:
        return who or None
    if _DESCRIBED.search(text[max(sent[0], mo.start - 50):min(sent[1], mo.end + 30)]):
        return None  # "the liability, which stands at $33 billion": a state of affairs, nobody's ask
    # The outermost statement holding the figure: "X said Y could support $75 billion" is X's account.
    holders = [s for s in statements if s.start <= mo.start < s.end and s.speaker]
    if holders:
        return max(holders, key=lambda s: s.end - s.start).speaker
    quote = next((q for q in quotemarks.quotes(text) if q.start <= mo.start < q.end
                  and len(text[q.start:q.end].split()) > _QUOTED_PHRASE), None)
    if quote is not None:
        # someone's words: the official said to say them elsewhere in the quotation or introduced as
        # saying it; a quoted passage that names officials itself reads as narrative; else nobody's (the
        # words of someone who is not an official, or whose speaker was not found), not the subject's
        said = next((s.speaker for s in statements if s.speaker and s.start < quote.end and quote.start < s.end),
                    None) or _introduced_by(text, cast, quote.open_mark)
        if said or not any(m.official for m in cast.mentions_between(quote.start, mo.start)):
            return said
    if _MEANS.search(text, max(sent[0], mo.start - 40), mo.start):
        return None  # "a station renovated with a $235 million grant": what paid for a thing, nobody's ask here
    if not any(m.official for m in cast.mentions_between(sent[0], sent[1])) and _OWN_SUBJECT.match(
            text, sent[0], mo.start):
        return None  # "Still, Jo Diaz offered $30 billion": a subject of its own, not the paragraph's official
    if not any(m.official for m in cast.mentions_between(sent[0], sent[1])):
        last = cast.last_official_before(sent[0], floor=para[0])
        if last is not None and not _subject_of_its_sentence(text, last.start):
            return None  # "... the attacks that left Ambassador Jo Diaz dead? It cost $7 million": not hers
    return subject_official(text, cast, [], mo.start, sent, para)


def _subject_of_its_sentence(text: str, pos: int) -> bool:
    """Whether the mention at ``pos`` opens its sentence (after a title or a few words at most)."""
    start = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos), text.rfind("\n", 0, pos))
    lead = text[start + 1:pos].strip()
    return len(lead) <= 40 and "," not in lead


def _introduced_by(text: str, cast: Cast, mark: int) -> str | None:
    """The official who a line introduces as saying the quotation opening at ``mark``: "As Jo Diaz
    explained, the cuts were delayed, “which ...”"."""
    lo = max(text.rfind("\n", 0, mark) + 1, mark - 200)
    for m in reversed(cast.mentions_between(lo, mark)):
        if m.official and _INTRODUCES.match(text, m.end, mark):
            return m.official
    return None


def _dedupe(items: list[tuple[Funding, bool]]) -> list[Funding]:
    """The same figure repeated (a headline figure restated in the body) is one entry, the first;
    the same amount stated "for" two different purposes stays two."""
    kept: list[tuple[Funding, bool]] = []
    for f, explicit in items:
        twin = None
        for k, k_explicit in kept:
            if k.amount != f.amount or k.currency != f.currency:
                continue
            a, b = _content(k.purpose), _content(f.purpose)
            if explicit and k_explicit and a and b and len(a & b) / len(a | b) < 0.3:
                continue
            twin = k
            break
        if twin is None:
            kept.append((f, explicit))
            continue
        twin.official = twin.official or f.official
        twin.period = twin.period or f.period
        twin.purpose = twin.purpose or f.purpose
        twin.flag = twin.flag or f.flag
        if twin.kind == "other":
            twin.kind = f.kind
    return [f for f, _ in kept]
