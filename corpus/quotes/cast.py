"""Pass 2: the article's people, and who each quote's mention means.

The cast is built from every mention at once (well-introduced names first,
then the rest matched against them); mentions are then resolved in reading
order, keeping track of who has the floor.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from corpus.document import Quote
from corpus.orthography import fold_letters, fold_word, standard_spelling
from corpus.names import DEMONSTRATIVE, DEMONSTRATIVES, INDEFINITE, drop_glued_honorific, leading_honorifics, points_back, role_key
from corpus.quotes.constants import (
    ADDRESSEE_PREPOSITIONS,
    AGE_UNITS,
    APPOSITION_NAME_WINDOW,
    BULLETS,
    COUNT_ADJECTIVES,
    COUNTRY_NAMES,
    HOLDER_BODIES,
    LOCATING_WORDS,
    MAX_PHRASE_WORDS,
    MEMBER,
    MIN_COMPOUND_PART,
    MIN_LIST_ITEMS,
    MIN_LIST_SHARE,
    MIN_ROLE_WORD_STEM,
    MIN_ROLE_WORDS_BEFORE_OBJECT,
    MIN_TYPO_LENGTH,
    MAX_BODY_NAME_TAIL,
    BODY_NAME_ENDS,
    BODY_FUNCTION_NOUNS,
    MAX_BODY_FUNCTION_WORDS,
    BODY_NAME_END_WORDS,
    PAPER_HEADS,
    PLACE_UNITS,
    PLACE_NAME_TAILS,
    PROVINCE_UNIT,
    MAX_PLACE_NAME_WORDS,
    POINTING_ADJECTIVES,
    SENTENCE_CLOSING_VERBS,
    PRONOUN_KEYS,
    TEAM_NAME_HEADS,
    TEAM_SPORTS,
    PUBLISHED_IN,
    QUOTE_LEAD_IN,
    NOT_IN_A_NOUN_PHRASE,
    NAMED_NEXT_PARAGRAPHS,
    NISBA,
    NISBA_AFTER_ALEF,
    OUTLET_KIND_HEADS,
    OPENING_NAME_WORDS,
    OTHER_BODY_KINDS,
    HOUSE_PARTS,
    HOUSE_WORDS,
    REPRESENTATIVE_HEADS,
    OFFICE_RANKS,
    SOLE_OFFICES,
    BODY_NAME_STOPS,
    MAX_POINTED_BODY_WORDS,
    POINTED_BODY_KINDS,
    PROVINCE_NAMES,
    UNCLEAR_NAME_ENDS,
    NOT_IN_A_BODY_NAME,
    BODY_NAME_STOP_WORDS,
    PREDICATE_STARTS,
    ANY_BODY_KINDS,
    BODY_KIND_ALIASES,
    ROLE_OPTIONAL_WORDS,
    OFFICE_HELD_NOUNS,
    OFFICE_HELD_BY,
    OFFICE_HELD_AT,
    OFFICE_HELD_VERBS,
    RELATIVE_COPULAS,
    RELATIVE_OPENERS,
    MAX_APPOSITIVE_ROLE_WORDS,
    MAX_RELATIVE_ROLE_WORDS,
    SENTENCE_END_MARKS,
    CLOSING_QUOTE_MARKS,
    SURNAME_CLOSING_HALVES,
)
from corpus.quotes.patterns import (
    CLAUSE_OPENER, KIN_KEYS, OFFICE_LEXICON, ORGANISATION_LEXICON, RELATION_LEXICON, RELATION_OFFICE_KEYS, WORD,
    occurrences,
)
from corpus.quotes.person import (
    one_edit_apart,
    is_foreign_given_name,
    is_given_name,
    is_lexicon_noun,
    is_lexicon_noun_or_with_ye,
    is_finite_verb,
    is_past_participle,
    is_person_name,
    non_name_kind,
    unlisted_word,
)
from corpus.quotes.found import Found, Introduction, field_order
from corpus.quotes.sentences import Field, find_sentence_start
from corpus.quotes.shapes import opening_title
from corpus.quotes.subjects import (
    AND,
    THAT,
    aliases_given,
    as_original,
    called_as_kin,
    clause_words,
    document_issued_before,
    field_words,
    heads_named,
    LIGHT_VERBS_AFTER_NOUN,
    is_first_name,
    is_given_name_of_god,
    named_alone_as_outlet,
    organisations_named,
    Mention,
    names_in_full,
    national_team_end,
    place_end,
    numbered_body,
    opens_name,
    past_the_place,
    starts_role,
    subject,
    Word,
    word_key,
)


@dataclass
class _Person:
    """One person (or organisation) of the article, with the roles given beside the name."""

    words: tuple[str, ...]  # the name as written
    keys: tuple[str, ...]
    roles: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # titles the article called them by alone, as resolved
    organisation: bool = False
    shortened: bool = False  # the article also calls them by fewer words (a surname)
    # titles the lead calls them by alone, as fully as a title they hold or more (the lead's
    # مدیرکل بهزیستی استان خوزستان after the headline's مدیرکل بهزیستی خوزستان): what a shorter
    # title stands for while no role is written beside the name; never used to find anyone
    lead_titles: list[str] = field(default_factory=list)

    @property
    def all_titles(self) -> list[str]:
        """Roles written beside the name first, then titles resolved to them."""
        return self.roles + self.titles

    def called_by_name(self, keys: tuple[str, ...]) -> bool:
        """Does ``keys`` give the full name, given name and all, not just the surname?

        An organisation is named by any of its names (روابط عمومی بهزیستی شاهوار of روابط
        عمومی اداره بهزیستی شهرستان شاهوار, بیلد of روزنامه بیلد, کره جنوبی of دولت کره جنوبی)
        but the last word of a proper name of more (یونایتد of باشگاه منچستر یونایتد).

        A lone ``هاشمی رفسنجانی`` or ``فراتینی`` is a surname, even when the
        article says no more; a name counts as full when it opens with a known
        given name (a foreign one too, with a surname after it: کوین دی‌بروینه, but
        پدرو alone is a player's one name; one of the wide list before a surname,
        مهسا قربانلو, unless a nisba), or with a word no list knows, which
        before a surname is a given name no list holds (ماهاتیر محمد، کورشات
        توزمن), or when the article also uses a shorter form of it. The name an elder is
        called by (عمو رحیم، ننه گلی) is their whole name, as the gold guide has it since
        round 21: a name, said so.
        """
        if self.organisation:
            return not (len(keys) == 1 and len(self.keys) > 1 and keys[0] == self.keys[-1]
                        and not _owning_head(self.keys[-2]))
        if "".join(keys) != "".join(self.keys):
            return False
        return called_as_kin(keys) or is_first_name(keys[0]) or len(keys) > 1 and (
            _opens_as_given_name(keys[0]) or self.shortened)

    @property
    def name(self) -> str:
        return " ".join(word.rstrip("\u200c") for word in self.words).replace(" \u200c", "\u200c")

    def endings(self) -> list[str]:
        """What the article may call them: the full name (also without a glued honorific:
        محمد خاتمی of سیدمحمد خاتمی), each run of its last words (the surname), and the
        first word of a compound surname (صفار of محمدحسین صفار هرندی), all run together."""
        endings = ["".join(self.keys[n:]) for n in range(len(self.keys))] + ["".join(_bare(self.keys))]
        given = next((n for n, key in enumerate(self.keys) if not is_first_name(key)), len(self.keys))
        if 0 < given < len(self.keys) - 1:
            endings.append(self.keys[given])
        head, joiner, _ = self.words[-1].strip("\u200c").partition("\u200c")
        if joiner and len(self.keys) > 1 and len(head) >= MIN_COMPOUND_PART:  # فلاح of ربیع فلاح‌جلودار
            endings.append(fold_word(head))
        return endings


def _named_in_its_sentence(item: Found | Introduction, person: _Person, field: Field) -> str | None:
    """How the sentence leading up to a quote read as the floor's (a bare verb: ``پس از این
    جلسه سالارکیا به فارس گفت``, the subject not where a subject is looked for) writes its
    speaker, when it does: "name" or "surname", as a subject so written would be. None when a
    وی/او stands after the name (``از شاهرودی پرسیدیم و او گفت``: the clause speaking refers by
    it) or a preposition before it (``به مددی اعلام می‌کنند``: whom it is said to), and for an
    interview answer, a paragraph going on with a quote (nothing leads up to it) and a
    document's words."""
    mention = item.mention
    if not isinstance(item, Found) or mention.personal or mention.answer or mention.document or mention.recalled:
        return None
    lead_in = len(field.folded[:item.start].rstrip(QUOTE_LEAD_IN))  # before «، : of the quote itself
    keys = [word.key for word in clause_words(field.folded, find_sentence_start(field.folded, lead_in), lead_in)]
    named = _speakers_words(keys, person)
    if named is None or PRONOUN_KEYS.intersection(keys[named.stop:]) \
            or named.start > 0 and keys[named.start - 1] in ADDRESSEE_PREPOSITIONS:
        return None
    return "name" if person.called_by_name(tuple(keys[named])) else "surname"


def _speakers_words(keys: list[str], person: _Person) -> slice | None:
    """Where the words name the person (their full name, else a surname or other ending of it),
    the longest such run first. An organisation only by its full name: the last word of پلیس
    ایتالیا is a country, not the police."""
    endings = set(person.endings())
    shortest = len(person.keys) if person.organisation else 1
    for length in range(len(person.keys), shortest - 1, -1):
        for n in range(len(keys) - length + 1):
            if "".join(keys[n:n + length]) in endings:
                return slice(n, n + length)
    return None


def _opens_as_given_name(key: str) -> bool:
    """Is a name's first word, before a surname, a given name: a foreign one (کوین), a word no
    list knows (ماهاتیر), an X-of-God name (روح‌الله), or one of the wide list (مهسا، کامبیز،
    هیوا) that is no nisba? A wide-list word ending in ی is as often a surname's first half
    (هاشمی of هاشمی رفسنجانی): the kept list holds the given names that end so (علی، مهدی)."""
    return (is_foreign_given_name(key) or unlisted_word(key) or is_given_name_of_god(key)
            or is_given_name(key) and not key.endswith(NISBA))


@dataclass
class _People:
    """Everyone named in an article, found by full name or surname in one lookup."""

    all: list[_Person] = field(default_factory=list)
    by_ending: dict[str, list[_Person]] = field(default_factory=dict)

    def find(self, keys: tuple[str, ...], prefer: _Person | None = None,
             seen: dict[int, int] | None = None) -> _Person | None:
        """The person a name or surname means; ``prefer`` (the current speaker) wins a tie,
        then the one met last (``seen``: id of each person met -> when): two brothers
        لاریجانی, a third person between, and ``لاریجانی گفت`` is the one who spoke last."""
        matches = self.by_ending.get("".join(keys)) or self.by_ending.get("".join(_bare(keys)), [])
        if any(person is prefer for person in matches):
            return prefer
        met = [person for person in matches if seen and id(person) in seen]
        if met:
            return max(met, key=lambda person: seen[id(person)])
        return matches[0] if matches else None

    def merge(self, person: _Person, into: _Person) -> None:
        """The person is found as ``into`` by every name it had, and its roles are ``into``'s."""
        into.roles += [role for role in person.roles if role not in into.roles]
        into.shortened = True
        self.all.remove(person)
        for people in self.by_ending.values():
            if person in people:
                people.remove(person)
                if into not in people:
                    people.append(into)

    def add(self, mention: Mention) -> _Person:
        """The person the mention names, added when new. A full name one typo away from a
        known one (علی اسماعیل / علی اسماعیلی, سیرکژان / سریکژان مامبتالین) is that person,
        and an organisation named with fewer words (بولتن دانشمندان آمریکا of بولتن دانشمندان
        اتمی آمریکا) that organisation, who is then found by either spelling."""
        person = self.find(mention.name_keys)
        if person is None:
            misspelt = next((p for p in self.all if _one_typo_apart(mention.name_keys, p.keys)
                             or mention.organisation and p.organisation and _shortened(mention.name_keys, p.keys)), None)
            person = misspelt or _Person(mention.name_words, mention.name_keys,
                                         organisation=mention.organisation or is_country(mention.name_keys))
            if misspelt is None:
                self.all.append(person)
            self._index(person, person.endings() + _Person(mention.name_words, mention.name_keys).endings())
        return person

    def rename(self, person: _Person, words: tuple[str, ...], keys: tuple[str, ...]) -> None:
        """The person goes by a longer name, and is found by its endings too."""
        person.words, person.keys, person.shortened = words, keys, True
        self._index(person, person.endings())

    def _index(self, person: _Person, endings: list[str]) -> None:
        for ending in endings:
            if person not in self.by_ending.setdefault(ending, []):
                self.by_ending[ending].append(person)


# One item as resolved: the quote or introduction, its speaker, their role and how it refers to them.
_Resolved = tuple[Found | Introduction, _Person | None, str, str]


