"""Sport reports' roles: a player's or coach's post given once, where the report chooses, is
theirs on every quote. Every sentence is invented for the test.
"""

from __future__ import annotations

from quoting import headed_quotes, quote_holding, quotes_of


def test_a_post_given_once_by_a_later_title_only_quote_is_the_speakers_on_every_quote():
    """Named first, then ``سرمربی ملوان ... گفت`` with nobody new: the post is the coach's,
    shown on the quotes before it too."""
    quotes = headed_quotes(
        "محمودی: در لیگ برتر می‌مانیم", "",
        "کاظم محمودی در گفت‌وگو با خبرنگاران گفت: ما برای ماندن در لیگ برتر تلاش می‌کنیم.",
        "وی ادامه داد: هواداران صبور باشند.",
        "سرمربی ملوان بندرانزلی درباره داوری گفت: داور دو پنالتی ما را نگرفت.")
    assert {(q.speaker, q.role) for q in quotes} == {("کاظم محمودی", "سرمربی ملوان بندرانزلی")}


def test_a_lead_giving_the_headline_speaker_only_a_post_gives_it_to_their_body_quotes():
    """``X: ...`` headline, the lead's ``سرمربی تیم ... گفت: ...``, a body that tells of X and
    quotes him as ``وی``: one coach, whose post every quote shows."""
    quotes = headed_quotes(
        "هالوک دمیرل: به دو مدافع نیاز داریم",
        "سرمربی تیم فوتبال بشیکتاش گفت: برای جبران ضعف دفاع به دو مدافع نیاز داریم.",
        "هالوک دمیرل در بازار نقل و انتقالات امسال زودتر از بقیه مربیان دست به کار شده است. این مربی باتجربه پس از "
        "پایان فصل تصمیم به تقویت دفاع گرفته است.",
        "وی در گفت‌وگویی اظهار داشت: مشکل تیم در پایان فصل مشخص شد.",
        "او ادامه داد: به یک مدافع چپ نیاز داریم.")
    assert {(q.speaker, q.role) for q in quotes} == {("هالوک دمیرل", "سرمربی تیم فوتبال بشیکتاش")}


def test_a_speaker_already_given_a_post_keeps_it_over_a_later_title():
    """Named with his post, the later title (another way to say who he is) is not put first."""
    quotes = quotes_of(
        "یحیی گل‌محمدی، سرمربی پرسپولیس، گفت: حریف قدرتمندی داریم.",
        "مربی باتجربه تیم در ادامه گفت: بازیکنان آماده‌اند.")
    assert quote_holding(quotes, "حریف قدرتمندی").role == "سرمربی پرسپولیس"


def test_a_title_read_before_a_judgements_object_is_not_kept_as_the_speakers_post():
    """``X نامه رئیس جمهور ... را ... عنوان کرد``: the words before the object may be the
    object's; the speaker is not given them as a post for his other quotes."""
    quotes = quotes_of(
        "غلامرضا نوروزی در نشست امروز گفت: فدراسیون باید پاسخگو باشد.",
        "نوروزی نامه رئیس فدراسیون به باشگاه‌ها را عجولانه و بی‌پشتوانه عنوان کرد.",
        "وی افزود: باشگاه‌ها از این نامه ناراضی هستند.")
    assert quote_holding(quotes, "پاسخگو باشد").role != "رئیس فدراسیون"


def test_a_sport_title_shortened_later_is_shown_as_the_lead_gave_it():
    """The lead's ``مدافع تیم فوتبال پرسپولیس گفت``, the body's ``مدافع پرسپولیس ... گفت``: the
    team's words left out, the same post, shown in full."""
    quotes = headed_quotes(
        "حسینی: فولاد تیم خوبی است",
        "مدافع تیم فوتبال پرسپولیس گفت: فولاد تیم خوبی است.",
        "سید جلال حسینی پس از بازی گفت: بازی سختی بود.",
        "مدافع پرسپولیس در ادامه گفت: فولاد روی ضدحمله برنامه داشت.")
    assert quote_holding(quotes, "روی ضدحمله").role == "مدافع تیم فوتبال پرسپولیس"


def test_a_club_official_called_by_the_club_alone_is_shown_with_the_club():
    quotes = headed_quotes(
        "رویانیان: از تیم ملی حمایت می‌کنیم",
        "مدیرعامل باشگاه پرسپولیس گفت: از تیم ملی حمایت می‌کنیم.",
        "محمد رویانیان گفت: بیانیه سرمربی تیم ملی را نخوانده‌ام.",
        "مدیرعامل پرسپولیس در پایان گفت: مشکلی با فدراسیون نداریم.")
    assert quote_holding(quotes, "مشکلی با فدراسیون").role == "مدیرعامل باشگاه پرسپولیس"


