"""The wording that names bills and tells their status and who stands where (used by ``bills``).

Kept apart from the assembly logic so the lexicons can grow without the merging code moving.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import Cue, Guarded, guarded_words, holds_any, occurrences, words


class Finder:
    """A costly pattern run only around a cheap anchor word, so scanning stays fast on long text.

    Forward finders match from the anchor; backward finders end at it (their pattern ends in ``$``).
    With ``literals`` (every anchor match starts with one of them), candidates come from plain
    substring search, several times faster than a regex scan for words with common first letters;
    an anchor that starts with one fixed string ("vot...") is as fast left to the regex engine.
    With ``needs`` (every full match holds one of them), a backward search runs only over a window
    that holds one.
    """

    def __init__(self, anchor: str, full: str, *, backward: bool, reach: int,
                 literals: tuple[str, ...] = (), needs: tuple[str, ...] = ()) -> None:
        self.anchor = re.compile(anchor)
        self.full = re.compile(full)
        self.backward = backward
        self.reach = reach
        self.literals = literals
        self.needs = needs

    def anchors(self, text: str, found: dict[str, list[int]] | None = None) -> list[re.Match[str]]:
        """What ``anchor.finditer(text)`` yields, found from the literal candidates. ``found`` keeps
        each literal's offsets for the next finder over the same text."""
        if not self.literals:
            return list(self.anchor.finditer(text))
        if found is None:
            found = {}
        offsets: list[int] = []
        for lit in self.literals:
            hits = found.get(lit)
            if hits is None:
                hits = found[lit] = occurrences(text, lit)
            offsets += hits
        if len(self.literals) > 1:
            offsets = sorted(set(offsets))  # one literal's offsets are sorted and distinct already
        out = []
        last = 0
        for i in offsets:
            if i < last:
                continue
            a = self.anchor.match(text, i)
            if a:
                last = a.end()
                out.append(a)
        return out

    def finditer(self, text: str, found: dict[str, list[int]] | None = None) -> list[re.Match[str]]:
        """Every full match, in order, none overlapping the one before."""
        out = []
        last = -1
        for a in self.anchors(text, found):
            if self.backward:
                lo = max(0, a.start() - self.reach)
                if self.needs and not holds_any(text[lo:a.end()], self.needs):
                    continue
                m = self.full.search(text, lo, a.end())
            else:
                m = self.full.match(text, a.start(), min(len(text), a.end() + self.reach))
            if m and m.start() >= last:
                last = m.end()
                out.append(m)
        return out

    def search(self, text: str) -> re.Match[str] | None:
        found = self.finditer(text)
        return found[0] if found else None


NUMBERED = Finder(
    r"House|Senate|Assembly|Legislative|Prop|Initiative|Measure|Ballot|HB|SB|AB|LB|HF|SF|HJ|SJ|HC|SC|HR|"
    r"H\.|S\.|A\.|L\.|H |S |A |L ",
    r"(?<![\w.])(?:"
    r"(?P<long>(?:House|Senate|Assembly|Legislative)\s+(?:Joint\s+|Concurrent\s+)?(?:Bill|Resolution|File)"
    r"|Proposition|Initiative|(?:Ballot\s+)?Measure)"
    r"|(?P<prop>Prop\.?)"
    r"|(?P<short>H\.?\s?J\.?\s?R|S\.?\s?J\.?\s?R|H\.?\s?C\.?\s?R|S\.?\s?C\.?\s?R|H\.?\s?B|S\.?\s?B|A\.?\s?B|"
    r"L\.?\s?B|H\.?\s?F|S\.?\s?F|H\.\s?R|HR|S(?=\.\s?\d))\.?"
    r")(?:\s|-(?=\d))?(?:No\.\s*)?(?P<num>\d{1,5}(?:-\d{1,4})?)(?!\d)(?![.,]\d)",
    backward=False, reach=40,
)
_LONG = {
    "house bill": "HB", "senate bill": "SB", "assembly bill": "AB", "legislative bill": "LB",
    "house joint resolution": "HJR", "senate joint resolution": "SJR", "house concurrent resolution": "HCR",
    "senate concurrent resolution": "SCR", "house resolution": "H.Res.", "senate resolution": "S.Res.",
    "house file": "HF", "senate file": "SF", "proposition": "Prop.", "initiative": "Initiative",
    "measure": "Measure", "ballot measure": "Measure",
}


