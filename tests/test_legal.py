"""Legal notices: one case per shape, negatives from article prose, and never raising."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.legal import classify_legal, license_from_url, mark_footnotes
from newsparse.model import LegalNotice

# The statutory label is a fixed legal formula (the seed's wording).
SEED_LABEL = (
    "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО “МЕМО”, "
    "ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО “МЕМО”."
)
OLD_LABEL = (
    "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, "
    "ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ "
    "ИНОСТРАННОГО АГЕНТА"
)

# (text, kind, subject, holder, year, language)
CASES: list[tuple[str, str, str | None, str | None, str | None, str | None]] = [
    # foreign agent labels
    (SEED_LABEL, "foreign_agent", "ООО “МЕМО”", None, None, "ru"),
    (OLD_LABEL, "foreign_agent", None, None, None, "ru"),
    (
        "Настоящий материал (информация) произведен, распространен и (или) направлен иностранным агентом "
        "Тестовым Фондом «Пример» либо касается деятельности иностранного агента Тестового Фонда «Пример». 18+",
        "foreign_agent",
        "Тестовым Фондом «Пример»",
        None,
        None,
        "ru",
    ),
    ("All news " + SEED_LABEL, "foreign_agent", "ООО “МЕМО”", None, None, "ru"),
    ("*внесена в реестр иноагентов", "foreign_agent", None, None, None, "ru"),
    (
        "* Минюст РФ внес Ивана Примерова в реестр иностранных агентов",
        "foreign_agent",
        "Ивана Примерова",
        None,
        None,
        "ru",
    ),
    (
        "**Минюст внес «Пример-Медиа» в реестр СМИ-иноагентов",
        "foreign_agent",
        "«Пример-Медиа»",
        None,
        None,
        "ru",
    ),
    ("*Иван Примеров признан иноагентом", "foreign_agent", "Иван Примеров", None, None, "ru"),
    ("*designated a foreign agent in Russia", "foreign_agent", None, None, None, "en"),
    # banned organisations
    ("*The organization is banned in Russia", "banned_organization", None, None, None, "en"),
    ("*признана экстремистской и запрещена в РФ", "banned_organization", None, None, None, "ru"),
    (
        "**деятельность организации запрещена на территории России",
        "banned_organization",
        None,
        None,
        None,
        "ru",
    ),
    (
        "Meta* — признана экстремистской организацией, ее деятельность запрещена в России",
        "banned_organization",
        "Meta",
        None,
        None,
        "ru",
    ),
    (
        "*Деятельность Meta (Facebook, Instagram) запрещена в России как экстремистская",
        "banned_organization",
        "Meta",
        None,
        None,
        "ru",
    ),
    # copyright
    ("© 2019 Example Daily. All rights reserved.", "copyright", None, "Example Daily", "2019", "en"),
    ("(c) 2024 Example Media", "copyright", None, "Example Media", "2024", None),
    ("Copyright 2019 Example Corp.", "copyright", None, "Example Corp.", "2019", None),
    (
        "Copyright © 2003–2024 Sample News Group, Inc. All Rights Reserved.",
        "copyright",
        None,
        "Sample News Group, Inc.",
        "2003-2024",
        "en",
    ),
    ("© 2003-2024 Пример Медиа. Все права защищены.", "copyright", None, "Пример Медиа", "2003-2024", "ru"),
    (
        "Copyright (с) ООО «Пример Паблишинг», 2019.",
        "copyright",
        None,
        "ООО «Пример Паблишинг»",
        "2019",
        "ru",
    ),
    ("Alle Rechte vorbehalten", "copyright", None, None, None, "de"),
    ("Tous droits réservés", "copyright", None, None, None, "fr"),
    ("Todos los derechos reservados", "copyright", None, None, None, "es"),
    (
        "©All Rights Reserved Example Institute 2019, a nonprofit",
        "copyright",
        None,
        "Example Institute",
        "2019",
        "en",
    ),
    (
        "© 2020 Example Verlag GmbH & Co. KG - Alle Rechte vorbehalten.",
        "copyright",
        None,
        "Example Verlag GmbH & Co. KG",
        "2020",
        "de",
    ),
    ("© Sample Press, Inc. 11 Example Street, New York", "copyright", None, "Sample Press, Inc.", None, None),
    # licences
    ("CC BY 4.0", "license", "CC BY 4.0", None, None, None),
    ("Text: CC BY-SA", "license", "CC BY-SA", None, None, None),
    ("CC BY-NC-ND 3.0", "license", "CC BY-NC-ND 3.0", None, None, None),
    ("Лицензия Creative Commons", "license", None, None, None, "ru"),
    (
        "This work is licensed under a Creative Commons Attribution 4.0 International License.",
        "license",
        "CC BY 4.0",
        None,
        None,
        "en",
    ),
    (
        "Dieses Werk steht unter einer Creative Commons Namensnennung - Keine kommerzielle Nutzung - "
        "Keine Bearbeitung 3.0 Deutschland Lizenz.",
        "license",
        "CC BY-NC-ND 3.0 DE",
        None,
        None,
        "de",
    ),
    (
        "Content is available under the Creative Commons Attribution-ShareAlike 4.0 License.",
        "license",
        "CC BY-SA 4.0",
        None,
        None,
        "en",
    ),
    (
        "© 2010-2020 Beispielblog - Inhalte unter einer CC BY-SA 3.0 Lizenz.",
        "license",
        "CC BY-SA 3.0",
        "Beispielblog",
        "2010-2020",
        "de",
    ),
    # other notices
    ("18+", "age_rating", "18+", None, None, None),
    ("16+", "age_rating", "16+", None, None, None),
    ("Сайт для лиц старше 18 лет", "age_rating", "18+", None, None, "ru"),
    (
        "We use cookies to give you the best experience on our site.",
        "privacy_cookies",
        None,
        None,
        None,
        "en",
    ),
    ("Мы используем файлы cookie, чтобы сайт работал лучше.", "privacy_cookies", None, None, None, "ru"),
    ("Diese Website verwendet Cookies.", "privacy_cookies", None, None, None, "de"),
    (
        "При полном или частичном использовании материалов ссылка на «Пример.ру» обязательна.",
        "reprint_policy",
        None,
        None,
        None,
        "ru",
    ),
    (
        "Reproduction in whole or in part without permission is prohibited.",
        "reprint_policy",
        None,
        None,
        None,
        "en",
    ),
    ("The views expressed are the author's own.", "disclaimer", None, None, None, "en"),
    ("Мнение редакции может не совпадать с мнением автора.", "disclaimer", None, None, None, "ru"),
    (
        "*These statements have not been evaluated by the Food and Drug Administration. These products are "
        "not intended to diagnose, treat, cure, or prevent any disease.",
        "disclaimer",
        None,
        None,
        None,
        "en",
    ),
    (
        "This overview is for informational purposes only and does not constitute investment advice.",
        "disclaimer",
        None,
        None,
        None,
        "en",
    ),
    ("Individual results may vary.", "disclaimer", None, None, None, None),  # too short to tell
    ("Dieser Ratgeber ersetzt keine ärztliche Beratung.", "disclaimer", None, None, None, "de"),
    # affiliate disclosures
    (
        "Some links on this page go to shops. If you buy through one of them, we may receive a small commission.",
        "affiliate_disclosure",
        None,
        None,
        None,
        "en",
    ),
    (
        "Advertising disclosure: Harbourline may earn a share of the sale when you click a link and buy.",
        "affiliate_disclosure",
        None,
        None,
        None,
        "en",
    ),
    (
        "Die mit Sternchen markierten Links sind Affiliate-Links. Kaufst du darüber ein, erhalten wir eine kleine "
        "Provision.",
        "affiliate_disclosure",
        None,
        None,
        None,
        "de",
    ),
    # trademarks
    (
        "Harbourline is a registered trademark of Harbour Media Ltd. Quayside Radio is a registered service "
        "mark of Harbour Media Ltd.",
        "trademark",
        None,
        None,
        None,
        "en",
    ),
    (
        "Ferry, Ferry Plus and the wave logo are trademarks of Harbour Media Ltd. or its affiliates.",
        "trademark",
        None,
        None,
        None,
        "en",
    ),
    ("Hafenblick ist eine eingetragene Marke der Hafen Verlag GmbH.", "trademark", None, None, None, "de"),
]


@pytest.mark.parametrize(("text", "kind", "subject", "holder", "year", "language"), CASES)
def test_notice_shapes(
    text: str, kind: str, subject: str | None, holder: str | None, year: str | None, language: str | None
) -> None:
    notice = classify_legal(text, 7)
    assert notice is not None
    assert (notice.kind, notice.subject, notice.holder, notice.year, notice.language) == (
        kind,
        subject,
        holder,
        year,
        language,
    )
    assert notice.line == 7
    assert notice.text == text


def test_end_line_is_kept() -> None:
    notice = classify_legal("© 2019 Example Daily", 4, end_line=6)
    assert notice is not None and notice.end_line == 6


NEGATIVES = [
    # A trademark named inside an article's paragraph, among sentences that are not notices.
    "Shoppers still ask for a Ferrytex when they mean any raincoat. Ferrytex is a registered trademark of "
    "Harbour Mills, which has tried for years to stop the habit. Its lawyers wrote to two newspapers last month.",
    "The retailer cut the commissions it pays to publishers on Tuesday, and sites that depend on affiliate links "
    "said they would lose up to a third of their income.",
    "Shares of the ferry operator rose after it said it will receive compensation from the insurer for the lost ship.",
    "Results varied widely across the regions, the survey found, with the coast well ahead of the valleys.",
    # Article prose mentioning the topics, in long paragraphs.
    "The Kremlin says the foreign agent law protects Russia from meddling; critics say the law is used against "
    "independent outlets and journalists, who must now label everything they publish with a long capitalised "
    "notice that names them as a foreign agent, and many have left the country since the register grew.",
    "В пятницу Минюст внес в реестр иностранных агентов еще пятерых журналистов, сообщили в ведомстве. "
    "Закон об иноагентах обязывает их маркировать все публикации, и юристы считают, что список будет расти, "
    "поскольку критерии включения в реестр размыты и не требуют доказательства иностранного финансирования.",
    "Critics argued that copyright law, as written in 2019, fails artists. © signs mean nothing, they said, "
    "and all rights reserved is a phrase without force in the courts of several countries they studied.",
    "Copyright law was reformed in 2019.",
    "Правозащитники напомнили, что организация была признана экстремистской и запрещена в России еще в 2017 году, "
    "однако ее сторонники продолжают собираться, и суды регулярно выносят приговоры за участие в ней.",
    'The label reads: "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ АГЕНТОМ".',
    # Menu links and credits that look like notices.
    "Copyright Policy",
    "Copyright",
    "Cookie Policy",
    "How we use cookies",
    "Creative Commons",
    "Image copyright Getty Images",
    "(Image: © Shutterstock)",
    "© Getty Images",
    "Rights defenders treat case of missing man as typical",
    "Иван Примеров признан иноагентом",  # a headline: no footnote asterisk
    "",
    "2019",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_notice(text: str) -> None:
    assert classify_legal(text, 1) is None


def _notice(text: str, line: int) -> LegalNotice:
    notice = classify_legal(text, line)
    assert notice is not None
    return notice


def test_mark_footnotes_counts_stars() -> None:
    page = (
        "Об этом рассказали в «Медиазоне»* и в Meta*.\n"
        "Иван Примеров** сказал, что **это важно**.\n"
        "\n"
        "*признаны иноагентами\n"
        "**Минюст внес Ивана Примерова в реестр иностранных агентов\n"
    )
    one = _notice("*признаны иноагентами", 4)
    two = _notice("**Минюст внес Ивана Примерова в реестр иностранных агентов", 5)
    copyright_ = _notice("© 2019 Example Daily", 6)
    marked = mark_footnotes([one, two, copyright_], page)
    assert [n.marked for n in marked] == [["Медиазоне", "Meta"], ["Иван Примеров"], []]
    assert one.marked == []  # inputs untouched


def test_mark_footnotes_name_in_notice() -> None:
    text = "Meta* — признана экстремистской организацией и запрещена в РФ"
    page = f"В Instagram и Facebook (принадлежат Meta*) вышел пост.\n{text}\n"
    (notice,) = mark_footnotes([_notice(text, 2)], page)
    assert notice.marked == ["Meta"]


def test_mark_footnotes_stars_lost_by_converter() -> None:
    # html2text/lynx read "* Минюст ..." as a bullet: the stars are found on the page line.
    page = "Иван Примеров* заявил.\n* Минюст внес Ивана Примерова в реестр иностранных агентов\n"
    notice = LegalNotice(
        kind="foreign_agent", text="Минюст внес Ивана Примерова в реестр иностранных агентов", line=2
    )
    (marked,) = mark_footnotes([notice], page)
    assert marked.marked == ["Иван Примеров"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://creativecommons.org/licenses/by-nc-nd/3.0/de/", "CC BY-NC-ND 3.0 DE"),
        ("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"),
        ("https://creativecommons.org/licenses/by-sa/3.0/deed.de", "CC BY-SA 3.0"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
        ("https://example.org/licenses/", None),
    ],
)
def test_license_from_url(url: str, expected: str | None) -> None:
    assert license_from_url(url) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=0, max_value=10_000))
def test_never_raises(text: str, line: int) -> None:
    notice = classify_legal(text, line)
    assert notice is None or notice.line == line


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet='*«»“”"Meta Иван\n©()cC 2019-', max_size=200))
def test_footnote_text_never_raises(text: str) -> None:
    notices = [n for n in (classify_legal(t, i + 1) for i, t in enumerate(text.split("\n"))) if n]
    mark_footnotes(notices, text)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # "Reproduction without permission prohibited" closes the line, or opens it; the holder stays alone.
        ("版权所有 © 2023 北滨日报 未经授权禁止转载", "北滨日报"),
        ("無断転載を禁じます。Copyright © 2023 北浜ニュース", "北浜ニュース"),
        ("Copyright ⓒ 한빛일보. 무단전재 및 재배포 금지", "한빛일보"),
    ],
)
def test_cjk_rights_reserved(text: str, holder: str) -> None:
    notice = classify_legal(text, 1)
    assert notice is not None and notice.kind == "copyright" and notice.holder == holder


@pytest.mark.parametrize(
    ("text", "holder", "year"),
    [
        # Arabic-Indic digits give the year as ASCII ones, and stay out of the holder's name.
        ("جميع الحقوق محفوظة © ٢٠٢٣ صحيفة الشمال", "صحيفة الشمال", "2023"),
        ("© 2023 Kuzey Gazetesi. Tüm hakları saklıdır.", "Kuzey Gazetesi", "2023"),
        ("Copyright © 2023 Norra Posten. Alla rättigheter förbehållna.", "Norra Posten", "2023"),
    ],
)
def test_rights_reserved_in_more_languages(text: str, holder: str, year: str) -> None:
    notice = classify_legal(text, 1)
    assert notice is not None and (notice.holder, notice.year) == (holder, year)
