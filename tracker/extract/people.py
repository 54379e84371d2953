"""Who is who: the officials an article names, and every mention of a person in it.

An official needs an office cue: a title before the name ("Gov. Jane Roe", "spokesman Sam Poe"), an
office in apposition ("Jane Roe, Arizona superintendent of public instruction,"), "is a State
Representative", or "Attributable to NAME:". Everyone else named is a private person, kept only as
mentions so pronouns and quotes are never pinned on the wrong official.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

from tracker.extract import appositives, national, noise, places, politics, pronouns
from tracker.extract.cast import Cast, Mention
from tracker.extract.document import Official
from tracker.extract.lexicon import has_phrase, occurrences, trie_pattern
from tracker.extract.offices import FEMALE_TITLES, GOV_CONTEXT, MALE_TITLES, TITLE_ALT, TITLE_FIRST, classify_title
from tracker.extract.persons import NAME, STOP_WORDS, Person, Registry, clean_name, honorific_sex, party_name, tag_after

_S = r"[ \t\xa0]"  # a space within a line (pages keep no-break spaces)
_NAME = re.compile(NAME)
_CHAIN = re.compile(
    rf"(?<![\w.’'-])(?P<titles>(?:{TITLE_ALT})(?:{_S}+(?:{TITLE_ALT}))*)(?:{_S}+|\s+(?=[A-Z]))(?P<name>{NAME})"
)
_PREFIX = re.compile(r"((?:(?:[A-Z][\w.'’-]*|of|the|\d+)[ \t\xa0]+){1,4})$")
_LOWER_PREFIX = re.compile(r"\b(former|Former|then-|state|State|acting|interim)[ \t\xa0]*$")
_PARTY_WORD = re.compile(r"\b(Democratic|Democrat|Republican|GOP|Independent|Libertarian)\b")
_FUNCTION = {"The", "A", "An", "When", "After", "But", "And", "In", "On", "Also", "Then", "As", "If", "While",
             "Former", "Both", "Of", "the", "of", "Said", "Says", "With", "For", "By", "At", "From", "To", "Since",
             "Meanwhile", "However", "Still", "Yet", "So", "Because", "Though", "Although", "That", "This"}
# The body a "President" or "Chair" heads when it is public: "Council President", "Commission President".
_PUBLIC_BODY = re.compile(r"\b(?:City Council|County Commission|Council|Commission|School Board|County Board|Borough|"
                          r"Village|Township|Board of (?:Supervisors|Commissioners|Education|Aldermen))$")
# A transcript turn labelled with a title in capitals: "SEN. MARY GALLOWAY:", "GOV. JANE ROE:".
_CAPS_LABEL = re.compile(
    r"^[ \t\xa0]*(?P<title>(?:LT\.?[ \t]+)?GOV(?:ERNOR|\.)|(?:U\.S\.[ \t]+)?SEN(?:ATOR|\.)|"
    r"(?:U\.S\.[ \t]+)?REP(?:RESENTATIVE|\.)|DEL(?:EGATE|\.)|MAYOR|SPEAKER|TREASURER|ATTORNEY[ \t]+GENERAL|AG|"
    r"SECRETARY[ \t]+OF[ \t]+STATE|COUNCIL(?:MAN|WOMAN|MEMBER|OR)|COMPTROLLER|AUDITOR|SHERIFF)[ \t]+"
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Z'’-]+){0,2})[ \t]*:",
    re.MULTILINE,
)
_CAPS_TITLES = ("GOV", "SEN", "REP", "DEL", "MAYOR", "SPEAKER", "TREASURER", "ATTORNEY", "AG ", "SECRETARY",
                "COUNCIL", "COMPTROLLER", "AUDITOR", "SHERIFF", "LT", "U.S.")  # how a label line can start
_CAPS_TITLE_RX = re.compile("|".join(re.escape(t) for t in _CAPS_TITLES))
# The same, at the start of a line after the first: led by the newline, which the regex engine skips to.
_CAPS_LINE = re.compile(r"\n[ \t\xa0]*(?:" + _CAPS_TITLE_RX.pattern + ")")
_LEAD_SPACE = re.compile(r"[ \t\xa0]*")
_GOV_DIRECTOR = re.compile(r"\b(?:EPA|DOT|FEMA|DHS|HHS|DEQ|DNR|DMV|DOC|DOH|State|City|County|Federal|Budget|"
                           r"Department|Agency|Office|Public|Health|Emergency|Environmental|Homeland|Workforce|"
                           r"Police|Fire|Transportation|Education|Revenue|Finance|Planning|Housing|Corrections)\b")
_BOSS = re.compile(r"([A-Z][a-z]+)(?:’s|'s)?[ \t\xa0]*$")
# "A spokesman for Gov. Roe, Sam Poe, said ..."
_SPOKES_FOR = re.compile(
    rf"\b(?:[Aa]|[Tt]he|[Aa]n){_S}+(?:[\w-]+{_S}+)?(?:spokes(?:man|woman|person)|press{_S}+secretary){_S}+"
    rf"(?:for|to){_S}+(?P<boss>[^,.;\n]{{1,60}}),{_S}*(?P<name>{NAME}),"
)
# "Her spokesman, Sam Poe, said ...", "Roe's press secretary, Sam Poe,", "the governor's spokeswoman, Jo Poe,"
_SPOKES_OF = re.compile(
    rf"(?:\b(?P<pron>[Hh]is|[Hh]er)|(?P<boss>[A-Z][\w.-]+)(?:’s|'s)|\b[Tt]he{_S}+(?P<role>[a-z]+(?:{_S}+[a-z]+)?)"
    rf"(?:’s|'s)){_S}+(?:spokes(?:man|woman|person)|press{_S}+secretary|communications{_S}+director)"
    rf"{_S}*,{_S}*(?P<name>{NAME}),"
)
# Led by a fixed string so the regex engine can skip ahead to it; the "A" is checked behind.
_ATTRIBUTABLE = re.compile(
    rf"ttributable(?<=\b[Aa]ttributable)[ \t\xa0]+to[ \t\xa0]+(?P<name>{NAME})(?:,[^:\n]{{1,80}})?[ \t\xa0]*:")
_APPOS_PARTY = re.compile(r",[ \t\xa0]+(?:a|an|the)[ \t\xa0]+(?:(?:fellow|lifelong|longtime)[ \t\xa0]+)?"
                          r"(?P<party>Democrat|Republican|Independent|Libertarian)\b")
# "the governor": led by the fixed "he" (the "T" is checked behind it) so the regex engine can skip
# ahead; a match starts one character before ``m.start()``.
_TITLE_WORD = re.compile(
    rf"he(?<=[Tt]he)(?P<the>{_S}+(?:(?:state|city|county)(?:’s|'s){_S}+|former{_S}+)?)"
    rf"(?:(?P<party>Democratic|Republican|GOP){_S}+)?"
    r"(?P<t>lieutenant governor|governor|attorney general|AG|secretary of state|senator|congressman|congresswoman|"
    r"mayor|councilor|councilman|councilwoman|city manager|treasurer|auditor|superintendent|sheriff|speaker|"
    r"president|lawmaker|legislator|spokesman|spokeswoman|spokesperson|majority leader)\b"
)
# A capitalised word not glued to the word before it, without trailing punctuation ("Gov." -> "Gov").
# The glue test sits after the first letter so the regex engine can still skip ahead to capitals.
_CAP_WORD = re.compile(r"[A-Z](?<![^\W_][A-Z])(?<![-.’'][A-Z])(?:[\w.’'-]*\w)?")
_NAME_CONTINUES = re.compile(r"[\w-]|[’'](?=[a-rt-z])")
_FED_CONTEXT = ("Congress", "U.S. Senate", "U.S. House", "Capitol Hill", "congressional", "Senate race",
                "Senate races", "Senate seat", "Senate candidate", "Senate candidates", "Senate nominee")
_CONGRESSMAN = re.compile(r"\b(?:the|a|[Tt]he)[ \t\xa0]+(?:[\w-]+[ \t\xa0]+)?congress(?:man|woman)\b")


def _called_congressman(text: str, reg: Registry) -> None:
    """"Rep. Ann Roe ... the congresswoman": the Representative named last before it is in Congress."""
    reps = [p for p in reg.people if p.official and p.office == "Representative"]
    for m in _CONGRESSMAN.finditer(text) if reps else ():
        before = [(text.rfind(p.surname, 0, m.start()), p) for p in reps]  # the one named last before it
        at, who = max(before, key=lambda x: x[0])
        if at >= 0 and sum(1 for a, _ in before if a == at) == 1:
            who.office = "U.S. Representative"
_STATE_CONTEXT = ("Legislature", "legislature", "Statehouse", "General Assembly", "state Senate", "state House",
                  "House Bill", "Senate Bill", "legislative session")


def find_cast(text: str, published: str | None = None) -> Cast:
    """The officials named in ``text`` and every mention of a person (name, surname, title, pronoun);
    ``published`` (ISO date) picks the office a national figure held then."""
    masked = noise.mask(text)
    reg = Registry()
    state = places.main_state(masked)
    city, _ = places.dateline(masked)
    headline_end = _headline_end(masked)
    caps = _cap_words(masked)
    done = 0
    for pos in _title_starts(masked, caps):
        m = _CHAIN.match(masked, pos) if pos >= done else None
        if m:
            done = m.end()
            _from_chain(masked, m, reg, headline_end)
    for m in (_ATTRIBUTABLE.finditer(masked) if "ttributable" in masked else ()):
        name = clean_name(m.group("name"))
        if name:
            reg.add(name, m.start("name"), m.start("name") + len(name), office="Spokesperson", level="spokes",
                    rank=1, official=True)
    for m in _caps_labels(masked):
        _from_caps_label(m, reg)
    appositives.read(masked, reg, caps)
    for m in (_SPOKES_FOR.finditer(masked) if "spokes" in masked or "secretary" in masked else ()):
        name = clean_name(m.group("name"))
        boss = m.group("boss")
        if name and (GOV_CONTEXT.search(boss) or any(o.official and o.surname in boss for o in reg.people)):
            reg.add(name, m.start("name"), m.start("name") + len(name), office="Spokesperson", level="spokes",
                    rank=1, official=True)
    for m in (_SPOKES_OF.finditer(masked) if "spokes" in masked or "secretary" in masked else ()):
        if _speaks_for_official(m, reg):
            name = clean_name(m.group("name"))
            if name:
                reg.add(name, m.start("name"), m.start("name") + len(name), office="Spokesperson", level="spokes",
                        rank=1, official=True)
    politics.read(masked, reg, headline_end)
    national.read(masked, reg, published)
    for p, boss in reg.pending:
        bosses = [o for o in reg.people if o.official and o.surname == boss]
        if bosses:
            if p.office.startswith("Campaign "):  # a politician's campaign staff: their office as read
                p.official, p.rank = True, max(p.rank, 1)
            elif any(_RUNNING.search(o.office) or o.level == "campaign" for o in bosses):
                # a candidate's spokesperson speaks for a campaign, from no state of the article's
                p.official, p.office, p.level, p.rank = True, "Campaign Spokesperson", "campaign", 1
            else:
                p.official, p.office, p.level, p.rank = True, "Spokesperson", "spokes", 1
    # a WASHINGTON dateline is Capitol Hill; Washington state news is datelined OLYMPIA or a city
    fed = has_phrase(masked, _FED_CONTEXT) or (city or "").casefold() == "washington"
    # a dateline from a state capital (LANSING, AUSTIN) means statehouse coverage
    # ... unless the article speaks of Congress or a U.S. Senate race outright, which outweighs where it was filed
    statey = has_phrase(masked, _STATE_CONTEXT) or (places.is_capital(city) and not fed)
    _called_congressman(masked, reg)
    _named_in_full(masked, reg)
    mentions = _mentions(masked, reg, caps)
    _parties(masked, reg, mentions)
    pronouns.vote_genders(masked, reg, mentions)
    mentions += pronouns.resolve(text, masked, reg, mentions)
    officials = [_official(p, state, city, fed, statey) for p in reg.people if p.official]
    return Cast(officials=officials, mentions=mentions)


_LOWER_TITLE = re.compile(trie_pattern(("spokesman", "spokeswoman", "spokesperson", "press secretary",
                                        "communications director", "mayor", "councilor", "councilman", "councilwoman",
                                        "councilmember", "city manager", "superintendent", "sheriff", "chairman",
                                        "chairwoman", "chair", "school board member", "school board president",
                                        "school trustee", "clerk of court", "clerk of courts", "court clerk")) + r"\b")
# Every lower-case title starts with one of these: candidates come from plain substring search.
_LOWER_TITLE_HEADS = ("spokes", "press", "communications", "mayor", "council", "city", "superintendent", "sheriff",
                      "chair", "school", "clerk", "court")


def _cap_words(text: str) -> list[tuple[int, str]]:
    """(start, word without trailing punctuation) of each capitalised word not glued to a word before it."""
    return [(w.start(), w[0]) for w in _CAP_WORD.finditer(text)]


def _title_starts(text: str, caps: list[tuple[int, str]]) -> list[int]:
    """Positions where a title may start: a title word, not glued to the word before it."""
    out = [s for s, w in caps if w in TITLE_FIRST]
    last = 0
    for i in sorted(i for head in _LOWER_TITLE_HEADS for i in occurrences(text, head)):
        w = _LOWER_TITLE.match(text, i) if i >= last else None  # what _LOWER_TITLE.finditer would find
        if w:
            last = w.end()
            if not i or not text[i - 1].isalnum():
                out.append(i)
    return sorted(set(out))


def _headline_end(text: str) -> int:
    """End of the first line when it reads like a Title Case headline (names there run into verbs)."""
    first = text.split("\n", 1)[0]
    if first.rstrip().endswith((".", "”", '"')) or len(first) > 150:
        return 0
    return len(first) if noise.title_case(first) else 0


def _from_chain(text: str, m: re.Match[str], reg: Registry, headline_end: int) -> None:
    titles = [t.group() for t in re.finditer(TITLE_ALT, m.group("titles"))]
    best = max(((*classify_title(t), t) for t in titles), key=lambda x: x[2])
    office, level, rank, raw = best
    name = clean_name(m.group("name"), headline=m.start() < headline_end)
    if not name:
        return
    ns = m.start("name")
    pre_m = _PREFIX.search(text, max(0, m.start() - 60), m.start())
    pre_words = [w for w in (pre_m.group(1).split() if pre_m else []) if w not in _FUNCTION]
    lower = _LOWER_PREFIX.search(text, max(0, m.start() - 12), m.start())
    party = None
    for w in pre_words:
        if _PARTY_WORD.fullmatch(w):
            party = party_name(w)
    pre_words = [w for w in pre_words if not _PARTY_WORD.fullmatch(w)]
    prefix = " ".join(pre_words)
    juris = None
    if prefix:
        st = places.STATE_RX.fullmatch(prefix) or places.STATE_RX.search(prefix)
        if st:
            juris = st.group()
        elif prefix in {"U.S.", "US"}:
            level = "federal"
            office = {"Senator": "U.S. Senator", "Representative": "U.S. Representative"}.get(office, office)
    if level == "honor":
        reg.add(name, ns, ns + len(name), official=False, honorific=raw)
        return
    if office in {"President", "Chair", "Secretary", "Commissioner", "Director", "Spokesperson"} and len(titles) == 1:
        if not _official_context(text, m, prefix, office):
            boss = _BOSS.search(text, max(0, m.start() - 30), m.start()) if office == "Spokesperson" else None
            p = reg.add(name, ns, ns + len(name), official=False)
            if boss:  # "Roe spokesman Sam Poe": official once Roe turns out to be one
                reg.pending.append((p, boss.group(1)))
            return
        body_words = prefix.removeprefix(juris or "").strip()  # the state goes to the jurisdiction
        if body_words and office in {"Secretary", "Commissioner", "Director"}:
            office = f"{body_words} {office}"  # "Budget Director", "(Ohio) EPA Director"
        body = _PUBLIC_BODY.search(prefix) if office == "President" else None
        if body:  # "Commission President Erica Holloway": she heads a local public body
            reg.add(name, ns, ns + len(name), office=f"{body.group()} President", level="local", rank=rank,
                    official=True, party=party, gender=_title_gender(raw), title_text=m.group("titles"))
            tag_after(text, m.end("name"), reg, name)
            return
    council = _PUBLIC_BODY.search(prefix) if office == "Speaker of the House" else None
    if council:  # "City Council Speaker Corey Jansen" leads a council, not a state House
        office, level, prefix = f"{council.group()} Speaker", "local", prefix[:council.start()].strip()
    if office == "Chair" and text[max(0, m.start() - 9):m.start()].casefold() == "campaign ":
        office, level = "Campaign Chair", "spokes"  # "Roe campaign chairman Sam Poe" chairs no public body
    if office == "Chair" and len(titles) == 1 and pre_words[:1] in (["Senate"], ["House"]):
        # "Senate Finance Chairman Todd Brenner": a committee chair is a member of that chamber
        office, level, rank = ("Senator" if pre_words[0] == "Senate" else "Representative"), "legis", 5
    if lower and lower.group(1).casefold() == "state" and office in {"Senator", "Representative"}:
        office = f"State {office}"
    if lower and lower.group(1).casefold() == "former":
        office = f"Former {office}"
    if level == "local" and prefix and not juris and prefix[0].isupper():
        juris = prefix
    reg.add(name, ns, ns + len(name), office=office, level=level, rank=rank, official=True, party=party,
            jurisdiction=juris, gender=_title_gender(raw), title_text=m.group("titles"))
    tag_after(text, m.end("name"), reg, name)


# A given name, an optional middle name or initial, then the surname: "Ann Roe", "Ann B. Roe".
_GIVEN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NOT_GIVEN = STOP_WORDS | TITLE_FIRST | _FUNCTION | frozenset(places.STATE_NAMES) | frozenset({
    "Candidate", "Nominee", "Hopeful", "Billionaire", "Mogul", "Rival", "Frontrunner", "Challenger", "Opponent",
    "Presumptive", "Outsider", "Insider", "Vote", "Votes", "Elect", "Beat", "Beats", "Defeat", "Stop", "Never"})


@cache
def _titles() -> frozenset[str]:
    """Words nameparser knows as titles ("Businessman", "Ambassador"): never a given name."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles)


