"""Which money figures are public money, which are campaign money, and which are neither.

Most dollar figures in political news are not public money: donations, a candidate's haul, speaking
fees, fortunes, company revenue, share prices, a lunch special. A figure is kept as public money only
on positive evidence (a budget, appropriation, grant, tax, program, plan cost, settlement by a public
body ...) near it; campaign money (raised, donated, spent by a campaign or super PAC) is its own
kind; everything else is dropped. Cues are read in the figure's clause first, then its sentence, so
"Clinton raised $2 million ... and proposed a $275 billion plan" keeps each figure apart.
"""

from __future__ import annotations

import re
from typing import Literal

from tracker.extract.lexicon import Cue

Class = Literal["public", "campaign", "none"]

_CAMPAIGN = Cue(
    r"rais(?:e[sd]?|ing)(?!\s+(?:taxes|the\s+(?:tax|minimum|gas|sales|debt)|revenue|rates?))|fund-?rais\w*|"
    r"donat\w*|donors?|contribut\w*|super\s*pacs?|pacs?|political\s+action\s+committee|campaign\w*|"
    r"cash\s+on\s+hand|war\s+chest|ad\s+buys?|ads|advertis\w*|air\s+time|(?:tv|television|radio)\s+time|"
    r"victory\s+fund|bundl\w*|haul|burn(?:ed|ing|t)?\s+through|outside\s+(?:groups?|spending|money)|"
    r"dark\s+money|maximum[- ]limit|attack\s+ads?|mailers?|direct\s+mail|fec|federal\s+election\s+commission|"
    r"gave|giving|(?:congressional|senate|house|presidential|primary|governor's|mayoral)\s+races?|the\s+race|"
    r"host\s+committee|air\s+war|independent\s+(?:groups?|expenditures?)|koch|get-out-the-vote|canvass\w*|"
    r"commercials|spots|(?:republican|democratic|national|party|nominating)\s+conventions?|"
    r"(?:a|the)\s+candidate['’]s|absentee")
_PRIVATE = Cue(
    r"net\s+worth|worth|wealth\w*|fortunes?|richest|billionaires?|millionaires?|revenues?|earn(?:ed|s|ings)?|"
    r"profits?|sales?|sold|sell\w*|buy(?:s|ing|ers?)?|bought|purchas\w*|prices?|priced|pric(?:ey|ing)|per\s+share|"
    r"a\s+share|shares|stocks?|stock\s+market|valu(?:ed|ation\w*)|mergers?|acquisitions?|deals?|speaking|"
    r"speech(?:es)?|(?:household|median|family|personal)\s+incomes?|paid\s+(?:him|her|them|me)|"
    r"pay(?:s|ing)?\s+(?:him|her|them|me|his|for)|"
    r"tips?|loans?|mortgages?|rent|dollar\s+bills|checks?\s+for|lawsuits?|sued|sues|suing|damages|bail|ransom|stole\w*|"
    r"tuition|tickets?|gallon|barrel|median|per\s+hour|an\s+hour|hourly|gdp|per\s+capita|per\s+head|"
    r"exchange\s+rate|euros?|yen|yuan|pesos?|bets?|wager\w*|prizes?|jackpot|gifts?|charit\w*|foundations?|"
    r"compan(?:y|ies)|firms?|corporat\w*|inc\b|investors?|clients?|banks?|hedge\s+funds?|estate|mansion|"
    r"apartment|condo|homes?\s+(?:for|worth)|jet|plane|breakfast|lunch|dinner|meal|shirts?|hats?|bottles?|"
    r"owes?|owed|debts?|settled\s+out\s+of\s+court|private|personal(?:ly)?|his\s+own\s+money|self-fund\w*|"
    r"lent|loaned|inheritance|inherited|royalt\w*|book\s+deal|advance|bonus\w*|compensation|severance|"
    r"cost\s+of\s+living|premiums?|deductibles?|out-of-pocket|copays?|savings\s+account|401|embezzl\w*|theft|"
    r"robbed|swindl\w*|minimum\s+wage|fines?\s+of\s+up\s+to|per\s+violation|per\s+offense|earning\w*|"
    r"mak(?:es|ing)\s+(?:more|less|over|under|up\s+to|about|\$)|incomes?|wages?|ounce|crude|per\s+ton|a\s+ton|"
    r"equivalent|retainer|club|membership|plant|factory|stores?|hotels?|casinos?|resort|golf|lobby\w*|"
    r"nonprofit|arbitration|question|megamerger|trade|economy|shareholders?|owing|student\s+debt|apparel|"
    r"brands?|(?:is|be|was|were|get|gets|got)\s+paid|collected|networks?|media|movie|film|box\s+office|"
    r"makeover|renovation|tourism|visitors|spent\s+a\s+fortune|cutoff|threshold|borrow\w*|cap\s+on|"
    r"had\s+to\s+pay|people\s+would\s+save|"
    r"mercantile|nasdaq|stock\s+exchange|dow\s+jones|trading|traded|charg(?:e|es|ed|ing)|for\s+every|"
    r"(?:his|her|their)\s+(?:\w+\s+){0,2}salary|fines?\s+of\s+as\s+much\s+as|debts?\s+for|average\s+debt")
