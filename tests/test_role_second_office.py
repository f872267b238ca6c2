"""A second office joined to the first with و after a name (``X رئیس شورای شهر و عضو هیئت مدیره
... گفت``) is the same person's when the speech verb is singular and no name follows it: the role
goes on to the verb, as it does to an apposition's closing comma. A plural verb or a name after
the second office makes it another speaker's."""

from quoting import quotes_of


def speakers_and_roles(paragraph: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in quotes_of(paragraph)]


def test_a_second_office_before_a_singular_verb_is_the_same_persons():
    assert speakers_and_roles("پرویز سلطانی رئیس شورای شهر ساوه و عضو هیئت مدیره انجمن شهرداران گفت: "
                              "بودجه عمرانی شهر کافی نیست.") == \
        [("پرویز سلطانی", "رئیس شورای شهر ساوه و عضو هیئت مدیره انجمن شهرداران")]


def test_an_expert_and_adviser_keeps_both_descriptions():
    assert speakers_and_roles("شیرین قاسمی کارشناس ارشد تغذیه و مشاور خانواده در گفت‌وگو با خبرنگار ما گفت: "
                              "صبحانه را نباید حذف کرد.") == \
        [("شیرین قاسمی", "کارشناس ارشد تغذیه و مشاور خانواده")]


def test_a_second_office_before_a_plural_verb_is_another_speakers():
    assert speakers_and_roles("پرویز سلطانی رئیس شورای شهر ساوه و مدیرکل بهزیستی استان در نشستی مشترک گفتند: "
                              "بودجه عمرانی شهر کافی نیست.") == [("پرویز سلطانی", "رئیس شورای شهر ساوه")]


def test_a_second_office_with_its_holders_name_after_it_is_another_speakers():
    [(_, role)] = speakers_and_roles("پرویز سلطانی رئیس شورای شهر ساوه و مدیرکل بهزیستی استان مهدی کاظمی گفت: "
                                     "بودجه عمرانی شهر کافی نیست.")
    assert role == "رئیس شورای شهر ساوه"


def test_a_second_office_opening_on_a_word_names_also_open_is_still_an_office():
    assert speakers_and_roles("حسن طاهری رئیس شورای فرهنگ عمومی شهرستان و امام جمعه یاسوج گفت: "
                              "وحدت مردم مهم است.") == \
        [("حسن طاهری", "رئیس شورای فرهنگ عمومی شهرستان و امام جمعه یاسوج")]
