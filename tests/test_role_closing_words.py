"""A role never ends on a stop word (فرماندار ایالت لارا در | گفت), but two words a stop-word list
holds do close a role: the last word of a fixed term (معاون محیط طبیعی اداره کل) and the honorific
written after a holy person's name in a body's name (رئیس دانشگاه امام حسین (ع))."""

from quoting import quotes_of


def role_of(paragraph: str) -> str | None:
    [quote] = quotes_of(paragraph)
    return quote.role


def test_a_role_ends_on_the_kol_of_a_general_office():
    assert role_of("شیرین احمدوند معاون محیط طبیعی اداره کل گفت: پرندگان مهاجر کم شدند.") == \
        "معاون محیط طبیعی اداره کل"


def test_a_role_set_off_before_the_name_ends_on_the_kol_too():
    assert role_of("معاون آموزش ابتدایی اداره کل، مریم فتحی، گفت: کلاس‌ها شلوغ است.") == "معاون آموزش ابتدایی اداره کل"


def test_a_role_ends_on_the_honorific_of_the_holy_name_its_body_bears():
    assert role_of("به گزارش فارس، مینا رستمی رئیس دانشگاه امام حسین (ع) گفت: ۲۰ رشته جدید داریم.") == \
        "رئیس دانشگاه امام حسین ع"


def test_kol_opening_the_claim_is_no_part_of_the_role():
    assert role_of("محمد حسنی رئیس اداره بهزیستی شهرستان طبس گفت: کل کمک‌ها توزیع شد.") == \
        "رئیس اداره بهزیستی شهرستان طبس"
