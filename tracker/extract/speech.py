"""What quotes, reported speech and interviews share: speech verbs, the article's layout, and who
the subject of a speech verb is."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tracker.extract import noise, quotemarks
from tracker.extract.cast import Cast, Mention
from tracker.extract.lexicon import trie_pattern
from tracker.extract.quotemarks import Quote
from tracker.extract.sentences import Spans, paragraph_spans, sentence_spans

_S = r"[ \t\xa0]"
# Verbs that take a that-less clause ("Roe said the plan failed").
SAY_BARE = (r"said|says|say|told|tells|argued|argues|warned|warns|insisted|insists|stressed|stresses|cautioned|"
            r"cautions|contended|contends|asserted|asserts|emphasized|"
            r"emphasizes|maintains|maintained|testified|testifies|claimed|claims|"
            r"predicted|predicts|acknowledged|acknowledges|admitted|admits|explained|explains|wrote|writes|"
            r"added|adds|noted|notes|declared|declares|vowed|vows|agreed|agrees|announced|announces|suggested|"
            r"suggests|pointed\sout|points\sout|stated|states|recalled|recalls|replied|replies|responded|responds|"
            r"continued|continues|urged|urges|conceded|concedes|estimated|estimates|reiterated|reiterates|"
            r"complained|complains|countered|counters|observed|observes|remarked|remarks|promised|promises|"
            r"tweeted|tweets|joked|jokes|quipped|quips|boasted|boasts|bragged|brags|lamented|laments|"
            r"concluded|concludes|assured|assures|reminded|reminds|alleged|alleges|proclaimed|proclaims|"
            r"conceded|concedes|retorted|retorts|mused|muses|vowed|vows|pledged|pledges|"
            r"signaled|signals|hinted|hints|indicated|indicates|demanded|demands|"
            r"is\stelling|is\ssaying|is\swarning|is\sarguing|is\sclaiming|are\ssaying|has\ssaid|have\ssaid|"
            r"called\sfor|calls\sfor|called\son|calls\son|proposed|proposes|threatened|threatens|repeated|repeats|described|describes|accused|accuses|blamed|blames|"
            r"slammed|slams|criticized|criticizes|praised|praises|touted|touts|dismissed|dismisses|defended|"
            r"defends|hailed|hails|decried|decries|condemned|condemns|rejected|rejects|ripped|rips|lambasted|"
            r"lambastes|derided|derides|"
            r"asked|asks|retweeted|denied|denies|made\sclear|made\sit\sclear|makes\sclear|makes\sit\sclear|"
            r"answered|answers|yelled|yells|shouted|shouts|exclaimed|exclaims|interjected|interjects|snapped|"
            r"fired\sback|fires\sback|shot\sback|recounted|recounts|chimed\sin|scoffed|scoffs|cracked|"
            r"marveled|marvels|mocked|mocks|continued\sto\sinsist|continues\sto\sinsist|is\scontinuing\sto\sinsist|"
            r"continued\sto\sargue|continues\sto\sargue|went\son\sto\ssay|goes\son\sto\ssay|went\son\sto\sargue|"
            # after "to" only: "held a briefing to brag that ...", "went out of his way to insist that ..."
            r"to\sargue|to\sinsist|to\sclaim|to\sbrag|to\sboast|to\swarn|to\sdeclare|to\sstress|"
            r"to\scomplain|to\spredict|to\sassert|to\ssay")
# Of those, the ones that are as often not speech ("added $5 million", "noted author") and need "that".
SAY_NEEDS_THAT = {"added", "adds", "noted", "notes", "wrote", "writes", "announced", "announces", "agreed", "agrees",
                  "suggested", "suggests", "stated", "states", "recalled", "recalls", "continued", "continues",
                  "predicted", "predicts", "acknowledged", "acknowledges", "admitted", "admits", "explained",
                  "explains", "declared", "declares", "claimed", "claims", "maintains", "maintained", "replied",
                  "replies", "responded", "responds", "observed", "observes", "remarked", "remarks", "estimated",
                  "estimates", "promised", "promises", "conceded", "concedes", "countered", "counters", "told",
                  "tells", "complained", "complains", "reiterated", "reiterates", "testified", "testifies",
                  "tweeted", "tweets", "joked", "jokes", "quipped", "quips", "boasted",
                  "boasts", "bragged", "brags", "lamented", "laments", "concluded", "concludes", "assured", "assures",
                  "reminded", "reminds", "alleged", "alleges", "proclaimed", "proclaims", "retorted", "retorts",
                  "mused", "muses", "vowed", "vows", "pledged", "pledges",
                  "signaled", "signals", "hinted", "hints", "indicated", "indicates", "demanded", "demands",
                  "is telling", "is warning", "is arguing", "is claiming", "threatened", "threatens",
                  "asked", "asks", "made clear", "made it clear", "makes clear", "makes it clear",
                  "answered", "answers", "yelled", "yells", "shouted", "shouts", "exclaimed", "exclaims", "interjected",
                  "interjects", "snapped", "fired back", "fires back", "shot back", "recounted", "recounts",
                  "chimed in", "scoffed", "scoffs", "cracked", "marveled", "marvels", "mocked", "mocks",
                  "to argue", "to insist", "to claim", "to brag", "to boast", "to warn", "to declare", "to stress",
                  "to complain", "to predict", "to assert", "to say"}
# Verbs of praise and blame: their object is what the speaker said of someone ("slammed the plan")
JUDGING = frozenset({"slammed", "slams", "criticized", "criticizes", "praised", "praises", "touted", "touts",
                     "dismissed", "dismisses", "defended", "defends", "hailed", "hails", "decried", "decries",
                     "condemned", "condemns", "rejected", "rejects", "ripped", "rips", "lambasted", "lambastes",
                     "derided", "derides"})
# Verbs whose object, not a clause, is what was said: "vowed to cut taxes", "called for a ban on X",
# "proposed raising the wage".
SAY_OBJECT = {"promised": "to", "promises": "to", "vowed": "to", "vows": "to", "pledged": "to", "pledges": "to",
              "threatened": "to", "threatens": "to", "called for": "", "calls for": "", "called on": "on",
              "calls on": "on", "repeated": "", "repeats": "", "described": "", "describes": "", "accused": "",
              "accuses": "", "blamed": "", "blames": "", "proposed": "",
              **{verb: "" for verb in JUDGING},
              "proposes": "", "demanded": "", "demands": "", "tweeted": "", "tweets": "", "retweeted": "",
              "reiterated": "", "reiterates": "", "acknowledged": "",
              "acknowledges": "", "denied": "", "denies": "", "conceded": "", "concedes": "", "announced": "",
              "announces": ""}
SCARE_WORDS = 4  # a quotation this short with no speech cue is a term, a title or a scare quote
SAY_WORDS = tuple(w.replace(r"\s", " ") for w in SAY_BARE.split("|"))
SAY_RX = re.compile(rf"(?<![\w-]){trie_pattern(SAY_WORDS)}\b")  # not "self-described", "so-called"
# Between a subject and its verb: nothing, adverbs, or one parenthetical set off by commas/dashes.
# Manner adverbs ("Roe emphatically said"), never nouns that end the same way ("the Roe family said")
_LY = (r"(?!(?:family|only|rally|ally|daily|weekly|monthly|yearly|supply|reply|assembly|july|italy|ugly|holly|"
       r"molly|kelly|sally|bully|belly|jelly|lily|emily|beverly|kimberly|shelly|billy)\b)[a-z]{2,}ly")
MANNER_ADVERB = re.compile(rf"\b{_LY}\b")
_ADVERBS = (_LY + r"|also|then|later|previously|recently|today|yesterday|tonight|now|has|have|had|instead|further|"
            r"again|since|"
            r"repeatedly|publicly|once|however|meanwhile|herself|himself|themselves|always|consistently|"
            r"often|long|would|will|did|does|just|still|even|already|never|specifically|frequently|firmly|"
            r"strongly|privately|initially|first|last|quickly|simply|flatly|has\s+long|has\s+also|had\s+also")
GAP_RX = re.compile(
    rf"^(?:[’']s?)?(?:[ \t\xa0]+(?:presidential[ \t\xa0]+|reelection[ \t\xa0]+)?(?:campaign|office|team))?"
    rf"(?:{_S}+(?:of|from){_S}+[A-Z][\w.’'-]*(?:{_S}+[A-Z][\w.’'-]*)?)?"  # "Sen. Jo Lee of Elm said"
    rf"(?:{_S}+(?:himself|herself|themselves))?"  # "Roe herself, as well as her campaign, has said"
    rf"[ \t\xa0]*(?:(?:,|—|–|--|\()[^!?\n]*?(?:,|—|–|--|\)))?[ \t\xa0]*,?[ \t\xa0]*"
    rf"(?:(?:{_ADVERBS})[ \t\xa0]+)*"
    # "Roe on Tuesday said", "Roe in an interview Sunday said", "Roe at a rally in Elm said"
    rf"(?:(?:on|in|at|during|last|this|early|late|earlier|later|after|before){_S}+(?:(?!and\b|but\b)[\w’'.-]+{_S}+){{0,5}}?)?"
    rf"(?:(?:{_ADVERBS})[ \t\xa0]+)*$"
)
# "Roe, who says the plan will fail, voted ...": a speech verb inside the relative clause is its own
_WHO_CLAUSE = re.compile(r"(?:[ \t\xa0]*\([^()\n]{1,30}\))?[ \t\xa0]*,[ \t\xa0]+who[ \t\xa0][^,;:\"“”]*,"
                         r"[ \t\xa0]*(?:\w+[ \t\xa0]+)?$")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:for|of|with|to|by|from|against|about|at|on|behind|under|toward|towards|than|like|between|among|"
    r"including)[ \t\xa0]+(?:(?:[A-Z][\w.’'-]*|the|of)[ \t\xa0]+)*$"
)
# "Secretary of State Ann Roe said": the "of" is the title's, not a preposition the name hangs on
_TITLE_OF = re.compile(r"\b(?:Secretary|Minister|Chairman|Chairwoman|Chair|Director|Governor|Speaker|Mayor|President|"
                       r"Chief|General|Administrator|Commissioner|Ambassador|Leader|Head|Secretary-General|Supervisor|"
                       r"Clerk|Inspector|Treasurer|Superintendent|Justice|Judge)"
                       r"[ \t\xa0]+of[ \t\xa0]+(?:the[ \t\xa0]+)?(?:[A-Z][\w.’'-]*[ \t\xa0]+){1,5}$")
# Between "said" and a name: titles and descriptions, "said Elm County Commission chairman Ray Olmo",
# "said Roe's former campaign manager Bo Diaz", but never "said in a report by Ann Roe".
_TITLES_ONLY = re.compile(
    r"^[ \t\xa0]*(?:(?!(?:by|to|from|with|about|and|or|but|that|which|who|after|before|in|on|at|for|it|its|"
    r"was|is|are|were|be|been|he|she|they|we|you|i|his|her|their|has|had|have|would|will|could|should|can|may|"
    r"might|not|no|if|when|while|as|than|then|there|this|these|those)[ \t\xa0])"
    r"(?:[A-Z][\w.’'-]*|[a-z][\w’'-]*|\d+)[ \t\xa0]+){0,7}$")
# "Roe spokesman", "Roe's press secretary,": a staffer speaking, named next
_STAFF_AFTER = re.compile(
    r"(?:[’']s)?[ \t\xa0]+(?:(?:presidential|reelection|re-election|Senate)[ \t\xa0]+)?(?:campaign[ \t\xa0]+)?"
    r"(?:(?:senior|chief|top|national|deputy)[ \t\xa0]+)?"
    r"(?:spokes(?:man|woman|person)|press[ \t\xa0]+secretary|communications[ \t\xa0]+director|"
    r"aide|adviser|advisor|chief[ \t\xa0]+of[ \t\xa0]+staff|deputy|manager|chairman|chairwoman|strategist)"
    r"[ \t\xa0]*,?[ \t\xa0]+(?=[A-Z])"
)
_PRIVATE_NAME = re.compile(r"[ \t\xa0]*(?:[A-Z][\w.’'-]+[ \t\xa0]+)*[A-Z][a-z][\w’'-]*")


@dataclass
class Ctx:
    """One article's text with its layout, computed once and shared by every statement finder."""

    text: str
    cast: Cast
    masked: str = ""
    quotes: tuple[Quote, ...] = ()
    sents: Spans = field(default_factory=lambda: Spans([]))
    paras: Spans = field(default_factory=lambda: Spans([]))
    blocked: list[tuple[int, int]] = field(default_factory=list)  # interview spans other finders skip
    _qstarts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, cast: Cast) -> Ctx:
        masked = noise.mask(text)
        ctx = cls(text=text, cast=cast, masked=masked, quotes=quotemarks.quotes(text),
                  sents=sentence_spans(masked), paras=paragraph_spans(masked))
        ctx._qstarts = [q.start for q in ctx.quotes]
        return ctx

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation whose inner text holds ``pos``."""
        i = bisect.bisect_right(self._qstarts, pos) - 1
        # a multi-paragraph run may start before an earlier short one ends; look back a little
        for j in range(i, max(-1, i - 3), -1):
            q = self.quotes[j]
            if q.start <= pos < q.end:
                return q
        return None

    def is_blocked(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.blocked)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.sents.at(pos) or (pos, pos)

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self.paras.at(pos) or (pos, pos)

    def persons_between(self, start: int, end: int) -> list[Mention]:
        """Mentions in ``[start, end)`` that are not inside a quotation."""
        return [m for m in self.cast.mentions_between(start, end) if not self.quote_at(m.start)]


def subject_of(ctx: Ctx, verb_start: int, extra_gap: re.Pattern[str] | None = None) -> Mention | None:
    """The person a speech verb belongs to: the leftmost mention in its sentence joined to the verb
    by nothing but adverbs or one parenthetical ("Walker — a former mayor — said")."""
    s, _ = ctx.sentence(verb_start)
    for m in ctx.persons_between(s, verb_start):
        gap = ctx.masked[m.end:verb_start]
        plain = GAP_RX.match(gap) and (not SAY_RX.search(gap) or _WHO_CLAUSE.match(gap))
        if not (plain or (extra_gap is not None and extra_gap.match(gap))):
            continue
        if _AFTER_PREPOSITION.search(ctx.masked, max(s, m.start - 60), m.start) and not _TITLE_OF.search(
                ctx.masked, max(s, m.start - 60), m.start):
            continue  # "a spokesman for Roe, Sam Poe, said": Roe is not the one speaking
        if m.kind == "title" and m.official is None and not m.text[:1].isupper():
            continue
        return m
    return None


def staffer(ctx: Ctx, m: Mention) -> Mention | None:
    """In "said Roe spokesman Sam Poe" the speaker is Poe, not Roe: the mention right after a staff title
    that follows ``m``, or a nameless private mention when the staffer is nobody on record."""
    st = _STAFF_AFTER.match(ctx.masked, m.end)
    if st is None:
        return None
    after = ctx.cast.mentions_between(st.end(), st.end() + 60)
    if after and after[0].start == st.end():
        return after[0]
    return Mention(st.end(), st.end(), "", None, "name")  # a staffer nobody registered: not the boss


def speaker_after(ctx: Ctx, pos: int, limit: int = 60) -> tuple[Mention | None, int, bool]:
    """The mention naming a speaker right after ``pos`` (titles may come first: "said Attorney General
    Roe"). Returns (mention, end, private) where private means a name that is nobody official."""
    for m in ctx.cast.mentions_between(pos, pos + limit):
        if _TITLES_ONLY.match(ctx.masked[pos:m.start]) or not ctx.masked[pos:m.start].strip():
            staff = staffer(ctx, m)
            return (staff, max(staff.end, m.end), False) if staff is not None else (m, m.end, False)
        break
    pm = _PRIVATE_NAME.match(ctx.masked, pos)
    if pm:
        return None, pm.end(), True
    return None, pos, False
