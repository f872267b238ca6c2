"""A body's name holds the place set after it with «در» when only the verb follows (round 27, m).

Agency and provincial reports name a body by where it sits (``دولت ائتلافی در پاکستان بر این باور
است``، ``ستاد استانی طرح ... در سرآباد اعلام کرد``، ``سفارت ایران در لندن اعلام کرد``): a body does
not travel to speak as a person does, so the place tells which body it is, and ANNOTATION.md's
round 22 makes a body's speaker its fullest name. A country, a province (with استان or without) or
a town in آباد counts; any other word after در is the clause's (در بیانیه‌ای، در ادامه), and a
person's place is never their name. Invented sentences."""

from tests.quoting import quote_holding, quotes_of, speaker_of


def test_a_government_in_its_country():
    quotes = quotes_of("دولت ائتلافی در افغانستان بر این باور است که گفت‌وگو با گروه‌های مسلح راه صلح است.")
    assert speaker_of(quotes, "گفت‌وگو با گروه‌های مسلح") == "دولت ائتلافی در افغانستان"
    assert quote_holding(quotes, "گفت‌وگو با گروه‌های مسلح").speaker_type == "organisation"


def test_a_provincial_headquarters_in_a_province_named_with_its_unit():
    quotes = quotes_of("ستاد اجرایی طرح «زمستان گرم» در استان اردبیل اعلام کرد که ۵ هزار بخاری میان خانواده‌ها توزیع شد.")
    assert speaker_of(quotes, "هزار بخاری") == "ستاد اجرایی طرح زمستان گرم در استان اردبیل"


def test_a_town_in_abad_in_the_older_spelling():
    quotes = quotes_of("كميته امداد در نجف‌آباد اعلام كرد: ثبت نام طرح اشتغال خانگي از شنبه آغاز مي‌شود.")
    assert speaker_of(quotes, "ثبت نام طرح اشتغال") == "کمیته امداد در نجف‌آباد"
    quotes = quotes_of("کمیته امداد در نجف آباد اعلام کرد که ثبت نام طرح اشتغال آغاز شد.")
    assert speaker_of(quotes, "ثبت نام طرح اشتغال") == "کمیته امداد در نجف آباد"


def test_no_place_no_person_and_a_statement_stay_out_of_the_name():
    quotes = quotes_of(
        "فدراسیون فوتبال در بیانیه‌ای اعلام کرد که اردوی تیم ملی لغو شد.",
        "فدراسیون فوتبال در ادامه اعلام کرد که بازیکنان به باشگاه‌ها برمی‌گردند.",
        "حمید کریمی در پاکستان گفت که مذاکرات ادامه دارد.",
    )
    assert speaker_of(quotes, "اردوی تیم ملی لغو") == "فدراسیون فوتبال"
    assert speaker_of(quotes, "بازیکنان به باشگاه‌ها") == "فدراسیون فوتبال"
    assert speaker_of(quotes, "مذاکرات ادامه دارد") == "حمید کریمی"
