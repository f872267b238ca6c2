"""Who said what: search quotes, rank speakers, list what one person said.

Quotes are indexed at build time with the same Persian analysis as articles.
The speaker registry (one entry per person, however spelled) is rebuilt from
the stored quotes when a command needs it: it spans the whole corpus, so it
cannot be kept per source file as the index is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as wq

from corpus.document import Quote
from corpus.orthography import fold_word, standard_spelling
from corpus.speakers import Speaker, SpeakerRegistry, speaker_key
from indexer.analysis import analyze
from indexer.facets import Filters
from indexer.search import check_query, find
from indexer.snippets import Snippet, best_snippet
from indexer.schema import ARTICLES, QUOTES
from indexer.errors import AmbiguousSpeaker, UnknownSpeaker
from indexer.store import open_searcher, per_generation

QUOTE_SEARCH_FIELDS = ("text", "speaker", "role")
# How many matching quotes "who said" weighs, and how many of each speaker it shows.
WHO_POOL = 300
WHO_QUOTES_SHOWN = 3
# A speaker's score: the best matching quote, plus this share of the next two. Summing them
# whole let someone with three loosely matching quotes outrank the one who said the words.
WHO_OTHERS_WEIGHT = 0.5
# A quote matches a query closely when it holds this share of the query's words, all
# within this many words per query word found (stop words and endings between allowed).
CLOSE_SHARE = 0.8
# Only the best-scoring quotes are read for closeness: a close match scores high, and
# reading all WHO_POOL quotes cost a fifth of who_said's time.
WHO_CLOSE_POOL = 100
CLOSE_WORDS_PER_TERM = 2


@dataclass
class QuoteHit:
    rank: int
    score: float | None
    quote: Quote
    snippet: Snippet
    title: str = ""
    date: str = ""


@dataclass
class QuoteResults:
    query: str
    total: int
    hits: list[QuoteHit] = field(default_factory=list)
    matched: str = "all"
    notice: str = ""
    page: int = 1


@dataclass
class SpeakerHit:
    """One answer of who_said: a person or organisation, or an unnamed one known by its role."""

    speaker: str | None  # None: the articles give only the role (speaker_type "unnamed")
    role: str | None
    score: float
    quotes: list[QuoteHit] = field(default_factory=list)
    speaker_type: str = "person"  # "person" | "organisation" | "unnamed"


@dataclass
class WhoResults:
    query: str
    speakers: list[SpeakerHit] = field(default_factory=list)
    notice: str = ""


def search_quotes(index_dir, query: str, speaker: str | None = None, limit: int = 10,
                  filters: Filters | None = None, sort: str = "relevance", page: int = 1) -> QuoteResults:
    """The quotes best matching ``query``, optionally only one person's."""
    text = check_query(query)
    searcher = open_searcher(index_dir, QUOTES)
    narrow = [q for q in ((filters or Filters()).query(searcher), _speaker_filter(index_dir, speaker) if speaker else None) if q]
    found = find(searcher, text, QUOTE_SEARCH_FIELDS, page=page, limit=limit,
                 filter=wq.And(narrow) if narrow else None, newest_first=sort == "date")
    first = (page - 1) * limit + 1
    hits = [_quote_hit(index_dir, hit.fields(), score if sort == "relevance" else None, rank, found.terms)
            for rank, (hit, score) in enumerate(zip(found.hits, found.scores), start=first)]
    return QuoteResults(query, found.total, hits, found.matched, found.notice, page)


def who_said(index_dir, query: str, limit: int = 10, filters: Filters | None = None) -> WhoResults:
    """Speakers ranked by score: the best quote's score plus half of the next two
    (WHO_OTHERS_WEIGHT); but a speaker one of whose quotes matches the query closely
    (``close_match``) comes before everyone without one, however many looser quotes they
    have, and that quote is shown first."""
    text = check_query(query)
    searcher = open_searcher(index_dir, QUOTES)
    found = find(searcher, text, ("text",), limit=WHO_POOL, filter=(filters or Filters()).query(searcher))
    matching = [(hit.score, hit.fields()) for hit in found.hits]
    quotes = [_quote(stored) for _, stored in matching]
    # People are told apart among the matching quotes alone: the registry of
    # the whole index takes minutes to build at 100k articles.
    registry = SpeakerRegistry.from_quotes(quotes)
    wanted = found.terms & set(analyze(text))  # the query's own words, not their other spellings
    groups: dict[str, list[tuple[float, dict]]] = defaultdict(list)
    close: set[int] = set()
    for rank, ((score, stored), quote) in enumerate(zip(matching, quotes)):
        if quote.speaker or quote.role:  # nobody and no role: no answer to give
            groups[_person_key(registry, quote)].append((score, stored))
            if rank < WHO_CLOSE_POOL and close_match(quote.text, wanted):
                close.add(id(stored))
    for group in groups.values():  # stable: by score within the close and the others
        group.sort(key=lambda hit: id(hit[1]) in close, reverse=True)
    best = sorted(groups.values(), key=lambda group: (id(group[0][1]) in close, _group_score(group)), reverse=True)[:limit]
    speakers = []
    for group in best:
        shown = [_quote_hit(index_dir, stored, score, rank, found.terms)
                 for rank, (score, stored) in enumerate(group[:WHO_QUOTES_SHOWN], start=1)]
        speakers.append(SpeakerHit(
            speaker=_canonical_name(registry, shown[0].quote),
            role=next((stored["role"] for _, stored in group if stored["role"]), None),
            score=round(_group_score(group), 4),
            quotes=shown,
            speaker_type=shown[0].quote.speaker_type,
        ))
    return WhoResults(query, speakers, found.notice)


