"""Issue 18s, the same quotes in any spelling: a word written apart (a space where its ZWNJ
belongs) is read as the one word it is. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Quote
from corpus.orthography import spelling_key, zwnj_as_space
from corpus.quotes.compounds import article_spellings, one_word
from quoting import quotes_of


def who_said_what(quotes: list[Quote]) -> list[tuple[str, str, str, str, str]]:
    """Each quote as every spelling of it reads: where, kind, ref, quoted words and speaker."""
    return [(q.where, q.kind, q.ref, spelling_key(q.text), spelling_key(q.speaker or "")) for q in quotes]


def same_in_both_spellings(*paragraphs: str) -> list[Quote]:
    """The quotes of the article as written, checked equal to those of it with every ZWNJ a space."""
    quotes = quotes_of(*paragraphs)
    assert who_said_what(quotes_of(*map(zwnj_as_space, paragraphs))) == who_said_what(quotes)
    return quotes


def test_a_surname_ending_in_a_name_half_stays_whole_when_its_zwnj_is_a_space():
    """کوچک‌زاده typed کوچک زاده: زاده never stands alone in news, so the surname is one word
    and the speaker is not cut to ``مهدی کوچک``."""
    quotes = same_in_both_spellings(
        "مهدی کوچک‌زاده، عضو شورای شهر، گفت: «بودجه امسال کافی نیست.»",
        "کوچک‌زاده افزود: باید منابع تازه پیدا کنیم.")
    assert [spelling_key(q.speaker) for q in quotes] == [spelling_key("مهدی کوچک‌زاده")] * 2


def test_a_given_name_with_allah_typed_apart_is_one_given_name():
    """عین‌اله typed عین اله: the name reads whole, and the second quote is still his."""
    quotes = same_in_both_spellings(
        "عین‌اله ملکوتی، مدیر مدرسه روستا، گفت: «کلاس‌ها از شنبه باز می‌شود.»",
        "وی افزود: سرویس مدرسه هم آماده است.")
    assert {spelling_key(q.speaker) for q in quotes} == {spelling_key("عین‌اله ملکوتی")}


def test_a_name_the_article_writes_joined_elsewhere_is_one_name_where_it_is_spaced():
    """نیک‌بخش or سلامت‌خواه once with a ZWNJ and once with a space: one surname, one speaker,
    whichever spelling comes first."""
    quotes = quotes_of(
        "امیرحسین نیک‌بخش، رئیس کتابخانه شهر، گفت: «ساعت کار تالارها بیشتر می‌شود.»",
        "امیرحسین نیک بخش افزود: اعضای تازه کارت رایگان می‌گیرند.")
    assert [q.speaker for q in quotes] == ["امیرحسین نیک‌بخش"] * 2
    quotes = quotes_of(
        "کامران سلامت خواه، مدیر بیمارستان شهر، گفت: «همه تخت‌ها پر است.»",
        "سلامت‌خواه افزود: بیماران تا هفته بعد صبر کنند.")
    assert [(spelling_key(q.speaker), q.ref) for q in quotes] == [
        (spelling_key("کامران سلامت‌خواه"), "name"), (spelling_key("کامران سلامت‌خواه"), "surname")]


def test_an_indefinite_ending_typed_apart_makes_no_speaker_of_a_group():
    """عده ای typed for عده‌ای: «some people» is nobody's name in either spelling."""
    quotes = same_in_both_spellings(
        "عده‌ای از کشاورزان منطقه گفتند: «آب چاه‌ها کم شده است.»")
    assert quotes and all(q.speaker is None or "عده" not in q.speaker for q in quotes)


def test_a_letter_split_off_a_speech_verb_by_a_stray_space_is_read_back():
    """اظها‌ر کرد with its stray ZWNJ typed as a space (اظها ر کرد) is still the cue."""
    quotes = same_in_both_spellings("رضا نوروزی، مربی تیم، اظها‌ر کرد: بازیکنان ما آماده‌اند.")
    assert [(q.speaker, q.ref) for q in quotes] == [("رضا نوروزی", "name")]


def test_a_place_after_a_given_name_typed_apart_is_no_persons_name():
    """علی آبادسرخ (a town) typed apart is read as علی‌آبادسرخ, a place, as the joined spelling
    is: the role before it is the speaker's, who is named in the next sentence."""
    paragraphs = ("فرماندار علی‌آبادسرخ گفت: «جاده روستا تا پاییز آسفالت می‌شود.»",
                  "به گفته فرماندار، بودجه آن تامین شده است.")
    assert who_said_what(quotes_of(*map(zwnj_as_space, paragraphs))) == who_said_what(quotes_of(*paragraphs))


def test_a_doubled_zwnj_typed_as_two_spaces_joins_its_word():
    """عده‌‌ای with a doubled ZWNJ, typed as two spaces: still one word, no one's name."""
    quotes = same_in_both_spellings("عده‌‌ای از کشاورزان منطقه گفتند: «آب چاه‌ها کم شده است.»")
    assert quotes and all(q.speaker is None or "عده" not in q.speaker for q in quotes)


def test_little_words_are_never_half_of_a_word_written_apart():
    """یکی از and در حال are two words even where an article writes یکی‌از or درحال."""
    assert not one_word("یکی", "از", article_spellings(["یکی‌از"]))
    assert not one_word("در", "حال", article_spellings(["درحال"]))
    assert one_word("عده", "ای") and not one_word("گفت", "ای")


def test_a_perfects_person_ending_typed_apart_is_the_participles():
    """گرفته اید، رفته اند: the ending after a participle's ه is the verb's, not a word."""
    assert one_word("گرفته", "اید") and one_word("رفته", "اند")
    assert not one_word("شما", "اید")


def test_a_compound_given_name_run_together_is_still_a_given_name():
    """جلال‌الدین with its ZWNJ left out (جلالالدین) opens the full name as جلال‌الدین does: the
    reference is by name, and the quote after وی is his."""
    paragraphs = ("جلال‌الدین رستمی، مدیر موزه شهر، گفت: «تالار تازه از فردا باز است.»",
                  "وی افزود: بلیت دانش‌آموزان رایگان است.")
    written, dropped = quotes_of(*paragraphs), quotes_of(*(p.replace("\u200c", "") for p in paragraphs))
    assert who_said_what(dropped) == who_said_what(written)
    assert [q.ref for q in dropped] == ["name", "pronoun"]


def test_a_part_the_article_uses_alone_is_not_joined_to_its_neighbour():
    """منچستر یونایتد beside منچستریونایتد, and یونایتد alone: the article calls the club by its
    second word too, so the words stay apart and یونایتد still finds the club."""
    assert one_word("نیک", "بخش", article_spellings(["نیک‌بخش گفت", "نیک بخش افزود"]))
    assert not one_word("منچستر", "یونایتد", article_spellings(["منچستریونایتد", "منچستر یونایتد", "یونایتد گفت"]))