@dataclass
class Cast:
    """The people an article quotes, and who is speaking as we read on."""

    people: _People
    first_body_speaker: _Person | None = None  # found when reading starts
    lead_speaker: _Person | None = None  # the person the lead quotes by name, found when reading starts
    lead_person: _Person | None = None  # the person the lead quotes or opens on by name, found when reading starts
    headline_speaker: _Person | None = None  # the headline's ``X: ...`` when the body quotes X by name too, or never names X
    headline_only: bool = False  # the headline's speaker is never named in the body
    body_quoted: bool = False  # someone has been quoted in the body already, as reading goes
    current: tuple[_Person | None, str] = (None, "")
    author: _Person | None = None  # whose document the report last quoted (در پیام X آمده است)
    fields: dict[str, Field] = field(default_factory=dict)  # the article's fields by ``where``, while resolving
    seen: dict[int, int] = field(default_factory=dict)  # id of each person met in reading -> when last met
    interviewee: _Person | None = None  # whom the report interviews: introduced so, who answered its last question, or the headline's
    # what the fields say whatever the mention (heads_named, the names beside an apposition), read once
    # per field and head while resolving: read again for each quote, a long paragraph of quotes took
    # time quadratic in its length (user audit r28, 2a)
    read_once: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_mentions(cls, mentions: list[Mention],
                      full_names: Callable[[tuple[str, ...]], list[Mention]] = lambda words: []) -> "Cast":
        """Everyone named: well-introduced names first, then the rest matched against them.

        ``full_names`` gives the names the article writes in full anywhere
        (title, lead, a sentence that quotes nobody); a speaker called only by
        a surname or a given name takes the one full name that fits it. It is
        called only when some speaker is known by one word, with those words.
        """
        people = _People()
        _roles_before_objects(mentions)
        _titles_written_as_names(mentions)
        named = [m for m in mentions if m.ref == "name" and not m.known_only]
        written = {id(m): m.name_words for m in named}
        strong = [m for m in named if m.strong]
        named_by = _names_by_ending(strong)
        for mention in strong:
            _end_at_another_name(mention, named_by)
        # ``نجف‌نژاد تمرکز نقدینگی ... را`` where نجف‌نژاد is named alone too, not cut short before an object
        named_by = _names_by_ending([m for m in named if not m.object_follows])
        for mention in (m for m in named if not m.strong):
            _end_at_another_name(mention, named_by)
        for mention in sorted(strong, key=lambda m: -len(m.name_keys)):
            if _function_noun(mention.name_keys) is None:  # شرکت برگزارکننده کنسرت X: a body described, no name
                people.add(mention)
        for mention in sorted((m for m in named if not m.strong), key=lambda m: (m.object_follows, -len(m.name_keys))):
            if _trim_to_known_name(people, mention):
                _cut_into_object(mention, written[id(mention)])
                people.add(mention)
            elif _function_noun(mention.name_keys) is None:  # افزایش قیمت‌ها را عامل ... دانست: the subject
                mention.ref, mention.name_words, mention.name_keys = "pronoun", (), ()  # was left out
        named = [m for m in named if m.ref == "name"]
        for mention in named:
            person = people.find(mention.name_keys)
            if person and mention.role and mention.role not in person.roles:
                person.roles.append(mention.role)
            if person and "".join(mention.name_keys) != "".join(person.keys):
                person.shortened = True
                if person.organisation and not mention.organisation and is_given_name(person.keys[0]) \
                        and not is_country(person.keys) and not is_country(mention.name_keys):
                    # پیام صادقیان ... صادقیان گفت: پیام was a given name; not دولت کره جنوبی ... کره جنوبی گفت
                    person.organisation = False
        called = {m.name_keys for m in named if m.called}  # ملیحه as she introduced herself: no longer name to find
        short = [p for p in people.all if len(p.keys) == 1 and not p.organisation and p.keys not in called]
        # علی رضایی and his brother محمد علی رضایی: a name opening with a given name is complete, as
        # is the name an elder is called by (عمو رحیم)
        longer = [p for p in people.all if len(p.keys) > 1 and not p.organisation
                  and (not is_first_name(p.keys[0]) or _joined_surname(p)) and not called_as_kin(p.keys)]
        glued = [person for person in longer if _ends_on_a_noun(person.keys)]
        given_apart = [p for p in people.all if _given_names_apart(p)]
        # پیر موذن may be written پیرموذن in the full name: its words run together are held too
        holding = (tuple(person.keys[0] for person in short + glued) + tuple(person.keys[-1] for person in longer)
                   + tuple("".join(person.keys) for person in longer + given_apart))
        written_in_full = full_names(holding) if holding else []
        strong_names = {mention.name_keys for mention in strong}
        for person in short:
            if not _opens_one_speakers_name(people, person, strong_names):
                _complete_name(people, person, written_in_full)
        for person in glued:
            _drop_the_noun(people, person, written_in_full)
        for person in longer:
            _lengthen_name(people, person, written_in_full)
        for person in given_apart:
            _name_opening_with(people, person, written_in_full)
        return cls(people)

    def resolve_all(self, found: list[Found | Introduction], doc_id: str, fields: dict[str, Field]) -> list[Quote]:
        """Resolve in reading order; a pronoun before any name means the next person named
        (a bare verb in the body, only one its own paragraph names: :func:`_next_speaker`).

        An introduction changes who has the floor, as a quote does, but
        yields no quote; a group (برخی، رسانه‌ها، آنها) quoted in passing does not.
        ``fields`` are the article's fields by ``where``.
        """
        resolved = []
        self.fields = fields
        self.read_once = {}
        for fld in fields.values():
            for name, alias in aliases_given(fld):
                self._alias(name, alias)
        upcoming = self._upcoming_people(found)
        names = _NamesInFields(fields)
        self.first_body_speaker = self._first_body_speaker(found)
        self._title_the_lead_opens_on(found)
        self.lead_speaker = self._first_in_lead(found, quoted=True)
        self.lead_person = self._first_in_lead(found, quoted=False)
        body_named = {id(person) for person in (self._named(item) for item in found
                                                if isinstance(item, Found) and item.where.startswith("body")) if person}
        own_stories = _headlines_in_a_list(found, fields)
        other_subjects = _next_other_subjects(found)
        for n, item in enumerate(found):
            if n in own_stories:
                self.current = (None, "")
            named_next = self._named_after(found, n, other_subjects[n])
            speaker = self._asked_about if item.mention.asked_about else self._speaker
            person, role, ref = speaker(item.mention, named_next)
            if person is None and item.mention.known_only:
                continue  # a label line naming nobody the article knows: a lineup or a heading
            if person is None and not role and ref == "pronoun" and not item.mention.anonymous:
                person = _next_speaker(item, upcoming[n], names) or self._story_subject(item.mention)
            if ref == "pronoun" and person is not None:
                ref = _named_in_its_sentence(item, person, fields[item.where]) or ref
            if person is not None:
                self.seen[id(person)] = n
                if item.mention.interviewee or item.mention.answer or _names_the_interviewee(item, person):
                    self.interviewee = person
                if item.mention.document:
                    self.author = person
                if item.where == "title" and isinstance(item, Found) and _headline_speaker(item, person, body_named, names) \
                        and self.headline_speaker is None:
                    self.headline_speaker, self.headline_only = person, _only_in_headline(person, names)
                self.body_quoted = self.body_quoted or isinstance(item, Found) and item.where.startswith("body")
            if not (item.mention.anonymous or item.mention.aside):  # برخی می‌گویند ... inside someone's sentence: they keep the floor
                self.current = (person, role if person is None else role or self.current[1])
            resolved.append((item, person, role, ref))
        resolved = [self._held_later(entry, resolved[n + 1:]) for n, entry in enumerate(resolved)]
        quoted = [(item.where, item.start, item.end) for item in found if isinstance(item, Found)]
        for person in {id(p): p for _, p, _, _ in resolved if p is not None and p.organisation}.values():
            _name_body_in_full(person, fields, quoted)
        untitled = [p for p in {id(p): p for _, p, _, _ in resolved if p is not None and not p.organisation}.values()
                    if not p.all_titles]
        worded = [(fld, field_words(fld.folded, len(fld.folded))) for fld in fields.values()] if untitled else []
        for person in untitled:
            _role_beside_the_name(person, worded)
            _role_between_commas(person, worded)
            _role_in_a_list_of_people(person, worded)
            _role_in_a_relative_clause(person, worded)
            _role_in_the_next_sentence(person, worded, quoted)
        quotes = []
        spoken = [(said.where, said.start, said.end, by) for said, by, _, _ in resolved if isinstance(said, Found)]
        for item, person, role, ref in resolved:
            if isinstance(item, Introduction):
                continue
            role = standard_spelling(_body_in_full(_shown_role(role, person), person, fields, item, spoken))
            speaker = standard_spelling(person.name) if person else None
            kind = "unnamed" if person is None else "organisation" if person.organisation else "person"
            start = _claim_start(item, fields[item.where].text)
            quotes.append(Quote(doc_id, item.where, start, item.end, item.kind, item.cue,
                                fields[item.where].text[start:item.end] if start != item.start else item.text,
                                speaker, role or None, ref, kind))
        return quotes

    def _alias(self, name: Mention, alias: tuple[str, ...]) -> None:
        """The person the article quotes by another name it says someone goes by (شیمبا of لوسیانو
        پریرا ملقب به شیمبا; its longest first words that name someone) is that someone: merged
        into them when the full name is quoted too, else called by the full name."""
        bare = alias[leading_honorifics(alias):]  # «آقا معلم»: quoted as معلم, the honorific read apart
        nick = next((p for called in (alias, bare) for length in range(len(called), 0, -1)
                     if (p := self.people.find(called[:length]))), None)
        if nick is None or nick.organisation or len(nick.keys) > len(alias):
            return
        full = self.people.find(name.name_keys)
        if full is not None and full is not nick and not full.organisation:
            self.people.merge(nick, into=full)
        elif full is None:
            self.people.rename(nick, name.name_words, name.name_keys)

    def _held_later(self, entry: _Resolved, later: list[_Resolved]) -> _Resolved:
        """A headline's or lead's title nobody held when it was read (``یک نماینده مجلس گفت``)
        is the one person the article gives it, or calls by it, later on (``این نماینده مجلس``
        after سعید ملکی‌نژاد ...). Nobody so called, in an interview it is the one who answers its
        questions (``استاد جامعه‌شناسی: ...`` over the answers of the دکتر X, عضو هیئت علمی ...
        the body introduces): the headline and the lead tell what the interview is about."""
        item, person, role, ref = entry
        if person is not None or ref != "title" or not role or item.where not in ("title", "lead") \
                or item.mention.anonymous:
            return entry
        wanted = role_key(role)
        holders = {id(p): p for p in self._holders(role)}
        holders.update({id(p): p for other, p, _, other_ref in later if p is not None and not p.organisation
                        and other_ref == "title" and _roles_match(wanted, role_key(other.mention.role))})
        if not holders:
            holders = {id(p): p for other, p, _, _ in later if p is not None and other.mention.answer}
        return (item, *holders.values(), role, ref) if len(holders) == 1 else entry

    def _named_after(self, found: list[Found | Introduction], n: int, other: int) -> _Person | None:
        """The person the item after the n-th names, past items of the same subject (``X نیز
        با اشاره به اینکه CLAIM، افزود: QUOTE`` is two quotes of one title; ``other`` is the index of
        the first item of another, _next_other_subjects); only within
        NAMED_NEXT_PARAGRAPHS paragraphs: further on (a news roundup's next story) it is someone else."""
        following = found[other] if other < len(found) else None
        if following is None or field_order(following.where) - field_order(found[n].where) > NAMED_NEXT_PARAGRAPHS:
            return None
        return self._named(following)

    def _named(self, item: Found | Introduction) -> _Person | None:
        """The person an item names as a speaker of the report, if it names one (not one told of
        in passing inside another's sentence: the aside)."""
        named = item.mention.ref == "name" and not item.mention.aside
        return self.people.find(item.mention.name_keys) if named else None

    def _first_body_speaker(self, found: list[Found | Introduction]) -> _Person | None:
        """The first person the body quotes, by name or as the ``وی`` after their introduction:
        whom a headline's or lead's title means. Someone the body only introduces (the player a
        story is about) does not speak, and is not given the title of whoever does, unless the
        body quotes nobody (an op-ed's author, introduced in its byline). One given only as one of a
        group (یکی از کارگران) is nobody's headline either, nor is one introduced after the body
        has quoted someone (the first speaker is that one, maybe not named)."""
        introduced, quoted = None, False
        for item, following in zip(found, [*found[1:], None]):
            quoted = quoted or isinstance(item, Found) and item.where.startswith("body")
            person = self._named(item) if item.where.startswith("body") else None
            if person is None or person.organisation or _one_of_many(person):
                continue
            if isinstance(item, Found):
                return person
            if quoted:  # introduced after the body quoted someone (whom the report then interviewed): not the first
                continue
            if isinstance(following, Found) and following.mention.ref == "pronoun" and not following.mention.anonymous:
                return person
            introduced = introduced or person
        return None if any(isinstance(item, Found) and item.where.startswith("body") for item in found) else introduced

    def _first_in_lead(self, found: list[Found | Introduction], quoted: bool) -> _Person | None:
        """The first person the lead quotes by name, or (``quoted`` False) quotes or opens on.

        The one quoted is whom a headline's title means (lead_speaker). The one quoted or opened
        on (``X، ROLE، در گفت‌وگو با ما به پرسش‌ها پاسخ داد``، ``X می‌گوید ...``) is whom a printed
        interview's answers are given to when the body never says whom the report talked with
        (lead_person): its opening paragraphs set the scene with others' words or names (a
        passer-by quoted, the player the interview is about), and the answers are not theirs."""
        return next((person for person in (self._named(item) for item in found if item.where == "lead"
                                           and (isinstance(item, Found) or not quoted))
                     if person is not None and not person.organisation), None)

    def _title_the_lead_opens_on(self, found: list[Found | Introduction]) -> None:
        """A lead that quotes nobody but opens on a title (``معاون ... بهزیستی و رئیس پلیس ... در
        نشستی ... تشریح کردند``) introduces the body's first speaker, when the body names them with
        no title: its first office is theirs, and a later ``معاون ... بهزیستی گفت`` is them."""
        lead, speaker = self.fields.get("lead"), self.first_body_speaker
        if lead is None or speaker is None or speaker.all_titles \
                or any(isinstance(item, Found) and item.where == "lead" for item in found):
            return
        title = _first_office(opening_title(lead))
        if title:
            _titled(speaker, title)

    def _upcoming_people(self, found: list[Found | Introduction]) -> list[_Person | None]:
        """For each item, the person the next name after it refers to."""
        upcoming: list[_Person | None] = [None] * len(found)
        for n in range(len(found) - 2, -1, -1):
            upcoming[n] = self._named(found[n + 1]) or upcoming[n + 1]
        return upcoming

    def _speaker(self, mention: Mention, named_next: _Person | None) -> tuple[_Person | None, str, str]:
        """(person, role, ref) for one mention, given who is speaking now."""
        current, current_role = self.current
        if mention.anonymous:
            return None, mention.role, mention.ref
        if mention.document and mention.ref == "pronoun" and not mention.role:
            issuer = self._issued_the_field_before(mention)
            if issuer is not None:
                return issuer, "", "pronoun"
        if mention.document and mention.ref != "name" and self.author is not None:
            return self.author, "", mention.ref  # در ادامه این پیام آمده است: its author, whoever it quoted
        if mention.bare:
            return self._organisation_called(mention), mention.role, "title"
        interviewee = self.interviewee or self.lead_person
        if mention.ref == "pronoun" and mention.answer and interviewee is not None:
            return interviewee, "", "pronoun"  # an answer: the one asked, whoever the report quoted since
        if mention.ref == "pronoun":
            if mention.personal and current is not None and current.organisation:
                # وی after a statement: the person before it, met or named in full just before
                current = self._last_met(organisation=False) or self._written_before(mention.where) or current
            return current, "" if current else current_role, "pronoun"
        if mention.ref == "name" and _function_noun(mention.name_keys) is not None:
            body = self._body_by_function(mention)
            if body is not None:
                return body, "", "title"
            if self.people.find(mention.name_keys) is None:  # no body so described: the words were
                mention = dataclasses.replace(mention, ref="pronoun", name_words=(), name_keys=())  # the object's
        if mention.ref == "name":
            person = self.people.find(mention.name_keys, prefer=current, seen=self.seen)
            ref = "name" if person is None or person.called_by_name(mention.name_keys) else "surname"
            return person, mention.role, "pronoun" if mention.recalled else "title" if mention.anaphoric else ref
        if mention.anaphoric and mention.organisation:  # این روزنامه افزود: the organisation met last
            return self._organisation_called(mention), mention.role, "title"
        if mention.anaphoric and not mention.role and current is not None and current.organisation:
            return current, "", "title"  # «این» whose noun the object took (این روزنامه دولت را ...): no person named
        if mention.anaphoric and current is not None and current.organisation:
            person = self._last_met(organisation=False)  # این منبع after a paper quoting one: not the paper
            return person, "" if person else mention.role, "title"
        if mention.anaphoric:
            return current, "" if current else current_role, "title"
        if mention.label:
            return self._labelled(mention)
        if mention.indefinite and mention.where.startswith("body") and not self._holders(mention.role):
            # یک کارشناس: someone new, unless so called before
            return self._the_one_so_titled(mention), mention.role, "title"
        return self._by_role(mention, named_next)

    def _the_one_so_titled(self, mention: Mention) -> _Person | None:
        """The one person the article gives an office of the title's relation (سخنگوی، وکیل، مشاور),
        for a title whose words after that head were read as the person it serves (سخنگوی حماس،
        سخنگوی سرخپوشان، سخنگوی دستگاه قضا: someone new). Reporters call the body a spokesman speaks
        for by its nickname, its short or its formal name in turn, never the office: the
        سخنگوی باشگاه پارس سرخ quoted before is the سخنگوی سرخپوشان. None when the title is said to
        speak too (نیز), or when nobody, or more than one, holds such an office."""
        wanted = role_key(mention.role)
        head = next((head for head in RELATION_OFFICE_KEYS if wanted[:len(head)] == head), None)
        if head is None or not mention.serves or mention.also:
            return None
        holders = [p for p in self.people.all if not p.organisation
                   and any(role_key(title)[:len(head)] == head for title in p.all_titles)]
        return holders[0] if len(holders) == 1 else None

    def _body_by_function(self, mention: Mention) -> _Person | None:
        """``برگزارکننده ... اعلام کرد``، ``شرکت برگزارکننده کنسرت X اعلام کرد``: words that call a body
        by its part in the story (BODY_FUNCTION_NOUNS), read as a name, mean the organisation the
        article sets that word beside (``شرکت نغمه‌آرای شرق، برگزارکننده این کنسرت،``); None when
        the words open on no such noun or no named body is so described."""
        function = _function_noun(mention.name_keys)
        if function is None:
            return None
        return next((p for p in self.people.all if p.organisation and _function_noun(p.keys) is None
                     and any(_described_as(f, p, function) for f in self.fields.values())), None)

    def _labelled(self, mention: Mention) -> tuple[_Person | None, str, str]:
        """A role's label line (``سرمربی استقلال: ...``): the speaker of the moment when the title is
        theirs, else the one the article titled so (met last first), else the one named beside a
        title pointing back to the story, else nobody named; an answer to a question, failing all
        these, goes as any title does (_by_role: the interview's frame). Never a newcomer named next
        when asked nothing: a label gives the role alone, and in an interview or a roundup the next
        name is often someone the speaker talks about."""
        wanted = role_key(mention.role)
        current = _a_person(self.current[0])
        if current is not None and _holds(wanted, current):
            return current, mention.role, "title"
        holders = self._holders(mention.role)
        met = [p for p in holders if id(p) in self.seen]
        if met or holders:
            return (max(met, key=lambda p: self.seen[id(p)]) if met else holders[0]), mention.role, "title"
        beside = self._written_beside(mention.role, fits=_label_of)
        if beside is None and mention.answer:
            return self._by_role(mention, None)  # an answer: whoever the interview's frame gives it
        return beside, mention.role, "title"

    def _asked_about(self, mention: Mention, named_next: _Person | None) -> tuple[_Person | None, str, str]:
        """Whom a reporter's question reports (``مدیرعامل گفته است ... پاسخ شما چیست؟``): anyone but
        the interviewee, who has the floor: the mention is read as if nobody had it, and an office
        that still comes back to the one asked, by the surname the question addresses them by
        (``آقای X، استاندار ... گفته بود``) or as a title that is not theirs (``استاندار کرمان گفته
        بود ...`` put to the مدیرکل محیط زیست, the one person the article names), is someone the
        article does not name."""
        floor, self.current = self.current, (None, "")
        person, role, ref = self._speaker(mention, named_next)
        self.current = floor
        if person is not None and mention.role and any(person is asked for asked in (floor[0], self.interviewee)) \
                and (ref == "surname" or ref == "title" and _titled_otherwise(role_key(mention.role), person)):
            return None, mention.role, "title"
        return person, role, ref

    def _written_before(self, where: str) -> _Person | None:
        """The one person the paragraph before a body field names in full, opening as a name
        does (an organisation's statement quoting ``جان نگروپونته، رئیس ...``, then ``وی
        افزود``): an organisation is never وی. None when it names nobody, or several."""
        if not where.startswith("body:") or where == "body:0":
            return None
        before = self.fields.get(f"body:{int(where.split(':')[1]) - 1}")
        if before is None:
            return None
        words = {word_key(word) for word in WORD.findall(before.folded)}
        named = {mention.name_keys: mention for mention in names_in_full(before, words) if mention.strong}
        return self.people.add(next(iter(named.values()))) if len(named) == 1 else None

    def _story_subject(self, mention: Mention) -> _Person | None:
        """Whom a ``وی``/``او`` means when nobody has had the floor and nobody is named after it
        (``جایزه به X رسید. ... وی پس از دریافت جایزه گفت``): the one person the headline
        (title and lead) names in full, the story's subject. None when it names nobody, or several."""
        if not mention.personal:
            return None
        named = {}
        for where in ("title", "lead"):
            headline = self.fields.get(where)
            if headline is not None:
                words = {word_key(word) for word in WORD.findall(headline.folded)}
                named.update({m.name_keys: m for m in names_in_full(headline, words) if m.strong and not m.organisation})
        return self.people.add(next(iter(named.values()))) if len(named) == 1 else None

    def _headline_speakers_floor(self, mention: Mention, current: _Person | None, named_next: _Person | None) -> bool:
        """Is a body title that nobody holds the headline's speaker's, under another title
        (``نسرین آذرخش: ...``, the lead's رئیس کمیته ..., then ``معاون استاندار ... گفت``)? Only
        when the headline names them and the body never does (so it can call them only by a title
        or a pronoun), they have the floor, the body has quoted nobody yet, and neither someone new
        is named next nor is the title said to speak too (``نیز``: someone besides). A body the lead
        quotes in between (``ستاد ... اعلام کرد``) takes no floor from them: no person has it since,
        and the body's first title is the one the headline named (its official)."""
        floor = self.current[0]
        return (self.headline_only and self.headline_speaker is not None
                and (current is self.headline_speaker or current is None and floor is not None and floor.organisation)
                and mention.where.startswith("body") and not self.body_quoted and not mention.also
                and (named_next is None or named_next is self.headline_speaker))

    def _issued_the_field_before(self, mention: Mention) -> _Person | None:
        """«در این بیانیه آمده است» whose own paragraph names no issuer: whoever the paragraph just
        before told issued an unnamed document (X بیانیه‌ای صادر کرد. | در این بیانیه آمده است), as
        document_issued_before reads it inside one paragraph. Agencies end a paragraph on the
        issuing and open the next on the document's words; whoever the report quoted last, or
        whose document it quoted earlier, did not write this one."""
        order = field_order(mention.where) if mention.where in self.fields else -1
        before = next((f for f in self.fields.values() if field_order(f.where) == order - 1), None)
        issuer = document_issued_before(before, len(before.folded)) if before is not None else None
        return self.people.add(issuer) if issuer is not None else None

    def _holders(self, role: str) -> list[_Person]:
        """The people (not organisations) the article has given this title written alike, else
        shortened (معاون وزیر رفاه of معاون امور رفاه وزیر تعاون کار: _holds). Alike comes first:
        مدیرکل تامین اجتماعی استان is the مدیرکل تامین اجتماعی استان اصفهان's, not that of the مدیرکل
        درمان تامین اجتماعی beside them, who holds it only with a word left out."""
        wanted = role_key(role)
        people = [p for p in self.people.all if not p.organisation]
        return [p for p in people if _holds(wanted, p, shortened=False)] or [p for p in people if _holds(wanted, p)]

    def _organisation_called(self, mention: Mention) -> _Person | None:
        """The organisation a kind of body refers to (این روزنامه، سازمان): the one met last whose
        name opens on that word, else, after a demonstrative only, the one met last: a bare
        ``سازمان`` is no paper the report quoted in between."""
        head = role_key(mention.role)[:1]
        kind = _kind_called(head)
        met = [p for p in self.people.all if p.organisation and id(p) in self.seen
               and (kind is None or _role_stem((kind,)) in _kinds(p.keys))]
        if met:
            return max(met, key=lambda p: self.seen[id(p)])
        return None if mention.bare else self._last_met(organisation=True) or self._named_before(mention, head)

    def _named_before(self, mention: Mention, head: tuple[str, ...]) -> _Person | None:
        """The organisation of that kind the article last names in full before the reference
        (``بنا بر خبر سایت فدراسیون کشتی، این فدراسیون اعلام کرد``), though no quote had it speak;
        of any kind for a word that names none (این نهاد)."""
        if not head or mention.document or mention.where not in self.fields:
            return None  # این گزارش: a document speaks for its author, not for the last one of its kind
        kind = _kind_called(head)
        own = self.fields[mention.where]
        at = own.folded.find(f"{DEMONSTRATIVE} {fold_letters(mention.role)}")
        fields = sorted((f for f in self.fields.values() if field_order(f.where) < field_order(mention.where)),
                        key=lambda f: field_order(f.where))
        named = [m for f in fields for m in organisations_named(f, kind)]
        named += organisations_named(own, kind, at if at >= 0 else None)
        return self.people.add(named[-1]) if named else None

    def _last_met(self, organisation: bool) -> _Person | None:
        """The person, or the organisation, met last in reading, if any."""
        met = [p for p in self.people.all if p.organisation == organisation and id(p) in self.seen]
        return max(met, key=lambda p: self.seen[id(p)]) if met else None

    def _by_role(self, mention: Mention, named_next: _Person | None) -> tuple[_Person | None, str, str]:
        """A title: the person the article has given that title, else the one its narration says
        heads what the title names (_said_to_head: ``با هدایت X``، ``به ریاست X``), else a newcomer named next, else
        the one person the article names with it beside the name (_written_beside), else the
        speaker of the moment.

        Among those holding the title, the ones already met come first (the
        speaker keeps the floor, else the one met last); a holder the article
        names only further on is taken only when nobody nearer fits (and never
        when the next name is the speaker's own).
        Headlines and leads give the title of the article's main speaker: the
        person a ``X: ...`` headline quotes when the body quotes X by name too,
        else (for the headline) the person the lead quotes by name, else the first
        person the body quotes. A title said to speak too (``رئیس ... نیز گفت``) is someone
        besides the speaker of the moment, even one like theirs (معاون فنی / معاون خدمات شهری ... نیز
        گفت) when someone new is named next, or when it is another office than
        any of theirs (_holds). A newcomer named next is not taken when the
        article gives them another title (the ambassador's words come after the
        president's title).
        """
        wanted = role_key(mention.role)
        current = _outside(_a_person(self.current[0]), wanted)
        if current is not None and (_kin_of_another(wanted, current) or _office_of_another_body(wanted, current)):
            current = None
        named_next = _outside(_a_person(named_next), wanted)
        holders = [p for p in self._holders(mention.role) if _outside(p, wanted)]
        met = [p for p in holders if id(p) in self.seen]
        if met:
            chosen = current if any(p is current for p in met) else max(met, key=lambda p: self.seen[id(p)])
            if mention.where == "lead":
                _called_in_the_lead(chosen, mention.role)
            return chosen, mention.role, "title"
        headed = None if holders else self._said_to_head(mention.role)
        if headed is not None:
            return _titled(headed, mention.role), mention.role, "title"
        lead_speaker = self.lead_speaker if mention.where == "title" else None  # a headline's title only
        main = _outside(_a_person(self.headline_speaker or lead_speaker or self.first_body_speaker), wanted)
        if mention.where in ("title", "lead") and (holders or main):
            return _titled(holders[0] if holders else main, mention.role), mention.role, "title"
        if self._headline_speakers_floor(mention, current, named_next):
            return _titled(self.headline_speaker, mention.role), mention.role, "title"
        newcomer = (named_next is not None and id(named_next) not in self.seen
                    and (not named_next.all_titles or _shares_words(wanted, named_next.all_titles)
                         or _seat_and_office_of_one_house(wanted, named_next.all_titles)
                         and not (current is not None and _seat_and_office_of_one_house(wanted, current.all_titles)))
                    and not _another_rank(wanted, named_next))
        if current is not None and (named_next is current or (_same_head(wanted, current.all_titles)
                                                              or _second_office_of(mention.role, current))
                                    and not (mention.also and (newcomer or not _holds(wanted, current)))
                                    or mention.going_on and (not current.roles or _shares_words(wanted, current.all_titles))):
            return _titled(current, mention.role), mention.role, "title"  # named again next: the title is theirs
        if newcomer:
            return _titled(named_next, mention.role), mention.role, "title"
        # one the article names with this very title outranks a guess from who spoke last or alone
        beside = self._written_beside(mention.role)
        if beside is not None:
            return _titled(beside, mention.role), mention.role, "title"
        # the speaker of the moment, unless the article titled them otherwise (یک اقتصاددان: ... then سخنگوی دولت گفت)
        if current is not None and not mention.also and (not current.all_titles or _fits_the_speaker(mention.role, current)
                                                          or _seat_and_office_of_one_house(wanted, current.all_titles)) \
                and not _another_rank(wanted, current):
            return _titled_if_untitled(current, mention), mention.role, "title"
        if holders:
            return holders[0], mention.role, "title"
        only = _outside(self.people.all[0], wanted) if len(self.people.all) == 1 else None
        if only and not only.organisation and not mention.also and not _kin_of_another(wanted, only) \
                and not _office_of_another_body(wanted, only) and not _another_rank(wanted, only):
            return only, mention.role, "title"  # not when said to speak too: سخنگوی وزارت هم گفت
        return None, mention.role, "title"

    def _said_to_head(self, role: str) -> _Person | None:
        """The one person the article says heads what a title nobody holds names (``تیم ملی کشتی
        آزاد با هدایت X`` for a سرمربی تیم ملی کشتی آزاد، ``جلسه شورای شهر ... به ریاست X`` for a
        رئیس شورا): the narration gives the office, though no quote or apposition does, and says
        more than whoever the body quotes first or last. Only where what they head holds the office's
        last word (the team's or the body's own name, not its kind: حزب لیکود is no حزب آبی‌وسفید),
        so another team's coach or another party's head is not taken;
        None for a bare head, or when more than one is so named."""
        wanted = role_key(role)
        office = _office_stems(wanted)[1:]
        if not office:
            return None
        named = {m.name_keys: m for fld in self.fields.values() for m, headed in self._once(heads_named, fld, wanted[0])
                 if office[-1] in {_word_stem(key) for key in headed}}
        return _a_person(self.people.add(next(iter(named.values())))) if len(named) == 1 else None

    def _written_beside(self, role: str, fits: Callable[[tuple[str, ...], tuple[str, ...]], bool] | None = None) -> _Person | None:
        """The one person the article names in full with this title set beside the name by a comma
        (``X، نایب رئیس شورا،`` second in a lead that quotes nobody, ``سرپرست بیمارستان، دکتر X،``
        in a sentence that quotes nobody): the title is theirs though no quote or opening line gave
        it them. None when nobody, or more than one, is so named. ``fits`` (the title wanted, the
        title written, or the words set beside the name when no role was read there) says which
        titles count, with any given name (_opens_as_given_name), the role read or the words as written
        (the role drops the demonstrative a title pointing back to the story keeps: سرمربی ۳۱ ساله این
        تیم); by default the same title (_roles_match) beside a name that opens as a full name does."""
        wanted = role_key(role)
        if not wanted:
            return None
        named = {}
        for fld in self.fields.values():
            for found, name, words in self._once(_names_beside_titles, fld, wanted[0]):
                if fits is None:
                    beside = opens_name(name) and _roles_match(wanted, role_key(found.role))
                else:
                    beside = (opens_name(name) or _opens_as_given_name(name[0].key)) \
                        and any(fits(wanted, title) for title in (role_key(found.role), _title_after(name, words)) if title)
                if beside:
                    named[found.name_keys] = found
        return _a_person(self.people.add(next(iter(named.values())))) if len(named) == 1 else None

    def _once(self, reader: Callable[[Field, str], list], fld: Field, head: str) -> list:
        """What ``reader`` reads in the field for this head, read once while resolving (read_once)."""
        key = (reader.__name__, fld.where, head)
        if key not in self.read_once:
            self.read_once[key] = reader(fld, head)
        return self.read_once[key]