def normalise_identifier(m: re.Match[str]) -> str | None:
    """``House Bill 45`` -> ``HB 45``, ``S.B. 8`` -> ``SB 8``, ``Prop 301`` -> ``Prop. 301``."""
    num = m["num"]
    if m["long"]:
        code = _LONG.get(re.sub(r"\s+", " ", m["long"]).lower())
    elif m["prop"]:
        code = "Prop."
    else:
        letters = re.sub(r"[^A-Z]", "", m["short"])
        code = {"HR": "H.R.", "S": "S."}.get(letters, letters)
    return f"{code} {num}" if code else None


# A named act: "Saving Adolescents from Experimentation (SAFE) Act", "Save Women's Sports Act".
ACT = Finder(
    r"(?<=\s)Act\b",
    r"(?P<name>(?!(?:The|Both|This|That|A|An|And|Under|If|Act|Titled|Called|Named|Dubbed)\b)[A-Z](?:[\w’'-]|\.(?=\w))*"
    r"(?:\s+(?:(?:of|from|for|the|and|to|in|on|at|with|a|an)\s+)*"
    r"(?:(?!Act\b)[A-Z](?:[\w’'-]|\.(?=\w))*|\([A-Z]{2,10}\)))*)"
    r"\s+Act$",
    backward=True, reach=151, literals=("Act",),
)

# Verbs that change the law, for "The Legislature should <verb> ..." ("decide", "act" and "be" don't).
_LAW_VERBS = (
    r"pass|adopt|enact|moderni[sz]|update|ban|criminali[sz]|decriminali[sz]|require|repeal|amend|creat|raise|"
    r"lower|expand|clos|strengthen|chang|fix|allow|prohibit|reform|increas|eliminat|extend|restor|establish|"
    r"outlaw|legali[sz]|mandat|impos|cap|limit|toughen|tighten|revis|rewrit|overhaul|clarif|give|grant|provid|"
    r"fund|stop|end|protect|make"
)
# (cue name, default status, finder): measures a verb puts on the table without a number.
MEASURES: list[tuple[str, str, Finder]] = [
    ("push-legislation", "proposed", Finder(
        r"(?:bill|legislation|measure|ordinance|amendment|initiative|law)\b",
        r"\b(?:push(?:es|ed|ing)?(?:\s+for)?|propos(?:e|es|ed|ing)|draft(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
        r"call(?:s|ed|ing)?\s+for|introduc(?:e|es|ed|ing)|fil(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|"
        r"sponsor(?:s|ed|ing)?|author(?:s|ed|ing)?)\s+(?:(?:a|an|the|new|his|her|their)\s+)?"
        r"(?:[\w’'-]+\s+){0,4}?(?:bill|legislation|measure|ordinance|constitutional\s+amendment|"
        r"ballot\s+(?:measure|initiative)|(?<=new\s)law)$",
        backward=True, reach=120,
        literals=("bill", "legislation", "measure", "ordinance", "amendment", "initiative", "law"),
        needs=("push", "propos", "draft", "seek", "sought", "call", "introduc", "fil", "unveil", "sponsor",
               "author"))),
    ("legislature-should", "proposed", Finder(
        r"Legislature|Congress|lawmakers|Lawmakers|legislators|Legislators|General Assembly|City Council|"
        r"County Council",
        r"(?:Legislature|Congress|[Ll]awmakers|[Ll]egislators|General\s+Assembly|"
        r"(?:City|County)\s+Council)\s+(?:should|must|needs?\s+to|ought\s+to|has\s+to)\s+"
        r"(?:(?:consider|pass|adopt|enact)\s+)?(?P<what>(?:" + _LAW_VERBS + r")\w*\s[^.;!?]{8,}?)"
        r"(?=[.;!?]|,?\s+which\b|$)",
        backward=False, reach=400,
        literals=("Legislature", "Congress", "lawmakers", "Lawmakers", "legislators", "Legislators", "General Assembly",
                  "City Council", "County Council"))),
    ("not-passed-law", "proposed", Finder(
        r"(?:has|have|had)\s+(?:still\s+)?(?:not|never|yet)\b",
        r"\b(?:has|have|had)\s+(?:still\s+)?(?:not|never|yet\s+to)\s+(?:passed|pass|enacted|adopted)\s+"
        r"(?:a|an|any)\s+(?P<what>(?:[\w’'-]+\s+){0,8}?(?:law|bill|legislation|statute|ban))\b",
        backward=False, reach=160)),
    ("vote-on-measure", "unknown", Finder(
        r"vot(?:e|es|ed|ing)\b",
        r"\bvot(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,5}?(?:on|for|against)\s+(?:the|a|an)\s+"
        r"(?P<what>(?:[\w’'-]+\s+){0,4}?(?:tax\s+credit|tax\s+break|tax\s+cut|tax\s+increase|ordinance|"
        r"resolution|referendum|levy|bond\s+issue|rezoning))\b",
        backward=False, reach=160)),
]

