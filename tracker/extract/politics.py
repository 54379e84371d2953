"""People in politics whom no office title names: candidates and nominees, running mates, campaign and
party staff, legislators named with a party tag, foreign heads of government, former office holders.

National political reporting rarely writes "Gov." before a candidate: it writes "Republican nominee
Ann Roe", "the Roe campaign", "Bo Diaz, Roe's campaign manager," or "Sen. Jo Lee (D-Elm)" once and
plain "Ann Roe" after. Each of these marks the person an official (PolNeAR's "holds, held or seeks
a public office, or speaks officially for an office holder, a campaign or a party"), so every later
surname, "Mr. Roe" and pronoun is theirs. A name with no such cue anywhere stays a private person.
"""

from __future__ import annotations

import re

from tracker.extract import places
from tracker.extract.appositives import full_name
from tracker.extract.offices import TITLE_FIRST
from tracker.extract.persons import NAME, PARTY_TAG, STOP_WORDS, Person, Registry, clean_name, party_name, tag_after

_S = r"[ \t\xa0]"
_POSS = r"(?:’s|'s|’|')"
_NAME_AT = re.compile(NAME)
_PARTY = r"Democratic|Republican|GOP|Libertarian|Green|Reform|Constitution"
_RACE = (r"presidential|vice[- ]presidential|Senate|House|gubernatorial|mayoral|congressional|White[ \t\xa0]+House|"
         r"Democratic|Republican|GOP|Libertarian|Green|Green[ \t\xa0]+Party|party|primary|general[- ]election|"
         r"independent|third-party|leading|top|likely|presumptive|former|fellow|then-|one-time|onetime|"
         r"[Pp]arty" + _POSS)
# "Republican presidential nominee Ann Roe", "candidate Ann Roe", "Democrat Bo Diaz", "running mate Jo Lee"
_ROLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<mods>(?:(?:{_RACE}){_S}+)*)"
    rf"(?P<role>(?:(?:nominee|candidate|hopeful|contender){_S}+and{_S}+(?:former{_S}+)?[a-z]+{_S}+)?nominee|candidate|hopeful|rival|opponent|challenger|front-?runner|contender|running{_S}+mate|"
    rf"standard-bearer|incumbent|Democrat|Republican|Libertarian),?{_S}+(?=[A-Z])"
)
_JUDGED_BEFORE = re.compile(rf"\b(?:most|best|only|able|ideal|perfect|viable|strongest|weakest|better|worse|"
                            rf"worst|other|every|any|each|conservative|liberal|electable){_S}+$")
# Roles that say "politics" only with a race or party word before them ("business rival" is no candidate).
_NEEDS_RACE = {"rival", "opponent", "challenger", "contender", "incumbent", "front-runner", "frontrunner"}
_PARTY_BODY = (r"RNC|DNC|NRSC|DSCC|NRCC|DCCC|(?:Republican|Democratic){_S}+National{_S}+Committee|"
               r"(?:Republican|Democratic|GOP){_S}+[Pp]arty|(?:state{_S}+)?(?:Republican|Democratic){_S}+[Pp]arty")
_STAFF = (r"campaign{_S}+(?:manager|chairman|chairwoman|chair|spokes(?:man|woman|person)|press{_S}+secretary|"
          r"communications{_S}+director|strategist|adviser|advisor|director|aide|chief|CEO|chief{_S}+executive)|"
          r"(?:senior{_S}+|chief{_S}+|top{_S}+|policy{_S}+|national{_S}+)*(?:spokes(?:man|woman|person)|"
          r"press{_S}+secretary|communications{_S}+director|strategist|adviser|advisor|aide|surrogate|"
          r"chairman|chairwoman|chair|manager)")
# "Clinton campaign manager Robby Poe", "RNC Chairman Ray Poe", "Roe spokesman Al Poe" (boss checked later)
_STAFF_BEFORE = re.compile(
    rf"(?<![\w-])(?P<boss>{_PARTY_BODY.format(_S=_S)}|[A-Z][\w’'-]+{_POSS}?|the{_S}+campaign{_POSS})"
    rf"{_S}+(?:(?:presidential|Senate|reelection|re-election){_S}+)?(?P<staff>{_STAFF.format(_S=_S)}){_S}+(?=[A-Z])"
)
# "the Roe campaign", "Roe's presidential bid", "Roe's running mate", "the Roe administration"
_CAMPAIGN_OF = re.compile(
    rf"(?<![\w.-])(?P<who>[A-Z][\w’'-]+){_POSS}?{_S}+(?:(?:presidential|Senate|House|reelection|re-election|"
    rf"White{_S}+House|primary|general-election|insurgent|2016|2020|2024|2028){_S}+)?"
    rf"(?P<what>campaign|candidacy|bid|running{_S}+mate|administration|transition{_S}+team)\b"
)
# After a name: ", Roe's campaign manager,", ", chief strategist for the Republican National Committee",
# ", the Democratic nominee", ", who is running for governor", ", a former senator from Elm"
_APPOS = re.compile(rf",{_S}+(?P<body>(?!and\b|but\b|or\b|said\b|says\b)"
                    rf"(?:Mr\.|Mrs\.|Ms\.|Sen\.|Gov\.|Rep\.|[^,.;:()\n\"“”]){{2,90}}?)(?=[,.;:)\n]|{_S}+(?:said|says)\b)")