def _given(word: str | None) -> bool:
    return bool(word) and len(word or "") > 2 and word not in _NOT_GIVEN and (word or "").casefold() not in _titles()


def _named_in_full(text: str, reg: Registry) -> None:
    """A surname-only official ("Mr. Roe", "Roe") takes the full name of the one person of that surname
    the article names in full anywhere, cue or none ("Ann Roe" in the headline).

    Given names written before the surname ("Ann Roe", "Senator-elect Ann B. Roe", "Ann Baker Roe") are
    one person when they share a word; two persons ("Ann Roe" and "Bo Roe") leave the surname alone.
    """
    for p in reg.people:
        if not p.official or " " in p.name or any(q is not p and q.surname == p.surname for q in reg.people):
            continue
        groups: list[tuple[set[str], Counter[str]]] = []  # given names of one person, and the forms written
        rx = re.compile(rf"(?<![\w.’'-])({_GIVEN}){_S}+(?:({_GIVEN}|[A-Z]\.){_S}+)?{re.escape(p.surname)}(?![\w-])")
        for m in rx.finditer(text) if p.surname in text else ():
            at = next((i for i in (1, 2) if _given(m.group(i))), None)
            if at is None:
                continue
            words = {w for w in m.groups()[at - 1:] if w and not w.endswith(".")}
            joined = [g for g in groups if g[0] & words]
            merged: tuple[set[str], Counter[str]] = (words, Counter({text[m.start(at):m.end()]: 1}))
            for g in joined:  # a form that shares a given name with others is the same person
                merged[0].update(g[0])
                merged[1].update(g[1])
            groups = [g for g in groups if g not in joined] + [merged]
        if len(groups) != 1:
            continue
        forms = groups[0][1]
        plain = [f for f in forms if len(f.split()) == 2]
        full = max(plain or list(forms), key=lambda f: (forms[f], -len(f)))
        full = " ".join(full.split())
        if reg.find(full) is p:
            p.name = full
            p.forms.add(full)


