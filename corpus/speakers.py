"""Speakers across articles: one entry per person, however the name is spelled.

The same person turns up as ``سید نجم‌الدین محمدی``, ``نجم الدين محمدي`` and,
in an article that named them in full elsewhere, plain ``محمدی``. A key that
folds letters, drops honorifics and ignores spaces and ZWNJ brings the
spellings together. A surname alone is only tied to a full name when exactly
one known person has that surname: two people called محمدی stay two people,
and looking up ``محمدی`` then returns both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from corpus.document import Quote
from corpus.names import FIRST_NAMES, HONORIFICS
from corpus.orthography import fold_word, standard_spelling

# Honorifics folded and run together, so حجت‌الاسلام and حجت الاسلام are one.
_HONORIFIC_KEYS = frozenset("".join(fold_word(w) for w in h.split()) for h in HONORIFICS)
_LONGEST_HONORIFIC = 5  # words, as in حجت الاسلام و المسلمین
_GLUED_HONORIFICS = ("سید", "حاج")  # سیدمحمد, حاج‌علی: written as one word


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, honorifics dropped (also glued ones: سیدمحمد)."""
    words = [w for w in (fold_word(w) for w in name.split()) if w]
    while len(words) > 1:
        length = _honorific_length(words)
        if not length:
            break
        words = words[length:]
    if words:
        words[0] = _drop_glued_honorific(words[0])
    return tuple(words)


def _honorific_length(words: list[str]) -> int:
    """How many leading words form an honorific (longest first), 0 if none."""
    for length in range(min(_LONGEST_HONORIFIC, len(words) - 1), 0, -1):
        if "".join(words[:length]) in _HONORIFIC_KEYS:
            return length
    return 0


def _drop_glued_honorific(word: str) -> str:
    for prefix in _GLUED_HONORIFICS:
        rest = word[len(prefix):]
        if word.startswith(prefix) and _starts_with_given_name(rest):
            return rest
    return word


def _starts_with_given_name(word: str) -> bool:
    return any(word.startswith(name) for name in FIRST_NAMES if len(name) >= 3)


def speaker_key(name: str) -> str:
    """One key for every spelling of a name: folded, no honorifics, no spaces or ZWNJ."""
    return "".join(name_words(name))


def is_surname_of(short: str, full: str) -> bool:
    """Is ``short`` the last word(s) of ``full`` (``آل هاشم`` of ``محمدعلی آل‌هاشم``)?"""
    short_key, words = speaker_key(short), name_words(full)
    return bool(short_key) and any("".join(words[n:]) == short_key for n in range(1, len(words)))


def _role_key(role: str) -> str:
    return "".join(fold_word(word) for word in role.split())


@dataclass
class Speaker:
    """A person (or organisation) quoted somewhere in the corpus."""

    name: str
    key: str
    quotes: int = 0
    roles: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)

    def record(self, quote: Quote) -> None:
        """Count a quote; a role is listed once however it was spelled."""
        self.quotes += 1
        role = standard_spelling(quote.role or "")
        if role and all(_role_key(role) != _role_key(known) for known in self.roles):
            self.roles.append(role)
        if quote.doc_id not in self.doc_ids:
            self.doc_ids.append(quote.doc_id)


@dataclass
class SpeakerRegistry:
    """Every speaker once, found again from any spelling of the name."""

    speakers: dict[str, Speaker] = field(default_factory=dict)
    # Every trailing part of every name (محمدی, آل‌هاشم ...) -> its people,
    # so a surname is found without comparing it with every name.
    by_surname: dict[str, list[Speaker]] = field(default_factory=dict)

    @classmethod
    def from_quotes(cls, quotes: Iterable[Quote]) -> "SpeakerRegistry":
        """Full names first, so a bare surname can join the one person it names."""
        named = sorted((q for q in quotes if q.speaker), key=lambda q: -len(name_words(q.speaker)))
        registry = cls()
        for quote in named:
            registry.add(quote)
        return registry

    def add(self, quote: Quote) -> Speaker | None:
        """Count a quote for its speaker; a surname of exactly one person joins them.

        Only people already added can be joined, so add full names first
        (from_quotes does); a surname added earlier stays an entry of its own.
        """
        if not quote.speaker:
            return None
        key = speaker_key(quote.speaker)
        speaker = self.speakers.get(key)
        if speaker is None:
            owners = self._surname_owners(quote.speaker)
            speaker = owners[0] if len(owners) == 1 else None
        if speaker is None:
            speaker = self.speakers[key] = Speaker(standard_spelling(quote.speaker), key)
            self._file_surnames(speaker)
        speaker.record(quote)
        return speaker

    def lookup(self, name: str) -> list[Speaker]:
        """Everyone ``name`` may mean: the exact person, else all who have it as surname."""
        speaker = self.speakers.get(speaker_key(name))
        if speaker is not None:
            return [speaker]
        return self._surname_owners(name)

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
