"""Round 19, rule-maker r: gold quotes goftar did not find at all. Every sentence is written for the test."""

from __future__ import annotations

from quoting import quotes_of


def test_a_denied_verb_or_a_subjunctive_of_i_keeps_the_speaker_going_on():
    """After a quote running to its paragraph's end, a paragraph whose only first person is a
    denied verb (نکرده‌ام، نتوانستیم) or a subjunctive of «I» (بگویم) is the speaker going on."""
    for going_on in ("از اول سال تا امروز یک روز هم مغازه را تعطیل نکرده ام. سود این کار دیگر کفاف اجاره را نمی‌دهد.",
                     "متاسفانه پارسال نتوانستيم اعتبار لازم براي اصلاح شبكه را جذب كنيم و كار عقب افتاد.",
                     "البته این را هم بگویم که جریمه مشترکان پرمصرف از ماه بعد اجرا می‌شود."):
        quotes = quotes_of("حسن کریمی، مدیر شرکت آب شهر، گفت: ذخیره سد به ۲۰ درصد رسیده است.", going_on,
                           "در پایان نشست، از تاسیسات تازه شهر بازدید شد.")
        assert [(q.where, q.kind, q.speaker) for q in quotes] == [
            ("body:0", "direct", "حسن کریمی"), ("body:1", "direct", "حسن کریمی")], going_on


def test_a_subjunctive_of_we_after_a_heading_question_is_the_reports_own_voice():
    """The report's own «we» writes a subjunctive (``شاهد ... باشیم``): after a feature's heading
    that ends in ؟ the paragraph is the report's, not an answer."""
    quotes = quotes_of("سرمربی تیم گفت: بازیکنان ما آماده‌اند و برای برد می‌جنگیم.",
                       "تیم ساحل؛ مربی می‌ماند؟",
                       "نتایج تیم در نیم فصل دوم خوب نبود و باید در هفته‌های پایانی شاهد تغییرات تازه در کادر فنی باشیم.")
    assert [q.where for q in quotes] == ["body:0"]


def test_a_word_said_as_the_verbs_object_leaves_no_claim_after_it():
    """``X که در همایش سخن می‌گفت، ...``, ``تسلیت گفت، ...``: گفتن has said its word (سخن، تسلیت،
    خوشامد); what follows the comma is no claim, and the speaker's own cues after it are read."""
    quotes = quotes_of(
        "علی رضایی، مدیرکل بهزیستی استان، که صبح امروز در همایش سالمندان سخن مى‌گفت، با اشاره به اينكه"
        " بودجه امسال كم است، گفت كه ۲۰۰ مركز جديد ساخته مى‌شود.",
        "شهردار به خانواده‌های جانباختگان تسلیت گفت، مراسم یادبود هفته آینده در مسجد جامع برگزار می‌شود.",
        "رئیس دانشگاه به دانشجویان جدید خوشامد گفت، کلاس‌ها از شنبه آغاز می‌شود.")
    assert [(q.where, q.cue, q.text) for q in quotes] == [
        ("body:0", "با اشاره به اينكه", "بودجه امسال كم است"), ("body:0", "گفت", "۲۰۰ مركز جديد ساخته مى‌شود")]


def test_any_writing_quoted_in_guillemets_after_amade_ast_is_a_direct_quote():
    """``در DOCUMENT آمده است: «...»`` whatever the document is called (دادنامه، پاسخ، وصیت‌نامه):
    آمده before a colon and a quotation mark says its words are quoted."""
    for frame in ("در بخشی از دادنامه دادگاه آمده است:", "در این پاسخ آمده است:", "در وصيت‌نامه او آمده بود: "):
        quotes = quotes_of("اداره کار استان درباره تعطیلی کارخانه نساجی شهر واکنش نشان داد.",
                           frame + "«هیچ کارگری بدون حقوق رها نمی‌شود و مطالبات تا پایان ماه پرداخت می‌شود.»")
        assert [(q.where, q.kind, q.text) for q in quotes] == [
            ("body:1", "direct", "هیچ کارگری بدون حقوق رها نمی‌شود و مطالبات تا پایان ماه پرداخت می‌شود.")], frame


