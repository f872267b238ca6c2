"""A speech verb in a که clause set after the verb of the clause naming its speaker: news names
the speaker in a clause of being, having or standing (``جالب‌ترین واکنش از آن X بود که گفت``،
``واکنش به X تعلق داشت که ... گفت``، ``در طرف مقابل X قرار دارد که می‌گوید``) and the clause after
که, with no subject of its own, is theirs. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quote_holding, quotes_of, speaker_of

MATCH = "دیدار دو تیم پایتخت دیشب با تساوی بدون گل به پایان رسید و هواداران ناراضی ورزشگاه را ترک کردند."


def test_a_cleft_without_this_names_the_speaker_of_a_direct_quote():
    """``جالب‌ترین واکنش از آن X بود که گفت: ...``: the name before بود که is the one speaking."""
    quotes = quotes_of(MATCH, "جالب‌ترین واکنش پس از بازی از آن مسعود شجاعی بود که گفت: «ما امروز فقط یک نیمه فوتبال بازی کردیم.»")
    assert speaker_of(quotes, "فقط یک نیمه") == "مسعود شجاعی"


def test_a_cleft_after_a_subject_clause_names_the_speaker_of_a_claim():
    """``اولین کسی که ...، X بود که گفت CLAIM``: the clause before the comma describes the role."""
    quotes = quotes_of(MATCH, "اولین کسی که به نتیجه اعتراض کرد، جواد نکونام بود که گفت داور دو پنالتی مسلم را نگرفت.")
    assert speaker_of(quotes, "دو پنالتی مسلم") == "جواد نکونام"


def test_a_clause_of_belonging_then_a_joined_speech_verb():
    """``واکنش به X تعلق داشت که ... را خطاب کرد و گفت CLAIM``: the verb joined by و before the
    speech verb is the same speaker's, so the که clause still has no subject of its own."""
    quotes = quotes_of(MATCH, "تندترین واکنش به فرهاد مجیدی تعلق داشت که مدیرعامل باشگاه را خطاب کرد و گفت بدون بازیکن جدید نمی‌توان قهرمان شد.")
    assert speaker_of(quotes, "بدون بازیکن جدید") == "فرهاد مجیدی"


def test_a_body_standing_on_the_other_side_speaks_in_the_present():
    """``در طرف مقابل X قرار دارد که می‌گوید CLAIM``: a body's name before قرار دارد."""
    quotes = quotes_of(MATCH, "در طرف مقابل سازمان لیگ فوتبال قرار دارد که می‌گوید برنامه مسابقات تغییر نخواهد کرد.")
    assert speaker_of(quotes, "برنامه مسابقات تغییر") == "سازمان لیگ فوتبال"


def test_a_clause_with_its_own_subject_keeps_its_speaker():
    """``میزبان ... X بود که رئیس آن، Y، گفت``: the که clause names its own speaker."""
    quotes = quotes_of(MATCH, "میزبان نشست خبری باشگاه سپاهان بود که مدیرعامل آن، محمدرضا ساکت، گفت تیم برای قهرمانی آماده است.")
    assert speaker_of(quotes, "برای قهرمانی آماده") == "محمدرضا ساکت"


def test_a_predicate_before_the_copula_is_no_speaker():
    """``این جمله X اغراق آمیز است که می‌گوید «...»``: one word before است is a predicate, not a
    surname (آمیز); the saying quoted is nobody's the article names."""
    quotes = quotes_of("زمانی فکر می‌کردم این جمله لاکاسانی اغراق آمیز است که می‌گوید «هر شهری مردمانی دارد که خود ساخته است» ولی امروز نظرم عوض شد.")
    assert [quote.speaker for quote in quotes if "مردمانی دارد" in quote.text] == [None]


def test_the_whole_cleft_inside_a_quote_stays_the_quoting_speakers():
    """``X گفت: «این داور بود که گفت ...»``: the cleft is inside X's own quote."""
    quotes = quotes_of(MATCH, "سرمربی میزبان، یحیی گل‌محمدی گفت: «این داور بود که گفت بازی ادامه پیدا کند و ما اعتراض کردیم.»")
    assert quote_holding(quotes, "بازی ادامه پیدا کند").speaker == "یحیی گل‌محمدی"


def test_a_name_with_its_office_before_the_copula_is_the_focus():
    """``سخنران اصلی مراسم X رئیس ... بود که تاکید کرد CLAIM``: the name and its office end the
    clause of being; the body closing the office is not the speaker."""
    quotes = quotes_of(MATCH, "سخنران اصلی مراسم اهدای جوایز حمید سجادی رئیس فدراسیون فوتبال بود که تاکید کرد جوایز این فصل دو برابر شده است.")
    assert speaker_of(quotes, "دو برابر شده") == "حمید سجادی"


def test_a_body_after_an_office_is_no_focus():
    """``اولین سخنران، مدیر فدراسیون فوتبال بود که گفت``: the office's body does not speak."""
    quotes = quotes_of(MATCH, "اولین سخنران نشست، مدیر فدراسیون فوتبال بود که گفت برنامه لیگ تغییر نمی‌کند.")
    assert all(quote.speaker != "فدراسیون فوتبال" for quote in quotes)