def _next_other_subjects(found: list[Found | Introduction]) -> list[int]:
    """For each item, the index of the first item after it of another subject (where, ref, role),
    len(found) when none: found in one pass from the end, where looking ahead from each item took
    time quadratic in a long paragraph of one speaker's quotes (user audit r28, 2a)."""
    keys = [(item.where, item.mention.ref, item.mention.role) for item in found]
    other = [len(found)] * len(found)
    for n in range(len(found) - 2, -1, -1):
        other[n] = n + 1 if keys[n + 1] != keys[n] else other[n + 1]
    return other


def _names_beside_titles(fld: Field, head: str) -> list[tuple[Mention, list[Word], list[Word]]]:
    """Each name the field sets beside a title of this first word by a comma (_appositions), as
    (the subject read, the name's words, the clause's words): what _written_beside weighs."""
    found_names = []
    for start, end in _appositions(fld.folded, head):
        words = clause_words(fld.folded, start, end)
        found, _ = subject(fld, words)
        name = _name_beside_the_comma(found.name_keys, words) if found.ref == "name" else []
        if name:
            found_names.append((found, name, words))
    return found_names


def _function_noun(keys: tuple[str, ...]) -> str | None:
    """The noun of a body's part in the story (برگزارکننده) the words open on, alone or after the
    kind of body (شرکت برگزارکننده ...), run together; None when they open on none."""
    for start in (0, 1):
        if start and (not keys or keys[0] not in ORGANISATION_LEXICON.phrases):
            break  # ``شرکت برگزارکننده ...``: only after the kind of body
        for size in range(MAX_BODY_FUNCTION_WORDS, 0, -1):
            joined = "".join(keys[start:start + size])
            if len(keys) >= start + size and joined in BODY_FUNCTION_NOUNS:
                return joined
    return None