def test_a_verse_or_unquoted_words_after_an_unlisted_writing_are_no_quote():
    """A verse is the writer's citation (در آیه ۱۲ سوره بقره آمده است:), and an unlisted noun with
    no quotation mark after its colon (در ماده ۲ آمده است: ...) may be a law's article: neither is read."""
    quotes = quotes_of("در آیه ۱۲ سوره بقره آمده است: «آنان همان مفسدانند ولی خود نمی‌فهمند.»",
                       "در ماده ۲ آمده است: عبارات این قانون در معانی زیر به کار می‌رود.")
    assert quotes == []


def test_a_cue_opening_the_quote_before_is_reported_inside_it():
    """``X ادامه داد: یکی از والدین به من گفت: «...» ...``: the second cue's clause opens X's quote,
    so X's words report it; they run on past it, and nothing is carried to the next paragraph."""
    quotes = quotes_of(
        "مدیر مدرسه ادامه داد: یکی از والدین هفته گذشته به من گفت: «بچه‌ام از سرما بیمار شد.» این وضع قابل قبول نیست.",
        "در پایان، مسئولان قول پیگیری دادند و جلسه تمام شد.")
    assert [(q.where, q.cue, q.text) for q in quotes] == [
        ("body:0", "ادامه داد",
         "یکی از والدین هفته گذشته به من گفت: «بچه‌ام از سرما بیمار شد.» این وضع قابل قبول نیست.")]


def test_a_message_sent_reports_what_it_says_before_that_or_a_colon():
    """``یکی از شنوندگان پیام داده که CLAIM``: a message's words are reported speech; ``پیام داد و ...``
    with no که or colon only tells that one was sent."""
    quotes = quotes_of("یکی از شنوندگان پیام داده که آب محله سه روز است قطع شده.",
                       "مدیر باشگاه به بازیکنان پیامک داد كه تمرين فردا لغو شده است.",
                       "سرمربی پیش از بازی به بازیکنان پیام داد و به ورزشگاه رفت.")
    assert [(q.where, q.kind, q.text) for q in quotes] == [
        ("body:0", "indirect", "آب محله سه روز است قطع شده"), ("body:1", "indirect", "تمرين فردا لغو شده است")]


def test_a_letter_going_on_in_its_writers_voice_past_words_it_reports():
    """A letter's paragraph that says «we» before it reports anyone (``ما بارها ... مراجعه
    کرده‌ایم. هر بار به ما گفتند «...»``) is still the letter: the text goes on past it, up to the
    report's own paragraph on the letter (``این نامه با امضای ... به پایان رسیده است``)."""
    quotes = quotes_of(
        "کارگران کارخانه نساجی شهر نامه‌ای به استاندار نوشتند. متن کامل نامه به شرح زیر است:",
        "جناب آقای استاندار، ما کارگران کارخانه نساجی هشت ماه است حقوق نگرفته‌ایم و خانواده‌هایمان در سختی هستند.",
        "ما بارها به اداره کار مراجعه کرده‌ایم. هر بار به ما گفتند «موضوع در دست بررسی است». اما هنوز حقوقی نرسیده است.",
        "از جنابعالی تقاضا داریم دستور رسیدگی فوری به این وضع را صادر فرمایید تا کارخانه تعطیل نشود.",
        "این نامه با امضای ۱۲۰ نفر از کارگران به پایان رسیده است.")
    assert [(q.where, q.kind) for q in quotes] == [("body:1", "direct"), ("body:2", "direct"), ("body:3", "direct")]


def test_advice_given_is_reported_as_a_proposal_is():
    """``X توصیه کرد (که) CLAIM``: what someone advises others to do, with که or a subjunctive
    clause; advice given with no clause (``توصیه کرد و سپس ...``) says nothing."""
    quotes = quotes_of("لیلا احمدی، متخصص قلب، توصیه کرد افراد بالای ۴۰ سال سالی یک بار فشار خون خود را کنترل کنند.",
                       "كارشناس هواشناسي توصيه كرد كه كشاورزان از سمپاشي در روزهاي باراني خودداري كنند.",
                       "سرمربی تیم به بازیکنان توصیه کرد و سپس تمرین را ترک کرد.")
    assert [(q.where, q.kind, q.text) for q in quotes] == [
        ("body:0", "indirect", "افراد بالای ۴۰ سال سالی یک بار فشار خون خود را کنترل کنند"),
        ("body:1", "indirect", "كشاورزان از سمپاشي در روزهاي باراني خودداري كنند")]