def _speaks_for_official(m: re.Match[str], reg: Registry) -> bool:
    """Whether the "his", "Roe's" or "the governor's" of a ``_SPOKES_OF`` match is an official."""
    if m.group("pron"):  # the official named last before it
        before = [p for p in reg.people if p.start is not None and p.start < m.start()]
        return bool(before) and max(before, key=lambda p: p.start or 0).official
    if m.group("boss"):
        boss = m.group("boss")
        return bool(GOV_CONTEXT.fullmatch(boss)) or any(p.official and p.surname == boss for p in reg.people)
    return bool(GOV_CONTEXT.search(m.group("role")))


def _caps_labels(text: str) -> list[re.Match[str]]:
    """``_CAPS_LABEL.finditer(text)``, tried only at the starts of lines that open with a capitalised title."""
    starts = [t.start() + 1 for t in _CAPS_LINE.finditer(text)]
    if _CAPS_TITLE_RX.match(text, _LEAD_SPACE.match(text).end()):  # type: ignore[union-attr]  # matches always
        starts.insert(0, 0)  # the first line, which no newline leads
    return [m for ls in starts if (m := _CAPS_LABEL.match(text, ls))]


def _from_caps_label(m: re.Match[str], reg: Registry) -> None:
    """A transcript turn labelled in capitals ("SEN. MARY GALLOWAY:") names an official by title."""
    title = " ".join(w.capitalize() if len(w) > 3 or not w.endswith(".") else w[0] + w[1:].lower()
                     for w in m.group("title").split())
    office, level, rank = classify_title("AG" if title == "Ag" else title.replace("U.s.", "U.S."))
    name = " ".join(_name_case(w) for w in m.group("name").split())
    if office and level != "honor" and clean_name(name):
        reg.add(name, m.start("name"), m.end("name"), office=office, level=level, rank=rank, official=True)


