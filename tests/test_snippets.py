"""Snippets: the best passage, with the matched words marked in the original text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis import analyze, persian_analyzer
from indexer.snippets import SENTENCE, _best_sentence, best_snippet, shortened

TEXT = "مديركل بهزيستي گفت: گرمخانه ها آماده است. او افزود: كودكان كار بيمه شده اند؟ پایان."


def test_the_sentence_with_most_query_words_is_chosen_and_marked_in_original_spelling():
    snippet = best_snippet(TEXT, set(analyze("کودکان کار بیمه‌شده")))
    assert snippet.text == "… او افزود: كودكان كار بيمه شده اند؟ …"
    assert [snippet.text[start:end] for start, end in snippet.spans] == ["كودكان", "كار", "بيمه شده اند"]


def test_text_without_matches_gives_its_beginning():
    assert best_snippet(TEXT, {"فضانورد"}).text.startswith("مديركل")


WORDS = st.sampled_from(["كودكان", "کودک", "مي", "شود", "سازمان", "هاي", "بيمه", "شده", "١٧", "17", "کار", "گفت",
                         "مدارس", "مدرسه", "سه", "هزار", "۳۰۰۰"])  # a broken plural, a number in words and digits
SEPARATORS = st.sampled_from([" ", "  ", "\u200c", "، ", ". ", "؟ ", "\n", ": "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=40), st.sets(WORDS, min_size=1, max_size=3))
def test_skipping_sentences_by_their_letters_never_changes_the_sentence_shown(pieces, query_words):
    text = "".join(word + separator for word, separator in pieces)
    terms = {term for word in query_words for term in analyze(word)}
    found = [[((t.startchar, t.endchar), t.text) for t in persian_analyzer()(s.group(), chars=True, start_char=s.start())
              if t.text in terms] for s in SENTENCE.finditer(text)]  # every sentence analysed
    keys = [(len({term for _, term in held}), len({span for span, _ in held})) for held in found]  # a span once
    best, matches = _best_sentence(text, terms)
    if max(keys, default=(0, 0)) == (0, 0):
        assert best is None and matches == []
        return
    first_best = keys.index(max(keys))
    assert best.start() == list(SENTENCE.finditer(text))[first_best].start()
    assert [(start, end) for start, end, _ in matches] == sorted({span for span, _ in found[first_best]})


def test_a_compound_holding_both_query_words_shows_its_sentence_first():
    snippet = best_snippet("کودکان‌بیمه کودکان. کودکان بیمه", set(analyze("کودکان بیمه")))
    assert snippet.text == "کودکان‌بیمه کودکان. …"


LONG = ("در نشست امروز " + "سازمان‌های مردم‌نهاد و نهادهای دولتی " * 8 + "دربارهٔ کودکان کار گفتگو کردند و "
        + "برنامه‌های حمایتی تازه‌ای " * 10 + "را بررسی کردند.")


def test_a_long_sentence_is_cut_at_spaces_and_each_cut_is_marked():
    snippet = best_snippet(LONG, set(analyze("کودکان")), max_chars=120)
    assert snippet.text.startswith("… ") and snippet.text.endswith(" …") and len(snippet.text) <= 124
    inner = snippet.text[2:-2]
    assert LONG.find(inner) > 0, "the shown words are the article's, in order"
    start = LONG.find(inner)
    assert LONG[start - 1] == " " and LONG[start + len(inner)] == " ", "no word is cut in half"
    assert [snippet.text[s:e] for s, e in snippet.spans] == ["کودکان"]


def test_text_without_matches_is_cut_at_a_space_with_an_ellipsis():
    snippet = best_snippet(LONG, {"فضانورد"}, max_chars=50)
    assert snippet.text.endswith(" …") and LONG.startswith(snippet.text[:-2])
    assert LONG[len(snippet.text) - 2] == " "


def test_a_text_of_one_short_sentence_is_shown_whole_without_an_ellipsis():
    assert best_snippet(" مديركل بهزيستي گفت: گرمخانه ها آماده است.\n", set(analyze("گرمخانه"))).text == (
        "مديركل بهزيستي گفت: گرمخانه ها آماده است.")


QUOTE = ("طرح تازه از فردا در همهٔ محله‌ها اجرا می‌شود. شهروندان می‌توانند درخواست خود را در سامانه ثبت کنند. "
         "هزینهٔ آن را شهرداری می‌پردازد.")


def test_a_sentence_of_a_longer_quote_is_marked_on_each_side_something_was_left_out():
    assert best_snippet(QUOTE, set(analyze("طرح تازه"))).text == "طرح تازه از فردا در همهٔ محله‌ها اجرا می‌شود. …"
    assert best_snippet(QUOTE, set(analyze("سامانه"))).text.startswith("… شهروندان")
    assert best_snippet(QUOTE, set(analyze("شهرداری"))).text == "… هزینهٔ آن را شهرداری می‌پردازد."


def test_shortened_cuts_at_a_space_and_marks_the_cut_but_leaves_a_short_text_whole():
    assert shortened(QUOTE, 30) == "طرح تازه از فردا در همهٔ …"
    assert shortened("طرح تازه اجرا می‌شود.", 30) == "طرح تازه اجرا می‌شود."
