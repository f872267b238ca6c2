"""Who said what: search quotes, rank speakers, list what one person said.

Quotes are indexed at build time with the same Persian analysis as articles,
as fields of their article, and searched as documents of their own
(indexer.quote_view).
The speaker registry (one entry per person, however spelled) is kept by the
build (indexer.registry); "who said" tells people apart among the matching
quotes alone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Iterator

from whoosh import query as wq

from corpus.document import Quote
from corpus.names import role_key
from corpus.orthography import fold_word, standard_spelling
from corpus.speakers import NAME_FOLD, Speaker, SpeakerRegistry, name_words, role_match_key, speaker_key
from indexer.facets import Filters, check_articles_left
from indexer.search import check_query, expand_compounds, find, parse_query, with_filtered
from indexer.snippets import Snippet, best_snippet, marks
from indexer.schema import ARTICLES, QUOTES
from indexer.errors import AmbiguousSpeaker, EmptyQuery, PersonOrRole, UnknownRole, UnknownSpeaker
from indexer.analysis import analyze, spaced_compound, spaced_lexicon_word
from indexer.registry import read_registry
from indexer.quote_view import article_records, stored_quote
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
# A quote that holds more of the query's words than others comes first only when it holds more
# than this share of them: one holding half or less is a topical match, as the others are.
HELD_SHARE = 0.5


@dataclass
class QuoteHit:
    rank: int
    score: float | None
    quote: Quote
    snippet: Snippet
    title: str = ""
    date: str = ""
    speaker_spans: list[tuple[int, int]] = field(default_factory=list)  # query words in the speaker's name (quotes)
    role_spans: list[tuple[int, int]] = field(default_factory=list)  # ... and in the role


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
    """The quotes best matching ``query``, optionally only one person's; category:/source: in the query
    narrow them as ``filters`` do (check_query)."""
    text, in_query = check_query(query, "quotes")
    searcher = open_searcher(index_dir, QUOTES)
    found = find(searcher, text, QUOTE_SEARCH_FIELDS, page=page, limit=limit,
                 filter=_allowed(index_dir, [filters, *in_query], speaker), newest_first=sort == "date",
                 archive=open_searcher(index_dir, ARTICLES))
    first = (page - 1) * limit + 1
    hits = [_quote_hit(index_dir, hit.fields(), score if sort == "relevance" else None, rank, found.terms, names=True)
            for rank, (hit, score) in enumerate(zip(found.hits, found.scores), start=first)]
    notice = with_filtered(found.notice, open_searcher(index_dir, ARTICLES), filters, in_query)
    return QuoteResults(query, found.total, hits, found.matched, notice, page)


def who_said(index_dir, query: str, limit: int = 10, filters: Filters | None = None) -> WhoResults:
    """Speakers ranked by score: the best quote's score plus half of the next two
    (WHO_OTHERS_WEIGHT); but a speaker one of whose quotes matches the query closely
    (``words_held_close``) comes before everyone whose quotes hold fewer of its words so,
    and then one whose quote holds more of its words at all (``words_held``), however many
    looser quotes the others have; that quote is shown first. category:/source: in the query narrow
    the quotes as ``filters`` do (check_query)."""
    text, in_query = check_query(query, "who")
    searcher = open_searcher(index_dir, QUOTES)
    found = find(searcher, text, ("text",), limit=WHO_POOL, filter=_allowed(index_dir, [filters, *in_query]),
                 archive=open_searcher(index_dir, ARTICLES))
    matching = [(hit.score, hit.fields()) for hit in found.hits]
    quotes = _as_joined(index_dir, [_quote(stored, None) for _, stored in matching])  # telling people apart needs no text
    # ... closeness does: the best quotes' texts, from their articles (each read once)
    close_texts = [said.quote.text for said in _said(index_dir, (stored for _, stored in matching[:WHO_CLOSE_POOL]))]
    # People are told apart among the matching quotes alone (the same keys as
    # the stored registry), and named as those quotes first spell them.
    registry = SpeakerRegistry.from_quotes(quotes)
    wanted = own_words(found.terms, analyze(found.searched, mode="query"))
    groups: dict[str, list[tuple[float, dict]]] = defaultdict(list)
    # id of a quote's stored fields: how many of the query's words it holds close, and at all
    held: dict[int, tuple[int, int]] = {}
    for rank, ((score, stored), quote) in enumerate(zip(matching, quotes)):
        if quote.speaker or quote.role:  # nobody and no role: no answer to give
            groups[_person_key(registry, quote)].append((score, stored))
            if rank < WHO_CLOSE_POOL:
                held[id(stored)] = words_held(close_texts[rank], wanted)
    for group in groups.values():  # stable: by score among quotes as close and as full
        group.sort(key=lambda hit: held.get(id(hit[1]), (0, 0)), reverse=True)
    best = sorted(groups.values(), key=lambda group: (held.get(id(group[0][1]), (0, 0)), _group_score(group)),
                  reverse=True)[:limit]
    speakers = []
    for group in best:
        shown = [_quote_hit(index_dir, stored, score, rank, found.terms)
                 for rank, (score, stored) in enumerate(group[:WHO_QUOTES_SHOWN], start=1)]
        speakers.append(SpeakerHit(
            speaker=_canonical_name(registry, shown[0].quote),
            role=next((quote.role for quote in (_quote(stored, None) for _, stored in group) if quote.role), None),
            score=round(_group_score(group), 4),
            quotes=shown,
            speaker_type=shown[0].quote.speaker_type,
        ))
    return WhoResults(query, speakers, with_filtered(found.notice, open_searcher(index_dir, ARTICLES), filters, in_query))


def own_words(terms: set[str], typed: list[str]) -> set[str]:
    """The query's own words (``typed``: its words as searched, each compound in its spellings, analysed as a
    query) among a search's ``terms``, not their other spellings (category:, source:), and each compound as
    the two parts the search also sought: رئیس‌جمهور, رئیسجمهور and رئیس جمهور are all رییس + جمهور.
    Counted whole when typed joined and as parts when typed spaced, the words a quote held differed, and
    so did who came first (11 of the top 20 shared)."""
    wanted = set()
    for term in typed:
        parts = next(((first, term[len(first):]) for first in terms
                      if term.startswith(first) and first != term and term[len(first):] in terms), None)
        wanted.update(parts or (term,))
    return wanted & terms


def _group_score(group: list[tuple[float, dict]]) -> float:
    scores = sorted((score for score, _ in group), reverse=True)
    return scores[0] + WHO_OTHERS_WEIGHT * sum(scores[1:WHO_QUOTES_SHOWN])


def words_held(text: str, wanted: set[str]) -> tuple[int, int]:
    """How many of the query's words ``text`` holds close (words_held_close), then how many it
    holds at all, when more than half (HELD_SHARE): a quote that holds more of a remembered
    sentence's words is likelier the one it came from than any number of quotes that each hold
    fewer, however they score summed."""
    words = analyze(text)
    held = wanted & set(words)
    return _held_close(words, held, wanted), len(held) if len(held) > HELD_SHARE * len(wanted) else 0


def words_held_close(text: str, wanted: set[str]) -> int:
    """How many of the query's words (``wanted``, analysed) ``text`` holds as a remembered
    sentence does: nearly all of them (CLOSE_SHARE), close together (CLOSE_WORDS_PER_TERM
    words per word found), not scattered over a long quote; 0 when it does not. The quote
    that holds all of a remembered sentence's words is closer than one that holds most."""
    return words_held(text, wanted)[0]


