"""Reported speech: "Roe said (that) CLAUSE", "Roe told reporters that CLAUSE", "Roe urged the state to
CLAUSE", "Roe wrote to the governor saying CLAUSE", "according to Roe, CLAUSE". The statement text is
the reported clause, up to the end of its sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from tracker.extract.cast import Mention, joined_before
from tracker.extract.document import Statement
from tracker.extract.lexicon import finditer_from, is_word, trie_pattern
from tracker.extract.speech import (
    JUDGING,
    SAY_BARE,
    SAY_NEEDS_THAT,
    SAY_OBJECT,
    SAY_WORDS,
    SCARE_WORDS,
    Ctx,
    speaker_after,
    staffer,
    subject_of,
)

SAY_VERB = SAY_BARE + r"|asked|asks|wrote|writes"
# Participles hang off the sentence's speaker: "Roe hit back, saying ...", "..., adding that ..."
_PARTICIPLES = {"saying": "said", "adding": "added", "noting": "noted", "arguing": "argued", "suggesting": "suggested",
                "insisting": "insisted", "warning": "warned", "telling": "told", "claiming": "claimed",
                "explaining": "explained", "stressing": "stressed", "predicting": "predicted", "promising": "promised",
                "vowing": "vowed", "pledging": "pledged", "calling for": "called for", "asserting": "asserted",
                "declaring": "declared", "charging": "charged", "acknowledging": "acknowledged",
                "pointing out": "pointed out", "complaining": "complained", "contending": "contended",
                "urging": "urged", "accusing": "accused", "stating": "stated", "announcing": "announced",
                "asking": "asked", "repeating": "repeated", "calling on": "called on",
                "describing": "described", "blaming": "blamed", "demanding": "demanded", "proposing": "proposed",
                "emphasizing": "emphasized", "conceding": "conceded", "recalling": "recalled",
                "boasting": "boasted", "reminding": "reminded", "threatening": "threatened",
                "admitting": "admitted", "joking": "joked", "praising": "praised", "criticizing": "criticized",
                "slamming": "slammed", "dismissing": "dismissed", "rejecting": "rejected", "lamenting": "lamented",
                "reiterating": "reiterated", "maintaining": "maintained", "conceding that": "conceded"}
_VERB = re.compile(rf"\b{trie_pattern((*SAY_WORDS, 'discussed', 'discusses', *_PARTICIPLES))}\b")
SAY_RX_AFTER = re.compile(rf"[ \t\xa0]*,?[ \t\xa0]*(?:also[ \t\xa0]+)?(?:{trie_pattern(SAY_WORDS)})\b")
_PARTICIPLE_LEAD = re.compile(r"(?:[,—–]|\b(?:by|while|after|before|in|from))[ \t\xa0]*$")
_THAT_NEXT = re.compile(r"[ \t\xa0]*,?[ \t\xa0]*that\b")
_CIRCUMSTANCE = re.compile(r"(?:[a-z]+ing|as|while|when|after|before|before|during|with)\b")
# "said raising taxes would hurt": a gerund that is the subject of the reported clause, not a manner
_GERUND_SUBJECT = re.compile(r"[a-z]+ing(?:[ \t\xa0]+[\w’'-]+){0,5}?[ \t\xa0]+(?:will|would|could|should|must|can|"
                             r"may|might|is|was|has|had|won’t|won't|isn’t|isn't)[ \t\xa0]")
_OF_WHAT = re.compile(r"[ \t\xa0]+of[ \t\xa0]")  # "said of the poll": what it was about, not what was said
# "Roe and Sen. Bo Diaz said", "Roe, Diaz and Lee said": every one of them said it
# Words between the verb and its clause that belong to neither: when, where, to whom, in what.
_MODIFIER = re.compile(
    r"(?:[ \t\xa0]+(?:(?:on|last|this|early|late|next)[ \t\xa0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night|morning|afternoon|evening|yesterday|today|recently|previously|"
    r"repeatedly|publicly|again|also|later|earlier|then|too|once)\b"
    r"|[ \t\xa0]+(?:in|during|at|on|via|through|before)[ \t\xa0]+(?:an?|the|his|her|their|its)[ \t\xa0]+"
    r"(?:[\w-]+[ \t\xa0]+){0,3}?(?:statement|interview|letter|release|email|e-mail|news\s+conference|"
    r"press\s+conference|hearing|meeting|speech|post|tweet|video|op-ed|call|briefing|conversation|address|"
    r"session|town\s+hall|forum|event|debate|radio\s+interview|phone\s+interview|report|filing|memo|"
    r"committee|subcommittee|panel|council|board|commission|spokes(?:man|woman|person)|aide|lawyer|attorney)\b"
    r"(?:[ \t\xa0]+(?:on|to|with|from)[ \t\xa0]+[^,.;\"“”]{1,40}?(?=[ \t\xa0]+that\b|,))?"
    r"|[ \t\xa0]+to[ \t\xa0]+(?:reporters|lawmakers|the\s+\w+|members|supporters|colleagues)\b)*"
)
# "is declaring", "was arguing": the participle is the sentence's verb
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|been)[ \t\xa0]+$")
# "told a gathering in Elm she will ...": any short audience, then a clause opening with a pronoun
_AUDIENCE_THEN_PRONOUN = re.compile(
    r"[ \t\xa0]+(?:[^,.;:!?\"“”\n]{1,60}?)[ \t\xa0]+(?=(?:he|she|they|we|I)[ \t\xa0]+(?:will|would|could|should|must|"
    r"can|may|might|is|are|was|were|has|have|had|did|does|do|wants|want|plans|believes)\b)")
# "joked to the Fed chair that ...": to whom, then the clause
_TO_WHOM_THAT = re.compile(r"[ \t\xa0]+to[ \t\xa0]+[^,.;:!?\"“”\n]{1,60}?[ \t\xa0]+that[ \t\xa0]+")
# "said Sunday in Madison, Wisconsin, that ...": where, then the clause
_WHERE_THAT = re.compile(r"[ \t\xa0]+(?:in|at|on|during|before|after|from|outside|inside|aboard|following|since|"
                         r"via|through|over|earlier|last|repeatedly)[ \t\xa0]+"
                         r"[^.;:!?\"“”\n]{1,60}?,?[ \t\xa0]+that[ \t\xa0]+"
                         # "said — on Twitter, as it happens — that", "said, in a letter to donors, that"
                         r"|[ \t\xa0]*(?:—|–|--)[^—–\n\"“”]{1,70}(?:—|–|--)[ \t\xa0]*that[ \t\xa0]+"
                         r"|[ \t\xa0]*,[ \t\xa0]+(?:in|at|on|during|to|with|according)[^,.;:!?\"“”\n]{1,60},[ \t\xa0]+"
                         r"that[ \t\xa0]+")
# "said: Let no one be mistaken ...": a clause (not a quotation) after a colon
_COLON_CLAUSE = re.compile(r"[ \t\xa0]*:[ \t\xa0]+(?=[A-Z][a-z])")
# "suggested boycotting the company", "proposed raising the wage": the gerund is what they said
_GERUND_VERBS = frozenset({"suggested", "suggests", "proposed", "proposes", "admitted", "admits", "acknowledged",
                           "acknowledges", "called for", "calls for", "calling for"})
_GERUND = re.compile(r"[ \t\xa0]+(?=[a-z]+ing[ \t\xa0]+[a-z])")
_THAT_ASIDE = re.compile(r",[ \t\xa0]+[^,.;:!?\"“”\n]{1,60},[ \t\xa0]+(?=[\w$])")
_ADDING = re.compile(r"[ \t\xa0]*,[ \t\xa0]*adding[ \t\xa0]+(?:that[ \t\xa0]+)?")
_THAT = re.compile(r"[ \t\xa0]*,?[ \t\xa0]*(?:that\b)?[ \t\xa0]*")
_OBJECT_THAT = re.compile(r"[ \t\xa0]+(?:(?:[^,.;:!?\"“”\n]|(?<=Mr|Ms|Dr)\.|(?<=Mrs|Sen|Rep|Gov)\.){1,60}?)"
                          r"[ \t\xa0]*,?[ \t\xa0]+(?:that|how)[ \t\xa0]+")
# "told reporters the vote would be close": a that-less clause only after a plain audience, and only
# when it opens like a clause (a pronoun, an article, a name), so "told reporters about it" is not one.
_AUDIENCE_CLAUSE = re.compile(
    r"[ \t\xa0]+(?:(?:council|committee|board|commission|state|local|fellow|house|senate)[ \t\xa0]+)?"
    r"(?:reporters|journalists|lawmakers|legislators|members|colleagues|supporters|constituents|"
    r"voters|residents|parents|students|us|him|her|them|the[ \t\xa0]+(?:committee|panel|council|board|crowd|"
    r"audience|legislature|senate|house|press|paper|newspaper|station|group|gathering|chamber|commission)|"
    r"(?:the[ \t\xa0]+)?(?:[A-Z][\w&.’'-]*(?<![’']s)[ \t\xa0]+){0,3}"
    r"(?!(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.)[A-Z][\w&.’'-]*(?<![’']s))"
    r"(?:[ \t\xa0]+(?:on|last|this)[ \t\xa0]+\w+)?[ \t\xa0]+"
    r"(?=(?:he|she|they|it|we|I|there|this|the|a|an|his|her|their|its|our|no|nobody|every|[A-Z][a-z]+)[ \t\xa0])"
)
# "announced Tuesday the state will ...": a that-less clause after a verb that usually takes "that",
# only when it reads like one: a subject of a few words, then a modal or a form of "be"/"have".
_THATLESS = re.compile(
    r"(?:the|a|an|he|she|they|it|we|his|her|their|its|our|this|these|those|such|there|[A-Z][a-z]+)"
    r"(?:[ \t\xa0]+[\w’'-]+){0,4}?[ \t\xa0]+(?:will|would|could|should|must|can|may|might|is|are|was|were|"
    r"has|have|had)[ \t\xa0]")
# What an official announces that is a position: a plan, a bill, a run for office, a lawsuit ...
_ANNOUNCED_POLICY = re.compile(
    r"[^.;:!?\"“”\n]{0,60}?\b(?:plans?|programs?|proposals?|bills?|legislation|candidacy|campaign|bid|run|"
    r"polic(?:y|ies)|initiatives?|investigations?|lawsuits?|suits?|actions?|orders?|budgets?|funding|grants?|"
    r"support|opposition|endorsement|withdrawal|resignation|decision|ban|taxe?s?|cuts?|deals?|agreements?|"
    r"strateg(?:y|ies)|creation|measures?|reforms?|rules?|regulations?|sanctions?|veto|pardons?|nominations?)\b")
_EXPLAINED = frozenset({"explained", "explains", "described", "describes", "outlined", "outlines"})
_WH_NEXT = re.compile(r"[ \t\xa0]+(?:(?:on|last|this)[ \t\xa0]+\w+[ \t\xa0]+)?(?=(?:how|why|what|whether)[ \t\xa0])")
_URGED = re.compile(r"[ \t\xa0]+(?=[^.!?\"“”\n]{1,80}?\bto[ \t\xa0]+[a-z])")
_DISCUSSED = re.compile(r"[ \t\xa0]+(?:[^,.;!?\"“”\n]{1,60}?[ \t\xa0]+)?(?=(?:how|why|whether|what|that)\b)")
_TELL = re.compile(r"to[ \t\xa0]+(?:tell|warn|remind|assure|inform)\b[^.!?\"“”\n]{1,300}?,?[ \t\xa0]+that[ \t\xa0]+")
# "wrote to the governor Thursday saying ..." -- the verb "saying" hangs off an earlier verb.
SAYING_GAP = re.compile(
    r"^(?:[ \t\xa0]*\([^()\n]{1,30}\))?[ \t\xa0]+(?:also[ \t\xa0]+)?(?:wrote|sent|issued|released|posted|tweeted|"
    r"filed|signed|spoke|testified|appeared|responded|replied)\b[^.!?\"“”\n]{0,70}?[ \t\xa0]*,?[ \t\xa0]*$"
)
# "..., setting up a clash with Speaker Jo Poe, who says the measure will fail": Poe says it.
_AND = re.compile(r"(?:[^,;:]\s+and|,?\s+but)[ \t\xa0]+(?:(?:has|have|had|also|then|later|often)[ \t\xa0]+)*$")
# "Roe, who endorsed Cole in May and said ...": the second verb of the relative clause too
_WHO_GAP = re.compile(r",[ \t\xa0]+who[ \t\xa0]+(?:[^,;:\"“”\n]{1,60}?[ \t\xa0]and[ \t\xa0]+)?"
                      r"(?:(?:also|has|had|has\s+long|then|later)[ \t\xa0]+)?$")
_ACCORDING = re.compile(r"[Aa]ccording[ \t\xa0]+to[ \t\xa0]+")
_PLACE_PHRASE = re.compile(
    r"(?:at|in|on|during|with|from|after|before|outside|inside|near|through|via|across|alongside|among|behind|"
    r"beside|toward|towards|into|onto|upon)[ \t\xa0]+(?:a|an|the|his|her|their|its|our|this|that|[A-Z])")
# "said little about how", "said about the plan", "said aboard the plane": no clause follows
_NOT_A_CLAUSE = re.compile(r"(?:(?:little|nothing|something|anything)(?![ \t\xa0]+(?:has|had|is|was|will|would|could|"
                           r"can|should|must)\b)|about|aboard)\b")
_CLAUSE_OPENER = re.compile(r"[\"“”‘’'(\[]|[.,;:!?]")
_MIN_WORDS = 3
# "said X, and that Y", "said X and called on Y", "said X but insisted that Y", "said X, he added, that
# Y", "said X, adding that Y": a second speech verb of the same speaker starts a second statement.
_NEXT_VERB = trie_pattern((*SAY_WORDS, "implied", "implies", "charged", "charges", "called on", "calls on",
                           "accused", "accuses", "maintained", "maintains", "called", "calls"))
_NEXT_SAID = re.compile(
    rf"[ \t\xa0]*(?:,|;|[ \t\xa0]+[—–-]+)?[ \t\xa0]+(?:and|but)[ \t\xa0]+(?:that|(?:(?:he|she|they)[ \t\xa0]+)?"
    rf"(?:(?:then|also|later)[ \t\xa0]+)?(?:{_NEXT_VERB})\b(?:[ \t\xa0]+that)?)[ \t\xa0]+"
    rf"|,[ \t\xa0]+(?:he|she|they)[ \t\xa0]+(?:{_NEXT_VERB})[ \t\xa0]+that[ \t\xa0]+"
    rf"|,[ \t\xa0]+adding(?:[ \t\xa0]*[,:])?(?:[ \t\xa0]+that)?[ \t\xa0]+"
    rf"|,?[ \t\xa0]+(?:while|before)[ \t\xa0]+(?:also[ \t\xa0]+)?(?:adding|saying|noting|arguing|insisting|warning|"
    rf"claiming|suggesting)(?:[ \t\xa0]*[,:])?(?:[ \t\xa0]+that)?[ \t\xa0]+")


# A closing quotation mark right before the speaker: the verb attributes that quotation
_QUOTE_JUST_BEFORE = re.compile(r"(?:[,.!?]?(?:[”\"]|''|(?<=[,.!?])[’'])|—)[ \t\xa0]*$")
# What follows the verb opens no reported clause: "he has denied and which ...", "said, without ..."
_NO_CLAUSE_OPENS = re.compile(r"(?:and|but|or|which|who|without|with)\b")


def _after_quotation(ctx: Ctx, subj: Mention) -> bool:
    """Whether a quotation of more than a few words closes right before the speaker in the same sentence."""
    if not _QUOTE_JUST_BEFORE.search(ctx.masked, max(ctx.sentence(subj.start)[0], subj.start - 6), subj.start):
        return False
    k = subj.start - 1
    while k > 0 and ctx.masked[k] in " \t\xa0—”\"'’,.!?":
        k -= 1
    q = ctx.quote_at(k)
    return q is None or len(ctx.text[q.start:q.end].split()) > SCARE_WORDS


def find_indirect(ctx: Ctx) -> list[Statement]:
    """Reported-speech statements outside quotations and interview blocks."""
    out: list[Statement] = []
    for m in _verbs(ctx):
        verb = " ".join(m.group().split())
        vs = m.start()
        if ctx.quote_at(vs) or ctx.is_blocked(vs):
            continue
        participle, relative = verb in _PARTICIPLES, False
        aux = _AUXILIARY.search(ctx.masked, max(0, vs - 16), vs) if participle else None
        if aux is not None:  # "Roe is declaring that ...": a finite verb after all
            participle = False
            subj = subject_of(ctx, aux.start())
        elif participle:
            # "Roe praised Vance, stating ...": the one who praised, not the one praised
            subj = participle_subject(ctx, vs) or subject_of(ctx, vs, SAYING_GAP)
        elif verb.startswith("to "):
            subj = infinitive_subject(ctx, vs)
        else:
            subj = who(ctx, vs)  # "Roe, who met Cole and said ...": Roe, not Cole
            relative = subj is not None
            subj = subj or subject_of(ctx, vs)
            subj = subj or _and_said(ctx, vs)
        if subj is None:
            continue
        # '"...," Roe said in response to a question': that "said" attributes the quotation; only what a
        # second verb reports is a statement ('"...," Roe said, adding that ...')
        after_quote = not participle and _after_quotation(ctx, subj)
        start = _clause_start(ctx, _PARTICIPLES.get(verb, verb), m.end())
        if start is None or _NO_CLAUSE_OPENS.match(ctx.masked, start):
            continue
        st = _statement(ctx, subj, start, "said-clause" if not participle else "participle-clause")
        if st is not None and _PARTICIPLES.get(verb, verb) in JUDGING:
            st = _cut_at(ctx, st, _OBJECT_END)  # "slammed the plan, saying ...": the plan; the rest is its own
        if st is not None:  # "said X, saying/calling/adding ...": the participle's words are their own statement
            st = _cut_at(ctx, st, _PARTICIPLE_TAIL) or st
        if st is not None and relative:
            st = _cut_at(ctx, st, _RELATIVE_END)
        elif st is not None and _SUBORDINATE_OPEN.match(ctx.masked, ctx.sentence(vs)[0]):
            st = _cut_at(ctx, st, _MAIN_CLAUSE)
        if st is not None:
            for part in _split_and_that(ctx, st)[1 if after_quote else 0:]:
                out.append(part)
                out += _co_speakers(ctx, subj, part)
    out += _to_tell(ctx)
    out += _according(ctx)
    out += _name_colon(ctx)
    out += _clause_then_said(ctx)
    out += _parenthetical(ctx)
    out += _called(ctx)
    out += _nominal(ctx)
    out += _headline_says(ctx)
    return out


# "Roe's claim that ...", "his promise to ...", "her call for ...": a report named by its noun
_NOMINAL_NOUNS = ("claim", "assertion", "suggestion", "promise", "pledge", "vow", "warning", "argument", "insistence",
                  "contention", "call", "charge", "accusation", "prediction", "declaration", "statement",
                  "remark", "comment", "admission", "complaint", "demand", "threat")
_NOMINAL = re.compile(rf"(?P<noun>{trie_pattern(_NOMINAL_NOUNS)})s?[ \t\xa0]+(?P<link>that|to|for)[ \t\xa0]+"
                      # "his promise to build", never "his call to Gov. Diaz", "her promise to voters"
                      r"(?!(?<=to[ \t\xa0])(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|voters|"
                      r"supporters|[A-Z]|\w+s\b))")
# "Roe's claim that taxes will fall is false": the claim ends where a verdict on it starts
_VERDICT = re.compile(r"[ \t\xa0]+(?:is|was|are|were)[ \t\xa0]+(?:not[ \t\xa0]+)?(?:false|wrong|untrue|misleading|"
                      r"true|correct|accurate|baseless|unfounded|exaggerated|mostly|half|partly)\b")
_NOMINAL_OWNER = re.compile(
    r"(?:(?P<pron>\b(?:[Hh]is|[Hh]er))|(?P<name>[A-Z][\w’'-]+)(?:’s|'s|’|'))[ \t\xa0]+"
    r"(?:(?:repeated|false|frequent|earlier|latest|recent|new|oft-repeated|controversial|initial|public|"
    r"explicit|campaign|infamous|stated|own)[ \t\xa0]+)?$")
# Which nouns take "to" (an infinitive) or "for" (what is called for); every one takes "that"
_NOMINAL_LINKS = {"to": {"promise", "pledge", "vow", "call", "threat", "demand"},
                  "for": {"call", "demand"}}


def _nominal(ctx: Ctx) -> list[Statement]:
    """"Roe's claim that the mill will close": what the claim, promise or call says, the owner's statement.
    "his"/"her" is the owner only when the sentence names one official before it and nobody else."""
    out: list[Statement] = []
    t = ctx.masked
    for m in finditer_from(_NOMINAL, t, _NOMINAL_NOUNS):
        link = m.group("link")
        if (link in _NOMINAL_LINKS and m.group("noun") not in _NOMINAL_LINKS[link]) or ctx.quote_at(
                m.start()) or ctx.is_blocked(m.start()):
            continue
        o = _NOMINAL_OWNER.search(t, max(0, m.start() - 40), m.start())
        if o is None:
            continue
        if o.group("name"):
            owner = next(iter(ctx.persons_between(o.start("name"), o.end("name"))), None)
        else:
            s, _ = ctx.sentence(m.start())
            before = ctx.persons_between(s, o.start())
            if not before and s > 0:  # "Roe spoke in Elm. Her claim that ...": the sentence before
                before = ctx.persons_between(ctx.sentence(s - 1)[0], s)
            owner = before[-1] if len({x.official for x in before}) == 1 else None
        if owner is None or owner.official is None:
            continue
        st = _statement(ctx, owner, m.end(), "nominal")
        if st is not None:
            st = _cut_at(ctx, st, _VERDICT)
        if st is not None:
            st = _cut_at(ctx, st, _OBJECT_END) or st
            if o.group("pron"):
                st.speaker_text = o.group("pron").casefold()  # tied through "his"/"her": listed as a pronoun's
            out.append(st)
    return out


# "Roe Says Tax Cuts Will Pass", "Roe calls Diaz a risk to the state": a headline reporting speech; not
# "Roe promises new bridge money", which sums up what the body quotes and would count it twice
_HEADLINE_VERB = re.compile(
    r"[ \t\xa0]+(?:[Ss]ays|[Cc]alls|[Tt]ells|[Ww]arns|[Uu]rges|[Cc]laims|[Aa]dmits|[Ii]nsists|[Aa]rgues|[Pp]redicts|"
    r"[Dd]enies|[Aa]ccuses)"
    r"(?:[ \t\xa0]+[Oo]n)?[ \t\xa0]+")


def _headline_says(ctx: Ctx) -> list[Statement]:
    """What a headline says an official said: the words after "NAME Says" up to the end of the line."""
    nl = ctx.text.find("\n")  # the text's own line: masking may blank a byline under it
    end = nl if nl > 0 else len(ctx.text)
    if end > 200:
        return []
    for m in ctx.cast.mentions_between(0, end):
        if m.official is None or m.kind == "pronoun":
            continue
        v = _HEADLINE_VERB.match(ctx.masked, m.end)
        if v is None:
            continue
        stop = min((i for i in (ctx.masked.find(c, v.end(), end) for c in ";|") if i >= 0), default=end)
        e = stop
        while e > v.end() and ctx.text[e - 1] in " .\t\xa0":
            e -= 1
        if len(ctx.text[v.end():e].split()) >= _MIN_WORDS:
            return [Statement(m.official, m.text, "indirect", ctx.text[v.end():e], v.end(), e, cue="headline-says")]
    return []


# "The problem, Roe said, is that ...": the attribution sits inside the sentence, between commas
_INSIDE_VERB = re.compile(rf"[ \t\xa0]+(?:also[ \t\xa0]+)?(?:{trie_pattern(SAY_WORDS)})\b")
_INSIDE_CLOSE = re.compile(r"[ \t\xa0]*,[ \t\xa0]+")


def _parenthetical(ctx: Ctx) -> list[Statement]:
    """"The nomination, Roe predicted, would come to her": what stands before and after the
    attribution set off by commas in mid-sentence, each its own statement."""
    out: list[Statement] = []
    t = ctx.masked
    for m in ctx.cast.mentions:
        if m.official is None or m.start < 2 or t[m.start - 2:m.start] != ", " or ctx.quote_at(m.start) \
                or ctx.is_blocked(m.start):
            continue
        v = _INSIDE_VERB.match(t, m.end)
        if v is None:
            continue
        mod = _MODIFIER.match(t, v.end())
        close = _INSIDE_CLOSE.match(t, mod.end() if mod else v.end())
        if close is None:
            continue
        s, e = ctx.sentence(m.start)
        head_end = m.start - 2
        if t.find(",", s, head_end) >= 0 or _ADVERBIAL_OPEN.match(t, s) or t[s:s + 1] in "\"“”'‘":
            continue  # "In Elm, Roe said, ..." opens with a circumstance; a quotation is the quote finder's
        if len(ctx.text[s:head_end].split()) >= _MIN_WORDS:
            out.append(Statement(m.official, m.text, "indirect", ctx.text[s:head_end], s, head_end,
                                 cue="parenthetical-said"))
        tail = close.end()
        if not ctx.quote_at(tail + 1) and t[tail:tail + 1] not in "\"“”'‘":
            end = _clause_end(ctx, tail, e)
            if len(ctx.text[tail:end].split()) >= _MIN_WORDS:
                out.append(Statement(m.official, m.text, "indirect", ctx.text[tail:end], tail, end,
                                     cue="parenthetical-said"))
    return out


# "Roe called Diaz a liar", "calling the plan “a disgrace”": whom, then what they were called
_CALLED = re.compile(
    r"\b(?P<verb>called|calls|calling)[ \t\xa0]+(?!for\b|on\b|upon\b|off\b|in\b|out\b|up\b|back\b|to\b|into\b)"
    # whom or what ("Diaz", "climate change", "her vote on the war"), then what they were called -- never a
    # time ("called reporters the next morning") -- or any few words, then a quotation
    r"(?=(?:[\w.’'-]+[ \t\xa0]+){1,7}?(?!(?:the|a|an|this|that)[ \t\xa0]+(?:next|following|same|previous|"
    r"morning|night|day|week|month|year|evening|afternoon|weekend|time|moment)\b)"
    r"(?:a|an|the|his|her|their|one|nothing|someone|among)[ \t\xa0]+[\w\"“‘']"
    r"|(?:[\w.’'-]+[ \t\xa0]+){1,5}?(?:[\"“‘][\w‘']|''\w)"
    r"|(?<=called[ \t\xa0])(?:“|''|\")[\w‘'])")  # "a country that Roe called ''our top foe''": the object came first


def _called(ctx: Ctx) -> list[Statement]:
    """"Roe called the ruling “a disgrace”": what a speaker called someone or something."""
    out: list[Statement] = []
    for m in finditer_from(_CALLED, ctx.masked, ("call",)):
        vs = m.start()
        if ctx.quote_at(vs) or ctx.is_blocked(vs):
            continue
        relative = m.group("verb") != "calling" and (subj := who(ctx, vs)) is not None
        if not relative:
            subj = (participle_subject(ctx, vs) if m.group("verb") == "calling"
                    else subject_of(ctx, vs) or _and_said(ctx, vs))
        if subj is None:
            continue
        st = _statement(ctx, subj, m.end(), "called")
        if st is not None and relative:
            st = _cut_at(ctx, st, _RELATIVE_END)
        if st is not None:
            first, *rest = _split_and_that(ctx, st)  # '..., calling her "weak," and then tweeted that ...'
            out += [_called_end(ctx, first), *rest]
    return out


# What someone was called ends with its closing quotation mark, or where a second verb starts
_CALLED_END = re.compile(
    r"(?P<q>(?<=[,.!?])(?:[”\"]|'')|(?:[”\"]|'')(?=[ \t\xa0]*(?:[,.;]|and\b|$)))"
    r"|[ \t\xa0]*,?[ \t\xa0]+(?:and|but)[ \t\xa0]+[a-z]+(?:ed|ing|s)\b|[ \t\xa0]*,[ \t\xa0]+(?:[a-z]+ing|who|which)\b")


def _called_end(ctx: Ctx, st: Statement) -> Statement:
    c = _CALLED_END.search(ctx.masked, st.start, st.end)
    if c is None:
        return st
    end = c.end() if c.group("q") else c.start()
    if end >= st.end or len(ctx.text[st.start:end].split()) < 2:
        return st
    return Statement(st.speaker, st.speaker_text, st.kind, ctx.text[st.start:end], st.start, end, cue=st.cue)


# The tail of a sentence that attributes what comes before it: ", Roe said Tuesday.", ", said Roe."
_TAIL_VERB = re.compile(rf"[ \t\xa0]+(?:also[ \t\xa0]+)?(?:{trie_pattern(SAY_WORDS)})\b")
# ", his top aide, Al Poe, told reporters.": an appositive before the name, then the name set off by commas
_APPOSITION_LEAD = re.compile(r",[ \t\xa0]+(?:his|her|their|the|a|an|[A-Z][\w’'-]+(?:’s|'s))[ \t\xa0]+[\w’' -]{1,40},"
                              r"[ \t\xa0]+")
_APPOSITION_GAP = re.compile(r"[ \t\xa0]*,(?=[ \t\xa0]+(?:also[ \t\xa0]+)?[a-z])")
# "..., Roe told The Daily Herald." / "..., Roe wrote Ray Poe.": to whom, then the end of the sentence
_TAIL_OBJECT = re.compile(r"[ \t\xa0]+(?:reporters|(?:the[ \t\xa0]+|The[ \t\xa0]+)?[A-Z][\w.’'&-]*"
                          r"(?:[ \t\xa0]+[A-Z][\w.’'&-]*){0,3})(?=[ \t\xa0]*[.!?]?[ \t\xa0]*$|[ \t\xa0]*[.!?])")
_TAIL_END = re.compile(r"[ \t\xa0]*[.!?]?[ \t\xa0]*$")
# A sentence opening like this starts with a circumstance, not with what was said.
_ADVERBIAL_OPEN = re.compile(
    r"(?:Though|Although|Despite|After|Before|When|While|As|If|Since|Because|On|In|At|During|Among|Amid|With|"
    r"Without|For|From|By|Unlike|Like|Once|Until|Asked|Speaking|Last|This|Earlier|Later|Meanwhile|Still|Yet|"
    r"Now|Then|Also|But|And|So|Instead|Indeed|Separately|Shortly|Hours|Days|Weeks|Months|Years)\b")
_LEAD_VERB = re.compile(rf",[ \t\xa0]+(?:{trie_pattern(SAY_WORDS)})[ \t\xa0]+")


def _clause_then_said(ctx: Ctx) -> list[Statement]:
    """"Tax cuts would not help, Roe said on Tuesday." -- the reported clause opens the sentence and the
    attribution closes it, or stands before a participle or a second clause ("..., Roe said Tuesday in Elm,
    noting ..."); a sentence that opens with a quotation is the quotation finder's."""
    out: list[Statement] = []
    t = ctx.masked
    for s, e in ctx.sents.spans:
        if t[s:s + 1] in "\"“”'‘" or ctx.is_blocked(s) or _ADVERBIAL_OPEN.match(t, s):
            continue
        c = e
        for _ in range(3):  # the last comma first, then the two before it
            c = t.rfind(",", s, c)
            if c < 0 or e - c > 200 or ctx.quote_at(c):
                break
            st = _said_after_clause(ctx, s, e, c)
            if st is not None:
                out.append(st)
                break
    return out


def _said_after_clause(ctx: Ctx, s: int, e: int, c: int) -> Statement | None:
    """The statement when the comma at ``c`` closes the reported clause and an attribution follows it."""
    t = ctx.masked
    ms = ctx.cast.mentions_between(c, e)
    if not ms:  # ", his top aide, Al Poe, told reporters.": the last comma follows the name
        appos = [a for a in _APPOSITION_LEAD.finditer(t, max(s, c - 200), e)]
        if appos:
            c = appos[-1].start()
            ms = ctx.cast.mentions_between(appos[-1].end(), e)
    if not ms:
        return None
    m = ms[0]
    lead = t[c:m.start]
    tail: int | None = None
    # ", Roe said." / ", his aide, Al Poe, said."
    if lead.strip(" \t\xa0,") == "" or _APPOSITION_LEAD.fullmatch(lead):
        gap = _APPOSITION_GAP.match(t, m.end)
        v = _TAIL_VERB.match(t, gap.end() if gap else _gap_end(t, m.end))
        tail = v.end() if v else None
        obj = _TAIL_OBJECT.match(t, tail) if tail is not None else None
        tail = obj.end() if obj else tail
    else:  # ", said Roe." / ", said Elm party chairman Ray Olmo."
        lv = _LEAD_VERB.match(t, c)
        after_said = lv is not None and m.kind != "pronoun" and speaker_after(ctx, lv.end())[0] is m
        tail = m.end if after_said and e - m.end <= 40 else None
    if tail is None or m.official is None:
        return None
    mod = _MODIFIER.match(t, tail, e)
    pos = mod.end() if mod else tail
    if not _TAIL_END.match(t, pos, e):
        where = _WHERE_WHEN.match(t, pos, e)  # "Tuesday in Elm", "at a town hall on Monday"
        pos = where.end() if where else pos
        if not (_TAIL_END.match(t, pos, e) or _TAIL_GOES_ON.match(t, pos, e)):
            return None
    end = c
    while end > s and ctx.text[end - 1] in " \t\xa0":
        end -= 1
    if len(ctx.text[s:end].split()) < _MIN_WORDS + 1:
        return None
    return Statement(m.official, m.text, "indirect", ctx.text[s:end], s, end, cue="clause-then-said")


# After "Roe said": when and where, never a clause ("in Elm on Tuesday", "after meeting aides Thursday")
_WHERE_WHEN = re.compile(
    r"(?:[ \t\xa0]+(?:on|in|at|during|after|before|while|with|from|to|last|this|early|late|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \t\xa0]+(?!that\b|the[ \t\xa0]+\w+[ \t\xa0]+(?:is|was|will|would)\b)[\w’'.-]+){0,6}?"
    r"(?=[ \t\xa0]*[,.!?]|[ \t\xa0]+(?:on|in|at|during|after|before|with|to)\b))+")
# "..., Roe said Tuesday, noting ..." / "..., Roe said, because ...": the attribution ends, the sentence goes on
_TAIL_GOES_ON = re.compile(r"[ \t\xa0]*,[ \t\xa0]+(?:[a-z]+ing|because|but|and|adding|then|while|as|since|though)\b")


_ADVERB_GAP = re.compile(r"(?:[ \t\xa0]+(?:also|later|then|again|previously|recently|has|had|have))*")


def _gap_end(t: str, pos: int) -> int:
    """Past adverbs between a speaker and the verb ("Roe later said")."""
    g = _ADVERB_GAP.match(t, pos)
    return g.end() if g else pos


_COLON = re.compile(r"[ \t\xa0]*:[ \t\xa0]+")


def _name_colon(ctx: Ctx) -> list[Statement]:
    """"Roe: No deal without the wall." -- a headline or a line that opens with a speaker's name and a
    colon; the rest of the line (inside its quotation marks, when it has them) is what they said."""
    out: list[Statement] = []
    for ps, pe in ctx.paras.spans:
        if ctx.masked.find(":", ps, min(pe, ps + 60)) < 0:
            continue
        first = next(iter(ctx.cast.mentions_between(ps, min(pe, ps + 60))), None)
        if first is None or first.official is None or first.kind == "pronoun" or ctx.masked[ps:first.start].strip():
            continue
        c = _COLON.match(ctx.masked, first.end)
        if c is None or ctx.is_blocked(c.end()):
            continue
        start, end = c.end(), _line_end(ctx.text, c.end(), pe)
        q = ctx.quote_at(start + 1)
        if q is not None and q.open_mark == start:
            start, end, kind = q.start, q.end, "direct_quote"
        else:
            kind = "indirect"
        while end > start and ctx.text[end - 1] in " .\t\xa0":
            end -= 1
        if len(ctx.text[start:end].split()) >= _MIN_WORDS:
            out.append(Statement(first.official, first.text, kind, ctx.text[start:end], start, end, cue="name-colon"))
    return out


def _line_end(text: str, start: int, para_end: int) -> int:
    """The end of the first sentence after a "NAME:" lead-in (or of the line, for a headline)."""
    e = para_end
    for i in range(start, para_end):
        if text[i] in ".!?" and (i + 1 == para_end or text[i + 1] in " \t\xa0\n") and i - start > 3:
            return i + 1
    return e


def _verbs(ctx: Ctx) -> Iterator[re.Match[str]]:
    """Speech verbs that follow a person in their sentence: a verb with nobody before it has no
    subject, so the rest of each sentence is never scanned."""
    starts = [m.start for m in ctx.cast.mentions]
    for s, e in ctx.sents.spans:
        i = bisect.bisect_left(starts, s)
        if i < len(starts) and starts[i] < e:
            yield from _VERB.finditer(ctx.masked, starts[i], e)


# A reported clause ends where a participle of speech opens the next one: "said X, calling the plan ..."
_PARTICIPLE_TAIL = re.compile(r",[ \t\xa0]+(?:saying|calling|adding|noting|touting|arguing|insisting|warning|claiming|"
                              r"citing|describing|accusing|telling|urging|asking|explaining|stressing|praising|"
                              r"blaming|vowing|promising)\b")
# "Roe, who says the plan will fail, voted ...": the relative clause closes at the comma before the main verb
_RELATIVE_END = re.compile(r",[ \t\xa0]+(?:(?:also|then|later|has|had|will|would)[ \t\xa0]+)?[a-z]+(?:s|ed)\b")


# "While Roe said the plan failed, she voted for it": the reported clause ends where the main one starts
_SUBORDINATE_OPEN = re.compile(r"(?:While|Although|Though|As|When|After|Because|Since|If|Even[ \t\xa0]+though)"
                               r"[ \t\xa0]")
_MAIN_CLAUSE = re.compile(r",[ \t\xa0]+(?:he|she|they|it|we|I|the|[A-Z][a-z]+)[ \t\xa0]")


# What a judging verb's object says ends where a participle, a second clause or a quotation starts
_OBJECT_END = re.compile(r"[ \t\xa0]*(?:,[ \t\xa0]+(?:[a-z]+ing|and|but|while|as|who|which)\b|[:;—–]|[\"“])")


def _cut_at(ctx: Ctx, st: Statement, end_rx: re.Pattern[str]) -> Statement | None:
    """``st`` up to where ``end_rx`` first matches inside it; None when too little is left to stand."""
    c = end_rx.search(ctx.masked, st.start, st.end)
    if c is None:
        return st
    end = c.start()
    if len(ctx.text[st.start:end].split()) < _MIN_WORDS:
        return None
    return Statement(st.speaker, st.speaker_text, st.kind, ctx.text[st.start:end], st.start, end, cue=st.cue)


_TAG_GAP = re.compile(r"[ \t\xa0]*\([^()\n]{1,30}\)")  # "Jo Lee (D-Elm), who says"


def who(ctx: Ctx, verb_start: int) -> Mention | None:
    """The person a ", who says ..." relative clause hangs on: the mention right before its comma."""
    w = _WHO_GAP.search(ctx.masked, max(0, verb_start - 90), verb_start)
    if w is None:
        return None
    s, _ = ctx.sentence(verb_start)
    before = [m for m in ctx.persons_between(s, w.start())
              if m.end == w.start() or _TAG_GAP.fullmatch(ctx.masked, m.end, w.start())]
    return before[-1] if before else None


def infinitive_subject(ctx: Ctx, verb_start: int) -> Mention | None:
    """Who says what "to say that ..." reports: the sentence's subject ("Roe held a briefing to brag that
    ..."); nobody when the infinitive is refused or asked of someone ("Roe declined to say whether ...",
    "Roe urged Diaz to say that ..." -- neither is anything said)."""
    if _NOT_SAID_BEFORE_TO.search(ctx.masked, max(0, verb_start - 40), verb_start):
        return None
    s, _ = ctx.sentence(verb_start)
    named = ctx.persons_between(s, verb_start)
    if not named or not ctx.masked[named[-1].end:verb_start].strip():
        return None
    return _opening_subject(ctx, s, named)


# "declined to say", "would not say", "was too tired to say", "urged Diaz to say": nothing said
_NOT_SAID_BEFORE_TO = re.compile(
    r"\b(?:declined|declines|declining|refused|refuses|refusing|reluctant|unwilling|unable|too\s+\w+|not|never|"
    r"n[’']t|nothing|urged|urges|asked|asks|pressed|pressing|wanted|wants|expects|expected|hopes|hoped|"
    r"encouraged|challenged|dared|forced|wait|waiting)(?:\s+[\w.’'-]+){0,3}?[ \t\xa0]*$")


def _and_said(ctx: Ctx, verb_start: int) -> Mention | None:
    """"Roe introduced the bill in April and said ...": the sentence's subject, when the verb closes a
    second predicate."""
    if _AND.search(ctx.masked, max(0, verb_start - 30), verb_start) is None:
        return None
    s, _ = ctx.sentence(verb_start)
    # "Roe drew Diaz's ire - he called her weak and said ...": the clause after a dash or semicolon
    s = max([s] + [ctx.masked.rfind(b, s, verb_start) + len(b) for b in (" - ", " — ", " – ", "; ")
                   if ctx.masked.rfind(b, s, verb_start) >= 0])
    # others named in between are the first predicate's objects ("Roe attacked Diaz and said ..."); one
    # named right before the verb would have been its subject already (subject_of runs first)
    return _opening_subject(ctx, s, ctx.persons_between(s, verb_start))


def _clause_start(ctx: Ctx, verb: str, pos: int) -> int | None:
    """Where the reported clause begins after the verb, or None when no clause follows."""
    t = ctx.masked
    if verb in {"told", "tells", "is telling"}:
        o = _OBJECT_THAT.match(t, pos) or _AUDIENCE_CLAUSE.match(t, pos) or _AUDIENCE_THEN_PRONOUN.match(t, pos)
        return o.end() if o else None
    if verb in {"urged", "urges"}:
        u = _URGED.match(t, pos)
        return u.end() if u else None
    if verb in {"discussed", "discusses"}:
        d = _DISCUSSED.match(t, pos)
        return d.end() if d else None
    if verb in _EXPLAINED:  # "explained how he would pay for it"
        w = _WH_NEXT.match(t, pos)
        if w is not None:
            return w.end()
    if verb in _GERUND_VERBS and (g := _GERUND.match(t, pos)) is not None:
        return g.end()
    mod = _MODIFIER.match(t, pos)
    p = mod.end() if mod else pos
    if _OF_WHAT.match(t, p):
        return None
    colon = _COLON_CLAUSE.match(t, p)
    if colon is not None and verb in {"said", "says", "wrote", "writes", "added", "declared", "argued", "explained"}:
        return colon.end()
    if verb in SAY_OBJECT and not _THAT_NEXT.match(t, p):
        start = _object_start(t, p, SAY_OBJECT[verb])
        if start is not None and verb in {"announced", "announces"} and not _ANNOUNCED_POLICY.match(t, start):
            start = None  # "announced the winners of the fair" is news, not a position
        if start is None:  # "promised the plan would pay for itself", "announced he would run"
            q = p + 1 if p < len(t) and t[p] in " \t\xa0" else p
            return q if _THATLESS.match(t, q) else None
        return start
    whom = _TO_WHOM_THAT.match(t, pos) or _TO_WHOM_THAT.match(t, p)
    if whom is not None:  # "joked to the Fed chair that ..."
        return whom.end()
    where = _WHERE_THAT.match(t, p)
    if where is not None and " that " not in t[p:where.start() + 1]:
        return where.end()
    if verb not in {"adding"}:
        add = _ADDING.match(t, p)
        if add:  # "said, adding that ...": the clause is what follows "adding"
            return add.end()
    th = _THAT.match(t, p)
    has_that = bool(th and "that" in th.group())
    p = th.end() if th else p
    if has_that and (aside := _THAT_ASIDE.match(t, p)) is not None:  # "joked that, among voters, Roe leads"
        p = aside.end()
    if verb in SAY_NEEDS_THAT and not has_that and not (verb not in {"told", "tells"} and _THATLESS.match(t, p)):
        return None
    if p >= len(t) or _CLAUSE_OPENER.match(t, p) or (not has_that and _CIRCUMSTANCE.match(t, p)
                                                   and not _GERUND_SUBJECT.match(t, p)):
        return None  # "Roe said, standing by the door" tells how, not what
    if not has_that and (_PLACE_PHRASE.match(t, p) or _NOT_A_CLAUSE.match(t, p)):
        return None  # "Roe said at the Capitol with other lawmakers." tells where, not what
    if not has_that and not (is_word(t[p]) or t[p] == "$"):
        return None
    return p


_CALLED_ON = re.compile(r"[ \t\xa0]+(?=[^.;:!?\"“”\n]{1,80}?[ \t\xa0]to[ \t\xa0]+[a-z])")
_OBJECT_OPENS = re.compile(r"[ \t\xa0]+(?=(?:a|an|the|his|her|their|its|our|more|less|new|[a-z]+ing|\$|\d)\b|[a-z])")
_TO_VERB = re.compile(r"[ \t\xa0]+(?=to[ \t\xa0]+[a-z])")


def _object_start(t: str, p: int, lead: str) -> int | None:
    """Where the object that carries what was said begins: "vowed [to cut taxes]", "called for [a ban]",
    "called on [Congress to act]"."""
    if lead == "on":  # whom, then what they were asked to do
        m = _CALLED_ON.match(t, p)
        return m.end() if m else None
    if lead == "to":
        m = _TO_VERB.match(t, p) or (_TO_VERB.match(t, p - 1) if p and t[p - 1] in " \t\xa0" else None)
        return m.end() if m else None
    if p < len(t) and t[p] not in " \t\xa0" and p and t[p - 1] in " \t\xa0":
        p -= 1
    m = _OBJECT_OPENS.match(t, p)
    if m is None or t.startswith(("that", "this", "it ", "them", "him", "her "), m.end()):
        return None
    return m.end()


_WITH_BEFORE = re.compile(r"\b[Ww]ith[ \t\xa0]+(?:[\w.’'-]+[ \t\xa0]+){0,6}$")


def participle_subject(ctx: Ctx, verb_start: int) -> Mention | None:
    """Who a participle after a comma belongs to: the speaker of the nearest "X said" before it in the
    sentence, else the sentence's subject when it opens the sentence."""
    s, _ = ctx.sentence(verb_start)
    if _PARTICIPLE_LEAD.search(ctx.masked, max(0, verb_start - 4), verb_start) is None:
        # "..., with Gov. Roe calling the plan a fraud": the participle's own subject, named right before it
        named = ctx.persons_between(max(s, verb_start - 80), verb_start)
        m = named[-1] if named else None
        if m is not None and not ctx.masked[m.end:verb_start].strip() and _WITH_BEFORE.search(
                ctx.masked, max(s, m.start - 60), m.start):
            return m
        return None
    named = ctx.persons_between(s, verb_start)
    for m in reversed(named):
        if SAY_RX_AFTER.match(ctx.masked, m.end):
            return m
    return _opening_subject(ctx, s, named)


def _opening_subject(ctx: Ctx, s: int, named: list[Mention]) -> Mention | None:
    """The first person named from ``s`` on, when that official opens the sentence (or clause) there."""
    if not named or named[0].official is None or not _opens_sentence(ctx.masked[s:named[0].start]):
        return None
    return _speaker_for(ctx, named[0])


def _speaker_for(ctx: Ctx, m: Mention) -> Mention:
    """"Roe campaign manager Al Poe ...": the staffer named after the boss, not the boss."""
    staff = staffer(ctx, m)
    return staff if staff is not None and staff.official is not None else m


_DATELINE_LEAD = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,[ \t\xa0]*[A-Z][\w.]*(?:[ \t\xa0][A-Z][\w.]*)?)?[ \t\xa0]*"
                            r"(?:\([^()\n]{1,40}\))?[ \t\xa0]*(?:—|–|--|-)[ \t\xa0]*")