def _name_case(word: str) -> str:
    """"GALLOWAY" -> "Galloway", "O'NEIL" -> "O'Neil", "SMITH-JONES" -> "Smith-Jones"."""
    return re.sub(r"[A-Za-z]+", lambda p: p.group().capitalize(), word)


def _official_context(text: str, m: re.Match[str], prefix: str, office: str) -> bool:
    """Titles shared with private bodies (president, chair, spokesman) need a public-body cue nearby."""
    if office == "President":
        return (not prefix or prefix in {"U.S.", "US", "Vice", "Senate"} or bool(places.STATE_RX.fullmatch(prefix))
                or bool(_PUBLIC_BODY.search(prefix)))
    if office in {"Secretary", "Commissioner"}:
        return not prefix or not re.search(r"\b(?:Inc|Corp|Company|University|Union|Association)\b", prefix)
    if office == "Director":  # "State Budget Director" yes, "Executive Director" of a charity no
        return bool(prefix) and bool(_GOV_DIRECTOR.search(prefix) or places.STATE_RX.match(prefix))
    # the words just before the title ("attorney general's office spokesman", "Roe spokesman") or a
    # "for ..." phrase after the name say whom the spokesperson speaks for
    before = text[max(0, m.start() - 40): m.start()]
    before = re.split(r"[.!?;]|,(?=[^,]*$)", before)[-1]
    after = re.match(r"[ \t\xa0]*,?[ \t\xa0]*(?:a[ \t\xa0]+spokes\w+[ \t\xa0]+)?for[ \t\xa0]+([^,.;]{1,60})",
                     text[m.end(): m.end() + 80])
    return bool(GOV_CONTEXT.search(before) or (after and GOV_CONTEXT.search(after.group(1))))


