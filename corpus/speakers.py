"""Speakers across articles: one entry per person, however the name is spelled.

The same person turns up as ``سید نجم‌الدین محمدی`` and ``نجم الدين محمدي``. A
key that folds letters, drops honorifics and ignores spaces and ZWNJ brings
the spellings together, and only the spellings: across articles, two names
are one person exactly when their keys are equal.

A bare surname (``محمدی``, ``دکتر محمدی``) stays an entry of its own, even
when the corpus knows one ``علی محمدی``: within an article the extractor
already gives a surname its full name when the article says it, so a quote
still under a bare surname comes from an article that never tied it to
anyone, and it may be another محمدی. Only a lookup reads a surname as a
surname: ``محمدی`` with no entry of its own finds the one person with that
surname, or lists all of them when there are several. The one exception is
an office: ``شمقدری``, the president's adviser in one article, joins ``جواد
شمقدری`` when he alone of the people so named was the president's adviser
too (``SpeakerRegistry.join_bare_surnames``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from corpus.document import Quote
from corpus.names import (FIRST_NAMES, drop_glued_honorific, leading_honorifics, points_back, role_key,
                          unspaced_role_key)
from corpus.orthography import fold_word, standard_spelling


# A body's name may carry its own quotation marks (انجمن حمایت از کودکان کار «آفتاب») in one
# article and not in the next, or the parentheses of an honorific (کمیته امداد امام خمینی (ره)),
# which a quote's speaker, read word by word, leaves out: they are no part of whom it names.
NAME_QUOTE_MARKS = "«»\"“”‘’'()"


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, honorifics and quotation marks dropped (also glued honorifics: سیدمحمد)."""
    words = [w for w in (fold_word(w.strip(NAME_QUOTE_MARKS)) for w in name.split()) if w]
    words = words[leading_honorifics(words):]
    if words:
        words[0] = drop_glued_honorific(words[0])
    return tuple(words)


def speaker_key(name: str) -> str:
    """One key for every spelling of a name: folded, no honorifics, no spaces or ZWNJ."""
    return "".join(name_words(name))


def is_surname_of(short: str, full: str) -> bool:
    """Is ``short`` the last word(s) of ``full`` (``آل هاشم`` of ``محمدعلی آل‌هاشم``)?"""
    short_key, words = speaker_key(short), name_words(full)
    return bool(short_key) and any("".join(words[n:]) == short_key for n in range(1, len(words)))


def _surname_only(name: str) -> bool:
    """A name with no given name in front: one word, or a surname in two (سلیمانی فر), not
    علی رضایی, whose brother محمد علی رضایی may hold the same office."""
    words = name_words(name)
    return len(words) == 1 or (len(words) > 1 and drop_glued_honorific(words[0]) not in FIRST_NAMES)


def same_office(roles: list[str], others: list[str]) -> bool:
    """Do two people's roles share an office: all the words (two or more) of one role
    within one of the other's (وزیر خارجه ایتالیا, وزیر امور خارجه ایتالیا)?"""
    keys, other_keys = [set(role_key(r)) for r in roles], [set(role_key(r)) for r in others]
    return any(len(min(a, b, key=len)) >= 2 and (a <= b or b <= a) for a in keys for b in other_keys)




@dataclass
class Speaker:
    """A person (or organisation) quoted somewhere in the corpus."""

    name: str
    key: str
    speaker_type: str = "person"  # or "organisation"
    quotes: int = 0
    roles: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # keys of bare surnames joined to this person: their quotes carry them
    # The roles' keys and the documents listed, made when the first quote is
    # added, so each new one is checked at once: the most quoted people have
    # thousands of quotes (and a registry read from the index never adds one).
    _role_keys: set[str] | None = field(default=None, init=False, repr=False, compare=False)
    _doc_set: set[str] | None = field(default=None, init=False, repr=False, compare=False)

    def record(self, quote: Quote) -> None:
        """Count a quote; a role is listed once however it was spelled."""
        self.quotes += 1
        self._note_role(standard_spelling(quote.role or ""))
        self._note_doc(quote.doc_id)

    def absorb(self, later: "Speaker") -> None:
        """Add what the same person said in later quotes, as if recorded one by one."""
        self.quotes += later.quotes
        for role in later.roles:
            self._note_role(role)
        for doc_id in later.doc_ids:
            self._note_doc(doc_id)
        self.aliases += [key for key in later.aliases if key not in self.aliases]

    @property
    def keys(self) -> list[str]:
        """Every speaker key this person's quotes carry."""
        return [self.key, *self.aliases]

    def _note_role(self, role: str) -> None:
        """List a role once however spelled; not one that points back into its article
        (مدیرعامل این سازمان), which says nothing in a list of a person's offices."""
        if not role or points_back(role):
            return
        if self._role_keys is None:
            self._role_keys = {unspaced_role_key(known) for known in self.roles}
        key = unspaced_role_key(role)
        if key not in self._role_keys:
            self._role_keys.add(key)
            self.roles.append(role)

    def _note_doc(self, doc_id: str) -> None:
        if self._doc_set is None:
            self._doc_set = set(self.doc_ids)
        if doc_id not in self._doc_set:
            self._doc_set.add(doc_id)
            self.doc_ids.append(doc_id)

    def to_row(self) -> list:
        """Plain values for storage (indexer.registry keeps the registry in the index)."""
        return [self.name, self.key, self.speaker_type, self.quotes, self.roles, self.doc_ids, self.aliases]

    @classmethod
    def from_row(cls, row: list) -> "Speaker":
        return cls(*row)