def _group_score(group: list[tuple[float, dict]]) -> float:
    scores = sorted((score for score, _ in group), reverse=True)
    return scores[0] + WHO_OTHERS_WEIGHT * sum(scores[1:WHO_QUOTES_SHOWN])


def close_match(text: str, wanted: set[str]) -> bool:
    """Does ``text`` hold the query's words (``wanted``, analysed) as a remembered sentence
    does: nearly all of them (CLOSE_SHARE), close together (CLOSE_WORDS_PER_TERM words
    per word found), not scattered over a long quote?"""
    words = analyze(text)
    held = wanted & set(words)
    if not held or len(held) < CLOSE_SHARE * len(wanted):
        return False
    return _shortest_window(words, held) <= CLOSE_WORDS_PER_TERM * len(held)


def _shortest_window(words: list[str], wanted: set[str]) -> int:
    """The fewest consecutive ``words`` that hold every one of ``wanted`` (all present)."""
    counts: dict[str, int] = defaultdict(int)
    shortest, start, held = len(words), 0, 0
    for end, word in enumerate(words):
        if word in wanted:
            counts[word] += 1
            held += counts[word] == 1
        while held == len(wanted):
            shortest = min(shortest, end - start + 1)
            if words[start] in wanted:
                counts[words[start]] -= 1
                held -= counts[words[start]] == 0
            start += 1
    return shortest


@dataclass
class Said:
    """A quote with its article's title and date, as said_by lists them."""

    quote: Quote
    title: str
    date: str


def said_by(index_dir, name: str) -> tuple[Speaker, list[Said]]:
    """Everything one person said, newest first when dates are known.

    ``name`` may be any spelling, with or without honorifics, or a surname
    that only one speaker has; an ambiguous surname lists the candidates.
    """
    person = find_speaker(index_dir, name)
    _, attributed = speaker_registry(index_dir)
    articles = open_searcher(index_dir, ARTICLES)
    said = [Said(quote, *_title_and_date(articles, quote.doc_id)) for quote, speaker in attributed if speaker is person]
    said.sort(key=lambda s: (s.quote.doc_id, s.quote.where, s.quote.start))
    said.sort(key=lambda s: s.date, reverse=True)
    return person, said


@dataclass
class RoleHolder:
    """Someone quoted under a role: the person (None when never named), the roles as
    written, the dates of the articles (ISO, oldest first) and what they said there."""

    speaker: str | None
    speaker_type: str
    roles: list[str]
    dates: list[str]
    said: list[Said]


def held_by(index_dir, role: str) -> list[RoleHolder]:
    """Who was quoted as ``role`` (``رئیس سازمان بهزیستی``) and what each said, oldest first.

    A quote's role matches when one of its comma parts begins with the words
    of ``role`` in any spelling (``رئیس سازمان بهزیستی کشور`` does, ``معاون
    رئیس سازمان بهزیستی`` does not). Quotes are grouped by person; quotes whose
    speaker the article never names are grouped by their role. Raises
    UnknownSpeaker when nobody was quoted under that role.
    """
    wanted = role_words(role)
    _, attributed = speaker_registry(index_dir)
    articles = open_searcher(index_dir, ARTICLES)
    groups: dict[str, list[tuple[Quote, Speaker | None]]] = defaultdict(list)
    for quote, speaker in attributed:
        if wanted and any(role_words(part)[:len(wanted)] == wanted for part in (quote.role or "").split("،")):
            groups[speaker.key if speaker else "role:" + "".join(role_words(quote.role))].append((quote, speaker))
    if not groups:
        raise UnknownSpeaker(role)
    holders = []
    for group in groups.values():
        said = sorted((Said(quote, *_title_and_date(articles, quote.doc_id)) for quote, _ in group),
                      key=lambda s: (s.date or "9", s.quote.doc_id, s.quote.where, s.quote.start))
        speaker = group[0][1]
        roles = list({role_words(q.role): standard_spelling(q.role) for q, _ in reversed(group)}.values())[::-1]
        holders.append(RoleHolder(speaker.name if speaker else None, group[0][0].speaker_type, roles,
                                  sorted({s.date for s in said if s.date}), said))
    holders.sort(key=lambda h: (h.dates[0] if h.dates else "9", h.speaker or ""))
    return holders