_OFFICE_WORD = (rf"(?:governor|senator|congressman|congresswoman|representative|secretary|director|leader|whip|"
                rf"ambassador|chief{_S}+of{_S}+staff|mayor|attorney{_S}+general|speaker|adviser|advisor|chairman|"
                rf"chairwoman|spokes(?:man|woman|person)|administrator|commissioner)")
_APPOS_POLITICS = re.compile(
    rf"\b(?:aide|adviser|advisor|strategist|spokes(?:man|woman|person)|press{_S}+secretary|manager|chairman|chief)"
    rf"{_S}+(?:to|for){_S}+(?:Mr\.|Mrs\.|Ms\.|[A-Z][a-z]+)|"
    rf"\b(?:campaign|nominee|candidate|hopeful|front-?runner|running{_S}+mate|National{_S}+Committee|RNC|DNC|(?:Democratic|Republican|GOP)"
    rf"{_S}+(?:[Pp]arty|primary|caucus|leader|whip)|who{_S}+(?:is|was){_S}+running{_S}+for|who{_S}+ran{_S}+for|"
    rf"seeking{_S}+the|vying{_S}+(?:to|for)|campaigning{_S}+for|(?:Republican|Democratic|GOP|presidential){_S}+"
    rf"(?:rival|opponent|challenger)|former{_S}+(?:president|vice{_S}+president|governor|senator|congressman|congresswoman|"
    rf"representative|secretary|mayor|ambassador|attorney{_S}+general|speaker|lawmaker|first{_S}+lady|"
    rf"(?:[A-Z][a-z]+{_S}+)?(?:[Gg]ov\.|[Ss]en\.|[Rr]ep\.)))\b|"
    # "who was Senate majority leader", "who served as labor secretary", "who leads the Council of ..."
    rf"^who{_S}+(?:was|served{_S}+as|had{_S}+been)\b[^,]{{0,40}}?\b{_OFFICE_WORD}\b|"
    rf"^who{_S}+(?:leads|heads|chairs|led|headed|chaired|ran){_S}+(?:[A-Z][\w.’'-]+{_POSS}{_S}+)?(?:the{_S}+)?"
    rf"(?:[A-Z][\w.’'-]*{_S}+)*(?:Council|Committee|Department|Agency|Office|Command|Bureau|Commission|Administration)\b"
)
_APPOS_LEAD_OK = re.compile(rf"(?:a|an|the|his|her|their|(?:(?:Mr|Mrs|Ms)\.{_S}+)?[A-Z][\w’'-]+{_POSS}|who|now|"
                            rf"then|also|chief|senior|top|"
                            rf"deputy|national|former|[a-z]+{_S}+(?:to|for|of))\b")
# "Former Arizona governor Jan Roe", "former U.S. secretary of state Ann Lee", "then-senator Bo Diaz":
# a lower-case office written before the name, with "former" or "then-" saying it is held no more
_FORMER_LOWER = re.compile(
    rf"(?<![\w-])(?:[Ff]ormer|[Tt]hen-){_S}*(?:(?:U\.S\.|US|[A-Z][a-z]+(?:{_S}[A-Z][a-z]+)?){_S}+)?"
    rf"(?P<office>governor|senator|congressman|congresswoman|(?:state{_S}+)?representative|mayor|"
    rf"secretary{_S}+of{_S}+(?:state|defense|labor|the{_S}+treasury|[a-z]+)|attorney{_S}+general|ambassador|"
    rf"(?:House{_S}+)?speaker|(?:Senate{_S}+)?majority{_S}+leader|vice{_S}+president|president){_S}+(?=[A-Z])")
# "UK Independence Party leader Ann Roe", "the Green Party's chairman Bo Diaz": a party's leadership
_PARTY_LEADER = re.compile(
    rf"(?<![\w-])(?:[A-Z][\w.’'-]*{_S}+){{1,4}}Party{_POSS}?{_S}+(?:leader|chairman|chairwoman|chair|co-chair|"
    rf"president|founder|spokes(?:man|woman|person)){_S}+(?=[A-Z])")