def _title_gender(raw: str) -> str | None:
    if FEMALE_TITLES.search(raw):
        return "f"
    if MALE_TITLES.search(raw):
        return "m"
    return None


def _parties(text: str, reg: Registry, mentions: list[Mention]) -> None:
    """", a Republican," after any mention of a known person."""
    for m in mentions:
        if m.kind in {"name", "surname"}:
            p = reg.find(m.text)
            if p is None:
                continue
            a = _APPOS_PARTY.match(text, m.end)
            if a:
                reg.update(p.name, party=party_name(a.group("party")))
            tag_after(text, m.end, reg, p.name)


def _mentions(text: str, reg: Registry, caps: list[tuple[int, str]]) -> list[Mention]:
    """Every full-name, surname and "the governor" mention, linked to its person when unambiguous."""
    out: list[Mention] = []
    forms: dict[str, tuple[Person | None, str]] = {}
    surnames = Counter(p.surname for p in reg.people)
    # a surname two people share is the official's when only one of them is ("Murphy" after
    # "Sen. Chris Murphy" and a victim named "Anne Murphy" means the senator), else nobody's
    official_of = Counter(p.surname for p in reg.people if p.official)
    for p in reg.people:
        sole = surnames[p.surname] == 1 or (p.official and official_of[p.surname] == 1)
        for full in sorted(p.forms, key=len, reverse=True):
            if " " in full or sole:  # a bare surname two officials share is settled mention by mention
                forms.setdefault(full, (p, "name" if " " in full else "surname"))
        if sole:
            forms[p.surname] = (p, "surname")
        else:
            forms.setdefault(p.surname, (None, "surname"))
    by_first: dict[str, list[str]] = {}
    for f in sorted(forms, key=len, reverse=True):
        by_first.setdefault(f.split()[0].rstrip("."), []).append(f)
    pos = 0
    for ws, word in caps:
        if word.endswith(("’s", "'s")):  # "Roe's plan" mentions Roe
            word = word[:-2]
        if ws < pos or word not in by_first:
            continue
        for f in by_first[word]:
            e = ws + len(f)
            if text.startswith(f, ws) and not _NAME_CONTINUES.match(text, e):
                who, kind = forms[f]
                official = who.name if who is not None and who.official else None
                out.append(Mention(ws, e, f, official, kind))
                pos = e
                break
    _shared_surnames(text, reg, out, official_of)
    by_office: dict[str, list[Person]] = {}
    for p in reg.people:
        if p.official and p.office:
            by_office.setdefault(_office_key(p.office), []).append(p)
    starts = [x.start for x in out]
    names_of = [x.official for x in out]
    for m in _TITLE_WORD.finditer(text):
        ts = m.start() - 1
        if ts and text[ts - 1].isalnum():
            continue
        key = _office_key(m.group("t"))
        cands = by_office.get(key, [])
        if len(cands) > 1:  # the one named most recently
            names = {c.name for c in cands}
            i = bisect.bisect_left(starts, ts) - 1
            while i >= 0 and names_of[i] not in names:
                i -= 1
            cands = [c for c in cands if i >= 0 and c.name == names_of[i]]
        official = cands[0].name if len(cands) == 1 else None
        if official and m.group("party"):  # "the Republican governor"
            reg.update(official, party=party_name(m.group("party")))
        if official or key in _GENERIC_TITLES:
            out.append(Mention(ts, m.end(), text[ts:m.end()], official, "title"))
    out.sort(key=lambda x: x.start)
    return out