def _held_close(words: list[str], held: set[str], wanted: set[str]) -> int:
    """words_held_close of a text's analysed ``words``, ``held`` of the ``wanted`` ones."""
    if not held or len(held) < CLOSE_SHARE * len(wanted):
        return 0
    return len(held) if _shortest_window(words, held) <= CLOSE_WORDS_PER_TERM * len(held) else 0


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
    said = _said(index_dir, (stored for _, _, stored in _theirs(index_dir, person)))
    said.sort(key=lambda s: (s.quote.doc_id, reading_order(s.quote)))
    said.sort(key=lambda s: s.date, reverse=True)
    return person, said


def namesakes(index_dir, person: Speaker) -> list[Speaker]:
    """Others whose full name ends in the surname ``person`` is known by (SpeakerRegistry.namesakes):
    said-by مورینیو answers for the articles that never gave his given name, and names these."""
    return speaker_registry(index_dir).namesakes(person)


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
    wanted = role_key(role, NAME_FOLD)
    registry = speaker_registry(index_dir)
    matching = [stored for stored in (_with_role_words(index_dir, role) if wanted else ())
                if any(opens_with(role_key(part, NAME_FOLD), wanted) for part in (_quote(stored, None).role or "").split("،"))]
    groups: dict[str, list[tuple[Said, Speaker | None]]] = defaultdict(list)
    for said in _said(index_dir, matching):
        speaker = registry.speaker_of(said.quote)
        groups[speaker.key if speaker else "role:" + role_match_key(said.quote.role)].append((said, speaker))
    if not groups:
        raise UnknownRole(role)
    holders, spellings = [], registry.role_spellings()
    for group in groups.values():
        said = sorted((said for said, _ in group),
                      key=lambda s: (s.date or "9", s.quote.doc_id, reading_order(s.quote)))
        speaker = group[0][1]
        roles = list({role_match_key(s.quote.role): spellings.spelt(standard_spelling(s.quote.role))
                      for s, _ in reversed(group)}.values())[::-1]
        holders.append(RoleHolder(speaker.name if speaker else None, group[0][0].quote.speaker_type, roles,
                                  sorted({s.date for s in said if s.date}), said))
    holders.sort(key=lambda h: (h.dates[0] if h.dates else "9", h.speaker or ""))
    return holders