# Words of public money being asked for, granted, raised by tax or spent by a public body.
_PUBLIC = Cue(
    r"budget\w*|appropriat\w*|grants?|taxpayers?|tax(?:es)?|tax\s+(?:cuts?|credits?|breaks?|increases?|hikes?)|fines?|"
    r"spending\s+(?:plan|bill|package|cuts?|increase)|public\s+(?:money|funds?|spending)|"
    r"state\s+(?:money|funds?|funding|spending|budget|aid|dollars)|programs?|infrastructure|deficits?|"
    r"national\s+debt|debt\s+ceiling|medicaid|medicare|social\s+security|pentagon|"
    r"the\s+bill|appropriation|funding|fund(?:s|ed)?\s+(?:for|to)|"
    r"cost\s+taxpayers|recover\w*|restitution|civil\s+penalt\w*|"
    r"aid|relief|subsid\w*|stimulus|bonds?|pensions?|retirement|allotment|stipend|"
    r"per\s+(?:student|pupil|filer|taxpayer|resident)|"
    r"rebate|refund|surplus|shortfall|reserves?|rainy[- ]day|general\s+fund|fiscal|entitlement|"
    r"welfare|food\s+stamps|snap|war\s+(?:in|on|against)|plan\s+(?:would|will)\s+cost|"
    r"plans?|proposal|propos\w*|request\w*|positions?|would\s+cost|will\s+cost|price\s+tag|"
    r"invest\w*\s+in|spend\w*\s+on|foreign\s+aid|obamacare|affordable\s+care")
# Public bodies and what they pay for: public money when nothing private or electoral is near.
_PUBLIC_PLACE = Cue(
    r"federal(?:ly)?|government\w*|military|defen[cs]e|congress\w*|lawmakers|legislat\w*|council\w*|county|city|"
    r"counties|cities|towns?|school\s+district|districts?|department\w*|agenc(?:y|ies)|administration|ministry|"
    r"treasury|the\s+state|states|municipal\w*|veterans|border|troops|public|attorney\s+general|governor|mayor|"
    r"president|white\s+house|u\.s|united\s+states|nation|countr(?:y|ies)|health\s+care|schools?|universit\w*|"
    r"college|roads?|bridges?|transit|police|prisons?|jails?|courts?|salar(?:y|ies)")
# What makes a small figure ($500, $35) public money: a tax, fee, rebate or benefit per person.
_SMALL_PUBLIC = Cue(r"tax\w*|rebates?|stipends?|benefits?|fees?|per\s+(?:student|pupil|filer|taxpayer|resident|"
                    r"household|recipient)|checks?|increase\s+per")
# Public cues that also hold when private words are near: money of or for the public itself.
_STRONG_PUBLIC = Cue(
    r"budget\w*|appropriat\w*|grants?|taxpayers?|tax\s+(?:cuts?|credits?|breaks?|increases?|hikes?|plan|revenue)|"
    r"federal\s+(?:money|funds?|funding|spending|government|aid|dollars)|public\s+(?:money|funds?|spending)|"
    r"state\s+(?:money|funds?|funding|spending|budget|aid|dollars)|deficits?|national\s+debt|debt\s+ceiling|"
    r"cost\s+taxpayers|restitution|civil\s+penalt\w*|general\s+fund|stimulus|foreign\s+aid|"
    r"(?:his|her|their|the)\s+plan\s+(?:would|will)\s+cost|spending\s+(?:plan|bill|package|cuts?|increase)|"
    r"infrastructure|medicaid|medicare|social\s+security|pentagon|military|allotment|surplus|shortfall|pensions?|"
    r"(?:income|sales|property|gas|payroll|estate|corporate)\s+tax\w*|tax\s+rebates?|state's|state’s|"
    r"state\s+(?:employees|workers)|public\s+(?:employees|workers)|border\s+wall|"
    r"school\s+(?:lunch|breakfast|meal)\w*|(?:house|senate|assembly)\s+bill\s+\d+|"
    r"tax\s+plan|plan\s+(?:would|will)\s+(?:raise|cost|spend|save)|in\s+(?:new|additional|higher)\s+taxes|"
    r"(?:a|the|new)\s+tax\s+(?:of|on)|would\s+raise\s+\$[\d.,]+(?:\s*(?:million|billion|trillion))?\s+(?:a|per|each)\s+year")
# A committee that campaign money can be tied to when no candidate is named: "Right to Rise USA",
# "Priorities USA Action", "Keep the Promise PAC", "the Republican National Committee".
_COMMITTEE = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s+(?:(?:to|the|for|of|and)\s+)?){1,5}(?:PAC|Super\s+PAC|Action|Committee|Victory\s+Fund|USA|"
    r"Rise)\b|"
    r"\b(?:RNC|DNC|NRCC|DCCC|NRSC|DSCC)\b")
