"""Word lists compiled for speed: a trie-shaped alternation lets the regex engine branch on one
character at a time instead of trying every word at every position (5-10x faster on long lists)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation (no anchors, no boundaries) matching exactly ``words``, longest first."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch).replace(r"\ ", r"\s+") + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0]
        return f"(?:{body})?" if "" in node else body

    return build(trie)
