"""Round 19 (n): who a name is and what kind of speaker speaks. Every sentence is written for
the test."""

from __future__ import annotations

from quoting import quotes_of


def test_a_name_set_off_after_a_role_by_commas_is_the_speaker_whatever_its_given_name():
    """``معاون ... استان، هیوا امینی، گفت``: a whole name after the role's comma is its holder,
    though FIRST_NAMES lacks the given name (Kurdish, Turkish, women's names); it is no part of
    the role."""
    quotes = quotes_of(
        "معاون درمان دانشگاه علوم پزشکی استان، دلنیا رستمی، گفت: بیمارستان جدید تا پایان سال افتتاح می‌شود.",
        "رئیس اداره آموزش و پرورش شهرستان، سیروان احمدي، نيز افزود: مدارس روستایی بازسازی می‌شوند.",
        "مدیرکل صنعت، معدن و تجارت استان گفت: قیمت‌ها ثابت می‌ماند.")
    assert [(q.speaker, q.role) for q in quotes] == [
        ("دلنیا رستمی", "معاون درمان دانشگاه علوم پزشکی استان"),
        ("سیروان احمدی", "رئیس اداره آموزش و پرورش شهرستان"),
        (None, "مدیرکل صنعت معدن و تجارت استان")]


def test_a_numbered_unit_of_a_body_speaks_as_the_body():
    """``شعبه ۱۲ دادگاه ... اعلام کرد``، ``منطقه ۶ شهرداری ...``: a unit and its number (digits of
    any script, or an ordinal word) open an organisation, never a person called شعبه; the bare
    body named after the number (دادگاه) is that unit again."""
    quotes = quotes_of(
        "شعبه 12 دادگاه انقلاب استان در رأیی اعلام کرد که متهمان تبرئه شده‌اند.",
        "دادگاه همچنین تصریح کرده است که اموال توقیف‌شده آزاد می‌شود.",
        "شعبه دوم دیوان عدالت اداری اعلام كرد كه مصوبه شورا باطل است.",
        "منطقه ۶ شهرداری در اطلاعیه‌ای اعلام کرد که پیاده‌روها مرمت می‌شوند.")
    assert [(q.speaker, q.speaker_type) for q in quotes] == [
        ("شعبه 12 دادگاه انقلاب استان", "organisation")] * 2 + [
        ("شعبه دوم دیوان عدالت اداری", "organisation"), ("منطقه ۶ شهرداری", "organisation")]


def test_someone_called_by_a_role_with_the_indefinite_ending_is_unnamed():
    """``مادری در صف می‌گفت``، ``راننده‌ای ... می‌گوید`` (ZWNJ, space or Arabic letters): a role or
    description with the indefinite ی, or a noun with ای after its silent ه, is someone the
    article does not name, never a one-word surname; a surname the article writes after a given
    name (محمدرضا مدیری ... مدیری گفت) stays his."""
    quotes = quotes_of(
        "مادري در صف واكسن مي‌گفت: سه ساعت است منتظريم.",
        "راننده اي در صف جایگاه سوخت می‌گوید: دو ساعت است منتظرم.",
        "پرستاری در بخش اورژانس به خبرنگار ما گفت: شیفت‌ها طولانی است.",
        "محمدرضا مدیری، مربی تیم، از بازیکنانش راضی است. مدیری گفت: بازی سختی داشتیم.")
    assert [(q.speaker, q.speaker_type) for q in quotes] == [
        (None, "unnamed"), (None, "unnamed"), (None, "unnamed"), ("محمدرضا مدیری", "person")]


def test_the_name_a_speaker_goes_by_is_set_aside_from_the_subject():
    """``ژوائو کارلوس دا سیلوا معروف به «ژوکا»، مهاجم برزیلی تیم، گفت``: the alias after معروف /
    ملقب / مشهور به is no part of the name, and the role after its comma is still the speaker's."""
    quotes = quotes_of(
        "ژوائو کارلوس دا سیلوا معروف به «ژوکا»، مهاجم برزیلی تیم، در این نشست گفت: من اینجا خوشحالم.",
        "حسین کاظمی ملقب به شیر ایران، قهرمان وزنه‌برداری، گفت: برای مدال طلا آمده‌ام.",
        "عبدالله رحمانی مشهور به «عمو عبدالله» در جمع اهالی گفت: آب روستا قطع شده است.")
    assert [(q.speaker, q.role) for q in quotes] == [
        ("ژوائو کارلوس دا سیلوا", "مهاجم برزیلی تیم"), ("حسین کاظمی", "قهرمان وزنه‌برداری"), ("عبدالله رحمانی", None)]
