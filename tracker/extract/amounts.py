"""Money figures in running text: "$1.2 million", "$6.3M", "1-billion dollars", "$227,000".

Amounts are exact ``Decimal`` values in whole currency units; spans are offsets into the text.
Counts without a currency sign ("8,000 leads") and cents are never money here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tracker.extract.lexicon import finditer_from, is_word

_SCALES = {
    "thousand": Decimal(1_000), "k": Decimal(1_000),
    "million": Decimal(1_000_000), "m": Decimal(1_000_000), "mn": Decimal(1_000_000), "mil": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000), "b": Decimal(1_000_000_000), "bn": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000), "t": Decimal(1_000_000_000_000),
}
_CURRENCY = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_SCALE = r"thousand|million|billion|trillion"
# "$1.2 million", "$6.3M", "$1.2-million", "US$ 40bn": a sign, the number, an optional scale word.
_SIGNED = re.compile(
    rf"(?P<cur>US\$|\$|€|£|USD\s?|EUR\s?|GBP\s?)\s?(?P<num>{_NUM})"
    rf"(?:[\s-]?(?:plus[\s-])?(?P<scale>(?i:{_WORD_SCALE}))\b|(?P<abbr>[ \xa0]?(?:bn|mn|mil)|[MBKkT])\b)?"
)
_SIGNS = ("$", "€", "£", "US$", "USD", "EUR", "GBP")  # every signed figure starts with one of these
# "1-billion dollars", "5 million dollars", "250,000 dollars".
_WORDED = re.compile(
    rf"(?<![\w$.,])(?P<num>{_NUM})(?:[\s-](?P<scale>{_WORD_SCALE}))?\s+(?P<cur>dollars|euros|pounds)\b",
    re.IGNORECASE,
)
# "$1.5 to $2 million": the first figure borrows the scale of the second.
_SHARED_SCALE = re.compile(
    rf"\s*(?:to|-|–|and|or)\s*(?:\$\s?)?(?:{_NUM})[\s-]?(?P<scale>{_WORD_SCALE})\b", re.IGNORECASE
)
_WORDED_AT = re.compile(_WORDED.pattern + "$", re.IGNORECASE)  # a figure ending at the search's end
_WORDED_REACH = 100  # characters a worded figure may take before its currency word
_WORD_CUR = {"dollars": "USD", "euros": "EUR", "pounds": "GBP"}
_WORD_CUR_CASES = tuple(f(w) for w in _WORD_CUR for f in (str.lower, str.capitalize, str.upper))
# A quadrillion: more than any government spends; a bigger "figure" is a garbled digit run.
_MAX_AMOUNT = Decimal(10) ** 15


@dataclass(frozen=True)
class Money:
    """One money figure: ``text[start:end]`` is the figure itself."""

    start: int
    end: int
    amount: Decimal
    currency: str
    scaled: bool  # carried a scale word ("million"), so it is a rounded headline figure


def parse_number(num: str) -> Decimal | None:
    """``"1,234.5"`` -> ``Decimal("1234.5")``; None when it is not a number."""
    try:
        return Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None


def _whole(value: Decimal) -> Decimal:
    # Scaled decimals ("1.2 million") are exact; normalise away the exponent noise.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _plausible(value: Decimal) -> bool:
    """A sum of money at all: more than nothing, and not a digit run no budget comes near."""
    return 0 < value <= _MAX_AMOUNT


def find_money(text: str) -> list[Money]:
    """Every money figure in ``text``, in order of appearance."""
    out: list[Money] = []
    for m in finditer_from(_SIGNED, text, _SIGNS):
        if m["cur"][0].isalpha() and m.start() and text[m.start() - 1].isalpha():
            continue  # "XUSD 5" is not a currency code
        value = parse_number(m["num"])
        if value is None:
            continue
        scale_word = m["scale"] or (m["abbr"] or "").strip()
        scaled = bool(scale_word)
        if scale_word:
            value *= _SCALES[scale_word.lower()]
        else:
            nxt = _SHARED_SCALE.match(text, m.end())
            if nxt and value < 1000:
                value *= _SCALES[nxt["scale"].lower()]
                scaled = True
        if not _plausible(value):
            continue
        cur = _CURRENCY.get(m["cur"].strip(), "USD")
        out.append(Money(m.start(), m.end(), _whole(value), cur, scaled))
    taken = [(mo.start, mo.end) for mo in out]
    for m in _worded(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = parse_number(m["num"])
        if value is None or _weight(text, m):
            continue
        if m["scale"]:
            value *= _SCALES[m["scale"].lower()]
        if not _plausible(value):
            continue
        out.append(Money(m.start(), m.end(), _whole(value), _WORD_CUR[m["cur"].lower()], bool(m["scale"])))
    out.sort(key=lambda mo: mo.start)
    return out


_OF_AFTER = re.compile(r"\s+(?:of|per)\b|\s+(?:heavier|lighter|overweight|underweight)\b", re.I)


def _weight(text: str, m: re.Match[str]) -> bool:
    """"30 pounds", "2 million pounds of beef": pounds are a weight unless written as a sum of money
    ("5 million pounds" with a scale word and nothing weighed after it)."""
    return m["cur"].lower() == "pounds" and (not m["scale"] or bool(_OF_AFTER.match(text, m.end())))


def _worded(text: str) -> list[re.Match[str]]:
    """What ``_WORDED.finditer(text)`` finds, searched for only just before each currency word (in lower,
    title or upper case): a figure written out in words ends at one, and a scan of the whole text is
    many times slower."""
    out = []
    for word in _WORD_CUR_CASES:
        i = text.find(word)
        while i >= 0:
            e = i + len(word)
            if e == len(text) or not is_word(text[e]):
                m = _WORDED_AT.search(text, max(0, i - _WORDED_REACH), e)
                if m:
                    out.append(m)
            i = text.find(word, e)
    out.sort(key=lambda m: m.start())
    return out


def format_usd(value: Decimal) -> str:
    """``Decimal("177330")`` -> ``"$177,330"`` (cents kept only when there are any)."""
    if value == value.to_integral_value():
        return f"${int(value):,}"
    return f"${value:,.2f}"
