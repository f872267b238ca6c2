"""Who said what: quotes and their speakers in one Persian news article.

Persian news reports speech in a few fixed shapes:

* direct:    ``محمدی با تاکید بر اینکه ...، تصریح کرد: QUOTE`` (the quote runs to the
  end of the paragraph, or to the next ``وی افزود:``); titles use ``محمدی: QUOTE``;
* guillemet: ``به گفته وی «QUOTE»`` or ``«QUOTE»؛ این را رضایی می‌گوید``;
* indirect:  ``به گفته X، CLAIM``, ``X گفت که CLAIM``, ``X با بیان اینکه CLAIM، گفت``,
  ``X از CLAIM خبر داد``, ``اظهارات X مبنی بر CLAIM``.

Finding the words is the easy half. The speaker is usually written once in
full (``حجت‌الاسلام علی رضایی، امام جمعه ...``) and afterwards as ``وی``, as
``رضایی``, as ``امام جمعه ...`` or not at all (``افزود: ...``), sometimes with
the title in the lead and the name only in the body. So extraction runs in
two passes: the first collects every quote with the words that refer to its
speaker (a Mention), and every paragraph that opens by introducing someone
(an Introduction: not a quote, but it tells who a following ``وی گفت`` means);
the second builds the article's cast (each person's full name and roles) from
all mentions and then resolves each mention in reading order, keeping track
of who is speaking.

The modules: ``constants`` (word lists and tunables), ``patterns`` (the
compiled cues and lexicons), ``sentences`` (a Field, sentence bounds, spans),
``subjects`` (reading a subject into a Mention), ``found`` (what pass 1 finds:
a Found quote, an Introduction), ``shapes`` (pass 1 over one field, and whom it
introduces), ``direct``, ``indirect`` and ``guillemets`` (pass 1's readers, one
module per shape of quote and one function per form of it), ``reading`` (the
passes over the whole article's reading after pass 1: carried, continued and
nested quotes, interviews) and ``cast`` (pass 2).

All matching runs on ``fold_letters(text)``, which has the same length as the
text, so every offset is an offset into the field read. Marks a reader does not
see (a diacritic in گُفت, tatweel, a stray ZWNJ in اظها‌ر) are left out of what is
read, and each quote is then located in the original field. Every lookback is
bounded (SUBJECT_WINDOW characters), and no pattern nests unbounded
repetition, so the work stays linear in the length of the text.
"""

from __future__ import annotations

import dataclasses
import re

from corpus.document import Document, Quote
from corpus.orthography import COMBINING_MARKS, fold_letters, fold_word, without_unseen_marks
from corpus.quotes.cast import Cast
from corpus.quotes.compounds import read_as_one_words
from corpus.quotes.constants import HEADLINE_CLAIM_MARKS, HEADLINE_TAIL_MARKS, MIN_QUOTE_WORDS
from corpus.quotes.patterns import GUILLEMETS
from corpus.quotes.sentences import BLANKS, Field
from corpus.quotes.subjects import names_in_full, word_key
from corpus.quotes.found import Found, Introduction, field_order
from corpus.quotes.guillemets import ends_like_a_sentence
from corpus.quotes.reading import (
    carry_empty_quotes,
    between_quotes,
    continued_quotes,
    document_texts,
    interview_answers,
    interviewees_take_the_floor,
    headline_interviewee,
    labelled_answers,
    outside_other_quotes,
    questions_introduce_nobody,
)
from corpus.quotes.shapes import (
    in_reading_order,
    introduction,
    people_asked,
    quotes_in_field,
    subjects_before_pronouns,
)

__all__ = ["extract_quotes", "quotes_or_fault"]


def quotes_or_fault(doc: Document) -> tuple[list[Quote], str | None]:
    """The article's quotes, or none and what went wrong: a fault of the extractor on one article
    must not cost a build or a run every other article, nor this one's searchable text."""
    try:
        return extract_quotes(doc), None
    except Exception as error:  # any fault of ours; the caller reports it and goes on
        return [], f"{type(error).__name__}: {error}"