def _described_as(fld: Field, body: _Person, function: str) -> bool:
    """Does the field set the noun of a part in the story beside the body's name, after a comma
    (``X، برگزارکننده این کنسرت``)?"""
    name = fold_letters(body.name)
    for at in occurrences(fld.folded, name):
        words = clause_words(fld.folded, at + len(name), min(len(fld.folded), at + len(name) + APPOSITION_NAME_WINDOW))
        after_comma = tuple(w.key for w in words[1:1 + MAX_BODY_FUNCTION_WORDS])
        if len(words) > 1 and words[0].key == "," and _function_noun(after_comma) == function:
            return True
    return False


def _headlines_in_a_list(found: list[Found | Introduction], fields: dict[str, Field]) -> set[int]:
    """In an article that is a list (a press review's headlines, ``- وزیر ... گفت: ...`` one after
    another), the items (by number in ``found``) that open a bulleted paragraph naming their own
    speaker (``- سخنگوی دولت اعلام کرد: ...``): each such paragraph is a story of its own, where
    whoever spoke in the one before has no floor. A paragraph that goes on without a subject (a
    speaker's points, ``- دقیقه ۲۵: ...``) is still theirs."""
    listed = _listed_paragraphs(fields)
    return {n for n, item in enumerate(found)
            if item.where in listed and item.mention.ref != "pronoun" and (n == 0 or found[n - 1].where != item.where)}


def _listed_paragraphs(fields: dict[str, Field]) -> set[str]:
    """The body paragraphs opening on a bullet, when MIN_LIST_SHARE of the body's MIN_LIST_ITEMS
    paragraphs or more do (the article is a list); none otherwise."""
    body = {where: field.text.strip() for where, field in fields.items()
            if where.startswith("body:") and field.text.strip()}
    listed = {where for where, text in body.items() if text.startswith(BULLETS)}
    return listed if len(body) >= MIN_LIST_ITEMS and len(listed) >= MIN_LIST_SHARE * len(body) else set()


class _NamesInFields:
    """Where each field first writes each run of words (up to MAX_PHRASE_WORDS), run
    together: (offset, word number). Worked out once per field, when first asked, so asking
    for every quote of a long paragraph stays linear."""

    def __init__(self, fields: dict[str, Field]):
        self.fields = fields
        self.first: dict[str, dict[str, tuple[int, int]]] = {}

    def names_before(self, where: str, person: _Person, offset: int) -> bool:
        """Does the field name the person (a surname will do) before ``offset``, or in its
        first OPENING_NAME_WORDS words?"""
        if where not in self.first:
            self.first[where] = _first_runs(self.fields[where])
        runs = self.first[where]
        spellings = (["".join(person.keys), "".join(_bare(person.keys))] if person.organisation
                     else person.endings())
        return any(spelling in runs and (runs[spelling][0] < offset or runs[spelling][1] < OPENING_NAME_WORDS)
                   for spelling in spellings)


def _first_runs(field: Field) -> dict[str, tuple[int, int]]:
    """Each run of up to MAX_PHRASE_WORDS words of the field, run together, with the offset
    and word number where it first starts."""
    words = [(match.start(), word_key(match.group())) for match in WORD.finditer(field.folded)
             if match.group() not in "،,"]
    runs: dict[str, tuple[int, int]] = {}
    for number, (start, _) in enumerate(words):
        for length in range(1, MAX_PHRASE_WORDS + 1):
            if number + length > len(words):
                break
            runs.setdefault("".join(key for _, key in words[number:number + length]), (start, number))
    return runs


def _headline_speaker(item: Found, person: _Person, body_named: set[int], names: _NamesInFields) -> bool:
    """Is the headline's speaker the one the lead's and body's titles mean? A label headline
    (``X: ...``) whose X the body quotes by name too, or a headline naming X, with a verb or
    without (``X خبر داد: ...``), who is never named in the body: there the titles are how the
    story calls X, not the colleague it names further on."""
    if not item.cue:
        return id(person) in body_named or _only_in_headline(person, names)
    return item.mention.ref == "name" and _only_in_headline(person, names)


def _names_the_interviewee(item: Found | Introduction, person: _Person) -> bool:
    """Does the headline quote a person by name (``X: ...``, ``X گفت ...``)? A printed interview
    is headed by its interviewee's words, so the answers after the report's questions are X's
    until the report says whom it talked with, even when the lead or a first paragraph quoted
    someone else (an organisation's statement, a passer-by) or introduced X in a way not read."""
    return item.where == "title" and isinstance(item, Found) and item.mention.ref == "name" and not person.organisation


def _only_in_headline(person: _Person, names: _NamesInFields) -> bool:
    """Is a ``X: ...`` headline's person never named in the body? Then the body's and the lead's
    titles are how the story calls X (``X: ...``, then معاون استاندار ... گفت), not someone it
    names further on; a person the body names without quoting is another matter."""
    body = [where for where in names.fields if where.startswith("body")]
    return not person.organisation and not any(
        names.names_before(where, person, len(names.fields[where].text)) for where in body)


def _next_speaker(item: Found | Introduction, upcoming: _Person | None, names: _NamesInFields) -> _Person | None:
    """Who a pronoun or a bare verb before anyone has the floor means: the next person named.

    A bare verb in the body (``... تصریح کرد: QUOTE`` whose subject went unread) means
    them only when its own paragraph names them before the quote, or opens on their name;
    someone named only further on is whom the report turns to later, not who said this,
    and the quote stays unnamed.
    """
    if upcoming is None or item.mention.personal or not item.where.startswith("body"):
        return upcoming
    return upcoming if names.names_before(item.where, upcoming, item.start) else None


def _shown_role(role: str, person: _Person | None) -> str:
    """The role a quote shows: its sentence's, or the person's first title without one, each as
    the article writes it in full beside the name or, with no role there, in the lead (with
    neither, as a title-only mention gave it to them: _cut_at_its_end), and with
    the team words a sport title may leave out (_team_title_in_full). A role that points back
    into the article (سرمربی این تیم) gives way to the same office named in full (سرمربی
    لیورپول), one the article gave the person opening on the same word."""
    titles = person.all_titles if person else []
    offices = [title for title in person.roles if not _told_by_age(title)] if person else []
    written = (offices or person.lead_titles) if person else []  # an age tells who, not the office in full
    role = _office_over_description(role, titles)
    if not role:
        return _with_the_office_before(_in_full(titles[0], written), titles) if titles else _outlet_kind(person)
    if points_back(role):
        head = role_key(role)[:1]
        return next((title for title in titles if not points_back(title) and role_key(title)[:1] == head), role)
    shown = _in_full(role, written) if written else _cut_at_its_end(role, titles)
    return _place_named(_with_the_office_before(_team_title_in_full(shown, titles), titles), titles)


def _place_named(role: str, titles: list[str]) -> str:
    """A role ending on a bare «استان» or «شهرستان» (مدیرکل بهزیستی استان، رئیس ... شهرستان), as
    a provincial report writes it once the place is named, given as the person's title that names
    the place: after the unit (مدیرکل غله ... استان گلستان) or, for a province, in its stead
    (مدیرکل بهزیستی مازندران). The same office's words before it, none said otherwise: the
    round-24 guide takes the fullest form the article gives of the office."""
    keys = role_key(role)
    if len(keys) < 2 or keys[-1] not in PLACE_UNITS:
        return role
    office = _stems_in_order(keys[:-1])
    return next((title for title in titles if _stems_in_order(role_key(title)[:len(office)]) == office
                 and _names_the_place(keys[-1], role_key(title)[len(office):])), role)


def _names_the_place(unit: str, rest: tuple[str, ...]) -> bool:
    """Are the words after an office the place its bare unit stood for: the unit and its place's
    name (استان گلستان، شهرستان بروجرد), or a province's name alone (مازندران، خراسان رضوی)?"""
    if rest[:1] == (unit,):
        return 0 < len(rest) - 1 <= MAX_PLACE_NAME_WORDS and rest[1] not in PREDICATE_STARTS
    return (unit == PROVINCE_UNIT and 0 < len(rest) <= MAX_PLACE_NAME_WORDS and rest[0] in PROVINCE_NAMES
            and all(word in PLACE_NAME_TAILS for word in rest[1:]))


def _office_over_description(role: str, titles: list[str]) -> str:
    """The person's first office when the role shown would be a description by age (مربی ۵۴ ساله
    ایتالیایی، کشتی‌گیر ۲۴ ساله اهل خرم‌آباد) and the article gives them an office too (the lead's
    سرمربی تیم ملی والیبال): the gold guide's round 24 takes a passing description for a role only
    when the person holds no office. The role as it was otherwise ("" for the first title)."""
    described = role or (titles[0] if titles else "")
    if not _told_by_age(described):
        return role
    return next((title for title in titles if not _told_by_age(title)), role)


def _told_by_age(role: str) -> bool:
    """Does the role describe its holder by age (پیرمرد ۷۰ ساله، سرمربی ۴۷ ساله آذرخش)?"""
    keys = role_key(role)
    return any(unit in AGE_UNITS and (number.isdigit() or non_name_kind(number) == "quantity")
               for number, unit in zip(keys, keys[1:]))


def _outlet_kind(person: _Person | None) -> str:
    """The role of a paper, a site or a broadcaster that speaks, given no title: its kind as its
    name opens (روزنامه of روزنامه مارکا، روزنامه کویتی of روزنامه کویتی القبس، سایت اینترنتی of
    سایت اینترنتی میدل ایست آن لاین), as the news gives it beside the name the way it gives a
    person's office. The head and the nisba adjectives after it, short of the name proper, which
    keeps a word no nisba (روزنامه همشهری، روزنامه جمهوری اسلامی: all of it is the name)."""
    if person is None or not person.organisation or len(person.keys) < 2 or person.keys[0] not in OUTLET_KIND_HEADS:
        return ""
    length = 1
    while _is_nisba(person.keys[length]) and not all(map(_is_nisba, person.keys[length + 1:])):
        length += 1
    return " ".join(person.words[:length])


def _is_nisba(key: str) -> bool:
    """Is the word an adjective of origin or kind on a noun (کویتی، ورزشی، ایتالیایی، اینترنتی)?
    Its stem is a noun or a country; a ی after ا or و is an ezafe (دنیای اقتصاد), not a nisba."""
    if not key.endswith(NISBA):
        return False
    stem = key[:-len(NISBA_AFTER_ALEF)] if key.endswith("ا" + NISBA_AFTER_ALEF) else key[:-len(NISBA)]
    if stem.endswith(("ا", "و")) and not key.endswith(NISBA_AFTER_ALEF):
        return False
    return len(stem) > 1 and (is_lexicon_noun(stem) or stem in COUNTRY_NAMES)


def _with_the_office_before(role: str, titles: list[str]) -> str:
    """A title that is the last of two offices the article gave the person joined by و (مدافع
    باتجربه تیم ملی of کاپیتان و مدافع باتجربه تیم ملی; مدیرکل حراست ... of مشاور وزیر ورزش و
    مدیرکل حراست ...), as a report names both once and the second after: both offices, the
    fuller title they were called by. Only a whole office of its own before the و, of two words
    or more opening on an office's head: a head alone shares the second's complement and the
    report gave it no body (عضو و رئیس کمیته ...: رئیس کمیته ... is the office named), and a
    body's name joined so (فدراسیون فوتبال و سازمان لیگ) is no office of theirs."""
    wanted = _stems_in_order(role_key(role))
    for title in titles:
        keys = role_key(title)
        cut = len(keys) - len(wanted)
        if cut >= 3 and keys[cut - 1] == AND and _opens_office(list(keys[:cut - 1])) \
                and _stems_in_order(keys[cut:]) == wanted:
            return title
    return role


