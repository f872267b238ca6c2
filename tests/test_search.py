"""Building an index and searching it, across Persian spelling variants."""

import json

import pytest

from indexer.build import build_index
from indexer.errors import GoftarError, IndexOutdated, QueryError
from indexer.facets import Filters, UnknownFilterValue
from indexer.search import get_article, search
from indexer.stats import index_stats
from indexer.store import META_FILE, live_generation

# Old Arabic-letter style (ي ك, Arabic-Indic digits, spaced affixes) ...
ARABIC_STYLE = {
    "id": "old-1",
    "title": "افتتاح ١٧ مركز نگهداري كودكان كار در تهران",
    "abstract": "سازمان هاي مردم نهاد در اداره اين مراكز مشاركت مي كنند.",
    "paragraphs": ["مديركل بهزيستي استان گفت: كودكان بيمه شده از خدمات رايگان بهره مند مي شوند."],
}
# ... and today's standard Persian with ZWNJ.
STANDARD_STYLE = {
    "id": "new-1",
    "title": "طرح زمستانه برای کارتن‌خواب‌ها اجرا می‌شود",
    "abstract": "گرمخانه‌های شهر تهران آماده پذیرش هستند.",
    "paragraphs": [
        "مدیرعامل سازمان خدمات اجتماعی گفت: ظرفیت گرمخانه‌ها ۱۷ درصد بیشتر شده است.",
        "او افزود: سازمان‌های مردم‌نهاد در توزیع پتو همکاری می‌کنند.",
    ],
}
BODY_ONLY_MENTION = {
    "id": "body-1",
    "title": "نشست شورای شهر",
    "abstract": "اعضای شورا درباره بودجه گفتگو کردند.",
    "paragraphs": ["در پایان به وضعیت کارتن‌خواب‌ها هم اشاره شد."],
}
TXT_ARTICLE = "مستمری مددجویان افزایش یافت\n\nمستمری ۲۵۰ هزار مددجو افزایش می‌یابد.\nوی گفت: این افزایش از مهر اعمال میشود.\n"


@pytest.fixture()
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "batch.json").write_text(json.dumps([ARABIC_STYLE, STANDARD_STYLE, BODY_ONLY_MENTION], ensure_ascii=False), encoding="utf-8")
    (folder / "pension.txt").write_text(TXT_ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture()
def index_dir(news, tmp_path):
    build_index([news], tmp_path / "ix")
    return tmp_path / "ix"


def ids(results):
    return [hit.id for hit in results.hits]


def indexed(tmp_path, articles: list[dict]):
    """An index of ``articles`` (JSON article dicts) under tmp_path."""
    (tmp_path / "news.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([tmp_path / "news.json"], tmp_path / "ix")
    return tmp_path / "ix"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("کودکان کار", "old-1"),  # standard query, Arabic-letter article
        ("كودكان كار", "old-1"),
        ("سازمان‌های مردم‌نهاد مشارکت", "old-1"),  # ZWNJ query, spaced article
        ("سازمانهای مردمنهاد مشارکت", "old-1"),  # joined query, spaced article
        ("بیمه‌شده", "old-1"),
        ("بیمهشده", "old-1"),
        ("17 مرکز", "old-1"),  # Latin digits, Arabic-Indic article
        ("۱۷ درصد", "new-1"),
        ("١٧ درصد", "new-1"),
        ("کارتن خواب ها زمستانه", "new-1"),  # spaced query, ZWNJ article
        ("كارتنخوابها زمستانه", "new-1"),
        ("اعمال مي شود", "pension.txt"),  # spaced query, joined article
        ("مستمری مددجويان", "pension.txt"),
    ],
)
def test_any_spelling_of_the_query_finds_any_spelling_in_the_article(index_dir, query, expected):
    assert ids(search(index_dir, query))[:1] == [expected]


def test_a_title_match_ranks_above_a_body_match(index_dir):
    assert ids(search(index_dir, "کارتن‌خواب‌ها")) == ["new-1", "body-1"]