def extract_quotes(doc: Document) -> list[Quote]:
    """Every quote in the article, in reading order, with its speaker resolved. A title made of
    the body's first words is not read: its quote is body:0's (or the lead's) alone."""
    if doc.title_from_text:
        doc = dataclasses.replace(doc, title="")
    read, positions = _as_read(doc)
    quotes = _quotes_read(read)
    if read is doc:
        return quotes
    texts = dict(doc.fields())
    return [_located(quote, texts[quote.where], positions.get(quote.where)) for quote in quotes]


def _as_read(doc: Document) -> tuple[Document, dict[str, list[int]]]:
    """The article as read (the same object when that changes nothing), and for each field that
    lost characters where the rest stood: without_unseen_marks in each field, then one ZWNJ for
    the spaces inside each word written apart (read_as_one_words)."""
    unmarked = {where: without_unseen_marks(text) for where, text in doc.fields()}
    joined = read_as_one_words({where: text for where, (text, _) in unmarked.items()})
    read, positions = {}, {}
    for where, (text, kept) in joined.items():
        first = unmarked[where][1]
        read[where] = text
        if kept is not None and first is not None:
            kept = [first[n] for n in kept]
        if kept or first:
            positions[where] = kept or first
    if all(read[where] == text for where, text in doc.fields()):
        return doc, {}
    paragraphs = [read[f"body:{n}"] for n in range(len(doc.paragraphs))]
    return dataclasses.replace(doc, title=read["title"], lead=read["lead"], paragraphs=paragraphs), positions


def _located(quote: Quote, original: str, kept: list[int] | None) -> Quote:
    """The quote with its offsets and text in the original field, marks on its last letter included."""
    start, end = quote.start, quote.end
    if kept is not None:
        start = kept[start] if start < len(kept) else len(original)
        end = kept[end - 1] + 1 if end > quote.start else start
    while end < len(original) and _COMBINING.match(original, end):
        end += 1
    return dataclasses.replace(quote, start=start, end=end, text=original[start:end])


_COMBINING = re.compile(f"[{COMBINING_MARKS}\u0640]")
_WORDS = re.compile(r"[\w\u200c]+")  # a word with its ZWNJs, as the checks around the cast compare words


def _quotes_read(doc: Document) -> list[Quote]:
    """Every quote in the article as read, in reading order, with its speaker resolved."""
    reading: list[Found | Introduction] = []
    fields: list[Field] = []
    previous = None
    headline = frozenset(word_key(word) for word in _WORDS.findall(f"{doc.title} {doc.lead}"))
    folded = {where: fold_letters(text) for where, text in doc.fields() if text}
    article = tuple(folded.values())
    for where, text in doc.fields():
        if text:
            field = Field(where, text, folded[where], article)
            quotes = quotes_in_field(field)
            reading += in_reading_order(quotes, introduction(field, quotes), *people_asked(field),
                                        *subjects_before_pronouns(field, quotes, previous, headline))
            fields.append(field)
            previous = (field, quotes)
    reading = carry_empty_quotes(questions_introduce_nobody(interviewees_take_the_floor(headline_interviewee(reading, doc), doc), doc), doc)
    reading = interview_answers(labelled_answers(reading, doc), doc)
    reading = outside_other_quotes(continued_quotes(document_texts(reading, doc), doc))
    reading, between = between_quotes(reading, doc)
    cast = Cast.from_mentions([item.mention for item in reading],
                              lambda words: [name for field in fields for name in names_in_full(field, words)])
    quotes = _same_speaker_around(cast.resolve_all(reading, doc.id, {field.where: field for field in fields}), between)
    return _headline_said_again(quotes, doc)