# "The finance minister, Lou Jiwei,": a minister named after the office
_MINISTER_THEN_NAME = re.compile(
    rf"\b(?:[Tt]he|[A-Z][a-z]+(?:an|ese|ish|ian|i|ch)){_S}+(?:(?:foreign|finance|defen[cs]e|prime|interior|trade|"
    rf"economy|justice|health|energy){_S}+)?minister,{_S}+(?=[A-Z])")
# Heads of foreign governments and ministers: "Russian President Ivan Roe", "British Prime Minister Jo Lee".
_FOREIGN = re.compile(
    rf"(?<![\w-])(?P<nat>[A-Z][a-z]+(?:an|ese|ish|ian|i|ch|ic|ean)){_S}+(?:(?:Foreign|Defen[cs]e|Finance|Prime|Interior|Trade|Economy|Justice|Home|Energy){_S}+)?"
    rf"(?P<office>President|Prime{_S}+Minister|Minister|Chancellor|King|Queen|Premier|Vice{_S}+President){_S}+(?=[A-Z])"
)
# Election words around a surname: "Roe supporters", "a Roe rally", "anti-Roe", "endorsed Roe", "Roe won the primary"
_CANDIDATE_CUE = re.compile(
    rf"(?<![\w.])(?:pro|anti|never|Never)-(?P<a>[A-Z][a-z][\w’'-]*)"
    rf"|(?<![\w.-])(?P<b>[A-Z][a-z][\w’'-]*?){_POSS}?{_S}+(?:supporters|voters|backers|delegates|rally|rallies|"
    rf"surrogates?|supporters?|endorsement|nomination|ticket|presidential{_S}+run|acceptance{_S}+speech|"
    rf"victory{_S}+speech|stump{_S}+speech)\b"
    rf"|(?<![\w.-])(?P<f>[A-Z][a-z][\w’'-]*?){_S}+(?:launched|announced|suspended|ended|kicked{_S}+off|began|"
    rf"launching|announcing|suspending|ending){_S}+(?:his|her){_S}+(?:[\w-]+{_S}+){{0,3}}(?:campaign|bid|candidacy)\b"
    rf"|\b(?:supporters|backers|rally|voting|voted|vote)(?:{_S}+(?:of|for))?{_S}+(?P<c>[A-Z][a-z][\w’'-]*)"
    rf"|\b(?:endorsed|endorses|endorsing){_S}+(?:(?:[A-Z]\.|[A-Z][a-z]+){_S}+){{0,2}}(?P<d>[A-Z][a-z][\w’'-]*)"
    rf"|(?<![\w.-])(?P<e>[A-Z][a-z][\w’'-]*){_S}+(?:won|wins|lost|loses|clinched|clinches|secured|carried|leads)"
    rf"{_S}+(?:the{_S}+)?(?:[\w-]+{_S}+)?(?:primary|primaries|caucus|caucuses|nomination|election|presidency|delegates)\b"
)
# "campaign manager Robby Poe", "Campaign spokeswoman Jo Lee": a campaign's staff with no boss named
_CAMPAIGN_STAFF = re.compile(
    rf"(?<![\w’'-])[Cc]ampaign{_S}+(?:manager|chairman|chairwoman|chair|spokes(?:man|woman|person)|press{_S}+secretary|"
    rf"communications{_S}+director){_S}+(?=[A-Z])")
_BOSS_BEFORE = re.compile(rf"(?:[A-Z][\w.’'-]*|[\w-]+{_POSS}){_S}+$")  # "Clinton campaign manager", "Roe's ..."
# "His chief strategist, Bo Diaz,", "the campaign chief, Bo Diaz,": the staff role stands before the name
_STAFF_APPOS_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]he|[A-Z][\w’'-]+{_POSS}){_S}+(?:(?:top|senior|chief|longtime|campaign|national|deputy|former|"
    rf"presidential|political|White{_S}+House|State{_S}+Department|Pentagon|administration){_S}+){{0,3}}(?:aide|adviser|advisor|strategist|spokes(?:man|woman|person)|"
    rf"press{_S}+secretary|manager|chairman|chairwoman|chief|pollster|communications{_S}+director)"
    rf"(?:{_S}+of{_S}+[^,.;\n]{{1,50}})?,{_S}+(?=[A-Z])"
)
_GOVERNMENT_BODY = re.compile(r"\b(?:White[ \t\xa0]+House|State[ \t\xa0]+Department|Pentagon|administration)\b")
# "Sens. Ann Roe (R-Elm) and Bo Diaz (D-Oak)": one plural title for every name in the list
_PLURAL_TITLE = re.compile(rf"(?<![\w.])(?P<t>Sens\.|Senators|Reps\.|Representatives|Dels\.|Delegates|"
                           rf"Councilmembers|Council{_S}+members|Commissioners){_S}+(?=[A-Z])")