def _opens_sentence(lead: str) -> bool:
    """Whether a mention after ``lead`` is its sentence's subject: nothing or a few words before it, or a
    scene-setting phrase ("In a speech in Elm on Tuesday, ...", "At a rally -- her third -- ...")."""
    if '"' in lead or "“" in lead:
        return False
    lead = _DATELINE_LEAD.sub("", lead, count=1)  # "ORLANDO, Fla. (Reuters) - President Roe met ..."
    return (len(lead) <= 40 and "," not in lead) or (len(lead) <= 120 and _ADVERBIAL_OPEN.match(lead) is not None)


def _co_speakers(ctx: Ctx, subj: Mention, st: Statement) -> list[Statement]:
    """The same statement for each official named with the subject: "Roe and Sen. Bo Diaz said ..."."""
    s, _ = ctx.sentence(subj.start)
    out = [Statement(m.official, m.text, "indirect", st.text, st.start, st.end, cue="several-speakers")
           for m in joined_before(ctx.masked, ctx.persons_between(s, subj.start), subj)
           if m.official is not None and m.official != subj.official]
    if out:
        st.cue = "several-speakers"
    return out


def _statement(ctx: Ctx, subj: Mention, start: int, cue: str) -> Statement | None:
    _, se = ctx.sentence(start)
    nl = ctx.text.find("\n", start, se)
    end = _clause_end(ctx, start, nl if nl >= 0 else se)  # a headline with no period ends at its line
    if end - start <= 0 or len(ctx.text[start:end].split(None, _MIN_WORDS - 1)) < _MIN_WORDS:
        return None
    if subj.official is None:
        return None
    return Statement(subj.official, subj.text, "indirect", ctx.text[start:end], start, end, cue=cue)