def _body_in_full(role: str, person: _Person | None, fields: dict[str, Field], item: Found,
                  spoken: list[tuple[str, int, int, _Person | None]]) -> str:
    """A role still pointing back to a body at its end (مدیرعامل این بانک، معاون فنی این شرکت)
    after _shown_role, as a report names the body once (in the headline, the lead, a credit line
    or an earlier sentence) and points back to it after: shown with the body's name as the
    article wrote it last before the quote (مدیرعامل بانک ملی استان زنجان). Kept as it is when
    the article names no body of the kind before, or names two of it where it last does (بانک
    ملت و بانک تجارت: which one the sentence means is not told), or when the name's end is not
    clear there (it runs into an object or a verb). Only a named person's: an unnamed speaker's
    description (مسئولان این مرکز، یکی از مددجویان این مرکز) is kept as the sentence words it.
    A body named only inside what someone else says (``spoken``: where, start, end and speaker of
    each quote) is theirs to name, not the reporter's: the role does not point to it."""
    if person is None:
        return role
    words = role.split()
    at = next((n for n, word in enumerate(words) if fold_word(word) == DEMONSTRATIVE), None)
    kind = "".join(fold_word(word) for word in words[at + 1:]) if at is not None else ""
    if kind not in POINTED_BODY_KINDS:
        return role
    others = [(where, start, end) for where, start, end, by in spoken if by is not person]
    named = _bodies_named_before(kind, fields, item, others)
    if not named or len({first for _, first in named[-1]}) > 1 or not named[-1][-1][0]:
        return role
    return " ".join(words[:at] + [named[-1][-1][0]])


def _bodies_named_before(kind: str, fields: dict[str, Field], item: Found,
                         others: list[tuple[str, int, int]]) -> list[list[tuple[str, str]]]:
    """Per field, in reading order up to the quote, the bodies of a kind named there
    (_body_named_at), but for those named inside another speaker's quote."""
    order = list(fields)
    named = []
    for where in order[:order.index(item.where) + 1]:
        fld = fields[where]
        words = field_words(fld.folded, item.start if where == item.where else len(fld.folded))
        quoted = [(start, end) for said_in, start, end in others if said_in == where]
        bodies = [body for n in range(len(words)) if (body := _body_named_at(fld, words, n, kind))
                  and not any(start <= words[n].start < end for start, end in quoted)]
        if bodies:
            named.append(bodies)
    return named


def _body_named_at(fld: Field, words: list[Word], n: int, kind: str) -> tuple[str, str] | None:
    """The body of ``kind`` whose name opens at word n (بانک ملی استان زنجان): its name as written
    ("" when the name runs on with no clear end: into an object's را, a verb, the sentence's end)
    and its first word after the kind, which tells two bodies apart. None when no body opens
    there: another word, the kind alone, one a demonstrative points to (این بانک) or one of a kind
    (یک مرکز اقامتی). A name that reaches its province ends there, whatever follows (سازمان تامین
    اجتماعی استان فارس | بیمه کارگران را ...): a provincial body's name closes on its place, as a
    role before an object does (subjects.past_the_place). A name that runs up to a verb of saying
    ends before it: the sentence names its speaker (رئیس سازمان نظام پزشکی | گفت). A count after
    the name leaves its end unclear: it opens a phrase whose noun may stand before it (باشگاه
    سپاهان اصفهان قرارداد سه بازیکن را ...)."""
    width = next((w for w in (1, 2) if "".join(word.key for word in words[n:n + w]) == kind), 0)
    pointed = n and (words[n - 1].key in DEMONSTRATIVES or words[n - 1].key in INDEFINITE)
    if not width or pointed or n + width == len(words) or _body_name_ends(fld, words, n + width, kind):
        return None
    end = n + width + 1
    while end < len(words) and end - n - width < MAX_POINTED_BODY_WORDS and not _body_name_ends(fld, words, end, kind) \
            and not _closed_by_its_province(words, end):
        end += 1
    if end == n + width + 1 and end < len(words) and _a_verb(words[end].key):
        return None  # سامانه شکایات بانک مراجعه کند: the kind is a compound verb's object, no body named
    if end < len(words) and _closed_by_its_province(words, end):
        return fld.text[words[n].start:words[end - 1].end], words[n + width].key
    if end - 1 > n + width and _a_speech_verb(words, end - 1):
        return fld.text[words[n].start:words[end - 2].end], words[n + width].key  # ... سازمان نظام پزشکی | گفت:
    clear = (end < len(words) and words[end].key != "را" and not _a_verb(words[end].key)
             and not _a_verb(words[end - 1].key)
             and words[end].key not in DEMONSTRATIVES and words[end - 1].key != "و"
             and non_name_kind(words[end].key) not in UNCLEAR_NAME_ENDS
             and end - n - width < MAX_POINTED_BODY_WORDS)
    return fld.text[words[n].start:words[end - 1].end] if clear else "", words[n + width].key


def _closed_by_its_province(words: list[Word], n: int) -> bool:
    """Does word n stand past the province a body's name ends on (اداره کل استاندارد استان
    گلستان | ۲۰ واحد ...)? A province the list knows, so that «استان» with a predicate's noun
    after it (شورای زکات استان اظهار داشت) or a county's two-word name is no end."""
    if not past_the_place(words, n):
        return False
    place = words[n - 1] if words[n - 2].key in PLACE_UNITS else words[n - 2]  # else a tail: خراسان رضوی
    return place.key in PROVINCE_NAMES


def _a_speech_verb(words: list[Word], n: int) -> bool:
    """Does a verb of saying open at word n: one on its own (گفت، افزود) or a noun of saying with
    its light verb (اظهار کرد، تصریح کرد)? The sentence it ends names its speaker, whose title or
    body name ends before it (رئیس سازمان نظام پزشکی گفت:). Not the noun after و, which is a
    name's own (حمل و نقل)."""
    key = words[n].key
    if non_name_kind(key) != "reporting":
        return False
    with_light_verb = n + 1 < len(words) and _a_verb(words[n + 1].key) and words[n - 1].key != "و"
    return is_finite_verb(key) or with_light_verb


def _a_verb(key: str) -> bool:
    """A verb a body's name may run into: a finite one, or a light verb after its noun (مراجعه کند)."""
    return is_finite_verb(key) or key in LIGHT_VERBS_AFTER_NOUN


def _body_name_ends(fld: Field, words: list[Word], n: int, kind: str) -> bool:
    """Does a body's name end before word n? At a comma, a mark between the words (. : «), a
    word no body's name holds (a count, a time, a preposition, a verb: NOT_IN_A_BODY_NAME) or one
    that opens a predicate (نیز، را), or an و that joins another body of the kind (و inside a
    name, آب و فاضلاب، برنامه و بودجه, is the name's)."""
    word = words[n]
    if word.key == "و":
        return n + 1 < len(words) and "".join(w.key for w in words[n + 1:n + 3]).startswith(kind)
    no_name_word = non_name_kind(word.key) in NOT_IN_A_BODY_NAME and word.key not in BODY_NAME_STOP_WORDS
    return (word.key == "," or word.key in PREDICATE_STARTS or no_name_word
            or bool(BODY_NAME_STOPS & set(fld.folded[words[n - 1].end:word.start])))


def _second_office_of(role: str, person: _Person) -> bool:
    """Is the title the second office of one the person was given (امام جمعه ساری of نماینده ولی
    فقیه در استان و امام جمعه ساری)? Then it is theirs as much as the first: a newcomer named next
    (``در بابل نیز X، امام جمعه این شهر، گفت``) holds another of its kind, not this one."""
    return _with_the_office_before(role, person.all_titles) != role


def _cut_at_its_end(role: str, titles: list[str]) -> str:
    """A title a later sentence cuts short at its end, as a report names a club, a body or an
    office in full once and by its first words after (هافبک آبی‌کوه of the lead's هافبک آبی‌کوه
    اصفهان; رئیس سازمان سنجش of رئیس سازمان سنجش آموزش کشور), for someone the article calls by
    titles alone: the fuller title they were called by. Only words left out at the end: a title
    with a word left out inside (رهبر انقلاب of رهبر معظم انقلاب، فرماندار مریوان of فرماندار
    شهرستان مرزی مریوان) is the sentence's own wording, kept."""
    wanted = _stems_in_order(role_key(role))
    return next((title for title in titles if len(keys := role_key(title)) > len(wanted)
                 and _stems_in_order(keys[:len(wanted)]) == wanted), role)


def _called_in_the_lead(person: _Person, title: str) -> None:
    """Keep a lead's title-only mention of someone met before (Person.lead_titles) when it writes
    a title they were called by alone as it stands or more fully (the headline's مدیرکل بهزیستی
    خوزستان, the lead's مدیرکل بهزیستی استان خوزستان) and no role stands beside their name: the
    lead is where an article gives the office in full. Not a reading that runs into a clause
    (… خراسان‌جنوبی بابیان اینکه …): that is no title."""
    if person.roles or title in person.lead_titles or CLAUSE_OPENER.search(title):
        return
    if any(_in_full(held, [title]) == title for held in person.titles):
        person.lead_titles.append(title)


def _in_full(role: str, written: list[str]) -> str:
    """The role as the article writes it beside the name, when the sentence shortens it (معاون
    وزیر of معاون امور رفاه وزیر تعاون کار, مدیرکل بهزیستی of مدیرکل بهزیستی استان زنجان)."""
    wanted = role_key(role)
    return next((title for title in written if len(role_key(title)) > len(wanted)
                 and (_roles_match(wanted, role_key(title)) or _role_shortened(wanted, role_key(title)))), role)


def _team_title_in_full(role: str, titles: list[str]) -> str:
    """A title as the article gives it to the person in full anywhere (beside the name or in a
    title-only lead), when the sentence leaves out words a title may leave out: a sport report's
    team words before the club (مدافع پرسپولیس is the lead's مدافع تیم فوتبال پرسپولیس, مدیرعامل
    پرسپولیس the مدیرعامل باشگاه پرسپولیس) and ROLE_OPTIONAL_WORDS (استاندار استان کرمان). Only
    words left out, none said otherwise (سرپرست باشگاه پرسپولیس is not shown as سرپرست تیم فوتبال
    پرسپولیس)."""
    keys = role_key(role)
    return next((title for title in titles if len(role_key(title)) > len(keys)
                 and _without_team_words(role_key(title)) == _without_team_words(keys)
                 and set(_word_stems(keys)) <= set(_word_stems(role_key(title)))), role)


def _without_team_words(role: tuple[str, ...]) -> str:
    """The role's stem (_role_stem) without the words a sport title may leave out before its club
    (TEAM_NAME_HEADS, TEAM_SPORTS: تیم فوتبال، باشگاه)."""
    return _role_stem(role[:1] + tuple(word for word in role[1:] if word not in _TEAM_WORDS))


def _titles_written_as_names(mentions: list[Mention]) -> None:
    """``یک دیپلمات پرتغالی گفت ... . دیپلمات پرتغالی افزود``: a weak name whose words are a
    title the article gave someone (one letter off: دیپلمات پرتقالی after دیپلمات پرتغالی) is that
    title again, not a person's name."""
    titles = {role_key(m.role) for m in mentions if m.role}
    for mention in mentions:
        if mention.ref == "name" and not mention.strong and not mention.organisation and any(
                mention.name_keys == title or _one_typo_apart(mention.name_keys, title) for title in titles):
            mention.ref, mention.role = "title", " ".join(mention.name_words)
            mention.name_words, mention.name_keys = (), ()


def _roles_before_objects(mentions: list[Mention]) -> None:
    """``مسئول شبکه بهداشت شهرستان انار آنفلوآنزا، سرخک و کزاز را ... برشمرد``: a judge's role
    before the object may have run into it, with a name or without. It ends where the longest
    role (of two words or more) the article gives elsewhere that opens it ends, however spaced
    or with استان left out, unless و goes on to a second office there (معاون استاندار و
    فرماندار ...); with none, past the national team it names (سرمربی تیم ملی والیبال | فهرست
    ... را اعلام کرد: subjects.national_team_end), or past the place it names last (رهبر حزب
    اسلامی افغانستان | شایعه ... را تکذیب کرد: subjects.place_end); else it is left whole (where it
    ends is unknown)."""
    known = {_role_stem(role_key(m.role)) for m in mentions if m.role and not m.role_before_object}
    for mention in mentions:
        if not mention.role_before_object or not mention.role:
            continue
        words = mention.role.split()
        keys = [fold_word(word) for word in words]
        length = next((n for n in range(len(words) - 1, MIN_ROLE_WORDS_BEFORE_OBJECT - 1, -1)
                       if _role_stem(role_key(" ".join(words[:n]))) in known and keys[n] != "و"), None)
        if length is None and (team_end := national_team_end(keys)) < len(words):
            length = team_end
        if length is None and (place := place_end(keys)) < len(words):
            length = place
        if length:
            length = _without_object_opener(words, length)
            mention.role, mention.object_words = " ".join(words[:length]).rstrip("،"), " ".join(words[length:])


def _without_object_opener(words: list[str], length: int) -> int:
    """The role's first ``length`` words less those at its end no role is compared by (یکی،
    این): they open the object (امام جمعه بروجرد | یکی از عوامل ... را)."""
    while length > 1 and role_key(" ".join(words[:length - 1])) == role_key(" ".join(words[:length])):
        length -= 1
    return length


def _claim_start(item: Found, text: str) -> int:
    """Where a judgement's claim starts once a role or a name run into its object was cut
    (_roles_before_objects, _cut_into_object): at the words cut off, when nothing but words
    stands between them and the claim (``مسئول شبکه بهداشت انار | کمبود واکسن را مهم دانست``:
    the claim is ``کمبود واکسن را مهم``; a name may have held only the first of them)."""
    cut = item.mention.object_words
    if not cut:
        return item.start
    start = text.rfind(cut.split()[0], 0, item.start)
    gap = text[start:item.start]
    if start < 0 or not _letters_only(gap).startswith(_letters_only(cut)) or not _only_nouns(gap):
        return item.start
    return start


def _only_nouns(gap: str) -> bool:
    """Do the words hold no clause's end: no punctuation past a list's commas, no (این)که and
    no verb but a participle (توزیع شده، شکل گرفته: adjectives in a noun phrase); ``X فوتبالیست
    گفت که CLAIM``, ``... را لازم شمرد و با اشاره به اینکه CLAIM``: what stands before is no claim's."""
    folded = fold_letters(gap)
    return (not any(ch in NOT_IN_A_NOUN_PHRASE for ch in gap) and not CLAUSE_OPENER.search(folded)
            and not any(is_finite_verb(key) and not is_past_participle(key)
                        for key in (fold_word(word) for word in WORD.findall(folded))))


def _letters_only(text: str) -> str:
    """The text without blanks and the commas of a list, to compare words however spaced."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "\u200c،,")


def _first_office(title: str) -> str:
    """The first of the offices a title lists (معاون ... بهزیستی | ، مدیرکل ... | و رئیس پلیس ...):
    a comma or و before an office's head (OFFICE_LEXICON) opens the next one's."""
    words = title.replace("،", " ، ").split()
    keys = [fold_word(word) for word in words]
    end = next((n for n in range(1, len(keys) - 1) if keys[n] in ("و", "،") and _opens_office(keys[n + 1:])), len(keys))
    return " ".join(words[:end])


def _opens_office(keys: list[str]) -> bool:
    """Do the keys open on an office's head (دبیر، عضو، مدیر کل)?"""
    return any("".join(keys[:length]) in OFFICE_LEXICON.phrases for length in range(1, MAX_PHRASE_WORDS + 1))


def _titled(person: _Person, title: str) -> _Person:
    """The person a title was found to mean, who keeps it: a later title-only reference finds
    them by it (the lead's مدیرعامل ... is the body's first speaker, and so is the next one).
    Titles given to the speaker of the moment only for want of anyone else are not kept."""
    if title and title not in person.all_titles:
        person.titles.append(title)
    return person