def said_between(said: list[Said], start: date | None, end: date | None) -> list[Said]:
    """``said`` dated from ``start`` to ``end`` (either open); with a date given, undated quotes are
    left out, as a search's date filter leaves undated articles out."""
    if not (start or end):
        return said
    low, high = (start or date.min).isoformat(), (end or date.max).isoformat()
    return [s for s in said if s.date and low <= s.date[:10] <= high]


def held_between(holders: list[RoleHolder], start: date | None, end: date | None) -> list[RoleHolder]:
    """The holders quoted from ``start`` to ``end``, each with only those quotes and their dates."""
    kept = [replace(h, said=said_between(h.said, start, end)) for h in holders]
    return [replace(h, dates=sorted({s.date for s in h.said if s.date})) for h in kept if h.said]


def said_by_or_held(index_dir, name: str) -> tuple[Speaker, list[Said]] | list[RoleHolder]:
    """said_by for a person; for a role (رئیس سازمان بهزیستی, امام جمعه), held_by: who held it.

    Words that open with a role word (ROLE_HEADS: امام جمعه، رئیس جمهور) are the role when
    someone held it, even if a person has them as surname: «امام جمعه» was «عبدالله جمعه»,
    matched on جمعه once the honorific امام was dropped. When the words are both a person's full
    name, or a surname with no role word in front, and a role someone held, PersonOrRole lists
    both. When neither: UnknownRole for words opened by a role word, else UnknownSpeaker.
    """
    try:
        person = find_speaker(index_dir, name)
    except UnknownSpeaker as unknown:
        try:
            return held_by(index_dir, name)
        except UnknownRole as no_holder:
            raise no_holder if opens_with_role_word(name) else unknown from None
    except AmbiguousSpeaker as ambiguous:
        people = ambiguous.candidates
    else:
        people = [person]
    try:
        holders = held_by(index_dir, name)
    except UnknownSpeaker:
        holders = []
    if not holders:
        if len(people) > 1:
            raise AmbiguousSpeaker(name, people)
        return said_by(index_dir, name)
    by_full_name = speaker_registry(index_dir).speakers.get(speaker_key(name)) is not None
    if opens_with_role_word(name) and not by_full_name:
        return holders
    raise PersonOrRole(name, people, holders)


