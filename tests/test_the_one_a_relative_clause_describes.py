"""subjects.named_one_the_clause_describes, the one place goftar reads whom a relative clause
ending on the speech verb describes: the reading a sentence with no subject of its own falls back
on (subject_mention, indirect._judged) and the head of a claim a relative clause reports
(indirect._relative_clause_head). Each behaviour it keeps is one invented sentence, read up to its
speech verb."""

from __future__ import annotations

import pytest

from corpus.orthography import fold_letters
from corpus.quotes.sentences import Field
from corpus.quotes.subjects import clause_words, named_one_the_clause_describes


def _described(sentence: str, verb: str) -> tuple[str, ...] | None:
    """The name keys of whom the relative clause before ``verb`` describes, None for nobody."""
    folded = fold_letters(sentence)
    field = Field("body:0", sentence, folded, (folded,))
    mention = named_one_the_clause_describes(field, clause_words(folded, 0, folded.index(fold_letters(verb))))
    return None if mention is None else mention.name_keys


@pytest.mark.parametrize("sentence, verb, named", [
    # the verb right after که: any person's name ending at که is the clause's speaker
    ("مربی تیم درباره صحبت‌های فرهاد کاظمی که گفته بود داوری ضعیف بود، توضیح داد.", "گفته بود",
     ("فرهاد", "کاظمی")),
    ("خبرنگاران تا شب منتظر سعید نادری بودند که اعلام کرده بود فردا استعفا می‌دهد.", "اعلام کرده بود",
     ("سعید", "نادری")),
    # words between که and the verb, none a verb or a subject: a name in full, past its office
    ("یکی از خبرنگاران با اشاره به سخنان مهدی فراهانی، عضو شورای شهر، که پیش‌تر این لایحه را "
     "«شتاب‌زده» خوانده بود", "خوانده بود", ("مهدی", "فراهانی")),
    ("یکی از حاضران با اشاره به سخنان پرویز عطایی که دیروز در جلسه عنوان کرده بود", "عنوان کرده بود",
     ("پرویز", "عطایی")),
])
def test_the_named_one_a_relative_clause_describes_speaks_its_verb(sentence, verb, named):
    assert _described(sentence, verb) == named


@pytest.mark.parametrize("sentence, verb", [
    # the verb right after که, and no person's name before it
    ("کسانی که گفته بودند قیمت‌ها پایین می‌آید", "گفته بودند"),
    # the clause has a subject of its own: the body, not the name before که, speaks
    ("یکی از خبرنگاران با اشاره به سخنان مهدی فراهانی که هیئت نظارت این لایحه را «شتاب‌زده» خوانده بود",
     "خوانده بود"),
    # a verb of its own inside the clause: the speech verb is the sentence's
    ("مهدی فراهانی که دیروز به تهران آمد در جلسه عنوان کرده بود", "عنوان کرده بود"),
    # words between, and the name right after a preposition: whom the clause is about, not its head
    ("یکی از حاضران با اشاره به پرویز عطایی که دیروز در جلسه عنوان کرده بود", "عنوان کرده بود"),
    # no که at all
    ("یکی از حاضران با اشاره به سخنان پرویز عطایی عنوان کرده بود", "عنوان کرده بود"),
])
def test_no_one_is_named_when_the_clause_describes_no_person_or_is_the_sentences_own(sentence, verb):
    assert _described(sentence, verb) is None