_LIST_GLUE = re.compile(rf"(?:{_S}*\([^)\n]{{1,30}}\)|,{_S}*[DRI]-[^,;\n]{{1,25}},?)?"
                        rf"(?:,{_S}*(?:and{_S}+)?|{_S}+and{_S}+)(?=[A-Z])")
_PLURAL_OFFICE = {"sens.": "Senator", "senators": "Senator", "reps.": "Representative",
                  "representatives": "Representative", "dels.": "Delegate", "delegates": "Delegate"}
_PARTY_WORD = re.compile(rf"\b(?:{_PARTY}|Democrat|RNC|DNC)\b")
_RACED = re.compile(r"presidential|democratic|republican|gop|senate|house|gubernatorial|mayoral|party|primary")
_PARTY_BOSS = re.compile(r"RNC|DNC|NRSC|DSCC|NRCC|DCCC|Republican|Democratic|GOP")
# An appositive naming one of these is about a private person, unless it names a campaign or committee.
_NOT_STAFF = re.compile(r"\b(?:donor|supporter|voter|critic|fan|delegate|volunteer|pollster|reporter|analyst|"
                        r"professor|lawyer|attorney|consultant|strategist|historian|economist|author)s?\b")
_STAFF_WORDS = re.compile(r"spokes|secretary|communications|strategist|advis|aide|surrogate|manager|chair|director|"
                          r"chief|CEO")
_NOT_A_BOSS = STOP_WORDS | {"Presidential", "Congressional", "National", "Federal", "Our", "Your", "My", "Its",
                            "White", "Senior", "Campaign", "Communications", "Former", "Top", "Deputy"}


def read(text: str, reg: Registry, headline_end: int = 0) -> None:
    """Register (or promote to official) the people ``text`` ties to a campaign, a party or an office
    without writing a title before their name."""
    for m in _ROLE_BEFORE.finditer(text, headline_end):
        role = m.group("role").replace("\xa0", " ")
        mods = m.group("mods").casefold()
        if not mods and _JUDGED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the most able candidate Roe argues": a judgment of someone else, then the speaker
        raced = _RACED.search(mods)
        if (role.casefold() in _NEEDS_RACE or m.group().rstrip().endswith(",")) and not raced:
            continue
        party = party_name(role) or _party_in(m.group("mods"))
        office = _candidate_office(role, mods)
        _add_at(text, m.end(), reg, office, party)
    for m in _STAFF_BEFORE.finditer(text, headline_end):
        boss = m.group("boss")
        bossword = _owner(boss)
        if bossword in _NOT_A_BOSS and not _PARTY_BOSS.match(boss):
            continue
        if _PARTY_BOSS.match(boss) or boss.startswith("the") or \
                "campaign" in m.group("staff"):
            _add_at(text, m.end(), reg, _staff_office(m.group("staff")), _party_in(boss))
        else:  # "Roe spokesman Al Poe": a staffer, official once Roe turns out to be a politician
            p = _add_at(text, m.end(), reg, None, None, official=False)
            if p is not None:
                reg.pending.append((p, bossword))
    for m in _FOREIGN.finditer(text, headline_end):
        if m.group("nat") in STOP_WORDS or places.STATE_RX.fullmatch(m.group("nat")):
            continue
        office = " ".join(m.group("office").split())
        _add_at(text, m.end(), reg, f"{office} ({m.group('nat')})", None, level="foreign")
    for m in _STAFF_APPOS_BEFORE.finditer(text, headline_end):
        head = m.group().split()[0]
        if head.casefold() in {"his", "her"}:  # whose staff: the person named last before it
            before = [p for p in reg.people if p.start is not None and p.start < m.start()]
            ok = bool(before) and max(before, key=lambda p: p.start or 0).official
        elif head.casefold() == "the":
            ok = "campaign" in m.group() or _GOVERNMENT_BODY.search(m.group()) is not None
        else:
            boss = _owner(head)
            ok = "campaign" in m.group() or any(p.official and p.surname == boss for p in reg.people)
        if ok:
            _add_at(text, m.end(), reg, _staff_office(m.group()), None)
    _appositives_and_tags(text, reg, headline_end)
    _home_towns(text, reg, headline_end)
    for m in _PLURAL_TITLE.finditer(text, headline_end):
        _title_list(text, m, reg)
    for m in _CANDIDATE_CUE.finditer(text, headline_end):
        who = _owner(next(g for g in m.groups() if g))
        if who not in _NOT_A_BOSS and not places.STATE_RX.fullmatch(who):
            _promote_surname(text, who, reg, "Candidate")
    for m in _CAMPAIGN_OF.finditer(text, headline_end):
        who = _owner(m.group("who"))
        if who in _NOT_A_BOSS or who.isupper():
            continue
        office = "President" if m.group("what") == "administration" else "Candidate"
        _promote_surname(text, who, reg, office)
    for m in (_PARTY_LEADER.finditer(text, headline_end) if "Party" in text else ()):
        _add_at(text, m.end(), reg, "Party Leader", None, level="party")
    for m in (_MINISTER_THEN_NAME.finditer(text, headline_end) if "minister," in text else ()):
        _add_at(text, m.end(), reg, " ".join(m.group().split()[1:]).rstrip(",").title(), None, level="foreign")
    for m in (_FORMER_LOWER.finditer(text, headline_end) if "ormer" in text or "hen-" in text else ()):
        office = " ".join(w if w in {"of", "the"} else w.capitalize() for w in m.group("office").split())
        _add_at(text, m.end(), reg, f"Former {office}", None, level="former")
    _staff_of_politicians(reg)
    if _is_political_coverage(text):
        # "campaign manager Al Poe said": a campaign's staff with no boss named
        for m in (_CAMPAIGN_STAFF.finditer(text, headline_end) if "ampaign " in text else ()):
            boss = _BOSS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if boss is None or (boss.group()[0].isupper() and _sentence_start(text, boss.start())):
                _add_at(text, m.end(), reg, _staff_office(m.group()), None)
        _speakers_in_political_coverage(text, reg)


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a paragraph or follows a sentence's end ("... said. His campaign ...")."""
    lead = text[max(0, pos - 3):pos].rstrip(" \t\xa0")
    return not lead or lead[-1] in ".!?\n\"”’'"


