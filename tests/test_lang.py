"""Language identification: writing systems first, then stop words."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.lang import detect_languages, identify_languages, script_language, words

PROSE = {
    "ja": "市議会は18日、駅前に新しい図書館を建設する計画を賛成多数で可決した。完成は2022年の予定だという。",
    "zh": "市议会十八日通过了在车站附近建设新图书馆的计划，预计二〇二二年完工，藏书约三十万册。",
    "ko": "시의회는 18일 역 앞에 새 도서관을 짓는 계획을 통과시켰다. 완공은 2022년 예정이다.",
    "ar": "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بعد سنوات من العمل المتواصل",
    "fa": "وزارت بهداشت امروز از گشایش یک بیمارستان تازه در شهر پس از چند سال کار پیوسته خبر داد",
    "el": "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία και την απασχόληση στη χώρα",
    "he": "הממשלה הודיעה היום על צעדים חדשים לעידוד התעסוקה והכלכלה במדינה",
}


@pytest.mark.parametrize(("lang", "text"), sorted(PROSE.items()))
def test_script_names_the_language(lang: str, text: str) -> None:
    assert detect_languages(text) == (lang,)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The city council voted on Monday to build a new library next to the station.", "en"),
        ("Der Stadtrat hat am Montag beschlossen, neben dem Bahnhof eine neue Bibliothek zu bauen.", "de"),
    ],
)
def test_latin_text_goes_by_stop_words(text: str, lang: str) -> None:
    assert script_language(text) is None
    assert detect_languages(text)[0] == lang


def test_a_few_foreign_characters_do_not_change_the_language() -> None:
    text = (
        "The exhibition, titled 東京の夜 (Tokyo Nights), opens on Friday and runs until the end of the month."
    )
    assert detect_languages(text)[0] == "en"


def test_unspaced_scripts_count_two_characters_to_a_word() -> None:
    # "図書館を建設する" is eight letters: four words, not one.
    assert words("図書館を建設する") == ["図書", "館を", "建設", "する"]
    assert words("市議会は18日、iPhone") == ["市議", "会は", "日", "iphone"]
    assert words("The city council") == ["the", "city", "council"]


@pytest.mark.parametrize(
    "text",
    [
        # Turkish, Czech and Hungarian have no stop-word list here: the few short words they share with
        # one ("a", "na", "v") choose word lists, but are no language to report.
        "Belediye meclisi pazartesi günü nehir kıyısında altı kilometrelik bir yürüyüş yolu yapılmasına "
        "karar verdi. Çalışmalar gelecek yıl nisan ayında başlayacak ve yol 2025 baharında açılacak.",
        "Městské zastupitelstvo v pondělí schválilo plán na vybudování šestikilometrové stezky podél "
        "řeky. Práce začnou v dubnu příštího roku a stezka má být zcela otevřena na jaře 2025.",
        "A városi közgyűlés hétfőn jóváhagyta a folyó menti hat kilométeres sétány megépítésének "
        "tervét. A munkálatok jövő év áprilisában kezdődnek, és a sétány 2025 tavaszán nyílik meg.",
    ],
)
def test_a_guess_is_not_reported(text: str) -> None:
    _, sure = identify_languages(text)
    assert not sure
    assert newsparse.parse(text).language is None


def test_prose_in_a_listed_language_is_reported() -> None:
    text = "The city council voted on Monday to build a new library next to the station, with the work to be finished by 2022."
    assert identify_languages(text) == (("en",), True)
    assert newsparse.parse(text).language == "en"


CYRILLIC = {
    "ru": "Городской совет в понедельник одобрил план строительства шестикилометровой набережной вдоль реки. "
    "Работы начнутся в апреле следующего года, а набережная должна быть полностью открыта весной 2025 года.",
    "uk": "Міська рада в понеділок схвалила план будівництва шестикілометрової набережної вздовж річки. "
    "Роботи почнуться у квітні наступного року, а набережну мають повністю відкрити навесні 2025 року.",
    "bg": "Общинският съвет одобри в понеделник плана за изграждане на шесткилометрова алея покрай реката. "
    "Работата ще започне през април догодина, а алеята трябва да бъде напълно открита през пролетта.",
    "be": "Гарадскі савет у панядзелак ухваліў план будаўніцтва шасцікіламетровай набярэжнай уздоўж ракі. "
    "Працы пачнуцца ў красавіку наступнага года, а набярэжная павінна быць цалкам адкрытая вясной.",
    "sr": "Градско веће је у понедељак усвојило план изградње шестокилометарског шеталишта дуж реке. "
    "Радови ће почети у априлу следеће године, а шеталиште треба да буде потпуно отворено у пролеће.",
}


@pytest.mark.parametrize(("lang", "text"), sorted(CYRILLIC.items()))
def test_cyrillic_languages_by_their_letters(lang: str, text: str) -> None:
    languages, sure = identify_languages(text)
    assert languages[0] == lang and sure