def _titled_if_untitled(person: _Person, mention: Mention) -> _Person:
    """The speaker of the moment a title-only quote goes on with (``ویسی گفت: ... . سرمربی
    استقلال خوزستان ... گفت: ...``) keeps the title when the article gives them no other: it
    is how the report says who they are, for their quotes before it and after (a sport
    report names its coach in the headline and gives the post once, further on). Not a title
    read before a judgement's object (``X نامه رئیس جمهور را ... عنوان کرد``): it may be the
    object's words, not the speaker's post."""
    if person.all_titles or mention.role_before_object:
        return person
    return _titled(person, mention.role)


def _outside(person: _Person | None, role: tuple[str, ...]) -> _Person | None:
    """The person, or None when the title names them after an organisation or a relation
    (سخنگوی وزارت خارجه کره شمالی is not کره شمالی, مشاور رضایی not رضایی): nobody holds a
    title that makes them its owner. Not a name after a description (منبع کاتالانی اسپورت:
    the source is اسپورت)."""
    if person is None:
        return None
    n = len(person.keys)
    owned = any(role[k:k + n] == person.keys and any(map(_owning_head, role[:k])) for k in range(len(role) - n + 1))
    return None if owned else person


def _owning_head(key: str) -> bool:
    """An organisation's head (وزارت، باشگاه) or a relation's (مشاور، همسر): a name after it owns the title."""
    return key in ORGANISATION_LEXICON.phrases or key in RELATION_LEXICON.phrases


def is_country(keys: tuple[str, ...]) -> bool:
    """Do the keys name a state (ایران، کره شمالی، مسکو)? It speaks as a body does, not as a person."""
    return "".join(keys) in COUNTRY_NAMES


def _a_person(person: _Person | None) -> _Person | None:
    """The person, or None for an organisation: a title is never an organisation's."""
    return None if person is None or person.organisation else person


