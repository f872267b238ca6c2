"""A title of another rank than the person's (a deputy after the minister, the coach after the club's
chief executive, an acting head after a former coach) is someone else, whom the article may never
name: not the speaker of the moment, not the one person the article names, not a newcomer named
next. A deputy, an adviser or a spokesman may also head a body (معاون وزیر و رئیس سازمان ...), so
only a rank held alone (وزیر، استاندار، سرمربی ...) on one side decides. Every sentence is written
for the test."""

from __future__ import annotations

from tests.quoting import quotes_of, speaker_of


def test_the_coach_is_not_the_clubs_chief_executive_who_spoke_last():
    quotes = quotes_of(
        "فرشته یگانه، رئیس کمیته فوتسال بانوان هیات استان، گفت: حق با بازیکنان است.",
        "کیوان مقدم، مدیرعامل باشگاه نگین، در گفت‌وگو با خبرنگار ما گفت: اسپانسر به تعهداتش عمل نکرده است.",
        "سرمربی تیم نگین با حمایت از شاگردانش گفت: این دخترها با عشق بازی می‌کنند.",
    )
    assert speaker_of(quotes, "اسپانسر به تعهداتش") == "کیوان مقدم"
    assert speaker_of(quotes, "با عشق بازی") is None


def test_the_acting_head_is_not_the_one_person_the_article_names():
    quotes = quotes_of(
        "میلان توموویچ، سرمربی سابق ذوب‌آهن، صبح امروز به باشگاه رفت و قراردادش را فسخ کرد.",
        "سرپرست موقت باشگاه در این باره گفته است: مطالبات او تا پایان ماه پرداخت می‌شود.",
    )
    assert speaker_of(quotes, "مطالبات او") is None


def test_the_deputy_is_not_the_minister_named_next():
    quotes = quotes_of(
        "معاون وزیر آموزش و پرورش با بیان اینکه آزمون در دی ماه برگزار می‌شود، گفت: داوطلبان زودتر ثبت نام کنند.",
        "علیرضا کاظمی، وزیر آموزش و پرورش، نیز گفت که ۲۰ هزار معلم استخدام می‌شوند.",
    )
    assert speaker_of(quotes, "زودتر ثبت نام") is None
    assert speaker_of(quotes, "۲۰ هزار معلم") == "علیرضا کاظمی"


def test_a_deputy_minister_heading_a_body_is_called_by_either_office():
    quotes = quotes_of(
        "مهدی جمالی‌نژاد، معاون عمرانی وزیر کشور، در جلسه قرارگاه بازسازی گفت: اعتبارات ما محدود است.",
        "رئیس سازمان شهرداری‌ها و دهیاری‌های کشور در ادامه تاکید کرد: سامانه کنترل پروژه‌ها نیز فعال است.",
    )
    assert speaker_of(quotes, "سامانه کنترل") == "مهدی جمالی‌نژاد"


def test_a_title_of_the_same_rank_stays_the_speakers():
    quotes = quotes_of(
        "رضا کریمی، سرمربی تیم فوتبال نفت، پس از بازی گفت: بازیکنانم خوب جنگیدند.",
        "سرمربی نفت افزود: داوری به ضرر ما بود.",
    )
    assert speaker_of(quotes, "داوری به ضرر") == "رضا کریمی"