def _add_at(text: str, pos: int, reg: Registry, office: str | None, party: str | None, *,
            official: bool = True, level: str = "campaign") -> Person | None:
    """Register the name that starts at ``pos`` (after a role word); None when no name starts there."""
    nm = _NAME_AT.match(text, pos)
    if nm is None:
        return None
    name = clean_name(nm.group())
    if not name or (len(name.split()) < 2 and reg.find(name) is None):
        return None
    p = reg.add(name, pos, pos + len(name), office=office or "", level=level, rank=3 if office else 0,
                official=official, party=party)
    tag_after(text, pos + len(name), reg, name)
    return p


# "Roe, an Orlando Democrat," / "Roe, a Florida Republican who" / "Roe, a Democrat from Tampa,"
_PLACE = rf"[A-Z][a-z]+(?:\.|(?:{_S}[A-Z][a-z]+){{0,2}})"
_HOME_TOWN = re.compile(
    rf"(?P<name>[A-Z][\w’'-]+),{_S}+an?{_S}+(?:(?P<place>{_PLACE}){_S}+(?P<party>Democrat|Republican)|"
    rf"(?P<party2>Democrat|Republican){_S}+(?:from|of){_S}+(?P<place2>{_PLACE}))(?=[,.;:]|{_S}+(?:who|and|whose)\b)")


def _home_towns(text: str, reg: Registry, headline_end: int) -> None:
    """Where an official is from, as news writes it after the name: "Roe, an Orlando Democrat, ...".
    It gives a member of Congress their state; it says nothing of which chamber they sit in."""
    if "Democrat" not in text and "Republican" not in text:
        return
    for m in _HOME_TOWN.finditer(text, headline_end):
        p = reg.find(m.group("name"))
        state = places.home_state(m.group("place") or m.group("place2"))
        if p is None or state is None:
            continue
        p.home_state = p.home_state or state
        p.party = p.party or party_name(m.group("party") or m.group("party2"))


def _appositives_and_tags(text: str, reg: Registry, headline_end: int) -> None:
    """"Bo Diaz, Roe's campaign manager," / "Jo Lee, R-Elm," / "Jo Lee (D-Oak)" after a two-word name."""
    for nm in _NAME_AT.finditer(text, headline_end):
        name = clean_name(nm.group())
        if len(name.split()) < 2 or (nm.start() and text[nm.start() - 1].isalnum()) or name != _bare_name(name):
            continue  # a titled name ("Assemblymember Jo Lee, D-Elm,") is the title chain's
        if _INITIAL.match(name) and _WORD_BEFORE.search(text, max(0, nm.start() - 24), nm.start()):
            continue  # "M. Reid" inside "Harry M. Reid (D-Nev.)"
        end = nm.start() + len(name)
        if end != nm.end() and text[end:nm.end()].strip(" ,"):
            continue
        tag = PARTY_TAG.match(text, end)
        if tag is not None and (tag.group("p1") or tag.group("p2")):
            p = reg.find(name)
            if p is None or not p.official:
                reg.add(name, nm.start(), end, office="", level="legis", rank=0, official=True)
                tag_after(text, end, reg, name)
            continue
        a = _APPOS.match(text, end)
        if a is None:
            continue
        body = a.group("body")
        boss = _BOSS_STAFF.match(body)
        if boss is not None:  # "Tad Vine, Roe's senior media adviser,": Roe's staff, official once Roe is
            p = reg.find(name)
            if boss.group("office"):  # "..., the president's national security adviser,": an official
                office = "Spokesperson" if "spokes" in body or "press secretary" in body else "Adviser"
                reg.add(name, nm.start(), end, office=office, level="federal" if "president" in body else "spokes",
                        rank=1, official=True)
            elif p is None or not p.official:
                staffer = reg.add(name, nm.start(), end)
                staffer.office, staffer.level = _staff_office("campaign " + body), "campaign"
                reg.pending.append((staffer, _owner(boss.group("boss"))))
            continue
        named = _STAFF_OF_NAMED.match(body)
        if named is not None:  # "Tad Vine, a Roe adviser,": Roe's staff, official once Roe is
            p = reg.find(name)
            if p is None or not p.official:
                staffer = reg.add(name, nm.start(), end)
                staffer.office, staffer.level = _staff_office("campaign " + body), "campaign"
                reg.pending.append((staffer, named.group("boss") or named.group("boss2")))
            continue
        if not _APPOS_LEAD_OK.match(body) or not _APPOS_POLITICS.search(body):
            continue
        if _NOT_STAFF.search(body) and \
                "campaign" not in body and "Committee" not in body:
            continue
        p = reg.find(name)
        if p is not None and p.official:
            continue
        office = _appositive_office(body)
        reg.add(name, nm.start(), end, office=office, level="campaign", rank=3, official=True,
                party=_party_in(body))