_PRONOUN_AFTER = re.compile(r"\b(she|her|he|his|him)\b", re.I)
_NEAR = 600  # characters: about the paragraph before
_RUNNING = re.compile(r"Candidate|Nominee")


def _shared_surnames(text: str, reg: Registry, out: list[Mention], official_of: Counter[str]) -> None:
    """A surname two officials share ("Clinton" after "Bill Clinton" and "Hillary Clinton") is the one
    "Mrs."/"Mr." or a following she/he points to, else the one named in full just before, else the one
    the article names most: as a reader takes it."""
    last: dict[str, tuple[str, int]] = {}  # surname -> (official named in full most recently, where)
    named = Counter(m.official for m in out if m.kind == "name" and m.official is not None)
    for i, m in enumerate(out):
        if m.kind == "name" and m.official is not None:
            last[m.official.split()[-1]] = (m.official, m.start)
            continue
        if m.kind != "surname" or m.official is not None or official_of[m.text] < 2:
            continue
        cands = [p.name for p in reg.people if p.official and p.surname == m.text]
        who = ""
        if m.text in last and m.start - last[m.text][1] <= _NEAR:
            who = last[m.text][0]
        else:  # named long ago or not at all: the one the article names most
            top = sorted(((named[c], c) for c in cands), reverse=True)
            who = top[0][1] if top and top[0][0] and (len(top) == 1 or top[0][0] > top[1][0]) else ""
        want = honorific_sex(text, m.start)
        if want is None:  # "Clinton said she ..."
            p = _PRONOUN_AFTER.search(text, m.end, m.end + 80)
            want = None if p is None else "f" if p.group(1).casefold() in {"she", "her"} else "m"
        if want is not None:  # "Mrs. Clinton"
            same = [c for c in cands if reg.gender_of(c) == want]
            who = same[0] if len(same) == 1 else who
        if who:
            out[i] = Mention(m.start, m.end, m.text, who, m.kind)