def test_when_no_article_has_all_words_any_word_ranking_is_used_and_said(index_dir):
    results = search(index_dir, "گرمخانه فضانورد")
    assert results.matched == "any" and "any of them" in results.notice and ids(results) == ["new-1"]


def test_phrase_requires_the_words_in_order(index_dir):
    for phrase in ('"سازمان های مردم نهاد"', '"سازمان‌های مردم‌نهاد"', '"سازمانهاي مردم‌نهاد"'):
        assert set(ids(search(index_dir, phrase))) == {"old-1", "new-1"}, phrase
    assert ids(search(index_dir, '"نهاد مردم"')) == []


def test_minus_excludes_and_or_widens_and_field_narrows(index_dir):
    assert "body-1" not in ids(search(index_dir, "کارتن‌خواب‌ها -شورا"))
    assert set(ids(search(index_dir, "مستمری OR گرمخانه"))) == {"pension.txt", "new-1"}
    assert ids(search(index_dir, "title:کارتن‌خواب‌ها")) == ["new-1"]


@pytest.mark.parametrize("query", ['"کودکان کار', "(کودکان کار", "کودکان) کار", "کودکان کار:"])
def test_malformed_syntax_is_searched_as_plain_words(index_dir, query):
    assert ids(search(index_dir, query))[:1] == ["old-1"]


@pytest.mark.parametrize("query", ["title:(کارتن‌خواب‌ها -شورا)", "کارتن‌خواب‌ها (کووید-۱۹)"])
def test_a_minus_inside_parentheses_is_searched_not_a_crash(index_dir, query):
    # Whoosh's parser raises NotImplementedError for + or - inside a group.
    assert "new-1" in ids(search(index_dir, query))


def test_a_minus_inside_parentheses_still_excludes(index_dir):
    assert "body-1" not in ids(search(index_dir, "کارتن‌خواب‌ها (-شورا)"))
    assert "new-1" not in ids(search(index_dir, "کارتن‌خواب‌ها (شورا -گرمخانه)"))


def test_a_snippet_comes_from_the_lead_when_the_body_lacks_the_words(index_dir):
    """A hit's snippet is made when read: the body's best sentence, or the lead's when the body has no query word."""
    lead, body = search(index_dir, "پذیرش").hits[0], search(index_dir, "پتو").hits[0]
    assert (lead.id, lead.snippet.text) == ("new-1", "گرمخانه‌های شهر تهران آماده پذیرش هستند.")
    assert [lead.snippet.text[s:e] for s, e in lead.snippet.spans] == ["پذیرش"]
    assert (body.id, [body.snippet.text[s:e] for s, e in body.snippet.spans]) == ("new-1", ["پتو"])


def test_a_snippet_comes_from_the_lead_when_it_shows_more_of_the_words_than_the_body(tmp_path):
    article = {"id": "park", "title": "گزارش هفته",
               "lead": "باغ تازه شهر با گلخانه بزرگ افتتاح شد.",
               "text": "باغ تازه در شمال شهر است. گلخانه آن را یک گروه ساخت. باغ هر روز باز است."}
    hit = search(indexed(tmp_path, [article]), "باغ گلخانه").hits[0]
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.spans] == ["باغ", "گلخانه"]


def test_a_snippet_stays_in_the_body_when_the_lead_shows_no_more_words(tmp_path):
    article = {"id": "park", "title": "گزارش هفته", "lead": "باغ تازه شهر افتتاح شد.",
               "text": "باغ تازه در شمال شهر است و گلخانه آن بزرگ است."}
    hit = search(indexed(tmp_path, [article]), "باغ گلخانه").hits[0]
    assert hit.snippet.text.startswith("باغ تازه در شمال")


def test_snippet_marks_the_original_characters_whatever_the_query_spelling(index_dir):
    hit = search(index_dir, "بیمه‌شده").hits[0]
    marked = [hit.snippet.text[s:e] for s, e in hit.snippet.spans]
    assert marked == ["بيمه شده"]