# A committee the money is not tied to: "challenging Democratic National Committee Chair ...".
_NOT_THEIRS = re.compile(r"(?:challeng\w*|chair\w*|against|attack\w*|oppos\w*|target\w*|sued|sues)\s+(?:\w+\s+){0,2}$",
                         re.I)
_TO_IT = re.compile(r"(?:to|for|from|by|into|with)\s+(?:the\s+|a\s+)?(?:\w+[\s-]+){0,3}$", re.I)
# What a law allows or caps is not a sum of money: "the contribution limit of $2,700".
_LIMIT = Cue(r"limits?|maximum|caps?\s+(?:of|at)|capped|ceiling\s+of|up\s+to\s+a|"
             r"(?:incomes?|people|those|families|households|earners|earning|making|individuals)\s+(?:\w+\s+){0,2}"
             r"(?:above|over|below|under|exceeding|more\s+than|less\s+than|up\s+to)|"
             r"for\s+(?:couples|individuals|families|singles|joint\s+filers)|in\s+fees|or\s+(?:less|more|under|over)")
# A campaign a government runs is not an election campaign: "a public education campaign".
_PUBLIC_CAMPAIGN = re.compile(r"\b(?:public|education|awareness|information|outreach|vaccination|safety|"
                              r"recruitment|anti-\w+)\s+campaigns?\b")
# Spending on advertising, a few words past the figure: "$90 million in spending on mail and staff rather
# than TV ads" is campaign money whatever public words stand nearer.
_ADS = Cue(r"(?:television|tv|radio|digital|online|cable|attack|campaign)\s+(?:and\s+(?:television|tv|radio|"
           r"digital|online|cable)\s+)?(?:ads|advertising|commercials)")
# Taxes or fines someone pays are their outgoings, not a sum of public money asked for or spent:
# "the company paid $3 billion in income taxes".
_PAID_IN = re.compile(r"\bpa(?:id|ys|ying)\s+(?:(?:more\s+than|about|nearly|roughly|almost|over|just)\s+)?"
                      r"\$[\d.,]+(?:\s*(?:million|billion|trillion))?\s+in\s+(?:[\w-]+,?\s+){0,6}(?:tax(?:es)?|fines?)\b")
_SMALL = 1000  # a bare figure under this (a $27 gift, a $4 breakfast) is public money only with a cue beside it


def classify(clause: str, sentence: str, amount: float, context: str = "", spoken: bool = False,
             near: str = "", wide: str = "") -> Class:
    """"public", "campaign" or "none" for a figure, from its lower-cased clause, sentence and the
    text before it (``context``); ``spoken``: the figure is in an official's own words; ``near``: a few
    words either side of the figure, across commas, where private words are looked for; ``wide``: a
    few more after it ("paid $1 billion in state, local and federal taxes")."""
    clause, sentence, near = (_PUBLIC_CAMPAIGN.sub(" ", w) for w in (clause, sentence, near))
    strong_clause = _STRONG_PUBLIC.search_lowered(clause)
    if _LIMIT.search_lowered(clause) or _PAID_IN.search(wide or near or clause):
        return "none"
    if _PRIVATE.search_lowered(near or clause) and not strong_clause:
        return "none"
    if (_CAMPAIGN.search_lowered(clause) or _ADS.search_lowered(wide)) and not strong_clause:
        return "campaign"
    public_clause = strong_clause or _PUBLIC.search_lowered(clause)
    if amount < _SMALL:
        return "public" if strong_clause or (public_clause and _SMALL_PUBLIC.search_lowered(clause)) else "none"
    if public_clause:
        return "public"
    strong_sentence = _STRONG_PUBLIC.search_lowered(sentence)
    if _CAMPAIGN.search_lowered(sentence) and not strong_sentence:
        return "campaign"
    if _PRIVATE.search_lowered(sentence) and not strong_sentence:
        return "none"
    if (_PUBLIC_PLACE.search_lowered(clause) or strong_sentence or _PUBLIC.search_lowered(sentence)
            or _PUBLIC_PLACE.search_lowered(sentence) or spoken):
        return "public"
    # "Taken together, those items add up to $132.7 million": the text before says whose money it is
    return "public" if _STRONG_PUBLIC.search_lowered(context) else "none"


def committee(text: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """The named campaign committee or super PAC that spends, raises or receives the figure at
    ``[start, end)``: named before it in its sentence, or just after it as where it went ("$5,000 to
    Ready PAC"); never one named as a target."""
    named_before = None
    for m in _COMMITTEE.finditer(text, sent[0], sent[1]):
        before = text[max(sent[0], m.start() - 40):m.start()]
        if _NOT_THEIRS.search(before):
            continue
        if m.end() <= start:
            named_before = m  # the nearest one before the figure
        elif 0 <= m.start() - end <= 40 and _TO_IT.search(before):
            words = m[0].split()  # "$4 million raised by the pro-Roe Forward Elm PAC"
            return " ".join(words[1:] if text[m.start() - 1] == "-" and len(words) > 2 else words)
    return " ".join(named_before[0].split()) if named_before else None