# References that add to a bill named nearby rather than naming a new one: "a bill that would ...",
# "the legislation", and the passive "bill was filed".
GENERIC = Finder(
    r"(?:bill|legislation|measure)\b",
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Ss]ame|[Pp]roposed|[Ss]imilar)"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:bill|legislation|measure)$",
    backward=True, reach=80, literals=("bill", "legislation", "measure"),
)
GENERIC_PASSIVE = Finder(
    r"(?:bill|legislation|measure)\b",
    r"(?:bill|legislation|measure)\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:filed|introduced|sponsored)\b",
    backward=False, reach=40, literals=("bill", "legislation", "measure"),
)

STATUS_RANK = {"unknown": 0, "proposed": 1, "filed": 2, "passed": 3, "failed": 4, "signed": 4, "vetoed": 5}
# Highest rank first: ``bills`` takes the first that matches.
STATUS_CUES: list[tuple[str, Guarded]] = [
    ("vetoed", guarded_words(r"veto(?:ed|es)")),
    ("signed", guarded_words(r"sign(?:ed|s)\b(?!\s+(?:on|up|a\s+letter|onto))|became\s+law\b", tail="")),
    ("failed", guarded_words(r"died|dies|failed|fails|killed|defeated|voted\s+down|rejected|stalled|would\s+have")),
    ("passed", guarded_words(r"passed|passes|approved|adopted|cleared", not_after=(r"not\s", r"n't\s", r"never\s"))),
    ("filed", guarded_words(r"filed|introduced|introduces|sponsored|authored|pre-filed|"
                            r"brought\b[^.;]{0,40}?\bforward|brought\s+forth")),
    ("proposed", guarded_words(r"propos\w*|would|plans?\s+to|planning\s+to|draft\w*|should|needs?\s+to|"
                               r"consider\w*|push\w*|wants?\s+to|seek\w*|calls?\s+for|weighing")),
]

_BY = r"(?P<by>\s+by\b)?"
STANCE_CUES: list[tuple[str, str, Guarded]] = [
    ("supports", "sponsor", guarded_words(
        r"co-?sponsor(?:s|ed|ing)?|sponsor(?:s|ed|ing)?|author(?:s|ed)?|introduc(?:ed|es|ing)|"
        r"fil(?:ed|es|ing)|brought|unveil(?:ed|s)", tail=r"\b" + _BY)),
    ("supports", "support", guarded_words(
        r"support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|es|ed|ing)|champion(?:s|ed|ing)?|on\s+board|"
        r"voted\s+(?:for|yes)|signed|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)", tail=r"\b" + _BY)),
    ("opposes", "oppose", guarded_words(
        r"oppos(?:e|es|ed|ing)|against|vetoed|criticiz\w*|slam(?:s|med)|blast(?:s|ed)|"
        r"voted\s+(?:against|no)|fought|reject(?:s|ed)", tail=r"\b" + _BY)),
]
NEGATED = words(r"not|never|n[o’']t|won[’']t|wouldn[’']t|cannot|can[’']t", tail=r"\s+(?:\w+\s+)?$")

