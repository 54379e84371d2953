"""The office vocabulary: titles written before a name ("Gov.", "State Rep.") or after it, as an
appositive ("Diane Douglas, Arizona superintendent of public instruction"), and their readable form.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _cap(word_rx: str) -> str:
    """Let a title word start with either case ("Spokesman" / "spokesman"), keeping the rest exact."""
    return re.sub(r"(^|[|(:]|\\s)([A-Z])(?=[a-z])",
                  lambda m: f"{m.group(1)}[{m.group(2)}{m.group(2).lower()}]", word_rx)


# (regex, office, level, rank). Level picks the jurisdiction: federal / state / local / spokes / honor.
# Rank decides which title names the office when several are chained ("Speaker of the House Rep. X").
_TITLES: list[tuple[str, str, str, int]] = [
    (r"Lt\.\s?Gov\.|Lieutenant\s[Gg]overnor", "Lieutenant Governor", "state", 8),
    (r"Gov\.|Governor", "Governor", "state", 8),
    (r"(?:U\.S\.|US|United\sStates)\sAttorney\sGeneral", "U.S. Attorney General", "federal", 8),
    (r"Attorney\sGeneral|Atty\.\sGen\.|AG", "Attorney General", "state", 8),
    (r"Secretary\sof\sState", "Secretary of State", "state", 8),
    (r"Secretary\sof\s(?:the\s)?(?:Homeland\sSecurity|Health\sand\sHuman\sServices|Housing\sand\sUrban\sDevelopment|"
     r"Veterans\sAffairs|Natural\sResources|Public\sSafety|Human\sServices|[A-Z][a-z]+)", "", "state", 8),
    (r"(?:U\.S\.|US)\s(?:Sen\.|Senator)", "U.S. Senator", "federal", 5),
    (r"State\s(?:Sen\.|Senator)", "State Senator", "state", 5),
    (r"Sen\.|Senator|Sens\.|Senators", "Senator", "legis", 5),
    (r"(?:U\.S\.|US)\s(?:Rep\.|Representative)|Congress(?:man|woman|member)", "U.S. Representative", "federal", 5),
    (r"State\s(?:Rep\.|Representative)", "State Representative", "state", 5),
    (r"Rep\.|Representative|Reps\.|Representatives", "Representative", "legis", 5),
    (r"Assembly(?:man|woman|member)|Assembly\sMember", "Assembly Member", "state", 5),
    (r"Del\.|Delegate", "Delegate", "state", 5),
    (r"Speaker\sof\sthe\s(?:House|Assembly)|(?:House|Assembly)\sSpeaker|Speaker", "Speaker of the House", "state", 9),
    (r"(?:Senate\s|House\s)?(?:Majority|Minority)\s(?:Leader|Whip)", "", "legis", 9),
    (r"Senate\sPresident(?:\sPro\sTem(?:pore)?)?|President\sPro\sTem(?:pore)?", "", "state", 9),
    (r"(?:U\.S\.\s|U\.N\.\s|UN\s)?Ambassador", "Ambassador", "federal", 6),
    (r"(?:Vice\s|Rear\s)?(?:Adm\.|Admiral)|(?:Lt\.\s|Maj\.\s|Brig\.\s)?Gen\.|Col\.", "Military Officer", "federal", 4),
    (r"Vice\sPresident", "Vice President", "federal", 9),
    (r"President", "President", "federal", 9),
    (r"(?:County\s)?Supervisor(?:\sof\sElections)?", "Supervisor", "local", 6),
    (r"Deputy\sMayor", "Deputy Mayor", "local", 8),
    (r"Mayor", "Mayor", "local", 8),
    (r"(?:Ward\s\d+\s|At-[Ll]arge\s|City\s)?(?:Council(?:or|man|woman|member|lor)|Council\sMember)|Alder(?:man|woman)|"
     r"Select(?:man|woman)", "City Councilor", "local", 7),
    (r"City\sManager", "City Manager", "local", 7),
    (r"County\s(?:Manager|Executive|Judge|Commissioner|Clerk|Attorney)", "", "local", 7),
    (r"State\sTreasurer", "State Treasurer", "state", 8),
    (r"Treasurer", "Treasurer", "state", 8),
    (r"State\sAuditor", "State Auditor", "state", 8),
    (r"Auditor", "Auditor", "state", 8),
    (r"State\s(?:Comptroller|Controller)", "State Comptroller", "state", 8),
    (r"Comptroller|Controller", "Comptroller", "state", 8),
    (r"Superintendent\sof\sPublic\sInstruction", "Superintendent of Public Instruction", "state", 8),
    (r"Superintendent", "Superintendent", "local", 6),
    (r"Sheriff", "Sheriff", "local", 7),
    (r"Clerk\sof\s(?:the\s)?Courts?|Court\sClerk", "Clerk of Court", "local", 7),
    (r"School\sBoard\s(?:Member|Trustee|President|Chair(?:man|woman)?)|Board\sof\sEducation\sMember|"
     r"School\sTrustee", "School Board Member", "local", 6),
    (r"District\sAttorney|DA", "District Attorney", "local", 7),
    (r"Police\sChief|Chief\sof\sPolice", "Police Chief", "local", 7),
    (r"Fire\sChief", "Fire Chief", "local", 7),
    (r"State\sFire\sMarshal", "State Fire Marshal", "state", 7),
    (r"Fire\sMarshal", "Fire Marshal", "local", 7),
    (r"Chief\sJustice|Justice|Judge", "", "state", 7),
    (r"Commissioner", "Commissioner", "state", 6),
    (r"Secretary", "Secretary", "state", 6),
    (r"Director", "Director", "state", 6),
    (r"Chair(?:man|woman|person)?", "Chair", "legis", 2),
    (r"Spokes(?:man|woman|person)|Press\sSecretary|Communications\sDirector", "Spokesperson", "spokes", 1),
    (r"Mr\.|Mrs\.|Ms\.|Dr\.|Hon\.", "", "honor", 0),
]
_ABBREV_TITLES = {r"Gov\.|Governor", r"Attorney\sGeneral|Atty\.\sGen\.|AG", r"Sen\.|Senator", r"Rep\.|Representative",
                  r"Del\.|Delegate", r"District\sAttorney|DA", r"Mr\.|Mrs\.|Ms\.|Dr\.|Hon\."}
# Word titles may be lower case in AP style ("spokesman James Hallinan", "state Sen. Roe");
# abbreviations stay case-sensitive so "del" (Spanish) or "da" never read as titles.
TITLE_PATTERNS = [(re.compile(r"(?:" + (rx if rx in _ABBREV_TITLES or rx.startswith("Mr") else _cap(rx)) + r")$"),
                   office, level, rank) for rx, office, level, rank in _TITLES]
TITLE_ALT = "|".join(f"(?:{rx if rx in _ABBREV_TITLES or rx.startswith('Mr') else _cap(rx)})"
                     for rx, _, _, _ in _TITLES)

FEMALE_TITLES = re.compile(r"(?i)(?:wo)(?:man|men)\b|\bMrs\.|\bMs\.")
MALE_TITLES = re.compile(r"(?i)(?<!wo)(?:man)\b|\bMr\.")

# Offices written after a name, in lower case ("..., Arizona superintendent of public instruction,").
APPOSITIVE_OFFICE = re.compile(
    r"(?:(?:lieutenant\s)?governor|attorney\sgeneral|secretary\sof\sstate|(?:state\s|u\.s\.\s)?senator|"
    r"(?:state\s|u\.s\.\s)?representative|congress(?:man|woman)|mayor|city\s(?:councilor|manager)|"
    r"council(?:or|man|woman|member)|(?:state\s)?treasurer|(?:state\s)?auditor|comptroller|"
    r"superintendent(?:\sof\spublic\sinstruction)?|sheriff|district\sattorney|speaker\sof\sthe\shouse|"
    r"(?:senate\s|house\s)?(?:majority|minority)\sleader|spokes(?:man|woman|person)|press\ssecretary|"
    r"(?:state\s)?(?:lawmaker|legislator)|delegate|assembly(?:man|woman|member)|commissioner|director|"
    r"president|vice\spresident|county\s(?:commissioner|executive|judge)|under\s?secretary|"
    r"(?:deputy|assistant)\ssecretary|inspector\sgeneral|(?:foreign|finance|defen[cs]e|prime|interior|trade)\sminister)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # titles are a small, closed vocabulary shared by every article
def classify_title(title: str) -> tuple[str, str, int]:
    """(office, level, rank) for one title as written; unknown titles give ('', 'honor', 0)."""
    t = " ".join(title.split())
    for rx, office, level, rank in TITLE_PATTERNS:
        if rx.match(t):
            return office or _title_case(t), level, rank
    return "", "honor", 0


def normalise_office(phrase: str) -> tuple[str, str]:
    """(office, level) for an office phrase written in prose ("state representative", "spokeswoman")."""
    p = " ".join(phrase.split()).casefold()
    if p.startswith("spokes") or p == "press secretary":
        return "Spokesperson", "spokes"
    if p in {"lawmaker", "legislator", "state lawmaker", "state legislator"}:
        return "State Legislator", "state"
    if p in {"congressman", "congresswoman"}:
        return "U.S. Representative", "federal"
    if p in {"councilor", "councilman", "councilwoman", "councilmember", "city councilor"}:
        return "City Councilor", "local"
    if p in {"senator", "representative"}:
        return p.title(), "legis"
    office, level, _ = classify_title(_title_case(p))
    return (office or _title_case(p)), level


_SMALL = {"of", "the", "and", "for", "pro"}


def _title_case(s: str) -> str:
    words = s.replace("U.s.", "U.S.").split()
    return " ".join(w if (w.isupper() or "." in w) else (w.lower() if w.lower() in _SMALL and i else w.capitalize())
                    for i, w in enumerate(words))


# Words that say a body is public: a spokesman or a secretary for one of these speaks officially.
GOV_CONTEXT = re.compile(
    r"(?i)\b(?:office|department|governor|gov\.|mayor|city|county|state|attorney general|agency|administration|"
    r"white house|senate|house|legislat\w*|police|sheriff|district|commission|board|council|campaign|"
    r"secretary|senator|sen\.|rep\.|congress\w*|ministry|government|public)\b"
)
# Words that can open a title: scanning capitalised words and testing these first is many times
# faster than trying the whole title alternation at every position.
TITLE_FIRST = frozenset({
    "Lt", "Lieutenant", "Gov", "Governor", "U.S", "US", "United", "Attorney", "Atty", "AG", "Secretary", "State",
    "Sen", "Senator", "Rep", "Representative", "Congressman", "Congresswoman", "Congressmember", "Assemblyman",
    "Assemblywoman", "Assemblymember", "Assembly", "Del", "Delegate", "Speaker", "House", "Senate", "Majority",
    "Minority", "President", "Vice", "Deputy", "Mayor", "Ward", "At-Large", "At-large", "City", "Councilor",
    "Councillor", "Councilman", "Councilwoman", "Councilmember", "Council", "Alderman", "Alderwoman", "Selectman",
    "Selectwoman", "County", "Treasurer", "Auditor", "Comptroller", "Controller", "Superintendent", "Sheriff",
    "District", "DA", "Police", "Chief", "Justice", "Judge", "Commissioner", "Chair", "Chairman", "Chairwoman",
    "Chairperson", "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Communications", "Mr", "Mrs", "Ms", "Dr",
    "Hon", "Director", "Fire", "Sens", "Senators", "Reps", "Representatives", "Clerk", "Court", "School", "Board",
    "Ambassador", "Supervisor", "Adm", "Admiral", "Gen", "Maj", "Brig", "Rear", "Col",
})