def _owner(word: str) -> str:
    """"Roe's" / "Roe’s" / "Sanders'" -> the name itself; "Sanders" stays "Sanders"."""
    for tail in ("’s", "'s", "’", "'"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


def _bare_name(raw: str) -> str:
    """The name without title words before it; "" for a party tag ("R-Twin Falls")."""
    words = raw.split()
    while words and (words[0].rstrip(".") in TITLE_FIRST or words[0] in _TITLE_TAILS):
        words.pop(0)  # "Assemblymember Jo Lee said" is Jo Lee; "(Majority) Leader Jo Lee" too
    name = clean_name(" ".join(words))
    return "" if _TAG_WORD.match(name) else name


def _promote_surname(text: str, surname: str, reg: Registry, office: str) -> None:
    """Make the person with this surname (found, or written in full elsewhere) an official."""
    same = [p for p in reg.people if p.surname == surname]
    if same:
        for p in same:
            if not p.official:
                p.official = True
                if not p.office:
                    p.office, p.level = office, "campaign"
        return
    span = full_name(text, surname)
    name = clean_name(text[span[0]:span[1]]) if span else ""
    if len(name.split()) >= 2 and not places.STATE_RX.fullmatch(name):  # "New Hampshire voters" name no person
        assert span is not None
        reg.add(name, span[0], span[0] + len(name), office=office, level="campaign", rank=2, official=True)


def _staff_of_politicians(reg: Registry) -> None:
    for p, boss in reg.pending:
        if any(o.official and o.surname == boss for o in reg.people) and not p.official:
            if p.office.startswith("Campaign "):
                p.official, p.rank = True, max(p.rank, 1)
            else:
                p.official, p.office, p.level, p.rank = True, "Spokesperson", "spokes", 1


def _party_in(words: str) -> str | None:
    m = _PARTY_WORD.search(words)
    if m is None:
        return None
    w = m.group()
    named = {"RNC": "Republican", "DNC": "Democratic", "Green": "Green", "Reform": "Reform"}.get(w)
    return named or party_name(w)


def _candidate_office(role: str, mods: str) -> str:
    if role.casefold() in {"democrat", "republican", "libertarian"}:
        return ""
    if "running" in role:
        return "Vice Presidential Candidate" if "president" in mods or not mods else "Running Mate"
    if "vice" in mods and "president" in mods:
        return "Vice Presidential Candidate"
    if "president" in mods or "white house" in mods:
        return "Presidential Candidate"
    for race, office in (("senate", "Senate Candidate"), ("house", "House Candidate"),
                         ("gubernatorial", "Candidate for Governor"), ("mayoral", "Candidate for Mayor")):
        if race in mods:
            return office
    return "Candidate"


def _staff_office(staff: str) -> str:
    s = " ".join(staff.split()).casefold()
    if "spokes" in s or "press secretary" in s:
        return "Campaign Spokesperson" if "campaign" in s else "Spokesperson"
    if "chair" in s:
        return "Campaign Chair" if "campaign" in s else "Party Chair"
    if "manager" in s:
        return "Campaign Manager"
    return "Campaign Staff"


def _appositive_office(body: str) -> str:
    b = body.casefold()
    if "running mate" in b:
        return "Running Mate"
    if "nominee" in b or "candidate" in b or "running for" in b or "ran for" in b or "seeking the" in b:
        return "Presidential Candidate" if "president" in b else "Candidate"
    if b.lstrip().startswith(("a former", "the former", "former", "who was", "who served", "who had been",
                              "who led", "who headed", "who chaired", "who ran")):
        return "Former Official"
    if b.lstrip().startswith(("who leads", "who heads", "who chairs")):
        return "Official"
    if "committee" in b or "rnc" in b or "dnc" in b or "party" in b:
        return "Party Official"
    return _staff_office(body) if _STAFF_WORDS.search(b) else "Campaign Staff"


# Words of campaign and government coverage; an article dense with them is political reporting.
_POLITICAL_WORD = re.compile(
    r"\b(?:campaign|election|voters|primary|primaries|caucus(?:es)?|nominee|nomination|candidates?|presidential|"
    r"Republicans?|Democrats?|Democratic|GOP|Senate|Congress|senator|governor|White House|polls?|delegates|debate|"
    r"administration|lawmakers|legislature|mayor|convention)\b")
_POLITICAL_DENSITY = 1 / 400  # at least one such word per 400 characters
_MIN_POLITICAL_WORDS = 6
# Descriptions that make a named speaker a private person even in political coverage.
_PRIVATE_ROLE = re.compile(
    r"\b(?:professor|analyst|pollster|economist|expert|author|lawyer|attorney(?![ \t\xa0]+general)|voters?|resident|"
    r"student|supporters?|activist|executive|CEO|founder|fellow|scholar|researcher|host|anchor|reporter|journalist|"
    r"columnist|commentator|writer|editor|consultant|strategist|lobbyist|donor|owner|worker|mother|father|wife|"
    r"husband|son|daughter|friend|director|manager|president|chairman|chairwoman|spokes(?:man|woman|person)|"
    r"historian|scientist|doctor|nurse|teacher|pastor|priest|rabbi|imam|official|adviser|advisor|aide|critic|"
    r"blogger|comedian|actor|actress|singer|rapper|star|player|coach|attendee|protester|organizer|member|"
    r"partner|co-founder|chief|head|leader|organizer|veteran|widow|victim|survivor|employee|businessman|"
    r"businesswoman|billionaire|investor|publisher|producer|moderator|panelist|pundit)s?\b")
_DESCRIBED_AFTER = re.compile(rf",{_S}+(?:a|an|the|who|whose|[A-Z][\w’'-]+{_POSS}|\d|[a-z]+)[^,.;:\n]{{0,80}}")
_PUBLIC_BODY = re.compile(r"\b(?:House|Senate|Congress|Committee|[Cc]ampaign|Party|administration|Administration|"
                          r"Department|White House|government|Ministry|Parliament|Cabinet|Agency)\b")
# "teacher Jo Poe" / "a teacher's aide, Jo Poe": a description written before the name
_DESCRIBED_BEFORE = re.compile(rf"(?:\b[a-z][\w-]*{_S}+){{1,3}}$|\b(?:a|an|the|his|her){_S}+(?:[\w’'-]+{_S}+){{0,3}}"
                               rf"[a-z][\w’'-]*,{_S}*$")


# The office of a speaker taken for a political figure only because of where they speak.
UNVERIFIED = "Political figure (unverified)"
_TAG_WORD = re.compile(r"[DRI]-")
_BOSS_STAFF = re.compile(
    rf"(?:(?:Mr|Mrs|Ms)\.{_S}+)?(?:[A-Z][\w’'-]+{_S}+){{0,2}}(?P<boss>[A-Z][\w’'-]+{_POSS}|"
    rf"(?P<office>the{_S}+(?:president|governor|mayor|White{_S}+House|administration|State{_S}+Department|Pentagon|"
    rf"secretary|senator){_POSS})){_S}+(?:(?:former|longtime|senior|top|chief|national|fired|ousted|onetime|"
    rf"interim|acting|new|deputy|campaign|media|political|press|policy|communications|digital){_S}+){{0,3}}"
    rf"(?:adviser|advisor|aide|"
    rf"strategist|spokes(?:man|woman|person)|secretary|pollster|manager|chief{_S}+of{_S}+staff|director|chairman|"
    rf"chairwoman|(?:national{_S}+security|economic|foreign{_S}+policy){_S}+adviser)\b")
# "a Roe spokesman", "a senior strategist for Roe", "an adviser to Mr. Roe": staff of whoever Roe is
_STAFF_WORD = (rf"(?:adviser|advisor|aide|strategist|surrogate|spokes(?:man|woman|person)|press{_S}+secretary|pollster|"
               rf"manager|chief{_S}+of{_S}+staff|communications{_S}+director)")
_STAFF_OF_NAMED = re.compile(
    rf"an?{_S}+(?:(?:former|longtime|senior|top|chief|national|deputy|campaign|media|political|press|policy|"
    rf"communications|digital|prominent|key|close|leading|vocal|loyal|trusted|veteran|early){_S}+){{0,3}}"
    rf"(?:(?P<boss>[A-Z][\w’'-]+){_S}+(?:(?:campaign|media|press|policy|"
    rf"communications|digital|senior|top|longtime){_S}+){{0,2}}{_STAFF_WORD}|{_STAFF_WORD}{_S}+(?:to|for){_S}+"
    rf"(?:(?:Mr|Mrs|Ms)\.{_S}+)?(?P<boss2>[A-Z][\w’'-]+))(?:{_S}+(?:and|since|during|in|who)\b.*)?$")
_TITLE_TAILS = frozenset({"Leader", "Whip", "Chair", "Pro", "Tem", "Tempore"})
_INITIAL = re.compile(r"[A-Z]\.[ \t\xa0]")
_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t\xa0]+$")  # "R-Twin Falls" is a party tag, not a name
_SPEAKER_BEFORE_VERB = re.compile(
    rf"(?<![\w.’'-])(?P<name>[A-Z][\w’'-]+(?:{_S}+(?:[A-Z]\.|[A-Z][\w’'-]+)){{0,3}}){_POSS}?{_S}+(?:also{_S}+)?"
    rf"(?:says|said|tells|told|wrote|writes|tweeted|tweets|argued|argues|added|adds|insisted|insists|warned|"
    rf"warns|noted|notes|declared|declares|explained|explains|claimed|claims|asked|asks)\b")