_FEDERAL_SECRETARY = re.compile(r"(?i)Secretary of (?:the )?(?:Defense|Homeland Security|Treasury|Interior|"
                                r"Veterans Affairs|Health and Human Services|Housing and Urban Development|Energy)")
# "Defense Secretary Ann Roe": a cabinet member; the departments states have too count only in national coverage.
_CABINET_ONLY = re.compile(r"(?:Defense|Treasury|Homeland Security|Veterans Affairs|Pentagon) Secretary")
_CABINET_TOO = re.compile(r"(?:Labor|Commerce|Energy|Interior|Agriculture|Education|Transportation|HUD|HHS|"
                          r"Health and Human Services|Housing) Secretary")
_GENERIC_TITLES = {"governor", "attorney general", "mayor", "senator", "secretary of state", "president"}


def _office_key(office: str) -> str:
    o = office.casefold().replace("u.s. ", "").replace("state ", "").replace("former ", "")
    if o in {"ag"}:
        return "attorney general"
    if o in {"councilman", "councilwoman", "councilor", "city councilor"}:
        return "councilor"
    if o in {"congressman", "congresswoman", "representative"}:
        return "representative"
    if o.startswith("spokes") or o == "spokesperson":
        return "spokesperson"
    if o.endswith("majority leader"):
        return "majority leader"
    if o in {"speaker of the house"}:
        return "speaker"
    return o