def _split_and_that(ctx: Ctx, st: Statement) -> list[Statement]:
    """"said X and called on Y", "said X, and that Y": each reported clause its own statement."""
    cuts: list[tuple[int, int]] = []
    for m in _NEXT_SAID.finditer(ctx.masked, st.start, st.end):
        if not ctx.quote_at(m.start()):
            cuts.append((m.start(), m.end()))
    if not cuts:
        return [st]
    parts: list[tuple[int, int]] = []
    a = st.start
    for cut_start, cut_end in cuts:
        b = cut_start
        while b > a and ctx.text[b - 1] in " ,;\t\xa0":
            b -= 1
        if len(ctx.text[a:b].split()) < _MIN_WORDS:
            continue  # too short to stand alone: leave the clause whole here
        parts.append((a, b))
        a = cut_end
    parts.append((a, st.end))
    if len(parts) == 1 or len(ctx.text[a:st.end].split()) < _MIN_WORDS:
        return [st]
    return [Statement(st.speaker, st.speaker_text, "indirect", ctx.text[a:b], a, b, cue=st.cue) for a, b in parts]


def _clause_end(ctx: Ctx, start: int, sent_end: int) -> int:
    """The sentence end, without its final period and without a trailing attribution tail."""
    t = ctx.text
    e = sent_end
    while e > start and t[e - 1].isspace():
        e -= 1
    if e > start and t[e - 1] == "." and not t[start:e].endswith(("Jr.", "Sr.", "U.S.", "Inc.")):
        e -= 1
    # "..., according to Roe." is an attribution, not part of what was said
    a = _ACCORDING.search(ctx.masked, start, e) if ctx.masked.find("ccording", start, e) >= 0 else None
    if a:
        e = a.start()
        while e > start and t[e - 1] in " ,\t\xa0":
            e -= 1
    return e