def test_a_sport_title_with_a_word_of_its_own_keeps_it():
    """``سرپرست باشگاه پرسپولیس`` is not the ``سرپرست تیم فوتبال پرسپولیس`` the article also
    gives: a word said otherwise, not left out; the sentence's own title stays."""
    quotes = headed_quotes(
        "طاهری: پیش‌قرارداد اسپانسر آماده است",
        "سرپرست باشگاه پرسپولیس می‌گوید پیش‌قرارداد اسپانسر آماده است.",
        "علی‌اکبر طاهری، سرپرست تیم فوتبال پرسپولیس، گفت: قرارداد هفته بعد امضا می‌شود.")
    assert next(q for q in quotes if q.where == "lead").role == "سرپرست باشگاه پرسپولیس"


def test_a_title_set_beside_the_name_in_narration_is_the_speakers():
    """``به نظر می‌رسد X، سرمربی برزیلی، ...`` quotes nobody; X is then quoted by surname
    alone: the title beside his name is his."""
    quotes = headed_quotes(
        "سانتوس و ستایش دو بازیکن جوان",
        "به نظر می‌رسد کارلوس سانتوس، سرمربی برزیلی، از حالا به فکر نقل و انتقالات تابستان است.",
        "سانتوس گفت: این دو بازیکن آینده فوتبال ایران هستند.")
    assert quote_holding(quotes, "آینده فوتبال").role == "سرمربی برزیلی"


def test_a_title_closed_by_a_comma_after_the_name_in_narration_is_the_speakers():
    quotes = quotes_of(
        "پس از بازی پیروز قربانی مربی سابق استقلال، در تمرین این تیم حاضر شد.",
        "قربانی گفت: تیم آماده است.")
    assert quote_holding(quotes, "تیم آماده").role == "مربی سابق استقلال"


def test_a_title_said_of_the_name_as_a_predicate_is_not_the_speakers():
    """``... که X سرمربی موفقی برای این تیم است``: what the sentence says of him, not a title set
    beside the name by a comma."""
    quotes = quotes_of(
        "همه قبول دارند که علی دایی سرمربی موفقی برای این تیم است.",
        "دایی گفت: باید صبور بود.")
    assert quote_holding(quotes, "صبور بود").role is None


def test_an_office_a_relative_clause_says_the_speaker_holds_is_their_role():
    """``X که مدیریت ... را بر عهده دارد، ... گفت``: the office, as written, is the speaker's; it
    wins over the copula's description before it in the same clause."""
    quotes = quotes_of(
        "به گزارش خبرنگار ما، کامران صدری که از پیشکسوتان باشگاه سپاهان است و اکنون مدیریت بخش "
        "آکادمی این باشگاه را بر عهده دارد، پس از دیدار گفت: نوجوانان ما آینده فوتبال ایران هستند.")
    quote = quote_holding(quotes, "آینده فوتبال")
    assert (quote.speaker, quote.role) == ("کامران صدری", "مدیریت بخش آکادمی این باشگاه")


def test_a_role_a_relative_clauses_copula_ends_is_the_speakers():
    """``X که یکی از نامزدهای ریاست هیئت ... بود، گفت``: the predicate of the clause on the
    speaker's name is their description."""
    quotes = quotes_of(
        "بهزاد فرخی که یکی از نامزدهای ریاست هیئت کشتی استان بود، پس از انتخابات گفت: نتیجه را می‌پذیرم.")
    quote = quote_holding(quotes, "نتیجه را")
    assert (quote.speaker, quote.role) == ("بهزاد فرخی", "یکی از نامزدهای ریاست هیئت کشتی استان")


def test_a_relative_clause_about_what_the_speaker_did_gives_no_role():
    """``X که به دیدار سرمربی تیم ملی رفته بود، گفت``: the clause tells of an act, and the post
    in it is another's; and ``مسئولیت بزرگی را بر عهده دارد`` holds no office's noun."""
    quotes = quotes_of(
        "سامان رزاقی که به دیدار سرمربی تیم ملی رفته بود، گفت: گفت‌وگوی خوبی داشتیم.",
        "نادر امینی که مسئولیت بزرگی را بر عهده دارد، گفت: باید پاسخگو باشیم.")
    assert quote_holding(quotes, "گفت‌وگوی خوبی").role is None
    assert quote_holding(quotes, "پاسخگو باشیم").role is None