def _official(p: Person, state: str | None, city: str | None, fed: bool, statey: bool) -> Official:
    office = p.office or None
    juris = p.jurisdiction
    level = p.level
    if office in {"Senator", "Representative"}:
        # a state in the party tag ("R-Tenn.") or congressional coverage means Congress; a home town
        # ("D-Lansing"), statehouse coverage or no cue at all means the state legislature
        office = f"U.S. {office}" if p.tag_state or (fed and not statey and not p.tag_home) else f"State {office}"
    if (office and _FEDERAL_SECRETARY.fullmatch(office)) or (office == "Secretary of State" and fed and not statey):
        office, level = f"U.S. {office}", "federal"  # a cabinet secretary
    cabinet = office is not None and not juris and not p.tag_state and bool(
        _CABINET_ONLY.fullmatch(office) or (_CABINET_TOO.fullmatch(office) and fed and not statey))
    if cabinet or office in {"President", "Vice President"} or (office or "").startswith(("U.S. Attorney General",
                                                                                          "U.S. Secretary")):
        juris = juris or "United States"
    elif office and (office.endswith("Presidential Candidate") or office.startswith("Campaign ")):
        # a presidential campaign is national: the article's state is where it was reported, not theirs
        juris = juris or ("United States" if office.endswith("Presidential Candidate") else p.tag_state)
    elif office and office.startswith("U.S. "):
        juris = juris or p.tag_state or p.home_state  # a member of Congress: their own state, never the article's
    elif office in {"Ambassador", "Military Officer", "Official", "Former Official"} or level in {"foreign", "party"}:
        pass  # whose ambassador or officer, the title alone does not say
    elif level == "spokes" and fed and not statey:
        # in national coverage a spokesperson speaks for a campaign or an agency, not the article's state
        juris = juris or p.tag_state
    elif level == "local":
        juris = juris or city or state
    elif level == "unknown":
        # a speaker taken for a political figure only because of where they speak: where the article was
        # reported is not where they hold office (if they hold one at all)
        juris = juris or p.tag_state or p.home_state
    else:
        juris = juris or p.tag_state or p.home_state or state
    return Official(name=p.name, office=office, jurisdiction=juris, party=p.party,
                    aliases=sorted(f for f in p.forms if f != p.name), start=p.start, end=p.end)