@pytest.mark.parametrize("query", ["", "   ", "\n", "؟!،."])  # punctuation alone is no word either
def test_an_empty_query_is_a_clear_error(index_dir, query):
    with pytest.raises(QueryError, match="empty"):
        search(index_dir, query)


def test_reindexing_an_unchanged_folder_analyses_nothing(news, index_dir):
    report = build_index([news], index_dir)
    assert report.documents_indexed == 0 and report.files_unchanged == 2


def test_an_edited_file_replaces_its_articles_and_a_deleted_file_disappears(news, index_dir):
    (news / "pension.txt").write_text(TXT_ARTICLE.replace("مستمری مددجویان", "یارانه مددجویان"), encoding="utf-8")
    report = build_index([news], index_dir)
    assert report.documents_indexed == 1
    assert ids(search(index_dir, "یارانه")) == ["pension.txt"]
    assert search(index_dir, "مستمری").hits[0].id == "pension.txt"  # still in the lead, once
    (news / "batch.json").unlink()
    report = build_index([news], index_dir)
    assert report.files_removed == 1
    assert search(index_dir, "کودکان کار").total == 0


def test_show_returns_the_whole_article_with_paragraphs(index_dir):
    article = get_article(index_dir, "new-1")
    assert article["title"] == STANDARD_STYLE["title"] and article["paragraphs"] == STANDARD_STYLE["paragraphs"]
    with pytest.raises(GoftarError, match="no article"):
        get_article(index_dir, "missing")


def test_an_index_from_another_schema_version_asks_for_a_rebuild(index_dir):
    record = live_generation(index_dir) / META_FILE
    meta = json.loads(record.read_text())
    meta["schema_version"] = 0
    record.write_text(json.dumps(meta))
    with pytest.raises(IndexOutdated) as raised:
        search(index_dir, "کودکان")
    assert raised.value.roots == meta["roots"]
    assert "--rebuild" in raised.value.rebuild and meta["roots"][0] in raised.value.rebuild  # the command to run, whole


@pytest.mark.parametrize(
    "query, notice",
    [
        ("موضوع:کودکان کار", None),  # a Persian word before a colon is just text
        ("subject:کودکان کار", "no field 'subject'"),
        ("کودکان " * 400, "cut to its first 1000 characters"),
    ],
)
def test_odd_queries_are_repaired_and_said(index_dir, query, notice):
    results = search(index_dir, query)
    assert "old-1" in ids(results)
    if notice:
        assert notice in results.notice


def test_a_long_query_is_cut_at_a_space_never_inside_a_word(index_dir):
    query = ("کودکان کار بهزیستی " * 300)[:5000]
    results = search(index_dir, query)
    kept = query[:1000].rsplit(" ", 1)[0]
    assert f"cut to its first {len(kept)} characters, at the end of a word" in results.notice
    assert not query[:1000].endswith(" ") and query[1000] != " "  # a cut at 1000 would fall inside a word
    assert "nothing has all the words" not in results.notice


def test_a_wildcard_matches_folded_spellings(index_dir):
    assert ids(search(index_dir, "كارتن*")) == ["new-1", "body-1"]


def test_a_wildcard_matching_too_many_words_is_capped_and_said(index_dir, monkeypatch):
    monkeypatch.setattr("indexer.search.MAX_EXPANSION", 2)
    results = search(index_dir, "م*")
    assert "matches too many words" in results.notice and results.total > 0


def test_a_page_past_the_last_is_empty_not_the_last_page_again(index_dir):
    results = search(index_dir, "کارتن‌خواب‌ها", limit=1, page=5)
    assert results.total == 2 and results.hits == []


