"""Offices written after a name ("Jane Roe, Arizona superintendent of public instruction,", "Roe is also a
State Representative") and the named private persons who speak or are described ("Jo Poe, a nurse,
said", "said Ann Lee", "Ann Lee, 45,"), registered so that quotes and pronouns near them are never
pinned on an official.
"""

from __future__ import annotations

import re

from tracker.extract import places
from tracker.extract.lexicon import is_word
from tracker.extract.offices import APPOSITIVE_OFFICE, GOV_CONTEXT, TITLE_FIRST, normalise_office
from tracker.extract.persons import NAME, STOP_WORDS, Registry, clean_name, party_name, tag_after

_S = r"[ \t\xa0]"  # a space within a line (pages keep no-break spaces)
_NAME = re.compile(NAME)
# A capitalised word that can never be part of a name (see ``clean_name``), followed by a lower-case
# word that is not a name particle ("de", "van"): the name pattern would stop there and yield nothing.
_LONE_STOPS = STOP_WORDS
_LOWER_NEXT = re.compile(r"[ \t\xa0]+(?!(?:de|del|van|von|da|di|le|la)[ \t\xa0])[a-z]")
# After a name, what marks a person: a speech verb ("Jo Poe, a nurse, said") or a description ("Ann Lee, 45,").
_PERSON_AFTER = re.compile(rf"(?:,[^,.!?\n]{{0,80}},|,)?{_S}+(?:also{_S}+)?(?:said|says|told|added|argued|asked|"
                           rf"testified|wrote|noted|explained)\b"
                           rf"|,{_S}+(?:\d{{1,3}},|(?:a|an){_S}+[a-z]|who{_S}|whose{_S})")
_FIRST_NAME_BEFORE = re.compile(rf"\b[A-Z][a-z]+(?:{_S}[A-Z]\.)?{_S}$")
# Lower-case words naming what a public office runs ("the state health commissioner").
_AGENCY_WORDS = ("health|education|transportation|budget|finance|revenue|labor|insurance|agriculture|corrections|"
                 "environmental|emergency|public|safety|housing|water|parks|elections|veterans")
_HONORIFICS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Hon"})
_APPOS_LEAD = re.compile(rf"(?:,{_S}*|{_S}+is{_S}+(?:also{_S}+|now{_S}+)?)(?:who{_S}+is{_S}+)?(?:(?:a|an|the){_S}+)?")
_APPOS_BODY = re.compile(
    rf"(?:(?P<party>Democratic|Republican){_S}+)?(?:[Ff]ormer{_S}+|then-)?"
    rf"(?P<pre>(?:(?:the{_S}+)?(?:[A-Z][\w.'’-]*|state|city|county|{_AGENCY_WORDS})(?:’s|'s)?{_S}+){{0,3}})"
    rf"(?P<office>(?i:{APPOSITIVE_OFFICE.pattern}))\b"
    rf"(?P<of>{_S}+(?:of|for|to){_S}+[^,.;()\n]{{1,60}})?"
)


