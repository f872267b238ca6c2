"""A title whose body's name lists its fields (وزارت تعاون، کار و رفاه اجتماعی؛ معاون سیاسی، امنیتی و
اجتماعی استاندار) goes on past the list's commas when the object's را comes later in the clause
(``... در این جلسه ... را «...» خواند``): the list's last item is the title's, not the object's
opening. Not an item that runs on past the province it names into the object (استان یزد | حمایت ...)."""

from quoting import quotes_of


def role_of(paragraph: str) -> str | None:
    return quotes_of(paragraph)[0].role


def test_a_list_of_fields_in_the_title_before_a_judgement():
    assert role_of("معاون فرهنگی، اجتماعی و ورزشی استاندار نیز در این جلسه حمایت از ورزشکاران را "
                   "«وظیفه‌ای همگانی» خواند.") == "معاون فرهنگی، اجتماعی و ورزشی استاندار"


def test_a_ministry_named_by_its_fields_before_a_judgement():
    assert role_of("معاون امور جوانان وزارت ورزش، جوانان و خانواده در نشست خبری امروز کاهش بودجه را "
                   "«شایعه‌ای بی‌پایه» خواند.") == "معاون امور جوانان وزارت ورزش، جوانان و خانواده"


def test_an_item_running_past_its_province_into_the_object_is_cut_at_the_comma():
    role = role_of("مدیرکل راه، مسکن و شهرسازی استان یزد حمایت نمایندگان از طرح‌ها در سال جاری را "
                   "«ضروری» خواند.")
    assert role is None or "حمایت" not in role
