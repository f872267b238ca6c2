"""Speakers across articles: one entry per person, however the name is spelled.

The same person turns up as ``سید نجم‌الدین محمدی`` and ``نجم الدين محمدي``. A
key that folds letters, drops honorifics and ignores spaces and ZWNJ brings
the spellings together, and only the spellings: across articles, two names
are one person exactly when their keys are equal. Names and roles are folded as
search folds words (NAME_FOLD), so ``داوودی`` and ``داودی``, ``مسئول`` and
``مسوول`` meet here as they do in a search.

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

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from corpus.document import Quote
from corpus.names import (FIRST_NAMES, drop_glued_honorific, leading_honorifics, points_back, role_key,
                          unspaced_role_key)
from corpus.orthography import fold_word, search_fold_pieces, standard_spelling


# A body's name may carry its own quotation marks (انجمن حمایت از کودکان کار «آفتاب») in one
# article and not in the next, or the parentheses of an honorific (کمیته امداد امام خمینی (ره)),
# which a quote's speaker, read word by word, leaves out: they are no part of whom it names.
NAME_QUOTE_MARKS = "«»\"“”‘’'()"
# The most words a compound written as one word elsewhere (مدیرکل, هیئت‌مدیره) is spaced into in a role
# (مدیر کل, هیئت مدیره, بین المللی): RoleSpellings reads such a run as that word.
COMPOUND_WORDS = 3
# A word that may stand inside such a run (آموزش و پرورش) but never at its edge: «و زیر» is no وزیر.
NEVER_AT_COMPOUND_EDGE = frozenset({"و"})


# Names and roles are matched in the spelling search gives words (hamza seats, alef madda and a
# doubled و folded: داوود = داود, مسئول = مسوول, رئیس = رییس), so a name found by search is found by
# said-by too. Honorifics and given names are still told by fold_word's spelling (names.HONORIFICS).
NAME_FOLD = search_fold_pieces


def _name_as_written(name: str) -> tuple[list[str], list[str]]:
    """A name's words as written and as fold_word spells them, honorifics and quotation marks dropped."""
    written = [w for w in (w.strip(NAME_QUOTE_MARKS) for w in name.split()) if fold_word(w)]
    folded = [fold_word(w) for w in written]
    start = leading_honorifics(folded)
    return written[start:], folded[start:]


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name in NAME_FOLD's spelling, honorifics and quotation marks dropped (also
    glued honorifics: سیدمحمد)."""
    written, folded = _name_as_written(name)
    words = [NAME_FOLD(w) for w in written]
    if words:
        words[0] = words[0][len(folded[0]) - len(drop_glued_honorific(folded[0])):]
    return tuple(words)


def speaker_key(name: str) -> str:
    """One key for every spelling of a name: folded as search folds, no honorifics, no spaces or ZWNJ."""
    return "".join(name_words(name))


def role_match_key(role: str) -> str:
    """One key for every spelling of a role: spaced, with ZWNJ or joined (مدیر کل, مدیرکل), and in the
    letters search folds together (مسئول, مسوول)."""
    return unspaced_role_key(role, NAME_FOLD)


def is_surname_of(short: str, full: str) -> bool:
    """Is ``short`` the last word(s) of ``full`` (``آل هاشم`` of ``محمدعلی آل‌هاشم``)?"""
    short_key, words = speaker_key(short), name_words(full)
    return bool(short_key) and any("".join(words[n:]) == short_key for n in range(1, len(words)))


def _surname_only(name: str) -> bool:
    """A name with no given name in front: one word, or a surname in two (سلیمانی فر), not
    علی رضایی, whose brother محمد علی رضایی may hold the same office."""
    words = _name_as_written(name)[1]
    return len(words) == 1 or (len(words) > 1 and drop_glued_honorific(words[0]) not in FIRST_NAMES)


def same_office(roles: list[str], others: list[str]) -> bool:
    """Do two people's roles share an office: all the words (two or more) of one role
    within one of the other's (وزیر خارجه ایتالیا, وزیر امور خارجه ایتالیا)?"""
    keys, other_keys = [set(role_key(r, NAME_FOLD)) for r in roles], [set(role_key(r, NAME_FOLD)) for r in others]
    return any(len(min(a, b, key=len)) >= 2 and (a <= b or b <= a) for a in keys for b in other_keys)