@dataclass
class SpeakerRegistry:
    """Every speaker once, found again from any spelling of the name."""

    speakers: dict[str, Speaker] = field(default_factory=dict)
    # Every trailing part of every name (محمدی, آل‌هاشم ...) -> its people,
    # so a surname is found without comparing it with every name.
    by_surname: dict[str, list[Speaker]] = field(default_factory=dict)
    # A joined bare surname's key -> the person it was joined to (join_bare_surnames).
    joined: dict[str, Speaker] = field(default_factory=dict)

    @classmethod
    def from_quotes(cls, quotes: Iterable[Quote]) -> "SpeakerRegistry":
        """The registry of everyone who said one of ``quotes``.

        Who is who does not depend on the order; a speaker's shown name (the
        first spelling met) and the order of their roles and documents do.
        """
        registry = cls()
        for quote in quotes:
            registry.add(quote)
        return registry

    @classmethod
    def merged(cls, parts: Iterable[Iterable[Speaker]]) -> "SpeakerRegistry":
        """One registry from the speakers of several, e.g. one per source file: the
        same as ``from_quotes`` over all their quotes in the order of ``parts``."""
        registry = cls()
        for part in parts:
            for speaker in part:
                registry._absorb(speaker)
        return registry

    @classmethod
    def from_rows(cls, rows: Iterable[list]) -> "SpeakerRegistry":
        """The registry ``to_rows`` stored."""
        registry = cls()
        for row in rows:
            speaker = Speaker.from_row(row)
            registry.speakers[speaker.key] = speaker
            registry._file_surnames(speaker)
            registry.joined.update((key, speaker) for key in speaker.aliases)
        return registry

    def join_bare_surnames(self) -> "SpeakerRegistry":
        """Give each bare surname's quotes (``شمقدری``; ``سلیمانی فر``, a surname written in two
        words) to the one person who has that surname and held the same office
        (``same_office``); with none or several such people it stays apart.

        Done once over the whole registry (the build's merge, indexer.registry), never file
        by file: a second holder of the office in another file makes the surname ambiguous.
        """
        for bare in [s for s in self.speakers.values() if s.roles and s.speaker_type != "organisation"
                     and _surname_only(s.name)]:
            holders = [owner for owner in self._surname_owners(bare.name) if same_office(bare.roles, owner.roles)]
            if len(holders) == 1:
                holders[0].absorb(bare)
                holders[0].aliases.append(bare.key)
                self.joined[bare.key] = holders[0]
                del self.speakers[bare.key]
        return self

    def to_rows(self) -> list[list]:
        """Every speaker as plain values, in the order they were first met."""
        return [speaker.to_row() for speaker in self.speakers.values()]

    def _absorb(self, speaker: Speaker) -> None:
        known = self.speakers.get(speaker.key)
        if known is None:
            known = self.speakers[speaker.key] = Speaker(speaker.name, speaker.key, speaker.speaker_type)
            self._file_surnames(known)
        known.absorb(speaker)

    def add(self, quote: Quote) -> Speaker | None:
        """Count a quote for the speaker whose key it has, added when new."""
        if not quote.speaker:
            return None
        key = speaker_key(quote.speaker)
        speaker = self.speakers.get(key)
        if speaker is None:
            speaker = self.speakers[key] = Speaker(standard_spelling(quote.speaker), key, quote.speaker_type)
            self._file_surnames(speaker)
        speaker.record(quote)
        return speaker

    def speaker_of(self, quote: Quote) -> Speaker | None:
        """The registered speaker of a quote (None when unnamed or not added)."""
        if not quote.speaker:
            return None
        key = speaker_key(quote.speaker)
        return self.speakers.get(key) or self.joined.get(key)

    def lookup(self, name: str) -> list[Speaker]:
        """Everyone ``name`` may mean: the exact person, else all who have it as surname."""
        speaker = self.speakers.get(speaker_key(name))
        if speaker is not None:
            return [speaker]
        return self._surname_owners(name)

    def namesakes(self, person: Speaker) -> list[Speaker]:
        """The people whose full name ends in ``person``'s, when only a surname is known of
        ``person`` (مورینیو, ژوزه مورینیو), most quoted first: perhaps the same person, whom
        the registry does not join unless they held one office (join_bare_surnames)."""
        if not _surname_only(person.name):
            return []
        return sorted((s for s in self._surname_owners(person.name) if s is not person), key=lambda s: (-s.quotes, s.name))

    def __len__(self) -> int:
        return len(self.speakers)

    def __iter__(self):
        return iter(sorted(self.speakers.values(), key=lambda s: (-s.quotes, s.name)))

    def _surname_owners(self, name: str) -> list[Speaker]:
        return list(self.by_surname.get(speaker_key(name), ()))

    def _file_surnames(self, speaker: Speaker) -> None:
        words = name_words(speaker.name)
        for n in range(1, len(words)):
            self.by_surname.setdefault("".join(words[n:]), []).append(speaker)