def test_sorting_by_date_puts_the_newest_first_and_undated_last(tmp_path):
    folder = tmp_path / "dated"
    folder.mkdir()
    articles = [
        {"id": "old", "title": "گرمخانه قدیمی", "text": "گرمخانه", "date": "1390/01/01"},
        {"id": "undated", "title": "گرمخانه بی‌تاریخ", "text": "گرمخانه"},
        {"id": "new", "title": "گرمخانه تازه", "text": "گرمخانه", "date": "2020-05-01"},
    ]
    (folder / "a.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([folder], tmp_path / "ix")
    results = search(tmp_path / "ix", "گرمخانه", sort="date")
    assert ids(results) == ["new", "old", "undated"]
    assert all(hit.score is None for hit in results.hits)  # a date order has no relevance score


def test_a_file_with_a_skipped_article_is_read_again_next_run(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"title": "گرمخانه", "text": "متن"}\n{broken\n', encoding="utf-8")
    assert build_index([folder], tmp_path / "ix").skipped
    again = build_index([folder], tmp_path / "ix")
    assert again.skipped and again.files_unchanged == 0  # still reported, not silently "done"


# --- One ranked list: coverage, proximity, compounds, numbers, filters ----------------------

TOPICAL = [
    # both words, side by side: the child-labour article
    {"id": "labour", "title": "ساماندهی کودکان کار در پایتخت", "category": "social", "source": "ایرنا",
     "text": "شهرداری از طرح تازه برای کودکان کار خبر داد."},
    # both words, far apart, and each many times (a higher BM25F than "labour")
    {"id": "apart", "title": "کار کودکان و کار مدرسه و کار خانه", "category": "social", "source": "ایرنا",
     "text": "کودکان کودکان کودکان در جشنواره شرکت کردند. مسئولان درباره کار کار کار اداره سخن گفتند."},
    # one of the words only
    {"id": "one-word", "title": "کودکان در پارک", "category": "economy/stock", "source": "ایسنا",
     "text": "بازی کودکان در پارک شهر."},
    {"id": "quake", "title": "کمک به زلزله‌زدگان کرمانشاه", "category": "social/welfare", "source": "ایسنا",
     "text": "سه هزار بسته غذایی میان زلزله‌زدگان توزیع شد."},
    {"id": "ngo", "title": "نشست سازمان های مردم نهاد", "category": "اجتماعی", "source": "ایسنا",
     "text": "نمایندگان ۳٬۰۰۰ سازمان مردم نهاد گرد هم آمدند."},
    # two words, each in passing in a long body: weaker BM25F than one word in a title
    {"id": "in-passing", "title": "گزارش هفته", "category": "culture", "source": "ایرنا",
     "text": "در گزارش این هفته که درباره موضوعات گوناگون شهری و روستایی و فرهنگی و ورزشی بود، از پارک "
             "یاد شد و سخن به درازا کشید و از بسته و نکته‌های دیگری درباره برنامه‌های آینده نیز گفته شد."},
]


@pytest.fixture(scope="module")
def topical(tmp_path_factory):
    folder = tmp_path_factory.mktemp("topical")
    (folder / "news.json").write_text(json.dumps(TOPICAL, ensure_ascii=False), encoding="utf-8")
    build_index([folder], folder / "ix")
    return folder / "ix"


def test_every_article_with_any_of_the_words_is_listed_and_says_how_many_it_has(topical):
    results = search(topical, "کودکان کار")
    assert (results.words, results.all_words, results.matched, results.total) == (2, 2, "all", 3)
    assert sorted(ids(results)[:2]) == ["apart", "labour"] and ids(results)[2:] == ["one-word"]
    assert [hit.words_matched for hit in results.hits] == [2, 2, 1]
    assert results.notice == ""  # articles with all the words exist: nothing to apologise for


def test_an_article_with_more_of_the_words_outranks_one_repeating_fewer(tmp_path):
    # بسته is in many articles, so it adds little BM25F: by BM25F alone "one", which
    # repeats پارک, would come first; the coordination factor puts "two" first.
    articles = [{"id": "two", "title": "گزارش روز", "text": "امروز از پارک شهر و یک بسته خبر رسید."},
                {"id": "one", "title": "گزارش روز", "text": "امروز از پارک شهر و پارک خبر رسید."}]
    articles += [{"id": f"other-{n}", "title": "خبر", "text": f"یک بسته دیگر {n}"} for n in range(6)]
    ix = indexed(tmp_path, articles)
    results = search(ix, "پارک بسته")
    assert ids(results)[:2] == ["two", "one"] and results.hits[0].words_matched > results.hits[1].words_matched
    # The score shown is the one the list is ranked by, so it never rises down the list.
    assert results.hits[0].score > results.hits[1].score


def test_a_word_common_in_bodies_counts_as_common_in_a_title_too(tmp_path):
    # حقوق is in every body but in one title only: that title is no rarer a match than بازنشستگان's.
    articles = [{"id": "rights", "title": "حقوق و حقوق بشر", "text": "گزارش روز."},
                {"id": "pension", "title": "پرداخت مطالبات بازنشستگان", "text": "گزارش روز."}]
    articles += [{"id": f"other-{n}", "title": f"خبر {n}", "text": "حقوق کارمندان پرداخت شد."} for n in range(20)]
    ix = indexed(tmp_path, articles)
    assert ids(search(ix, "حقوق بازنشستگان"))[0] == "pension"


def test_missing_the_rarer_query_word_costs_more_than_missing_the_common_one(tmp_path):
    # حقوق is in most articles, بازنشستگان in one: the article with the rare word leads,
    # though the other repeats the common word in its title.
    articles = [{"id": "common", "title": "حقوق و حقوق", "text": "حقوق حقوق حقوق."},
                {"id": "rare", "title": "گزارش روز", "text": "دیدار با بازنشستگان در شهر و گفت‌وگو درباره برنامه‌های تازه."}]
    articles += [{"id": f"other-{n}", "title": f"خبر {n}", "text": "حقوق کارمندان پرداخت شد."} for n in range(12)]
    ix = indexed(tmp_path, articles)
    results = search(ix, "حقوق بازنشستگان")
    assert ids(results)[:2] == ["rare", "common"] and results.hits[0].words_matched == results.hits[1].words_matched == 1


def test_the_arabic_plural_finds_the_persian_one(tmp_path):
    articles = [{"id": "persian", "title": "تجلیل از خیران مدرسه‌ساز", "text": "خیران استان سه مدرسه ساختند."},
                {"id": "other", "title": "گزارش روز", "text": "مدرسه تازه‌ای در شهر باز شد."}]
    ix = indexed(tmp_path, articles)
    results = search(ix, "خیرین مدرسه")
    assert ids(results)[0] == "persian" and results.hits[0].words_matched == 2


def test_a_page_is_never_short_while_matching_articles_remain(topical):
    first, second = (search(topical, "کودکان کار", limit=2, page=page) for page in (1, 2))
    assert first.total == second.total == 3
    assert len(first.hits) == 2 and ids(second) == ["one-word"] and second.hits[0].rank == 3


def test_words_standing_together_rank_above_the_same_words_apart(topical):
    assert ids(search(topical, "کودکان کار"))[0] == "labour"


def test_sorted_by_date_the_articles_with_all_the_words_come_first(topical):
    assert ids(search(topical, "کودکان کار", sort="date"))[2:] == ["one-word"]


def test_a_word_finds_the_compounds_it_is_part_of(topical):
    assert ids(search(topical, "زلزله")) == ["quake"]
    assert ids(search(topical, "زلزله‌زدگان")) == ["quake"]


@pytest.mark.parametrize("query", ["سازمانهای مردمنهاد", "سازمان‌های مردم‌نهاد", "سازمان های مردم نهاد"])
def test_a_compound_typed_joined_or_with_zwnj_finds_it_spaced(topical, query):
    assert ids(search(topical, query))[0] == "ngo"


@pytest.mark.parametrize("query, expected", [
    ("سه هزار", {"quake", "ngo"}), ("۳ هزار", {"quake", "ngo"}), ("3000", {"quake", "ngo"}),
    ("۳۰۰۰", {"quake", "ngo"}), ("3,000 بسته", {"quake"}), ("سه هزار بسته", {"quake"}),
])
def test_digits_and_number_words_meet(topical, query, expected):
    results = search(topical, query)
    assert {hit.id for hit in results.hits if hit.words_matched == results.words} == expected


@pytest.mark.parametrize("query", ["۱۷٫۵ هزار", "۱۷.۵ هزار", "17500", "هفده هزار و پانصد"])
def test_a_decimal_with_a_scale_word_meets_the_same_number_in_words(tmp_path, query):
    articles = [{"id": "aid", "title": "توزیع کمک", "text": "هفده هزار و پانصد بسته میان نیازمندان توزیع شد."},
                {"id": "other", "title": "توزیع کمک", "text": "۱۷ بسته و ۵ هزار پتو میان نیازمندان توزیع شد."}]
    (tmp_path / "news.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([tmp_path], tmp_path / "ix")
    assert ids(search(tmp_path / "ix", query)) == ["aid"]


def test_a_number_after_a_word_stays_a_number_though_the_word_and_its_first_part_make_a_word(tmp_path):
    # بن + ده is the word بنده, which the index holds: the query's ده هزار must still be 10000, not 10 and 1000
    articles = [{"id": "coupon", "title": "عیدی مددجویان", "text": "عیدی به صورت بن ده هزار تومانی پرداخت می‌شود."},
                {"id": "other", "title": "عیدی مددجویان", "text": "بنده هزار تومانی و ده کتاب دریافت کردم."}]
    assert ids(search(indexed(tmp_path, articles), "بن ده هزار تومانی"))[0] == "coupon"


@pytest.mark.parametrize("category, expected", [
    ("social", {"labour", "apart", "quake", "ngo"}),  # the slug also finds the Persian label
    ("اجتماعی", {"labour", "apart", "quake", "ngo"}),  # and the label the slug
    ("اجتماعي/رفاه", {"quake"}),
    ("economy", {"one-word"}),
])
def test_a_category_by_slug_or_persian_label_finds_both(topical, category, expected):
    assert {hit.id for hit in search(topical, "کودکان OR زلزله OR سازمان", filters=Filters(category=category)).hits} == expected


def test_the_total_counts_only_what_the_filter_lets_through(topical):
    results = search(topical, "کودکان", filters=Filters(source="ایسنا"))
    assert results.total == len(results.hits) == 1
    results = search(topical, "کودکان", filters=Filters(source="ایسنا", category="social"))
    assert results.total == 0 and results.hits == []


@pytest.mark.parametrize("filters, named, listed", [
    (Filters(source="فارس"), "'فارس'", ["ایسنا", "ایرنا"]),
    (Filters(category="ورزشی"), "'ورزشی'", ["اجتماعی", "اقتصادی"]),
    (Filters(category="بین‌الملل"), "'بین‌الملل'", ["اجتماعی", "اقتصادی"]),  # the ZWNJ as typed, not \u200c
])
def test_a_filter_value_no_article_has_is_an_error_listing_the_values(topical, filters, named, listed):
    with pytest.raises(UnknownFilterValue) as error:
        search(topical, "کودکان", filters=filters)
    assert named in str(error.value) and all(value in str(error.value) for value in listed)


def test_stats_show_categories_under_their_persian_label(topical):
    assert index_stats(topical)["by_category"] == {"اجتماعی": 4, "اقتصادی": 1, "فرهنگی": 1}


def test_a_stop_listed_word_counts_as_a_query_word_unless_most_articles_have_it(tmp_path):
    # hazm lists both دهه and در as stop words; only در is in most of these articles.
    articles = [{"id": "decade", "title": "مراسم دهه فجر در شهر برگزار شد", "text": "برنامه‌ها در مساجد اجرا شد."},
                {"id": "festival", "title": "جشنواره فیلم فجر در تهران آغاز شد", "text": "فیلم‌ها در سینماها."}]
    articles += [{"id": f"other-{n}", "title": f"خبر شماره {n}", "text": "دیدار در دفتر استاندار."} for n in range(4)]
    ix = indexed(tmp_path, articles)
    decade = search(ix, "دهه فجر")
    assert (decade.words, decade.all_words, ids(decade)[0]) == (2, 1, "decade")
    assert search(ix, "در فجر").words == 1



@pytest.mark.parametrize("segments", [1, 2])
@pytest.mark.parametrize("query", ["بیمه درمان", "هزینه بیمه درمان", "title:بیمه درمان", "گزارش بیمه"])
def test_each_page_ranks_as_whoosh_scoring_every_match_with_the_loose_phrases(tmp_path, query, segments):
    """BM25F and the closeness bonus are read only for the articles that can make the page (an article
    with one word is bounded by its block of postings, or by the word's best posting over several
    segments): the pages are still those of Whoosh scoring every article with the words and their
    loose phrases."""
    from whoosh import query as wq

    from indexer import tuning
    from indexer.schema import ARTICLE_SEARCH_FIELDS, ARTICLES
    from indexer.search import Plan, find, parse_query
    from indexer.store import open_searcher

    openings = ["بیمه درمان کارگران", "درمان و بیمه", "هزینه درمان بیماران", "بیمه تکمیلی و هزینه‌های درمان", "گزارش روز"]
    bodies = ["بیمه درمان رایگان شد.", "درمان بیماران با بیمه تکمیلی.", "هزینه بیمه بالا رفت.", "درمان سرپایی ارزان شد.",
              "بیمه همگانی و درمان و هزینه بیمه درمان."]
    articles = [{"id": f"a{n}", "title": openings[n % 5], "text": " ".join(bodies[(n * k) % 5] for k in range(1, n % 4 + 2))}
                for n in range(40)]
    for half in (0, 1):  # two runs: two segments, each scored with the whole index's statistics
        (tmp_path / f"news-{half}.json").write_text(json.dumps(articles[half::2], ensure_ascii=False), encoding="utf-8")
        if segments == 2 or half:
            build_index([tmp_path], tmp_path / "ix")
    searcher = open_searcher(tmp_path / "ix", ARTICLES)
    assert len(searcher.leaf_searchers()) == segments
    plan = Plan.of(parse_query(query, searcher.schema), ARTICLE_SEARCH_FIELDS)
    plan.coverage(searcher, None, [set(searcher.docs_for_query(clause)) for clause in plan.clauses])
    near = [wq.Or(pair.subqueries, boost=tuning.PROXIMITY_BOOST) for pair in plan.near()]
    whoosh = searcher.search(wq.AndMaybe(plan.words(), wq.Or(near)), limit=None)
    expected = sorted(((-score * plan.share[docnum], docnum) for score, docnum in whoosh.top_n))
    pages = [find(searcher, query, ARTICLE_SEARCH_FIELDS, page=page, limit=4) for page in range(1, 11)]
    assert [hit.docnum for found in pages for hit in found.hits] == [docnum for _, docnum in expected]
    assert [score for found in pages for score in found.scores] == pytest.approx([-score for score, _ in expected])


def test_field_lengths_kept_between_searches_score_as_whoosh_reading_them(tmp_path):
    """BM25F keeps each article's field lengths while the index is open (schema.field_length): a second
    search, and a search after the article grew, score as Whoosh's own BM25F reading every length from the index."""
    from whoosh import query as wq
    from whoosh.scoring import BM25F

    from indexer.schema import ARTICLES
    from indexer.store import open_searcher

    for body in ("بیمه درمان", "بیمه درمان رایگان برای همه بیماران کارگران شد"):
        articles = [{"id": "a", "title": "بیمه", "text": body}, {"id": "b", "title": "درمان", "text": "بیمه تکمیلی"}]
        (tmp_path / "news.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
        build_index([tmp_path], tmp_path / "ix")
        searcher = open_searcher(tmp_path / "ix", ARTICLES)
        for _ in range(2):
            found = {docnum: score for score, docnum in searcher.search(wq.Term("body", "بیمه"), limit=None).top_n}
            expected = {}
            for leaf, offset in searcher.leaf_searchers():
                whoosh = BM25F.scorer(searcher.weighting, leaf, "body", "بیمه")
                matcher = leaf.reader().postings("body", "بیمه", scorer=whoosh)
                while matcher.is_active():
                    expected[offset + matcher.id()] = matcher.score()
                    matcher.next()
            assert found == expected and len(found) == 2
