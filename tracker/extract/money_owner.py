"""Whose money a figure is: the official who asks for, proposes, announces, raises or spends it.

The nearest name is often wrong ("Manafort said Trump raised $4 million" is Trump's money; "Sen. Park
said the governor's $12 million plan was overdue" is the governor's), so the official whose verb
governs the figure wins: "X proposed $Y", "X has asked lawmakers for $Y", "X's $Y plan". Statements
and the sentence's subject (``money.find_funding``) decide only when no such actor is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.cast import Cast

_VERB = (r"(?:propos\w*|ask(?:s|ed|ing)?|request\w*|announc\w*|unveil\w*|want(?:s|ed)?|seek(?:s|ing)?|sought|"
         r"call(?:s|ed)?\s+for|sign(?:s|ed)?|approv\w*|allocat\w*|budget\w*|pledg\w*|promis\w*|offer\w*|"
         r"plan(?:s|ned)?\s+to\s+\w+|award\w*|secur\w*|won|free[sd]?\s+up|redirect\w*|set\s+aside|earmark\w*|"
         r"spen[dt]\w*|rais(?:e[sd]?|ing)|brought\s+in|took\s+in|collect\w*|invest\w*|put|add(?:s|ed)?|"
         r"direct\w*|recover\w*|secured|obtain\w*|included|includes|tout\w*|backs|backed|support\w*|"
         r"cut|cuts|slash\w*|reported)")
# What may stand between the actor and the verb ("has", "also", "on Monday", "'s campaign"), and between
# the verb and the figure ("lawmakers for", "about", "more than", "a").
_BETWEEN = re.compile(
    r"^\s*(?:(?:['’]s\s+(?:re-?election\s+|presidential\s+|own\s+)?)?(?:campaign|office|administration|team)\s+)?"
    r"(?:,[^,]{0,60},\s*)?(?:(?:has|have|had|will|would|also|then|now|last\s+\w+|on\s+\w+|just|"
    r"is|was|previously|originally|already|recently|again|reportedly|says\s+(?:it|he|she)|said\s+(?:it|he|she))\s+){0,3}"
    + _VERB + r"\b[^.;:!?$]{0,50}$", re.I)
# Someone who works for an official: "Lee's campaign chairman routed $2 million" is the chairman's doing.
_STAFF = (r"(?:chair\w*|co-?chair\w*|manager|aides?|advis[eo]rs?|staff\w*|spokes\w*|officials?|directors?|"
          r"strategists?|lawyers?|attorneys?|operatives?|treasurer|consultants?|finance\s+chair\w*)\b")
# "Clinton's $275 billion plan", "the governor's proposed $14 million", "Clinton's tax plan would raise $1 trillion"
_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:(?:proposed|planned|requested|new|own|latest|original|initial)\s+)?$|"
    r"^['’]s\s+(?:[\w-]+\s+){0,4}?(?:plan|proposal|budget|bill|program|package|request|initiative|campaign|"
    r"committee|super\s+pac|pac|expansion|cuts?|increases?|call\s+for)\b(?!\s+" + _STAFF + r")[^.;:!?$]{0,90}$",
    re.I)
# Campaign money: the candidate a committee backs ("a super PAC supporting Marco Rubio"), never the
# candidate it attacks.
_BACKING = re.compile(r"(?:(?:pacs?|group|committee|organization|fund|network)\s+(?:that\s+(?:is\s+)?)?"
                      r"(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|allied\s+with|aligned\s+with|connected\s+to)|"
                      r"in\s+support\s+of|on\s+behalf\s+of|pro-)\s*(?:\w+\.?\s+){0,3}$", re.I)
_AGAINST = re.compile(r"(?:attack\w*|against|oppos\w*|target\w*|criticiz\w*|rivals?)\b[^.;]{0,40}$", re.I)
# Campaign money raised, given or spent for a candidate named just after it: "help raise $1 billion for Lee",
# "spent $600,000 to back her".
_FOR_THEM = re.compile(
    r"^[^.;,$]{0,30}?\b(?:for|to|to\s+(?:back|support|help|elect|boost))\s+"
    r"(?:(?:the\s+)?campaign\s+of\s+)?(?:(?-i:[A-Z][a-z]*)\.?\s+){0,2}$", re.I)
_THEIR_FIGURE = re.compile(r"['’]s\s+\$")  # "Diaz had raised $290,000 to Lee's $199,000": a comparison
# The campaign the sentence is about: "Lee's campaign went to court, saying the ban loses the campaign $400,000".
_THEIR_CAMPAIGN = re.compile(
    r"(?:['’]s)?\s+(?:re-?election\s+|presidential\s+|own\s+)?campaign\b(?!\s+" + _STAFF + ")", re.I)


NOBODY = ""


def actor(text: str, cast: Cast, start: int, sent: tuple[int, int], figures: Sequence[int] = ()) -> str | None:
    """The official whose verb governs the figure at ``start`` in its sentence; ``NOBODY`` when it is
    governed by a named person who is no official ("Barack Obama's call for $1.9 billion" where the
    article does not make him one), so no nearer name takes it; None when no one's verb governs it.

    ``figures``: the starts of the sentence's money figures, paired in order with the officials named
    before them when the sentence says "respectively" ("Carson and Cruz raised $23 million and $20
    million, respectively").
    """
    if len(figures) > 1 and start in figures and "respectively" in text[sent[0]:sent[1]]:
        names = list(dict.fromkeys(m.official for m in cast.mentions_between(sent[0], figures[0]) if m.official))
        return names[list(figures).index(start)] if len(names) == len(figures) else None
    for m in reversed(cast.mentions_between(sent[0], start)):
        if m.official is None and m.kind != "name":
            continue  # an unresolved pronoun or title tells nothing
        gap = text[m.end:start]
        if m.kind == "pronoun" and m.text.lower() in ("his", "her", "their"):
            gap = "'s" + gap  # "his proposed expansion ... would cost $170 billion" reads as "X's"
        elif m.text.endswith("s") and gap[:1] in ("'", "’") and gap[1:2] != "s":
            gap = "'s" + gap[1:]  # "Bernie Sanders' $75 billion plan" reads as "X's"
        if _POSSESSIVE.match(gap) or _BETWEEN.match(gap):
            return m.official or NOBODY  # a named person who is not an official: nobody's, not the next name
    return None


def campaign_owner(text: str, cast: Cast, start: int, sent: tuple[int, int], figures: Sequence[int] = (),
                   end: int | None = None) -> str | None:
    """The candidate campaign money belongs to: who raised or spent it, whom the committee spending
    it backs, the candidate it is raised or given for (named just after the figure, which ends at
    ``end``), else the campaign the sentence names before it; None rather than a candidate it was
    spent against or a bystander."""
    who = actor(text, cast, start, sent, figures)
    if who is not None:
        return who or None
    mentions = [m for m in cast.mentions_between(sent[0], sent[1]) if m.official]
    for m in mentions:
        before = text[max(sent[0], m.start - 60):m.start]
        if _BACKING.search(before) and not _AGAINST.search(before):
            return m.official
    if end is not None:
        after = next((m for m in mentions if 0 <= m.start - end <= 40), None)
        if after is not None and _FOR_THEM.match(text[end:after.start]) and not _THEIR_FIGURE.match(text, after.end):
            return after.official
    campaigns = {m.official for m in mentions if m.end <= start and (
        _THEIR_CAMPAIGN.match(text, m.end) and (m.kind != "pronoun" or m.text.lower() in ("his", "her", "their")))}
    return campaigns.pop() if len(campaigns) == 1 else None