@dataclass
class RoleSpellings:
    """How roles are shown: each word, and each compound however spaced (مدیرکل, مدیر‌کل, مدیر کل),
    in the form the roles use most. One person's roles then never write one office three ways, and
    none is shown in a form no role was written in (a ZWNJ the extraction put where the article
    had a space loses to the article's own spacing where that is more common)."""

    shown: dict[str, str] = field(default_factory=dict)  # a word's or compound's NAME_FOLD key -> its form

    @classmethod
    def of(cls, roles: Iterable[str]) -> "RoleSpellings":
        """The most used form of each word and compound in ``roles`` (the first met of equals)."""
        split = [role.split() for role in roles]
        whole = {NAME_FOLD(word) for words in split for word in words}
        forms: dict[str, Counter] = defaultdict(Counter)
        for words in split:
            for start, end, key in _spellings(words, whole):
                forms[key][" ".join(words[start:end])] += 1
        return cls({key: counts.most_common(1)[0][0] for key, counts in forms.items()})

    def spelt(self, role: str) -> str:
        """``role`` with each word and spaced compound in its most used form (a compound's longest
        spaced run first); a word the roles never had stays as written."""
        words, shown, start = role.split(), [], 0
        while start < len(words):
            end, key = next(((end, key) for end, key in _runs(words, start) if key in self.shown),
                            (start + 1, NAME_FOLD(words[start])))
            shown.append(self.shown.get(key, words[start]) if end == start + 1 else self.shown[key])
            start = end
        return " ".join(shown)


def _runs(words: list[str], start: int):
    """(end, key) of each run of two to COMPOUND_WORDS words from ``start``, longest first."""
    for end in range(min(len(words), start + COMPOUND_WORDS), start + 1, -1):
        if not NEVER_AT_COMPOUND_EDGE & {words[start], words[end - 1]}:
            yield end, "".join(map(NAME_FOLD, words[start:end]))


def _spellings(words: list[str], whole: set[str]):
    """(start, end, key) of every word of a role, and of every spaced run that is a word written
    whole in some role (``whole``: the keys of the words roles have)."""
    for start, word in enumerate(words):
        yield start, start + 1, NAME_FOLD(word)
        yield from ((start, end, key) for end, key in _runs(words, start) if key in whole)


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

    def respell_roles(self, spellings: RoleSpellings) -> None:
        """Show the roles as ``spellings`` does, each once (two that differed only in spelling are one)."""
        written, self.roles, self._role_keys = self.roles, [], None
        for role in written:
            self._note_role(spellings.spelt(role))

    def _note_role(self, role: str) -> None:
        """List a role once however spelled; not one that points back into its article
        (مدیرعامل این سازمان), which says nothing in a list of a person's offices."""
        if not role or points_back(role):
            return
        if self._role_keys is None:
            self._role_keys = {role_match_key(known) for known in self.roles}
        key = role_match_key(role)
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
    _spellings: RoleSpellings | None = field(default=None, init=False, repr=False, compare=False)

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

    def spell_roles_alike(self) -> "SpeakerRegistry":
        """Every speaker's roles in the spelling the registry's roles use most (RoleSpellings):
        done once over the whole registry, with the join, as a spelling is most used in all of it."""
        spellings = self.role_spellings()
        for speaker in self.speakers.values():
            speaker.respell_roles(spellings)
        return self

    def role_spellings(self) -> RoleSpellings:
        """How the roles of this registry are shown (RoleSpellings of all of them), made once: held_by
        shows the roles its quotes were written with so too."""
        if self._spellings is None:
            self._spellings = RoleSpellings.of(role for speaker in self.speakers.values() for role in speaker.roles)
        return self._spellings

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