def read(text: str, reg: Registry, caps: list[tuple[int, str]]) -> None:
    """"NAME, Arizona superintendent of public instruction," and "NAME is also a State Representative"."""
    done = 0
    said = _said_ends(text)
    for pos, word in caps:
        if pos < done:
            continue
        if word in _LONE_STOPS and _LOWER_NEXT.match(text, pos + len(word)):
            continue  # "The governor", "In the": no name can start here, nor run on past the word
        nm = _NAME.match(text, pos)
        if nm is None:
            continue
        done = nm.end()
        first = word.rstrip(".")  # the name's first word: the capitalised word it starts with
        if first in _HONORIFICS:  # "Dr. Helen Marsh, the state health commissioner,": the office follows
            j = pos + len(first)
            while j < len(text) and text[j] in ". \t\xa0":
                j += 1
            nm = _NAME.match(text, j)
            if nm is None:
                continue
            done = nm.end()
        elif first in TITLE_FIRST:
            continue  # "Assemblyman Jim Gall": a titled name, read by the title chain
        end = nm.end()
        if nm.start() in said or _PERSON_AFTER.match(text, end):
            _private(text, nm, reg)
        lead = _APPOS_LEAD.match(text, end)
        if not lead or lead.end() == end:
            continue
        body = _APPOS_BODY.match(text, lead.end())
        if not body:
            continue
        name = clean_name(nm.group())
        if not name or (" " not in name and not reg.find(name)):
            continue
        office, level = normalise_office(body.group("office"))
        agency = office in {"Commissioner", "Director"}
        if office in {"President", "Vice President"} or (
                agency and not GOV_CONTEXT.search(body.group("pre") + " " + (body.group("of") or ""))):
            continue  # a league's or a company's; "the state health commissioner" is public
        of = body.group("of") or ""
        if level == "spokes" and not GOV_CONTEXT.search(of + " " + body.group("pre")):
            continue
        pre = " ".join(w for w in body.group("pre").split() if w.casefold() != "the")
        st = places.STATE_RX.search(pre + " " + of)
        if agency and pre:  # "the state health commissioner" -> State Health Commissioner
            office = " ".join(w[:1].upper() + w[1:] for w in (*pre.split(), office))
        if office == "Superintendent" and "public instruction" in of.casefold():
            office = "Superintendent of Public Instruction"
        elif office not in {"Spokesperson"} and of.strip().startswith(("of ", "for ")) and level != "legis":
            office = f"{office}{of}".title() if office == "Superintendent" else office
        reg.add(name, nm.start(), nm.start() + len(name), office=office, level=level, rank=4, official=True,
                party=party_name(body.group("party")) if body.group("party") else None,
                jurisdiction=st.group() if st else None)
        tag_after(text, body.end(), reg, name)


def _private(text: str, nm: re.Match[str], reg: Registry) -> None:
    """Register a named person who speaks or is described ("Andrew Wheeler told...", "said Jo Poe",
    "Ann Lee, 45,"), so pronouns and quotes near them are not pinned on an official."""
    pos = nm.start()
    name = clean_name(nm.group())
    if len(name.split()) == 1 and name and reg.find(name) is None:
        # "Wheeler told the committee": find the full name ("Andrew Wheeler") elsewhere
        full = full_name(text, name)
        name = clean_name(text[full[0]:full[1]]) if full else ""
        pos = full[0] if full else pos
    words = name.split()
    for k in range(1, len(words) - 1):
        known = reg.find(" ".join(words[k:]))
        if known is not None and " ".join(words[k:]) in known.forms:
            return  # "Elections Susan Poe said": the end of a title ("Supervisor of Elections") before a known name
    if len(words) >= 2 and reg.find(name) is None:
        reg.add(name, pos, pos + len(name), official=False)


def full_name(text: str, surname: str) -> tuple[int, int] | None:
    """Span of the first "First Surname" (or "First M. Surname") in ``text``, by the surname's occurrences."""
    i = text.find(surname)
    while i >= 0:
        e = i + len(surname)
        if (e == len(text) or is_word(text[e]) != is_word(text[e - 1])) and text[i - 1:i] in (" ", "\t", "\xa0"):
            m = _FIRST_NAME_BEFORE.search(text, max(0, i - 40), i)
            if m:
                return m.start(), e
        i = text.find(surname, i + 1)
    return None


def _said_ends(text: str) -> frozenset[int]:
    """Where a name may start right after "said " / "says " / "told " (at most 12 characters back)."""
    out = set()
    for verb in ("said", "says", "told"):  # plain substring search: far faster than a regex scan
        i = text.find(verb)
        while i >= 0:
            e = i + len(verb)
            while e < len(text) and text[e] in " \t\xa0" and e - i < 12:
                e += 1
            spaced = e > i + len(verb) and (e == len(text) or text[e] not in " \t\xa0")
            if spaced and (i == 0 or not is_word(text[i - 1])):
                out.add(e)
            i = text.find(verb, i + 1)
    return frozenset(out)
