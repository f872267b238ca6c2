"""After a name, «در» opens the occasion someone spoke at (رضایی مدیرکل بهزیستی در نشست خبری)
and ends the role, but not where it names the office itself: a representative's seat (نماینده
مردم اهواز در مجلس) or the affairs a deputy is for (معاون وزیر ... در امور دام)."""

from quoting import quotes_of


def role_of(paragraph: str) -> str | None:
    [quote] = quotes_of(paragraph)
    return quote.role


def test_a_representatives_seat_in_parliament_is_part_of_the_role():
    assert role_of("کیومرث رستمی نماینده مردم ایذه در مجلس شورای اسلامی صبح امروز در نطق میان دستور گفت: "
                   "جاده ایذه هنوز ناامن است.") == "نماینده مردم ایذه در مجلس شورای اسلامی"


def test_the_affairs_a_deputy_is_for_are_part_of_the_role():
    assert role_of("ناهید شجاعی معاون وزیر جهاد کشاورزی در امور باغبانی گفت: صادرات پسته بیشتر شد.") == \
        "معاون وزیر جهاد کشاورزی در امور باغبانی"


def test_a_minister_in_parliament_spoke_there_and_the_role_ends_before_it():
    assert role_of("کیومرث رستمی وزیر کشور در مجلس گفت: انتخابات به موقع برگزار می‌شود.") == "وزیر کشور"


def test_a_representative_at_a_session_spoke_there_and_the_role_ends_before_it():
    assert role_of("کیومرث رستمی نماینده مردم ایذه در جلسه علنی امروز گفت: جاده ایذه هنوز ناامن است.") == \
        "نماینده مردم ایذه"


def test_a_seat_after_the_list_of_a_representatives_towns_is_part_of_the_role():
    assert role_of("رحیم نوروزی نماینده مردم شهرستان‌های سرخس، فریمان و احمدآباد در مجلس شورای اسلامی گفت: "
                   "مرز سرخس باید فعال شود.") == "نماینده مردم شهرستان‌های سرخس، فریمان و احمدآباد در مجلس شورای اسلامی"


def test_the_affairs_after_a_ministrys_listed_fields_are_part_of_the_role():
    assert role_of("پروانه سلیمی معاون وزیر تعاون، کار و رفاه اجتماعی در امور اشتغال گفت: ۵۰ هزار شغل ایجاد شد.") == \
        "معاون وزیر تعاون، کار و رفاه اجتماعی در امور اشتغال"


def test_a_session_after_the_list_is_still_the_occasion():
    assert role_of("رحیم نوروزی نماینده مردم سرخس، فریمان و احمدآباد در نشست خبری گفت: مرز سرخس باید فعال شود.") == \
        "نماینده مردم سرخس، فریمان و احمدآباد"