def _to_tell(ctx: Ctx) -> list[Statement]:
    """'Roe ... led the charge ... to tell the president that CLAUSE': the sentence subject speaks."""
    out: list[Statement] = []
    for m in _TELL.finditer(ctx.masked):
        if (m.start() and ctx.masked[m.start() - 1].isalnum()) or ctx.quote_at(m.start()) or ctx.is_blocked(m.start()):
            continue
        s, _ = ctx.sentence(m.start())
        first = next(iter(ctx.persons_between(s, m.start())), None)
        if first is None or first.official is None or ctx.masked[s:first.start].strip():
            continue
        st = _statement(ctx, first, m.end(), "to-tell-that")
        if st is not None:
            out.append(st)
    return out


def _according(ctx: Ctx) -> list[Statement]:
    """'According to Roe, CLAUSE.' and 'CLAUSE, according to Roe.' -- only when a person follows."""
    out: list[Statement] = []
    for m in finditer_from(_ACCORDING, ctx.masked, ("Accord", "accord")):
        if ctx.quote_at(m.start()) or ctx.is_blocked(m.start()):
            continue
        who, who_end, _ = speaker_after(ctx, m.end(), limit=50)
        if who is None or who.official is None:
            continue
        s, e = ctx.sentence(m.start())
        if ctx.masked[s:m.start()].strip():  # "CLAUSE, according to Roe."
            start, end = s, m.start()
            while end > start and ctx.text[end - 1] in " ,\t\xa0":
                end -= 1
        else:  # "According to Roe, CLAUSE."
            c = ctx.masked.find(",", who_end, e)
            if c < 0:
                continue
            start = c + 1
            while start < e and ctx.text[start].isspace():
                start += 1
            end = _clause_end(ctx, start, e)
        if len(ctx.text[start:end].split()) >= _MIN_WORDS and not ctx.quote_at(start):
            out.append(Statement(who.official, who.text, "indirect", ctx.text[start:end], start, end,
                                 cue="according-to"))
    return out