def opens_with_role_word(words: str) -> bool:
    """Do ``words`` begin with one of the quote rules' role heads (corpus.quotes.constants.ROLE_HEADS:
    امام جمعه، رئیس، وزیر، مدیرکل ...), in any spelling or spacing?"""
    heads, longest = _role_heads()
    keys = [fold_word(word) for word in words.replace("\u200c", " ").split()]
    return any("".join(keys[:n]) in heads for n in range(1, min(len(keys), longest) + 1))


@lru_cache(maxsize=1)
def _role_heads() -> tuple[frozenset[str], int]:
    """The role heads' keys and the most words one has, read when a lookup first needs them: importing
    corpus.quotes compiles its patterns (130 ms), which a search in a new process must not pay."""
    from corpus.quotes.constants import ROLE_HEADS
    return (frozenset("".join(fold_word(word) for word in head.split()) for head in ROLE_HEADS),
            max(len(head.split()) for head in ROLE_HEADS))


def opens_with(terms: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Do a role's ``terms`` (names.role_key) begin with the ``wanted`` ones, however either spaced
    its compounds and affixes (مدیرکل / مدیر کل, آسیب‌های / آسیب های)? Their letters must agree
    up to the end of a word."""
    target, joined = "".join(wanted), ""
    for term in terms:
        joined += term
        if not target.startswith(joined):
            return False
        if joined == target:
            return True
    return False


def _spaced_role_word(word: str) -> str | None:
    """A role's joined word as words: a compound (مردمنهاد), or one hazm knows whole that roles
    write both ways (مدیرکل / مدیر کل). A search does not split the latter: its wrong splits,
    phrases no article holds, still moved who-said answers."""
    return spaced_compound(word) or spaced_lexicon_word(word)


def _with_role_words(index_dir, role: str):
    """The stored quotes whose role has the words of ``role`` in any spelling (as a search
    finds them, compounds spaced or joined): the few that held_by compares, instead of every quote."""
    searcher = open_searcher(index_dir, QUOTES)
    reader = searcher.reader()
    text = expand_compounds(role, lambda term: reader.doc_frequency("role", term) > 0, _spaced_role_word)
    parsed = parse_query(text, searcher.schema, fields=("role",))
    if parsed is None:
        return searcher.documents()
    return (searcher.stored_fields(docnum) for docnum in sorted(searcher.docs_for_query(parsed)))


def speaker_registry(index_dir) -> SpeakerRegistry:
    """Every speaker in the index, as the build stored it (indexer.registry).

    Kept per live generation, so a server or a batch answering many
    questions reads it once.
    """
    return per_generation(index_dir, "speaker registry", lambda: read_registry(index_dir))


def find_speakers(index_dir, words: str = "", role: str = "", speaker_type: str = "") -> list[Speaker]:
    """Everyone quoted, most quoted first, narrowed in any spelling: by ``words``, people whose name
    holds each of them or one of whose roles holds them as a phrase (the web's speakers tab); by
    ``role``, people one of whose roles holds it as a phrase (speakers --role). A role holding the
    words one by one, apart (معاون ... سازمان بهزیستی ... و رئیس ستاد), is another office. The
    matching roles are listed first, so the role shown beside a name is the one asked for. By
    ``speaker_type`` (person or organisation, speakers --type): only those, as newspapers, sites and
    ministries are quoted beside people.
    """
    found = _named_or_holding(speaker_registry(index_dir), words, role)
    return [s for s in found if s.speaker_type == speaker_type] if speaker_type else found


def _named_or_holding(registry: SpeakerRegistry, words: str, role: str) -> list[Speaker]:
    """find_speakers by ``words`` and ``role``, however typed."""
    if not (words.strip() or role.strip()):
        return list(registry)
    in_name = [NAME_FOLD(w) for w in words.split()]
    words_phrase, role_phrase = role_key(words, NAME_FOLD), role_key(role, NAME_FOLD)
    people = []
    for person in registry:
        by_words = [r for r in person.roles if holds_phrase(r, words_phrase)]
        by_role = [r for r in person.roles if holds_phrase(r, role_phrase)]
        if (by_words or all(w in person.key for w in in_name)) and (by_role or not role_phrase):
            people.append(_roles_first(person, by_role or by_words))
    return people


def holds_phrase(role: str, wanted: tuple[str, ...]) -> bool:
    """Does ``role`` hold the ``wanted`` words (names.role_key) in order and together, from the start
    of one of its words, however either spaced its compounds (opens_with)? Nothing holds no words."""
    if not wanted:
        return False
    terms = role_key(role, NAME_FOLD)
    return any(opens_with(terms[start:], wanted) for start in range(len(terms)))


def _roles_first(person: Speaker, roles: list[str]) -> Speaker:
    """``person`` with ``roles`` listed before their other ones: a copy, as the registry is shared."""
    if not roles or person.roles[:len(roles)] == roles:
        return person
    return replace(person, roles=roles + [r for r in person.roles if r not in roles])


def _allowed(index_dir, filters: list[Filters | None], speaker: str | None = None) -> set[int] | None:
    """The quotes (numbers in indexer.quote_view) whose article every one of ``filters`` lets through (the
    options' and the query's own), and of ``speaker`` when given; None when nothing is filtered.
    FiltersLeaveNothing when the filters let no article through at all."""
    articles, view = open_searcher(index_dir, ARTICLES), open_searcher(index_dir, QUOTES).reader()
    queries = [query for query in ((each or Filters()).query(articles) for each in filters) if query is not None]
    through = list(articles.docs_for_query(wq.And(queries))) if queries else None
    if through == []:
        check_articles_left(articles, filters)
    allowed = view.quotes_in(through) if queries else None
    if speaker:
        theirs = set(_quotes_by(index_dir, find_speaker(index_dir, speaker)))
        allowed = theirs if allowed is None else allowed & theirs
    return allowed


def _theirs(index_dir, person: Speaker) -> Iterator[tuple[int, int, dict]]:
    """The quotes of one person: in the articles the registry has them in, those under one of
    their keys; as (article docnum, k: its place among the article's quotes, stored fields).
    Read from the articles' quote records alone: a cold said-by at 100k articles spent a
    sixth of its time opening the quote view for them."""
    articles = open_searcher(index_dir, ARTICLES)
    column = articles.reader().column_reader("quote_records")
    for doc_id in person.doc_ids:
        docnum = articles.document_number(id=doc_id)
        if docnum is not None:
            article_id, records = article_records(column, docnum)
            for k, record in enumerate(records):
                if record[0] and speaker_key(record[0]) in person.keys:
                    yield docnum, k, stored_quote(article_id, record)


def _quotes_by(index_dir, person: Speaker) -> list[int]:
    """The quote numbers (indexer.quote_view) of one person's quotes (_theirs)."""
    view = open_searcher(index_dir, QUOTES).reader()
    return [view.quotes_of(docnum)[k] for docnum, k, _ in _theirs(index_dir, person)]


def find_speaker(index_dir, name: str) -> Speaker:
    """The one person ``name`` means, in any spelling.

    UnknownSpeaker when nobody is; AmbiguousSpeaker, with the candidates, when
    several people fit (a surname they share). EmptyQuery when ``name`` has no word (blank, or punctuation).
    """
    if not analyze(name or "", mode="query"):
        raise EmptyQuery("said-by")
    found = speaker_registry(index_dir).lookup(name)
    if not found:
        raise UnknownSpeaker(name)
    if len(found) > 1:
        raise AmbiguousSpeaker(name, found)
    return found[0]


def _as_joined(index_dir, quotes: list[Quote]) -> list[Quote]:
    """The quotes, each bare surname the registry joined to a person under that person's full name.

    The registry is read only when a bare surname is among them: most answers
    have none, and a cold ``who`` then need not load every speaker.
    """
    if not any(quote.speaker and len(name_words(quote.speaker)) == 1 for quote in quotes):
        return quotes
    joined = speaker_registry(index_dir).joined
    people = [joined.get(speaker_key(quote.speaker)) if quote.speaker else None for quote in quotes]
    return [replace(quote, speaker=person.name) if person else quote for quote, person in zip(quotes, people)]


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


def _quote(fields: dict, article: dict | None) -> Quote:
    """A stored quote (indexer.quote_view), its text cut from its stored ``article`` (None: text left empty).

    A quote's text is stored once, in its article: its record keeps where it
    is (indexer.build.quote_fields).
    """
    doc_id, speaker, role, kind, where, start, end, cue, ref, speaker_type, offset = fields["quote"]
    region = "body" if where.startswith("body:") else where
    text = (article or {}).get(region, "")[offset + start:offset + end]
    return Quote(doc_id, where, start, end, kind, cue, text, speaker or None, role or None, ref, speaker_type)


def _doc_id(fields: dict) -> str:
    """The article of a stored quote (the first of its stored tuple, see _quote)."""
    return fields["quote"][0]


def _quote_hit(index_dir, stored: dict, score: float | None, rank: int, terms: set[str], names: bool = False) -> QuoteHit:
    """A shown quote; ``score`` is None when sorted by date (there is no relevance then). ``names``: the query
    was sought in the speaker's name and role too (search_quotes), so the words found there are marked."""
    article = _article(open_searcher(index_dir, ARTICLES), _doc_id(stored))
    quote = _quote(stored, article)
    return QuoteHit(rank, round(score, 4) if score is not None else None, quote,
                    best_snippet(quote.text, terms, max_chars=400), article.get("title", ""), article.get("date", ""),
                    marks(quote.speaker or "", terms) if names else [], marks(quote.role or "", terms) if names else [])


def _said(index_dir, stored_quotes) -> list[Said]:
    """Each stored quote with its text, title and date; an article quoted several times is read once."""
    articles, read, said = open_searcher(index_dir, ARTICLES), {}, []
    for stored in stored_quotes:
        doc_id = _doc_id(stored)
        if doc_id not in read:
            read[doc_id] = _article(articles, doc_id)
        article = read[doc_id]
        said.append(Said(_quote(stored, article), article.get("title", ""), article.get("date", "")))
    return said


def _article(articles, doc_id: str) -> dict:
    """Looked up for shown quotes only: storing title and date with every quote doubled the quotes' size."""
    return articles.document(id=doc_id) or {}


def quotes_of(index_dir, doc_id: str) -> list[Quote]:
    """The quotes of one article in reading order, to mark them when it is shown."""
    articles, view = open_searcher(index_dir, ARTICLES), open_searcher(index_dir, QUOTES).reader()
    docnum = articles.document_number(id=doc_id)
    if docnum is None:
        return []
    article = articles.stored_fields(docnum)
    found = [_quote(view.stored_fields(quote), article) for quote in view.quotes_of(docnum)]
    return sorted(found, key=reading_order)


def reading_order(quote: Quote) -> tuple[int, int]:
    """Where a quote comes as the article is read: title, lead, then body paragraphs by number
    (body:2 before body:10, which ``where`` as text puts after), and by place within each."""
    if quote.where.startswith("body:"):
        return 2 + int(quote.where.split(":")[1]), quote.start
    return {"title": 0, "lead": 1}.get(quote.where, 0), quote.start