# Both end in a rarer word ("bills", "priorities"): found backwards from it rather than by a scan of
# the whole text for their common first words.
LIST_SPONSOR = Finder(
    r"(?:bills|measures|pieces\s+of\s+legislation)\b",
    words(r"requested|sponsored|introduced|authored|filed|supports|backs|proposed",
          tail=r"\s+(?:\w+\s+){0,2}?(?:bills|measures|pieces\s+of\s+legislation)\b$").pattern,
    backward=True, reach=120, literals=("bills", "measures", "pieces"),
)
PRIORITIES = Finder(
    r"priorities\b",
    words(r"his|her|their|[A-Z][a-z]+['’]s",
          tail=r"\s+(?:\d{4}\s+)?(?:top\s+)?(?:legislative\s+)?priorities\b$").pattern,
    backward=True, reach=120, literals=("priorities",),
)
# In an interview question: "You have said before that you want to widen the program."
SECOND_PERSON = words(r"[Yy]ou(?:['’]ve|\s+have|\s+had)?",
                      tail=r"\s+(?:\w+\s+){0,3}?(?:want|support|propose|back|favou?r|plan)\w*\b")

SESSION_YEAR = Finder(
    r"session\b",
    r"\b(?P<year>(?:19|20)\d\d)(?:-\d{2,4})?\s+(?:regular\s+|special\s+|legislative\s+)*session$",
    backward=True, reach=50, literals=("session",),
)
SESSION_LEG = Finder(
    r"Legislature|Congress|General Assembly",
    r"\b(?P<nth>\d{1,3}(?:st|nd|rd|th))\s+(?:[A-Z][a-z]+\s+){0,2}(?:Legislature|Congress|General\s+Assembly)$",
    backward=True, reach=50, literals=("Legislature", "Congress", "General Assembly"),
)

# Clause after a bill's name that says what it does: "that would ban ...", ", creating a ...".
DESCRIBE = re.compile(
    r"(?:(?:that|which)\s+would\s+(?:ultimately\s+|also\s+)?|aim(?:s|ed)?\s+(?:at|to)\s+|is\s+proposed\s+to\s+|"
    # never "to take effect", nor a speech participle after a comma ("..., arguing that ...")
    r"\bto\s+(?!take\s+effect\b|be\b)|,{1,2}\s*(?=(?!(?:arguing|saying|noting|adding|calling|claiming|insisting|"
    r"warning|telling|according)\b)[a-z]+ing\b|an?\s)|,\s+(?=(?:bans?|requires?|allows?|creates?)\b))"
    r"(?P<what>[^.;!?]{4,}?)"
    r"(?=[.;!?]|,\s+(?:and|but|which|who|as|according|has|have)\b|\s+and\s+\w+ing\b|—|$)"
)

_SUPPORT_WORDS = Cue(
    r"support\w*|proud|right\s+direction|important|priority|needs?\s+to\s+change|has\s+to\s+change|"
    r"must\s+pass|common-?sense|long\s+overdue|good\s+(?:bill|law|legislation)|glad|pleased|applaud\w*|"
    r"step\s+closer|my\s+proposal|I\s+propose|we\s+propose")
_OPPOSE_WORDS = Cue(
    r"oppos\w*|against|extremists?|wrong|dangerous|harmful|bad\s+(?:bill|law|idea|policy)|"
    r"unconstitutional|discriminat\w*|hateful|attack\s+on|overreach|misguided|reckless|cruel|"
    r"not\s+had\s+a\s+single\s+concern|solution\s+in\s+search\s+of\s+a\s+problem")


def statement_stance(text: str) -> str | None:
    """"supports" or "opposes" when a quote plainly leans one way, else None."""
    low = text.lower()
    sup = _SUPPORT_WORDS.search_lowered(low)
    opp = _OPPOSE_WORDS.search_lowered(low)
    if sup == opp:
        return None
    return "supports" if sup else "opposes"