# Words that make a capitalised run a body, not a person ("Economic Advisers", "Ways and Means Committee")
_INSTITUTION = re.compile(r"\b(?:Council|Committee|Advisers|Advisors|Department|Agency|Office|Commission|Bureau|"
                          r"Board|Party|Association|Institute|Center|Foundation|Fund|Project|University|College|"
                          r"School|Court|Administration|Caucus|Coalition|Network|Group)\b")


def _is_political_coverage(text: str) -> bool:
    n = len(_POLITICAL_WORD.findall(text))
    return n >= _MIN_POLITICAL_WORDS and n >= len(text) * _POLITICAL_DENSITY


def _speakers_in_political_coverage(text: str, reg: Registry) -> None:
    """In political reporting a named person who speaks and whom the article describes as nothing
    private (no "professor", "voter", "analyst" ...) is taken for a political figure, office unknown."""
    for v in _SPEAKER_BEFORE_VERB.finditer(text):
        name = _bare_name(v.group("name"))
        if not name or name in STOP_WORDS or reg.find(name) is not None or any(
                name.endswith(" " + p.name) for p in reg.people):  # "Defence Minister Ana Roe" is Ana Roe
            continue
        if len(name.split()) == 1:
            span = full_name(text, name)
            full = clean_name(text[span[0]:span[1]]) if span else ""
            if len(full.split()) >= 2 and reg.find(full) is None and not places.STATE_RX.search(full):
                reg.add(full, span[0], span[0] + len(full))  # type: ignore[index]
        elif not places.STATE_RX.search(name):
            reg.add(name, v.start("name"), v.start("name") + len(name))
    for p in reg.people:
        if (p.official or len(p.name.split()) < 2 or p.start is None or places.STATE_RX.fullmatch(p.name)
                or p.name != _bare_name(p.name) or _INSTITUTION.search(p.name)):
            continue  # a state, a party tag, or a titled name the title chain has read already
        after = _DESCRIBED_AFTER.match(text, p.start + len(p.name))
        before = _DESCRIBED_BEFORE.search(text, max(0, p.start - 40), p.start)
        described = (after.group() if after else "") + " " + (before.group() if before else "")
        if _PRIVATE_ROLE.search(described) and not _PUBLIC_BODY.search(described):
            continue  # "chairman of the House Ways and Means Committee" is no private role
        p.official, p.level, p.office = True, "unknown", UNVERIFIED  # shown as such, so a user can leave them out


def _title_list(text: str, m: re.Match[str], reg: Registry) -> None:
    """Every name after a plural title, up to the end of the list, takes that title's office."""
    office = _PLURAL_OFFICE.get(m.group("t").casefold(), "City Councilor" if "ouncil" in m.group("t")
                                else "County Commissioner")
    level = "legis" if office in {"Senator", "Representative"} else "state" if office == "Delegate" else "local"
    pos = m.end()
    for _ in range(12):  # a sponsor list is short; stop at the first gap that is no list glue
        nm = _NAME_AT.match(text, pos)
        name = clean_name(nm.group()) if nm else ""
        if not nm or len(name.split()) < 2:
            return
        end = pos + len(name)
        reg.add(name, pos, end, office=office, level=level, rank=5, official=True)
        tag_after(text, end, reg, name)
        glue = _LIST_GLUE.match(text, end)
        if glue is None:
            return
        pos = glue.end()