def test_a_title_set_beside_a_one_word_name_in_narration_is_the_speakers():
    """``ویرا، سرمربی کرواتی تیم ملی، ...`` then ``ویرا گفت``: a player or coach called by one
    name takes the title a comma sets beside it, as one named in full does."""
    quotes = quotes_of(
        "ویرا، سرمربی کرواتی تیم ملی هندبال، فهرست نهایی اردو را منتشر کرد.",
        "ویرا گفت: چهار بازیکن جوان برای نخستین بار دعوت شده‌اند.")
    quote = quote_holding(quotes, "چهار بازیکن جوان")
    assert (quote.speaker, quote.role) == ("ویرا", "سرمربی کرواتی تیم ملی هندبال")


def test_a_one_word_names_predicate_is_not_their_title():
    """``ویرا سرمربی سخت‌گیری است`` says what he is like, set off by no comma: no title."""
    quotes = quotes_of(
        "ویرا سرمربی سخت‌گیری است و بازیکنان از او حساب می‌برند.",
        "ویرا گفت: نظم مهم‌ترین چیز است.")
    assert quote_holding(quotes, "نظم مهم‌ترین").role is None


def test_where_a_sent_post_was_sent_to_is_part_of_the_role():
    """``سرپرست کاروان اعزامی ایران به بازی‌های جهانی دانشجویان``: after اعزامی, «به» names where the
    post was sent, so the role goes on through it."""
    quotes = quotes_of(
        "کیوان نادری سرپرست کاروان اعزامی ایران به بازی‌های جهانی دانشجویان در گفت‌وگو با ما گفت: "
        "ورزشکاران ما با روحیه خوبی به رقابت‌ها رفته‌اند.")
    quote = quote_holding(quotes, "روحیه خوبی")
    assert (quote.speaker, quote.role) == ("کیوان نادری", "سرپرست کاروان اعزامی ایران به بازی‌های جهانی دانشجویان")


def test_whom_a_sent_post_told_is_not_part_of_the_role():
    """``... اعزامی به ایرنا گفت``: «به» before an agency says whom he told, not where he went."""
    quotes = quotes_of("کیوان نادری سرپرست کاروان اعزامی به ایرنا گفت: همه ورزشکاران سالم هستند.")
    assert quote_holding(quotes, "سالم هستند").role == "سرپرست کاروان اعزامی"


def test_a_legend_is_a_role_before_the_name_and_after_it():
    """``اسطوره پرسپولیس``، ``اسطوره فوتبال آلمان``: how sport news calls its greats, a title as a
    player's post is, with or without a comma after the name."""
    quotes = quotes_of(
        "حمید درخشان اسطوره پرسپولیس در گفتگو با خبرنگاران گفت: جوان‌ها باید صبور باشند.",
        "یورگن کلینزمن، اسطوره فوتبال آلمان به کیکر گفت: تیم ملی به یک مهاجم نوک نیاز دارد.")
    assert (quote_holding(quotes, "صبور باشند").speaker, quote_holding(quotes, "صبور باشند").role) == (
        "حمید درخشان", "اسطوره پرسپولیس")
    assert quote_holding(quotes, "مهاجم نوک").role == "اسطوره فوتبال آلمان"


def test_a_legend_spoken_about_is_not_the_speaker():
    quotes = quotes_of("فرهاد کاظمی درباره اسطوره فوتبال ایران گفت: همه به او احترام می‌گذارند.")
    quote = quote_holding(quotes, "احترام")
    assert (quote.speaker, quote.role) == ("فرهاد کاظمی", None)


def test_a_foreign_name_no_list_holds_after_the_post_and_a_comma_is_the_speaker():
    """``مدافع هلندی لیورپول، ویرخیل فندایک گفت``: sport news writes the post first, then the
    player's name as the foreign press spells it, which no list of given names holds."""
    quotes = quotes_of("مدافع هلندی لیورپول، ویرخیل فندایک به اسکای‌اسپورت گفت: برای قهرمانی آماده‌ایم.")
    quote = quote_holding(quotes, "برای قهرمانی")
    assert (quote.speaker, quote.role) == ("ویرخیل فندایک", "مدافع هلندی لیورپول")


def test_a_common_word_after_the_post_and_a_comma_goes_on_with_the_post():
    quotes = quotes_of("معاون وزیر ورزش، جوانان و امور بانوان گفت: طرح تازه‌ای در راه است.")
    quote = quote_holding(quotes, "طرح تازه")
    assert (quote.speaker, quote.role) == (None, "معاون وزیر ورزش، جوانان و امور بانوان")