def _bare(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A name's keys without a glued honorific (سیدمحمد خاتمی → محمد خاتمی): one person."""
    return (drop_glued_honorific(keys[0]),) + keys[1:] if keys else keys


def _opens_one_speakers_name(people: _People, person: _Person, strong_names: set[tuple[str, ...]]) -> bool:
    """``ماهاتیر ... اضافه کرد`` where the article names «ماهاتیر محمد» as a speaker: one word
    that opens the full name of exactly one person named so (a given name alone, as a foreign
    leader is called) is that person, rather than any longer name the article merely writes.
    Only a name that came ``strong`` (``یزدانجو رمان ... را``, a surname run on into a noun, is not),
    and not a Persian given name (مهدی، حسن): news call Iranians by surname, and which مهدی is
    meant turns on how the article's other names were read."""
    if is_first_name(person.keys[0]):
        return False
    fits = [p for p in people.all if len(p.keys) > 1 and not p.organisation
            and p.keys[0] == person.keys[0] and p.keys in strong_names]
    if len(fits) != 1:
        return False
    people.merge(person, into=fits[0])
    return True


def _joined_surname(person: _Person) -> bool:
    """``صالح‌نیا``، ``حسن‌زاده``: a given name joined by ZWNJ to a surname's closing half (نیا، زاده،
    پور) is one surname so written, not a given name and a surname, so the article may give the
    full name it belongs to elsewhere (بهرام صالح‌نیا)."""
    return (len(person.words) == 2 and person.words[1].startswith("\u200c")
            and person.keys[1] in SURNAME_CLOSING_HALVES)


def _complete_name(people: _People, person: _Person, full_names: list[Mention]) -> None:
    """A person known by one word takes the one longer name the article gives it:
    برانکو → برانکو ایوانکوویچ, جیلونگ → ژانگ جیلونگ, حسینی → جمال‌الدین حسینی.

    The word opens that name only if the name opens like one (خداپرست مدیریت
    پسماند را ... دانست is a surname and an object, though the wide list of given
    names holds خداپرست). A name written in full outside a quote may run on into
    its role (``یدالله جهانبازی داور بازی``): the surname the article uses says
    where it ends. A given name (جلال، جیمز) says no such thing: inside ``تعارف
    سید جلال ...`` it is no surname.
    """
    key = person.keys[0]
    fits: dict[tuple[str, ...], tuple[str, ...]] = {}
    strong: set[tuple[str, ...]] = set()
    for mention in full_names:
        keys, words = mention.name_keys, mention.name_words
        if len(keys) < 2:
            continue
        if _ends_with_run(keys, (key,)) or key == keys[0] and mention.strong:
            fits[keys] = words
        elif key in keys[1:] and not (is_first_name(key) or is_foreign_given_name(key)):
            end = keys.index(key, 1) + 1
            keys, words = keys[:end], words[:end]
            fits[keys] = words
        else:
            continue
        if mention.strong:
            strong.add(keys)
    fits = {keys: words for keys, words in fits.items()  # ماریا گارسیا is a part of خوزه ماریا گارسیا
            if not any(len(other) > len(keys) and other[-len(keys):] == keys for other in fits)}
    _take_the_one_name(people, person, fits if is_first_name(key) else _opening_as_names(fits, strong))


def _opening_as_names(fits: dict[tuple[str, ...], tuple[str, ...]],
                      strong: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``درباره اعزام کهن‌دل`` beside ``سارا کهن‌دل``: a verbal noun the wide list of given names
    also holds (اعزام، دعوت، حمایت، انتخاب) before the surname is no second person. When some
    full names open as names do (strong), only they fit. Not for a given name alone (علی): which
    of the article's many علی it is, the strong opening does not tell."""
    opening = {keys: words for keys, words in fits.items() if keys in strong}
    return opening or fits


def _ends_on_a_noun(keys: tuple[str, ...]) -> bool:
    """Are the keys a word and a noun after it (رستگار تمایلی، رستگار زمانی، رستگار رمان): a
    surname, perhaps, run on into the clause?"""
    return len(keys) == 2 and is_lexicon_noun_or_with_ye(keys[-1])


def _drop_the_noun(people: _People, person: _Person, full_names: list[Mention]) -> None:
    """``رستگار تمایلی به مصاحبه نداشت و تأکید کرد`` where the article writes «کاوه رستگار»
    elsewhere, and never «کاوه رستگار تمایلی» (a name opening as one): the noun is the clause's, the person the one full name
    that ends on the first word (_take_the_one_name)."""
    if any(mention.strong and _holds_run(mention.name_keys, person.keys) for mention in full_names):
        return
    fits = {mention.name_keys: mention.name_words for mention in full_names
            if mention.strong and len(mention.name_keys) > 1 and mention.name_keys[-1] == person.keys[0]}
    _take_the_one_name(people, person, fits)


def _holds_run(keys: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Do the keys hold the run of keys, in a row?"""
    return any(keys[n:n + len(run)] == run for n in range(len(keys) - len(run) + 1))


def _lengthen_name(people: _People, person: _Person, full_names: list[Mention]) -> None:
    """A speaker named with two words or more takes the one longer name, opening as a name
    does, that the article gives elsewhere and that ends with those words: ماریا گارسیا →
    خوزه ماریا گارسیا, آل کثیر → عیسی آل کثیر, پیر موذن → نور الدین پیرموذن."""
    fits = {mention.name_keys: mention.name_words for mention in full_names
            if mention.strong and _ends_with_run(mention.name_keys, person.keys)}
    _take_the_one_name(people, person, fits)


def _given_names_apart(person: _Person) -> bool:
    """Is the person called by given names alone, two or more written apart (محمد رضا، علی اصغر،
    امیر حسین)? One given name is a compound so written, and story and interview call the
    speaker so after the full name (محمدرضا علی اکبری): no surname follows it."""
    return len(person.keys) > 1 and not person.organisation and all(is_first_name(key) for key in person.keys)


def _name_opening_with(people: _People, person: _Person, full_names: list[Mention]) -> None:
    """A person called by given names written apart takes the one longer name, opening as a
    name does, that the article gives elsewhere with those names joined into its first word:
    محمد رضا → محمدرضا علی اکبری, محمد علی → محمدعلی رضایی. Written apart there too, they may
    be a given name and a surname (حمیده عباسعلی), and the longer name a run-on; two given names
    that run together seldom open a surname (علی پروین، مجید صالح), so only the joined first
    word with a surname after it fits."""
    joined = "".join(person.keys)
    fits = {mention.name_keys: mention.name_words for mention in full_names
            if mention.strong and len(mention.name_keys) > 1 and mention.name_keys[0] == joined}
    _take_the_one_name(people, person, fits)


def _ends_with_run(keys: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Do the keys end, after a first word at least, with the run's words, spaces aside? A
    name part may be written in one word or two (پیرموذن / پیر موذن, عبدالحسین / عبد الحسین)."""
    joined = "".join(run)
    return any("".join(keys[n:]) == joined for n in range(1, len(keys)))


def _take_the_one_name(people: _People, person: _Person, fits: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    """When exactly one longer name fits, the person goes by it, and is found by its endings too."""
    if len(fits) != 1:
        return
    ((keys, words),) = fits.items()
    people.rename(person, words, keys)


def _trim_to_known_name(people: _People, mention: Mention) -> bool:
    """``کوشکی فرهنگ بسیجی را ...``: keep the words that name someone known; False when
    they name nobody.

    A weakly-introduced name may run into the rest of the clause; its longest
    first words that answer to a known person are the name. Before an object
    (``را``) the words name nobody unless their first word is someone known
    (one letter off included): a subject left out leaves the object first. Failing
    that, a word before a known name is no part of it: a conjunction that is also a
    given name (``ولی ده روسی که ...`` after دنیله ده روسی), a noun (``حذف لیلا رجبی``).
    """
    if not mention.name_keys:  # read once already and found to name nobody (a document's author met twice)
        return False
    _lengthen_before_object(people, mention)
    for length in range(len(mention.name_keys), 0, -1):
        if people.find(mention.name_keys[:length]):
            break
    else:
        start = next((n for n in range(1, len(mention.name_keys)) if people.find(mention.name_keys[n:])
                      and all(_no_name_word(key) for key in mention.name_keys[:n])), 0)
        mention.name_words, mention.name_keys = mention.name_words[start:], mention.name_keys[start:]
        length = 1 if mention.object_follows and not start else len(mention.name_keys)
    mention.name_words = mention.name_words[:length]
    mention.name_keys = mention.name_keys[:length]
    if length == 1 and not people.find(mention.name_keys):
        misspelt = _misspelt_surname(people, mention.name_keys[0])
        if misspelt is None and (mention.object_follows or mention.noun_runs_on):
            return False
        mention.name_keys = misspelt or mention.name_keys
    return True


def _cut_into_object(mention: Mention, written: tuple[str, ...]) -> None:
    """``لاریجانی نهضت ترجمه | در ... را ... دانست``: the words a name read from the clause lost
    at its end to a known person's name were the object's, and the claim's (see _claim_start)."""
    kept = mention.name_words
    if len(kept) < len(written) and written[:len(kept)] == kept:
        mention.object_words = " ".join(written[len(kept):])


def _lengthen_before_object(people: _People, mention: Mention) -> None:
    """``کره شمالی طرح آمریکا را ... توصیف کرد``: a name cut to one word before an object
    takes the longest run of the words to the object that the article knows as someone."""
    words = mention.before_object
    keys = tuple(word_key(word) for word in words)
    if keys[:len(mention.name_keys)] != mention.name_keys:
        return
    for length in range(len(keys), len(mention.name_keys), -1):
        if people.find(keys[:length]):
            mention.name_words, mention.name_keys = words[:length], keys[:length]
            return


def _names_by_ending(mentions: list[Mention]) -> dict[str, set[tuple[str, ...]]]:
    """For each way a person's name may end (a full name, a surname: _Person.endings), the names
    of the people it ends, organisations left out; made once per article, not once per mention."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for mention in (m for m in mentions if not m.organisation):
        for ending in _Person(mention.name_words, mention.name_keys).endings():
            names.setdefault(ending, set()).add(mention.name_keys)
    return names


def _end_at_another_name(mention: Mention, named_by: dict[str, set[tuple[str, ...]]]) -> None:
    """``رمضان پور ظرفیت تولیدی ... را ... اعلام کرد`` after ``غلامحسین رمضان‌پور``: a name that
    runs past what the article calls someone else (a full name or surname, ``named_by``:
    _names_by_ending) into words that name nobody ends there."""
    if len(mention.name_keys) < 2 or mention.organisation:  # سازمان ملل متحد stays whole
        return
    for length in range(len(mention.name_keys) - 1, 0, -1):
        if named_by.get("".join(mention.name_keys[:length]), set()) - {mention.name_keys} \
                and all(map(_no_name_word, mention.name_keys[length:])):
            mention.name_words, mention.name_keys = mention.name_words[:length], mention.name_keys[:length]
            return


def _no_name_word(key: str) -> bool:
    """Is the word no name of its own (ولی، پس), or a noun no list of given names holds (حذف)?
    A surname or given name before a known surname (عبدالهاشم حسن‌نیا) is not."""
    return not is_person_name([key]) or is_lexicon_noun(key) and not is_given_name(key)


def _misspelt_surname(people: _People, key: str) -> tuple[str, ...] | None:
    """A surname one letter off a known one (روحاحی‌زاده for روحانی‌زاده): a typo."""
    if len(key) < MIN_TYPO_LENGTH:
        return None
    close = {p.keys[-1] for p in people.all if len(p.keys) > 1 and one_edit_apart(key, p.keys[-1])}
    return (close.pop(),) if len(close) == 1 else None


def _name_body_in_full(body: _Person, fields: dict[str, Field], quoted: list[tuple[str, int, int]]) -> None:
    """A body the article quotes by a shorter form of its name (باشگاه دریا، فدراسیون فوتبال) is
    named, as a person is by a full name, by the one longer form the article writes that opens with
    the same words (باشگاه دریا بندرعباس، فدراسیون فوتبال ایران). Not a kind alone (سازمان), and
    not when the short form runs on into two different words anywhere (باشگاه استقلال تهران and
    باشگاه استقلال خوزستان: two bodies, or a name and the clause after it). Only the name shown
    changes; whom mentions mean does not. Words inside a quote (``quoted``: where, start, end) are
    the quote's, never a name's (بر اساس اعلام سازمان لیگ مسابقات هفته آینده ...)."""
    if len(body.keys) < 2 or body.keys[0] in PAPER_HEADS or POINTING_ADJECTIVES.intersection(body.keys):
        return  # روزنامه بیلد آلمان: where it is printed; گروه مزبور: a reference
    longer: dict[tuple[str, ...], tuple[str, ...]] = {}
    next_words: set[str] = set()
    for fld in fields.values():
        forms, after = _longer_forms(fld, body.keys, [(start, end) for where, start, end in quoted if where == fld.where])
        longer.update(forms)
        next_words |= after
    if len(longer) == 1 and len(next_words) == 1:
        ((_, written),) = longer.items()
        body.words = body.words + written


def _role_beside_the_name(person: _Person, worded: list[tuple[Field, list[Word]]]) -> None:
    """A speaker the quotes give no title, whom the article names with one set beside the
    name, mostly in a sentence that quotes nobody, which gives no speaker a title otherwise
    (``به نظر می‌رسد ژوزه مورینیو، سرمربی پرتغالی، از همین حالا ...``، ``سعید مظفری‌زاده داور اسبق
    لیگ برتر، نظر خود را ...``): that title is theirs, the first so written. A one-word name too
    (``اسکوچیچ، سرمربی تیم ملی، فهرست را ...``): sport news calls foreign coaches and players so.
    Read as a clause's subject is (subject), from the name on; only one a comma sets off, never
    one that runs past a comma."""
    if person.all_titles:
        return
    n = len(person.keys)
    for fld, words, at, found, end in _titled_where_named(person, worded):
        if not _runs_past_a_comma(found.role) and _set_off(fld.folded, words[at + n - 1].end, end):
            person.roles.append(found.role)
            return


def _titled_where_named(person: _Person, worded: list[tuple[Field, list[Word]]]):
    """Each place the article names the person as a clause's subject with a title beside the name,
    read as a clause's subject is (subject) from the name on: (field, its words, where the name
    starts, the subject read, where that reading ended)."""
    for fld, words in worded:
        for at in _where_named(words, person.keys):
            found, end = subject(fld, clause_words(fld.folded, words[at].start, len(fld.folded)))
            if found.ref == "name" and found.name_keys == person.keys and found.role:
                yield fld, words, at, found, end


def _role_between_commas(person: _Person, worded: list[tuple[Field, list[Word]]]) -> None:
    """A speaker the quotes give no title, whose full name the article writes with a title set
    off by two commas (``به انتخاب فرهاد کاظمی، سرمربی شهاب، وارد زمین شد``، ``مهدی توتونچی،
    خبرنگار اعزامی ... به ریو، زمانی که ...``): the words between the commas are that title, the
    first so written. Persian news introduces people so in narration, and the sentence then goes
    on with what they did, which the subject reading (_role_beside_the_name) may take into the
    title or stop before. Only a phrase a role opens (starts_role), with no verb, «که», را or
    sentence end inside (_ends_the_title), closed by its comma within MAX_APPOSITIVE_ROLE_WORDS."""
    if person.all_titles:
        return
    n = len(person.keys)
    for fld, words in worded:
        for at in _where_named(words, person.keys):
            role = _appositive_title(words[at + n:at + n + MAX_APPOSITIVE_ROLE_WORDS + 2])
            if role:
                person.roles.append(as_original(fld.text, role))
                return


def _appositive_title(words: list[Word]) -> list[Word]:
    """The title ``words`` give between a comma that opens them and the next comma, or [] when
    they are no such title."""
    if len(words) < 3 or words[0].key != "," or not starts_role(words, 1):
        return []
    close = next((k for k in range(1, len(words)) if words[k].key == ","), None)
    inside = words[1:close] if close else []
    if not inside or any(_ends_the_title(w.key) for w in inside):
        return []
    return inside


def _ends_the_title(key: str) -> bool:
    """Is the word no part of a title but of the clause after it: a verb, «که», را (the title ran
    on into the sentence's object: X، سرمربی ... شکست تیمش را ...) or a sentence end?"""
    return key in (THAT, OBJECT_MARK) or key in SENTENCE_END_MARKS or is_finite_verb(key)


def _role_in_a_list_of_people(person: _Person, worded: list[tuple[Field, list[Word]]]) -> None:
    """A speaker the quotes give no title, whom the article names in a list of people joined by
    «و», each with a title and no comma (``با حضور مهدی تاج رئیس فدراسیون فوتبال و امیر قلعه‌نویی
    سرمربی تیم ملی``، ``X سرمربی استقلال و Y سرمربی پرسپولیس پس از داربی ...``): the title after
    their name is theirs, up to the «و» that opens the next name. Sport news introduces the two
    coaches, or a coach and his captain, so before quoting each by surname. The last one's title
    only when the clause does not go on into its verb right after it (``... سرمربی تیم ملی حضور
    داشتند``: where the title ends is unsure)."""
    if person.all_titles:
        return
    n = len(person.keys)
    for fld, words, at, found, _ in _titled_where_named(person, worded):
        title_end = words[at + n].start + len(found.role) if at + n < len(words) else 0
        title = [w for w in words[at + n:] if w.end <= title_end]
        listed = words[:at + n] + title + [w for w in words[at + n:] if w.start >= title_end][:1]
        role = _title_before_the_next_name(words, at + n, len(title)) or _last_title_in_the_list(listed, at, title)
        if role and starts_role(role, 0):
            person.roles.append(as_original(fld.text, role))
            return


def _title_before_the_next_name(words: list[Word], start: int, length: int) -> list[Word]:
    """The words of the title at ``start`` up to the «و» that opens another full name, read on
    over it or ending right before it; [] when no such «و» ends it."""
    stop = min(start + length + 1, len(words) - 1)
    cut = next((k for k in range(start + 1, stop) if words[k].key == AND and opens_name(words[k + 1:])), None)
    return words[start:cut] if cut else []


def _last_title_in_the_list(words: list[Word], at: int, title: list[Word]) -> list[Word]:
    """The title of the last name of a list (the name right after «و»), when no finite verb
    follows it at once (``words`` ends on the word after the title, if any); [] otherwise."""
    if at < 3 or words[at - 1].key != AND or not title or is_finite_verb(words[-1].key) \
            or any(w.key == "," for w in title):
        return []
    return title


def _role_in_a_relative_clause(person: _Person, worded: list[tuple[Field, list[Word]]]) -> None:
    """A speaker the quotes give no title, whose office a relative clause right after their name
    gives (``X که ریاست فدراسیون فوتبال را بر عهده دارد، گفت``; ``X که یکی از نامزدهای ریاست هیئت
    فوتبال بود، گفت``): that office, as written, is theirs. Sport news gives a post so more often
    than beside the name. An office held (بر عهده دارد) wins over a copula's predicate in the
    same clause (``که یکی از اسطوره‌های باشگاه است و مدیریت ... را بر عهده دارد``)."""
    if person.all_titles:
        return
    names = {person.keys} | ({person.keys[-1:]} if len(person.keys) > 1 else set())
    for fld, words in worded:
        for keys in names:
            for at in _where_named(words, keys):
                end = at + len(keys)
                role = _office_the_clause_gives(fld, words[end:end + MAX_RELATIVE_ROLE_WORDS + 2])
                if role:
                    person.roles.append(role)
                    return


def _role_in_the_next_sentence(person: _Person, worded: list[tuple[Field, list[Word]]],
                               quoted: list[tuple[str, int, int]]) -> None:
    """A speaker the quotes give no title, whose office the sentence after their name gives by a
    pronoun and a copula (``سرهنگ X ... گفت ... . او رئیس پلیس پیشگیری ... است``، ``X می‌گوید: ... .
    وی مدیر مرکز مشاوره ... است``): that office, as written, is theirs, as a relative clause's
    is (_role_in_a_relative_clause). Feature and provincial news name someone first and say who
    they are after. Only the reporter's sentence, outside every quote (``quoted``: where, start,
    end), where او is whom the speaker speaks of; only when nobody else is named between the name
    and the pronoun; and an office of two words or more (او مسئول است: responsible, no office)."""
    if person.all_titles:
        return
    for fld, words in worded:
        spans = [(start, end) for where, start, end in quoted if where == fld.where]
        for at in _where_named(words, person.keys):
            pronoun = _next_sentence_pronoun(fld, words, at + len(person.keys))
            if pronoun is None or any(start <= words[pronoun].start < end for start, end in spans):
                continue
            part = _clauses_joined_by_and(words[pronoun + 1:pronoun + 2 + MAX_RELATIVE_ROLE_WORDS])[:1]
            if part and len(part[0]) > 2 and part[0][-1].key in RELATIVE_COPULAS and starts_role(part[0], 0):
                person.roles.append(as_original(fld.text, part[0][:-1]))
                return


def _next_sentence_pronoun(fld: Field, words: list[Word], after: int) -> int | None:
    """Where the next sentence after word ``after`` opens on a pronoun (او، وی، ایشان), when no
    other name opens on the way; None otherwise."""
    for k in range(after, len(words)):
        if opens_name(words[k:]):
            return None
        if words[k].key in PRONOUN_KEYS and _sentence_ended(fld.folded[:words[k].start]):
            return k
    return None


def _sentence_ended(before: str) -> bool:
    """Does the text end a sentence: a full stop or a question's or exclamation's mark, inside a
    closing quotation mark or not (… ندارند.» وی …)?"""
    return before.rstrip().rstrip(CLOSING_QUOTE_MARKS).rstrip()[-1:] in SENTENCE_END_MARKS


def _where_named(words: list[Word], keys: tuple[str, ...]) -> Iterator[int]:
    """Where in a field's words the name ``keys`` opens."""
    n = len(keys)
    return (k for k in range(len(words) - n + 1)
            if words[k].key == keys[0] and tuple(w.key for w in words[k:k + n]) == keys)


def _office_the_clause_gives(fld: Field, words: list[Word]) -> str:
    """The office a relative clause opening ``words`` (که, a comma before it or not) gives its
    subject: an office held (OFFICE_HELD_NOUNS ... را بر عهده دارد), else a role the clause's
    copula ends (starts_role ... است). "" when it gives none, or another subject's."""
    if words and words[0].key == ",":
        words = words[1:]
    if not words or words[0].key != THAT:
        return ""
    held, said = "", ""
    for part in _clauses_joined_by_and(words[1:]):
        held = held or _office_held(fld, part)
        if not said and len(part) > 1 and part[-1].key in RELATIVE_COPULAS and starts_role(part, 0):
            said = as_original(fld.text, part[:-1])
    return held or said


def _clauses_joined_by_and(words: list[Word]) -> list[list[Word]]:
    """The clauses of ``words`` up to the first comma, each ending on its finite verb, while و
    joins the next one (``که ... است و ... را بر عهده دارد``)."""
    parts, start = [], 0
    for n, word in enumerate(words):
        if word.key == ",":
            break
        if is_finite_verb(word.key):
            parts.append(words[start:n + 1])
            if n + 1 >= len(words) or words[n + 1].key != AND:
                break
            start = n + 2
    return parts


def _office_held(fld: Field, part: list[Word]) -> str:
    """The office a clause says is held (``مدیریت بخش ارتباطات باشگاه را برعهده دارد``), as
    written from the office's noun to its را; "" for any other clause."""
    keys = [w.key for w in part]
    if len(keys) < 3 or keys[-1] not in OFFICE_HELD_VERBS:
        return ""
    tail = 3 if tuple(keys[-3:-1]) == OFFICE_HELD_BY else 2 if keys[-2] == OFFICE_HELD_AT else 0
    if not tail or len(keys) <= tail or keys[-tail - 1] != OBJECT_MARK:
        return ""
    end = len(keys) - tail - 1
    start = next((n for n in range(end) if keys[n] in OFFICE_HELD_NOUNS), None)
    return "" if start is None or start + 1 >= end else as_original(fld.text, part[start:end])


def _set_off(folded: str, name_end: int, title_end: int) -> bool:
    """Is the title set off by a comma, after the name or after itself (``X، سرمربی ...``, ``X
    داور اسبق لیگ برتر، نظر ...``)? Without one it may be the sentence's predicate (``X نفوذی
    جمهوری اسلامی است``) or run into its verb (``X رئیس‌کل دادگستری منتشر شده``)."""
    return any(folded[at:].lstrip().startswith(("،", ",")) for at in (name_end, title_end))


def _runs_past_a_comma(role: str) -> bool:
    """Does a title read beside a name in narration go on past a comma (``پوتین رئیس‌جمهور روسیه،
    وی قصد ...``)? There the sentence went on, and where the title ends is unsure."""
    return any(mark in role for mark in "،,")


def _longer_forms(fld: Field, keys: tuple[str, ...],
                  quoted: list[tuple[int, int]]) -> tuple[dict[tuple[str, ...], tuple[str, ...]], set[str]]:
    """The words the field writes after each run of ``keys`` that lengthen it into a body's name
    (at most MAX_BODY_NAME_TAIL, ending where BODY_NAME_ENDS), by their keys, as written; and the
    first word after every run that is not where a name ends, whether or not a name's."""
    words = field_words(fld.folded, len(fld.folded))
    found, after = {}, set()
    size = len(keys)
    for n in range(len(words) - size):
        if tuple(word.key for word in words[n:n + size]) != keys or n and words[n - 1].key in DEMONSTRATIVES:
            continue
        tail: list[Word] = []
        for m in range(n + size, len(words) + 1):
            if m == len(words) or words[m].key == "," or fld.folded[words[m - 1].end:words[m].start].strip(" \u200c"):
                break  # the field or the sentence ends, or a comma
            in_quote = any(start <= words[m].start < end for start, end in quoted)
            key, kind = words[m].key, non_name_kind(words[m].key, words[m - 1].key)
            if kind or key in DEMONSTRATIVES or key in PUBLISHED_IN or is_finite_verb(key):
                if in_quote or not (kind in BODY_NAME_ENDS or key in BODY_NAME_END_WORDS):
                    tail = []
                break
            if m == n + size:
                after.add(key)
            if in_quote:  # the quote's words (بر اساس اعلام سازمان لیگ مسابقات ...): no name's, though
                tail = []  # they still say the short form runs on here
                break
            if len(tail) == MAX_BODY_NAME_TAIL or key in SENTENCE_CLOSING_VERBS:
                tail = []
                break
            tail.append(words[m])
        if tail and tail[-1].key in PLACE_UNITS:  # انجمن صنفی داروسازان استان: which province is the article's
            tail = []
        if tail:
            found[tuple(word.key for word in tail)] = tuple(
                ("\u200c" if word.start == prev.end + 1 and fld.text[prev.end] == "\u200c" else "") + fld.text[word.start:word.end]
                for prev, word in zip([words[n + size - 1]] + tail, tail))
    return found, after


def _shortened(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is ``short`` ``full`` with words left out, its first kept (the organisation's head)?"""
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(key in rest for key in short[1:])


def _one_typo_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names alike but for one typo in one word of MIN_TYPO_LENGTH letters or more."""
    if len(a) < 2 or len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differing) == 1 and min(map(len, differing[0])) >= MIN_TYPO_LENGTH and one_edit_apart(*differing[0])


def _title_after(name: list[Word], words: list[Word]) -> tuple[str, ...]:
    """The words set beside a name by a comma up to the clause they open (``نرگس امینی، سرمربی ۲۸
    ساله این تیم که ...``), when no role was read there (a number inside it): the title as written."""
    keys = [word.key for word in words[len(name):] if word.key != ","]
    opener = next((n for n, key in enumerate(keys) if key in RELATIVE_OPENERS), len(keys))
    return tuple(keys[:opener])


def _label_of(label: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """Is a label's role (سرمربی آرمان) the title an article gave someone pointing back to its own
    story (سرمربی ۲۸ ساله این تیم)? The same head, and the title's other words are the label's, a
    demonstrative and the noun it points with, or an age or a number: nothing names another office."""
    if not label or not title or label[0] != title[0]:
        return False
    pointing = {word for before, word in zip(title, title[1:]) if before in DEMONSTRATIVES}
    return any(before in DEMONSTRATIVES for before in title) and all(
        word in label or word in DEMONSTRATIVES or word in pointing or word in COUNT_ADJECTIVES or not word.isalpha()
        for word in title[1:])


def _roles_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same role when one starts the other (رئیس اداره ... / رئیس اداره ... استان), however
    the words are spaced, and with or without a word's final ی (رئیس جمهور / رئیس جمهوری)."""
    if not a or not b:
        return False
    joined_a, joined_b = _role_stem(a), _role_stem(b)
    return joined_a.startswith(joined_b) or joined_b.startswith(joined_a)


def _kind_called(head: tuple[str, ...]) -> str | None:
    """The kind of body a demonstrative's noun names (سازمان؛ وزارت for وزارتخانه), None for a
    word that names no kind (نهاد، تشکل: any body)."""
    word = head[0] if head else ""
    return None if word in ANY_BODY_KINDS else BODY_KIND_ALIASES.get(word, word)


def _kinds(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of body an organisation's name makes it (_role_stem of its first word: سندیکا is the
    سندیکای ... met before), and the body a numbered unit is of (دادگاه of شعبه ۱۴ دادگاه ...)."""
    numbered = numbered_body(keys)
    outlet = _OUTLET_KINDS if named_alone_as_outlet(keys) else ()  # دیلی‌تلگراف ...؛ این روزنامه
    return (_role_stem(keys[:1]),) + ((_role_stem(keys[numbered:numbered + 1]),) if numbered else ()) + outlet


def _role_stem(role: tuple[str, ...]) -> str:
    """The role's words run together, each without a final ی of ezafe or adjective, and
    without the words a role may leave out (استان)."""
    return "".join(_word_stem(word) for word in _by_body(role) if word not in ROLE_OPTIONAL_WORDS)


def _by_body(role: tuple[str, ...]) -> tuple[str, ...]:
    """The role with an office after its head named by its body (معاون وزیر بهداشت is معاون
    وزارت بهداشت: the minister's deputy is the ministry's), so that either way of writing it
    compares alike (HOLDER_BODIES)."""
    return role[:1] + tuple(HOLDER_BODIES.get(word, word) for word in role[1:])


def _word_stem(word: str) -> str:
    """A role's word without a final ی of ezafe or adjective."""
    return word[:-1] if len(word) > MIN_ROLE_WORD_STEM and word.endswith("ی") else word


def _stems_in_order(keys: tuple[str, ...]) -> list[str]:
    """Each word of a role by its stem, all of them, in order: two ways of writing one office's
    words compare alike (مدیرکل حراستی / مدیرکل حراست)."""
    return [_word_stem(word) for word in keys]


def _word_stems(role: tuple[str, ...]) -> dict[str, str]:
    """Each word of the role a role may not leave out, by its stem, in the role's order."""
    return {_word_stem(word): word for word in _by_body(role) if word not in ROLE_OPTIONAL_WORDS}


def _role_shortened(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is one title the other with words left out after its head (معاون وزیر رفاه of معاون امور
    رفاه وزیر تعاون کار و رفاه اجتماعی, وزیر خارجه of وزیر امور خارجه)? Not when a word left out
    heads a body of its own: رئیس مجلس is not رئیس کمیسیون امنیت ملی مجلس. Nor when the office
    before the body is another: معاون درمان وزارت بهداشت is not معاون بهداشت وزارت بهداشت، درمان و
    آموزش پزشکی, though each word of the one is in the other."""
    short, full = sorted((_word_stems(a), _word_stems(b)), key=len)
    if len(short) < 2 or next(iter(short)) != next(iter(full)) or not short.keys() <= full.keys():
        return False
    if not _office(short) <= _office(full):
        return False
    return not any(word in ORGANISATION_LEXICON.phrases and word not in LOCATING_WORDS
                   for stem, word in full.items() if stem not in short)


def _office(stems: dict[str, str]) -> set[str]:
    """The stems of a title's words before the body it names (معاون درمان | وزارت بهداشت): the office."""
    office = set()
    for stem, word in stems.items():
        if office and word in ORGANISATION_LEXICON.phrases and word not in LOCATING_WORDS:
            break
        office.add(stem)
    return office


def _kin_of_another(role: tuple[str, ...], person: _Person) -> bool:
    """Does the title name a relative (مادر یکی از مددجویان) the person is not called? Then it is
    someone who speaks of them, or of another, not the person."""
    return bool(role) and role[0] in KIN_KEYS and not any(_roles_match(role, role_key(t)) for t in person.all_titles)


def _office_of_another_body(role: tuple[str, ...], person: _Person) -> bool:
    """Is the title the person's office in another ministry or commission (معاون وزیر صنعت after the
    معاون وزیر جهاد کشاورزی, رئیس کمیسیون اقتصادی after the رئیس کمیسیون کشاورزی مجلس)? Then it is
    someone else, whom the article may never name, not the speaker of the moment. Only for the kinds
    of body whose names are few and written out (OTHER_BODY_KINDS): a company or an office is often
    called by another name (مدیرعامل شرکت آبفا / مدیرعامل شرکت آب و فاضلاب). Nor for a member (عضو
    کمیسیون اقتصادی of the عضو کمیسیون تلفیق): one person sits in several commissions at once."""
    return role[:1] != (MEMBER,) and not _holds(role, person) \
        and any(_names_another_body(role, role_key(title)) for title in person.all_titles)


def _names_another_body(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Are the two titles alike up to a kind of body (OTHER_BODY_KINDS), then name bodies of that kind
    with no word in common (LOCATING_WORDS aside)?"""
    stems_a, stems_b = (_office_stems(role) for role in (a, b))
    alike = next((n for n, (x, y) in enumerate(zip(stems_a, stems_b)) if x != y), min(len(stems_a), len(stems_b)))
    rest_a, rest_b = (set(stems[alike:]) for stems in (stems_a, stems_b))
    return any(stem in OTHER_BODY_KINDS for stem in stems_a[1:alike]) and bool(rest_a) and bool(rest_b) \
        and not rest_a & rest_b


def _office_stems(role: tuple[str, ...]) -> list[str]:
    """The stems of the role's words in order, without those that only say where (LOCATING_WORDS),
    join (و، در، از) or may be left out (ROLE_OPTIONAL_WORDS)."""
    return [_word_stem(word) for word in _by_body(role)
            if word not in ROLE_OPTIONAL_WORDS and word not in LOCATING_WORDS and word not in ("و", "در", "از")]


def _one_of_many(person: _Person) -> bool:
    """Is the person given only as one of a group (یکی از نمایندگان کارگران، یکی از ساکنان)? Then
    they are not the article's main speaker, whom its headline titles (فرماندار ...)."""
    return bool(person.roles) and all(fold_word(role.split()[0]) in INDEFINITE for role in person.roles)


def _another_rank(role: tuple[str, ...], person: _Person) -> bool:
    """Is the title of another rank of office than every title the article gives the person, one of
    the two a rank held alone (SOLE_OFFICES: معاون وزیر ... after the وزیر ...، سرمربی تیم X after the
    مدیرعامل باشگاه X)? Then it is someone else, whatever body the two share. A part of the person's
    title after و is a title of theirs too (معاون وزیر و رئیس سازمان ...: two offices); a head of no
    rank (نماینده، عضو، ستاره) tells nothing."""
    wanted = _rank(role)
    parts = [part for title in person.all_titles for part in _joined_offices(role_key(title))]
    ranks = {_rank(part) for part in parts} - {None}
    if wanted is None or not ranks or wanted in ranks:
        return False
    return any(part[:1] and part[0] in SOLE_OFFICES for part in [role, *parts])


def _rank(role: tuple[str, ...]) -> int | None:
    """The OFFICE_RANKS group of the title's head word, if any."""
    return next((n for n, heads in enumerate(OFFICE_RANKS) if role[:1] and role[0] in heads), None)


def _joined_offices(role: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The title and each part of it after a و (معاون وزیر و رئیس سازمان ...: both offices)."""
    return [role] + [role[n + 1:] for n, key in enumerate(role) if key == "و" and n + 1 < len(role)]


def _holds(role: tuple[str, ...], person: _Person, shortened: bool = True) -> bool:
    """Is the title one of the person's, written alike or (unless not ``shortened``) shortened
    (معاون وزیر of معاون امور رفاه وزیر ...)? معاون توسعه ... کمیته امداد is not معاون حمایت ...
    کمیته امداد: the same rank, another office."""
    return any(_roles_match(role, role_key(title)) or shortened and (_role_shortened(role, role_key(title))
                                                                     or _second_office_held(role, role_key(title)))
               for title in person.all_titles)


def _second_office_held(role: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """Is the title the office a person's title gives after a و (``معاون ... کمیته امداد و دبیر ستاد
    طرح همدلی``: the دبیر ستاد طرح همدلی who speaks again at the end, after others had the floor)?
    Only a part that opens on an office's head (_opens_office) is a second office: ``امور فرهنگی و
    جوانان`` is one field of the first office, not a second."""
    return any(_opens_office(list(part)) and _roles_match(role, part) for part in _joined_offices(title)[1:])


def _appositions(folded: str, head: str) -> list[tuple[int, int]]:
    """Where a name may stand with a title of this first word set beside it by a comma, as
    (start, end) to the mark after its second part: ``NAME، TITLE`` from the name's start (after
    the mark or و before it, within APPOSITION_NAME_WINDOW characters of the title), or
    ``TITLE، NAME`` from the title's."""
    spans = []
    for match in re.finditer(f"(?<![\\w\u200c]){re.escape(head)}(?![\\w\u200c])", folded):
        after = _APPOSITION_END.search(folded, match.end())
        end = after.start() if after else len(folded)
        lead_in = max(0, match.start() - APPOSITION_NAME_WINDOW)
        before = folded[lead_in:match.start()].rstrip()
        if before.endswith(("،", ",")):
            marks = [mark.end() for mark in _CLAUSE_MARK.finditer(folded, lead_in, lead_in + len(before) - 1)]
            if marks or lead_in == 0:
                spans.append((marks[-1] if marks else 0, end))
        elif after and after.group() in "،,":
            second = _APPOSITION_END.search(folded, after.end())
            spans.append((match.start(), second.start() if second else len(folded)))
    return spans


def _name_beside_the_comma(name: tuple[str, ...], words: list[Word]) -> list[Word]:
    """The name's words, when they end at the clause's first comma or start right after it (the
    title is the other side); none for a name read further on (رئیس ... خواستار کاهش ... قدرت‌های
    اصلی منطقه، ...)."""
    keys = [word.key for word in words]
    comma = keys.index(",") if "," in keys else len(keys)
    at = next((at for at in (comma - len(name), comma + 1) if at >= 0 and tuple(keys[at:at + len(name)]) == name), None)
    return [] if at is None else words[at:at + len(name)]


_MARKS = r"[.،,:؛!?؟\n«»()]"
_APPOSITION_END = re.compile(_MARKS)  # where either side of an apposition ends
_CLAUSE_MARK = re.compile(_MARKS + r"|(?<!\S)و(?!\S)")  # where a name beside a title may open
_TEAM_WORDS = frozenset(TEAM_NAME_HEADS + TEAM_SPORTS)  # left out of a sport title before its club
OBJECT_MARK = fold_word("را")  # where a relative clause's office ends (... را بر عهده دارد)


def _same_head(role: tuple[str, ...], roles: list[str]) -> bool:
    """Same kind of title (جانشین ... / جانشین ...) with more in common than the head word and
    the place (مدیرکل بهزیستی استان فارس is not مدیرکل امور بانوان استانداری فارس: LOCATING_WORDS)."""
    return bool(role) and any(
        role_key(r)[:1] == role[:1] and len(set(role) & set(role_key(r)) - {"و", "در", "از"} - LOCATING_WORDS) > 1
        for r in roles)


def _titled_otherwise(role: tuple[str, ...], person: _Person) -> bool:
    """Was the person given titles, none of them this one? One given none may hold any."""
    return bool(person.all_titles) and not _holds(role, person)


def _fits_the_speaker(role: str, person: _Person) -> bool:
    """May a title nobody holds be the speaker of the moment's, titled otherwise? When the two share
    a word of the office besides its head (_shares_office_words); a title pointing back to the
    story (مدیرکل این اداره کل) is its speaker's own office, and any shared word will do."""
    wanted = role_key(role)
    if points_back(role):
        return _shares_words(wanted, person.all_titles)
    return _shares_office_words(wanted, person.all_titles)


def _shares_office_words(role: tuple[str, ...], roles: list[str]) -> bool:
    """Do the roles share a word of the office besides the head of a rank every body has
    (OFFICE_RANKS but SOLE_OFFICES: رئیس، مدیرعامل، معاون، سخنگو)? رئیس اتاق اصناف is not the
    رئیس دانشگاه ... who spoke last, nor مدیرعامل آذرخش the مدیرعامل of another club: the head says
    the rank, the words after it the office (compared by _office_stems: معاون شهردار is the
    معاون ... شهرداری). A title with nothing after its head but a place (رئیس مجلس) tells no office
    apart, nor does a sole office's (سرمربی سرخپوشان: a team has many names); they are read as
    _shares_words reads them."""
    office = set(_office_stems(role)[1:])
    if _rank(role) is None or role[0] in SOLE_OFFICES or not office:
        return _shares_words(role, roles)
    return any(office & set(_office_stems(role_key(title))[1:]) for title in roles)


def _seat_and_office_of_one_house(role: tuple[str, ...], roles: list[str]) -> bool:
    """May a title of one house be an MP's other title? A seat in the house (نماینده مردم X در
    مجلس) is the seat of anyone holding a place in one of its commissions (سخنگوی کمیسیون بهداشت
    مجلس, or کمیسیون بهداشت alone, as a report shortens it), and a membership of a commission (عضو
    کمیسیون بهداشت مجلس) a place of anyone with a seat: every commission's member sits in the house,
    though the two titles share no word but the house (LOCATING_WORDS). Not the other way: the head
    or the spokesman of a commission (رئیس کمیسیون اجتماعی) is one MP among many."""
    def seat(keys: tuple[str, ...]) -> bool:
        return keys[:1] != () and keys[0] in REPRESENTATIVE_HEADS and bool(set(keys) & HOUSE_WORDS)

    def place(keys: tuple[str, ...]) -> bool:
        return bool(set(keys) & HOUSE_PARTS)

    titles = [role_key(r) for r in roles]
    if seat(role):
        return any(place(title) for title in titles)
    return role[:1] == (MEMBER,) and place(role) and any(seat(title) for title in titles)


def _shares_words(role: tuple[str, ...], roles: list[str]) -> bool:
    """Do the roles have a content word in common, one that names the office and not only
    where it is (LOCATING_WORDS: گلستان، مجلس)?"""
    mine = set(role) - {"و", "در", "از"} - LOCATING_WORDS
    return any(mine & set(role_key(r)) for r in roles)


# The kinds a foreign outlet named with no head word is of: any outlet's (روزنامه، سایت، خبرگزاری، شبکه).
_OUTLET_KINDS = tuple(sorted(_role_stem((head,)) for head in OUTLET_KIND_HEADS))