def said_by_or_held(index_dir, name: str) -> tuple[Speaker, list[Said]] | list[RoleHolder]:
    """said_by for a person; for words no person is called but a role is (رئیس سازمان
    بهزیستی), held_by: who held it. UnknownSpeaker when neither."""
    try:
        return said_by(index_dir, name)
    except UnknownSpeaker:
        return held_by(index_dir, name)


def role_words(role: str) -> tuple[str, ...]:
    """A role's words folded (رئیس and رییس meet), for comparing roles."""
    return tuple(fold_word(word) for word in role.split())


def speaker_registry(index_dir) -> tuple[SpeakerRegistry, list[tuple[Quote, Speaker | None]]]:
    """Every speaker in the index, and every stored quote with its speaker.

    Kept per live generation of the index, so a server or a batch answering
    many questions builds it once (and again after a run makes a new one live).
    """
    return per_generation(index_dir, "speaker registry", lambda: _build_registry(index_dir))


def find_speakers(index_dir, words: str = "", role: str = "") -> list[Speaker]:
    """Everyone quoted, most quoted first, narrowed in any spelling: each of ``words`` in the
    name or a role (the web's speakers tab), and all of ``role``'s words in one role (speakers --role).
    """
    registry, _ = speaker_registry(index_dir)
    wanted, in_role = [fold_word(w) for w in words.split()], [fold_word(w) for w in role.split()]
    people = []
    for person in registry:
        roles = [fold_word(r) for r in person.roles]
        if all(w in person.key or any(w in r for r in roles) for w in wanted) and \
                (not in_role or any(all(w in r for w in in_role) for r in roles)):
            people.append(person)
    return people


def _build_registry(index_dir) -> tuple[SpeakerRegistry, list[tuple[Quote, Speaker | None]]]:
    quotes = [_quote(fields) for fields in open_searcher(index_dir, QUOTES).all_stored_fields()]
    registry = SpeakerRegistry.from_quotes(quotes)
    return registry, [(quote, registry.speaker_of(quote)) for quote in quotes]


def _speaker_filter(index_dir, name: str) -> wq.Query:
    person = find_speaker(index_dir, name)
    _, attributed = speaker_registry(index_dir)
    keys = {speaker_key(quote.speaker) for quote, speaker in attributed if speaker is person}
    return wq.Or([wq.Term("speaker_key", key) for key in keys])


def find_speaker(index_dir, name: str) -> Speaker:
    """The one person ``name`` means, in any spelling.

    UnknownSpeaker when nobody is; AmbiguousSpeaker, with the candidates, when
    several people fit (a surname they share).
    """
    registry, _ = speaker_registry(index_dir)
    found = registry.lookup(name)
    if not found:
        raise UnknownSpeaker(name)
    if len(found) > 1:
        raise AmbiguousSpeaker(name, found)
    return found[0]


def _person_key(registry: SpeakerRegistry, quote: Quote) -> str:
    if not quote.speaker:
        return f"role:{quote.role or ''}"
    found = registry.lookup(quote.speaker)
    return found[0].key if len(found) == 1 else speaker_key(quote.speaker)


def _canonical_name(registry: SpeakerRegistry, quote: Quote) -> str | None:
    if not quote.speaker:
        return None
    found = registry.lookup(quote.speaker)
    return found[0].name if len(found) == 1 else quote.speaker


def _quote(fields: dict) -> Quote:
    details = fields["details"]
    return Quote(
        doc_id=fields["doc_id"],
        where=details["where"],
        start=details["start"],
        end=details["end"],
        kind=fields["kind"],
        cue=details["cue"],
        text=fields["text"],
        speaker=fields["speaker"] or None,
        role=fields["role"] or None,
        ref=details["ref"],
        speaker_type=details.get("speaker_type") or ("person" if fields["speaker"] else "unnamed"),
    )


def _quote_hit(index_dir, stored: dict, score: float | None, rank: int, terms: set[str]) -> QuoteHit:
    """A shown quote; ``score`` is None when sorted by date (there is no relevance then)."""
    quote = _quote(stored)
    title, date = _title_and_date(open_searcher(index_dir, ARTICLES), quote.doc_id)
    return QuoteHit(rank, round(score, 4) if score is not None else None, quote,
                    best_snippet(quote.text, terms, max_chars=400), title, date)


def _title_and_date(articles, doc_id: str) -> tuple[str, str]:
    """Looked up for shown quotes only: storing them with every quote doubled the quotes index."""
    stored = articles.document(id=doc_id) or {}
    return stored.get("title", ""), stored.get("date", "")


def quotes_of(index_dir, doc_id: str) -> list[Quote]:
    """The quotes of one article in reading order, to mark them when it is shown."""
    found = [_quote(fields) for fields in open_searcher(index_dir, QUOTES).documents(doc_id=doc_id)]
    return sorted(found, key=lambda q: (_region_order(q.where), q.start))


def _region_order(where: str) -> int:
    """title, then lead, then body paragraphs in order."""
    if where.startswith("body:"):
        return 2 + int(where.split(":")[1])
    return {"title": 0, "lead": 1}.get(where, 0)