def _same_speaker_around(quotes: list[Quote], between: set[str]) -> list[Quote]:
    """Keep a quote between_quotes added only when it has the speaker of the quote just before its
    run of paragraphs and of the quote right after it, and does not name that speaker (nobody
    speaks of himself so: ``محمدی جامعه ...`` is the report's): the speaker's words went on
    between them; otherwise the paragraph was the report's."""
    kept = [quote for quote in quotes if quote.where not in between]
    for quote in quotes:
        if quote.where not in between or quote.speaker is None or _names_the_speaker(quote):
            continue
        before = [q for q in kept if field_order(q.where) < field_order(quote.where)]
        after = next((q for q in kept if field_order(q.where) > field_order(quote.where)), None)
        if (before and after and before[-1].speaker == quote.speaker == after.speaker
                and all(f"body:{n}" in between for n in range(field_order(quote.where) - 1, field_order(after.where) - 2))):
            kept.append(quote)
    return sorted(kept, key=lambda q: (field_order(q.where), q.start))


def _names_the_speaker(quote: Quote) -> bool:
    """Does the quote's text hold its speaker's last name?"""
    return word_key(quote.speaker.split()[-1]) in {word_key(word) for word in _WORDS.findall(quote.text)}


def _headline_said_again(quotes: list[Quote], doc: Document) -> list[Quote]:
    """A headline's «...» standing as a part of it (the whole headline, or before or after its ؛
    or :), or its last part after a ؛ with no «», is the words of whoever the lead or the body
    quotes saying them (ANNOTATION.md, round 19): a guillemet quote of theirs, whatever speaker the
    headline's shape alone gave it. When nobody is quoted saying them, a «» the headline's shape
    makes nobody's stays nobody's, and a part with no «» is the headline writer's."""
    for start, end in _headline_parts(doc.title):
        said = _said_words(doc.title[start:end])
        holder = next((q for q in quotes if q.where != "title" and said in _said_words(q.text)), None)
        if holder is None:
            continue
        headline = dataclasses.replace(holder, where="title", start=start, end=end, kind="guillemet", cue="",
                                       text=doc.title[start:end], ref="pronoun")
        quotes = [q for q in quotes if not (q.where == "title" and q.start < end and start < q.end)] + [headline]
    return sorted(quotes, key=lambda q: (field_order(q.where), q.start))


def _headline_parts(title: str) -> list[tuple[int, int]]:
    """The spans of the headline's parts that may be someone's words, of MIN_QUOTE_WORDS words or
    more: each «...» making a whole part, and the last part after a HEADLINE_CLAIM_MARKS mark when it
    holds no «» and is a sentence (``نشست خبری شورای شهر؛ مترو تا سال ۹۶ به بهره‌برداری نمی‌رسد``;
    a noun phrase, ``زلزله دره‌شهر؛ ۳ هزار واحد نیازمند بازسازی``, is the headline writer's summary)."""
    parts = [match.span("inner") for match in GUILLEMETS.finditer(title) if _headline_part(title, match)]
    tail = max(title.rfind(mark) for mark in HEADLINE_CLAIM_MARKS) + 1
    if tail and "«" not in title[tail:] and ends_like_a_sentence(fold_letters(title[tail:])):
        claim = title[tail:].rstrip(BLANKS + ".")
        parts.append((len(claim) - len(claim.lstrip(BLANKS)) + tail, tail + len(claim)))
    return [(start, end) for start, end in parts if len(title[start:end].split()) >= MIN_QUOTE_WORDS]


def _headline_part(title: str, match: re.Match) -> bool:
    """Does the «» make a whole part of the headline: nothing before it or after it but a ؛ or :?"""
    before, after = title[:match.start()].strip(BLANKS), title[match.end():].strip(BLANKS + ".")
    return (not before or before[-1] in HEADLINE_TAIL_MARKS) and (not after or after[0] in HEADLINE_TAIL_MARKS)


def _said_words(text: str) -> str:
    """The text's words run together, letters folded: the same words whatever their spelling and spacing."""
    return "".join(fold_word(word) for word in _WORDS.findall(text))
