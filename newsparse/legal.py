"""Field parser: legal notices (copyright, licences, mandated labels such as the Russian
"foreign agent" notice), classified by kind.

`classify_legal` runs on every block of a page, so it has to be both fast and strict:
a notice is a formula standing on its own line or paragraph. Article prose that merely
*talks about* copyright or foreign agents is rejected by position rules (the formula
must open its block, bar a few words of glued-on navigation) and by footnote shape
(registry and ban statements only count behind their asterisks).

`mark_footnotes` then links asterisk footnotes to the names in the page that carry the
same number of asterisks ("Meta*", "«Медиазона»*", "Иван Петров**").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from newsparse.data import legal as patterns
from newsparse.data.typography import ASCII_DIGITS
from newsparse.lang import case_blind_search, lowered, stopword_hits, words
from newsparse.model import LegalNotice

_MAX_CHARS = 1500  # longer blocks are prose or whole pages glued together, never one notice
_LONG = 300  # above this a block is paragraph-sized: the formula must open it
_MAX_OPENING = 200  # where in a long block a notice's formula may start
_MAX_PREFIX_WORDS = 6  # glued navigation ("All news НАСТОЯЩИЙ МАТЕРИАЛ ...") before a formula
_MAX_FOOTNOTE = 400  # asterisk footnotes are one or two sentences
_MAX_HOLDER_WORDS = 10
_MAX_TRADEMARK_CHARS = 600  # a few sentences naming marks and their owners
_MAX_DISCLOSURE_CHARS = 400  # two or three sentences; an article's paragraph about affiliates runs on
# Where a sentence ends: a full stop before a capital or a quote ("Apple Inc. Roku is ..."), so the
# dot of "Inc." or "Co." before a lower-case word is not an end.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ\"“«])")

_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "’", '"': '"', "'": "'"}
_OPENING_QUOTES = tuple("«“„\"'‘")
_STAR_CHARS = "*∗⁎"

__all__ = ["classify_legal", "footnote_stars", "license_from_url", "mark_footnotes", "notice_language"]


# ---------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------


def classify_legal(text: str, line: int, *, end_line: int | None = None) -> LegalNotice | None:
    """A LegalNotice when `text` (one block) is a notice, else None.

    `end_line` is the block's last input line, when the caller knows it.
    """
    text = text.strip()
    if not text or len(text) > _MAX_CHARS or not could_be_notice(text):
        return None
    return _detect(text, line, end_line)


def could_be_notice(text: str) -> bool:
    """False when no detector can match `text`: it holds none of the words or marks that every
    notice needs (patterns.NOTICE_TRIGGER). Most blocks of a page end here, cheaply."""
    return case_blind_search(patterns.NOTICE_TRIGGER, patterns.NOTICE_TRIGGER_LOWER, text, lowered(text))


def _detect(text: str, line: int, end_line: int | None) -> LegalNotice | None:
    """Every detector in turn, on a stripped block that passed the length check."""
    for detect in _DETECTORS:
        notice = detect(text, line)
        if notice is not None:
            notice.end_line = end_line if end_line is not None else line
            if notice.language is None:
                notice.language = notice_language(text)
            return notice
    return None


# ---------------------------------------------------------------------------------------
# Position rules shared by all kinds
# ---------------------------------------------------------------------------------------


def _opens_block(text: str, start: int) -> bool:
    """True when a formula starting at `start` is the block itself, not something the block quotes.

    A few words may precede it (w3m glues a menu link onto the next line), but not a
    sentence, and not an opening quote or colon that introduces a citation.
    """
    if len(text) > _LONG and start > _MAX_OPENING:
        return False
    prefix = text[:start].rstrip()
    if not prefix:
        return True
    if prefix.endswith(_OPENING_QUOTES):
        return False
    return len(prefix.split()) <= _MAX_PREFIX_WORDS


def footnote_stars(text: str) -> str | None:
    """The asterisks that mark a footnote: its leading run ("**Минюст ...") or the run after
    the name it opens with ("Meta* — ..."); None when the text carries none."""
    lead = patterns.FOOTNOTE_STARS.match(text)
    if lead:
        return "*" * len(lead.group("stars"))
    named = patterns.NAME_WITH_STARS.match(text)
    if named:
        return named.group("stars")
    return None


def _footnote_body(text: str) -> tuple[str | None, str, str | None]:
    """(stars, text after them, name that carried them) for asterisk footnotes."""
    lead = patterns.FOOTNOTE_STARS.match(text)
    if lead:
        return "*" * len(lead.group("stars")), text[lead.end() :], None
    named = patterns.NAME_WITH_STARS.match(text)
    if named:
        return named.group("stars"), text[named.end() :], _clean_name(named.group("name"))
    return None, text, None


# ---------------------------------------------------------------------------------------
# Detectors, in priority order: the most specific formula wins
# ---------------------------------------------------------------------------------------


def _foreign_agent(text: str, line: int) -> LegalNotice | None:
    formula = patterns.FOREIGN_AGENT_FORMULA.search(text)
    if formula and _opens_block(text, formula.start()):
        notice = LegalNotice(kind="foreign_agent", text=text, line=line)
        name = patterns.AGENT_NAME.search(text, formula.start())
        if name:
            notice.subject = _subject(name.group("name"))
        return notice
    stars, body, starred_name = _footnote_body(text)
    if stars is None or len(body) > _MAX_FOOTNOTE:
        return None
    if not patterns.FOREIGN_AGENT_FOOTNOTE.search(body):
        return None
    notice = LegalNotice(kind="foreign_agent", text=text, line=line)
    notice.subject = starred_name or _footnote_subject(
        body,
        (patterns.REGISTRY_SUBJECT, patterns.ENGLISH_AGENT_SUBJECT),
    )
    return notice


def _banned(text: str, line: int) -> LegalNotice | None:
    stars, body, starred_name = _footnote_body(text)
    if stars is None or len(body) > _MAX_FOOTNOTE:
        return None
    if not patterns.BANNED_FOOTNOTE.search(body):
        return None
    notice = LegalNotice(kind="banned_organization", text=text, line=line)
    notice.subject = starred_name or _footnote_subject(
        body,
        (patterns.ACTIVITY_SUBJECT, patterns.ENGLISH_BANNED_SUBJECT),
    )
    return notice


def _license(text: str, line: int) -> LegalNotice | None:
    found = (
        patterns.CC_ABBREVIATION.search(text)
        or patterns.CREATIVE_COMMONS.search(text)
        or patterns.CC_ZERO.search(text)
    )
    if not found or not _opens_block(text, found.start()) and len(text) > _LONG:
        return None
    subject = cc_variant(text)
    # A bare "Creative Commons" is a menu link; the deed name, an abbreviation or the word
    # licence makes it a statement.
    if subject is None and not patterns.LICENSE_STATEMENT.search(text):
        return None
    notice = LegalNotice(kind="license", text=text, line=line, subject=subject)
    mark = patterns.COPYRIGHT_SIGN.search(text) or patterns.COPYRIGHT_WORD.search(text)
    if mark:
        notice.holder, notice.year = _holder_and_year(text, mark)
        # A licence abbreviation after the sign is not a holder ("Copyright © CC BY-NC-ND 3.0 DE").
        if notice.holder and (
            patterns.CC_ABBREVIATION.match(notice.holder) or patterns.CREATIVE_COMMONS.match(notice.holder)
        ):
            notice.holder = None
    return notice


def _copyright(text: str, line: int) -> LegalNotice | None:
    rights = patterns.RIGHTS_RESERVED.search(text)
    mark = patterns.COPYRIGHT_SIGN.search(text)
    word = patterns.COPYRIGHT_WORD.search(text)
    if word and not mark:
        # "Copyright" is also a menu link ("Copyright Policy") and a topic ("copyright law in
        # 2019"): the word alone needs a year right after it, or to open a short line that
        # names a year and goes on with a name, not with prose.
        after = text[word.end() :]
        if _YEAR_NEXT.match(after) or (
            word.start() == 0
            and len(text) < 120
            and patterns.YEAR_RANGE.search(text)
            and _NAME_NEXT.match(after)
        ):
            mark = word
    elif word and mark and 0 <= mark.start() - word.end() <= 3:
        mark = word  # "Copyright © 2019 X": the holder follows both marks
    anchor = mark or rights
    if anchor is None:
        return None
    start = min(m.start() for m in (mark, rights) if m is not None)
    if len(text) > _LONG and start > _MAX_OPENING:
        return None
    prefix = text[: anchor.start()]
    if mark is not None and rights is None:
        if patterns.CREDIT_BEFORE.search(prefix) or re.search(
            r"\b(?:photo|foto|image|bild|фото)\s*(?:credit|by)?\s*:", prefix, re.IGNORECASE
        ):
            return None  # a picture credit: "Image copyright Reuters", "(Image: © Shutterstock)"
        if len(prefix.split()) > _MAX_PREFIX_WORDS:
            return None  # a caption ending in its credit
    elif len(prefix.split()) > _MAX_PREFIX_WORDS and not (mark and _YEAR_NEXT.match(text[mark.end() :])):
        return None  # a sentence that mentions rights: real footers put "© 2019" after such a lead-in
    elif patterns.CREDIT_BEFORE.search(prefix) or re.search(r"\b(?:photo|foto)\s*:", prefix, re.IGNORECASE):
        return None
    if mark is not None:
        holder, year = _holder_and_year(text, mark)
    else:
        holder, year = _holder_before(text, rights)  # type: ignore[arg-type]
    if rights is None and patterns.CREDIT_LABEL.match(text[mark.end() :].lstrip()):  # type: ignore[union-attr]
        return None  # "X - © Foto: Getty Images / NurPhoto"
    if (
        rights is None
        and year is None
        and holder
        and patterns.PHOTO_AGENCIES.match(holder)
        and len(text) < 80
    ):
        return None  # "© Getty Images", "© REUTERS / POOL": photo credits
    return LegalNotice(kind="copyright", text=text, line=line, holder=holder, year=year)


def _simple(kind: str, pattern: re.Pattern[str]) -> Callable[[str, int], LegalNotice | None]:
    def detect(text: str, line: int) -> LegalNotice | None:
        found = pattern.search(text)
        if found and _opens_block(text, found.start()):
            return LegalNotice(kind=kind, text=text, line=line)
        return None

    return detect


def _trademark(text: str, line: int) -> LegalNotice | None:
    """A block of trademark sentences ("Apple, iPhone and iPad are registered trademarks of Apple Inc.
    Roku is a registered trademark of Roku, Inc."): the first sentence and most of them name a mark.
    An article's sentence that mentions one stands among sentences that do not."""
    if len(text) > _MAX_TRADEMARK_CHARS:
        return None
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    marked = [patterns.TRADEMARK.search(s) is not None for s in sentences]
    if not marked or not marked[0] or 2 * sum(marked) < len(marked):
        return None
    return LegalNotice(kind="trademark", text=text, line=line)


def _affiliate(text: str, line: int) -> LegalNotice | None:
    """A short block saying the page earns from the reader's purchases through its links. The formula
    may stand in its second sentence ("Sometimes we link to shops. If you buy, we may receive a
    commission."), so a length limit, not the position, keeps article prose out."""
    if len(text) > _MAX_DISCLOSURE_CHARS:
        return None
    if patterns.AFFILIATE_EARNING.search(text) and patterns.AFFILIATE_CONTEXT.search(text):
        return LegalNotice(kind="affiliate_disclosure", text=text, line=line)
    return None


def _age_rating(text: str, line: int) -> LegalNotice | None:
    alone = patterns.AGE_RATING_ALONE.match(text)
    if alone:
        return LegalNotice(kind="age_rating", text=text, line=line, subject=f"{alone.group('age')}+")
    if len(text) > 200:
        return None
    found = patterns.AGE_RATING_TEXT.search(text)
    if not found or not _opens_block(text, found.start()):
        return None
    age = next(g for g in found.groups() if g)
    return LegalNotice(kind="age_rating", text=text, line=line, subject=f"{age}+")


_DETECTORS: list[Callable[[str, int], LegalNotice | None]] = [
    _foreign_agent,
    _banned,
    _license,
    _copyright,
    _simple("reprint_policy", patterns.REPRINT),
    _simple("disclaimer", patterns.DISCLAIMER),
    _simple("privacy_cookies", patterns.COOKIES),
    _trademark,
    _affiliate,
    _age_rating,
]


# ---------------------------------------------------------------------------------------
# Field extraction
# ---------------------------------------------------------------------------------------


def _balance_quotes(name: str) -> str:
    """Drop quote marks left unmatched at either edge by a cut ('ООО “МЕМО' -> 'ООО “МЕМО”' is
    impossible to know, so the cut is avoided upstream; this only trims strays)."""
    changed = True
    while changed and name:
        changed = False
        first, last = name[0], name[-1]
        if first in _QUOTE_PAIRS and _QUOTE_PAIRS[first] not in name[1:] or first in "»”’":
            name, changed = name[1:].lstrip(), True
        elif (
            (
                last in _OPENING_QUOTES
                and last not in "\"'"
                or (last in "»”’" and not any(o in name[:-1] for o, c in _QUOTE_PAIRS.items() if c == last))
            )
            or last in "\"'"
            and name.count(last) % 2
        ):
            name, changed = name[:-1].rstrip(), True
    return name


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" \t,.;:—–-*∗⁎")
    return _balance_quotes(name)


def _subject(name: str) -> str | None:
    name = _clean_name(name)
    if not name or len(name) > 120 or name.lower() in patterns.GENERIC_SUBJECTS:
        return None
    return name


def _footnote_subject(body: str, specific: tuple[re.Pattern[str], ...]) -> str | None:
    for pattern in specific:
        found = pattern.search(body)
        if found:
            return _subject(found.group("name"))
    passive = patterns.PASSIVE_SUBJECT.match(body)
    if passive:
        return _subject(passive.group("name"))
    return None


def _year(text: str) -> str | None:
    found = patterns.YEAR_RANGE.search(text.translate(ASCII_DIGITS))
    if not found:
        return None
    first, last = found.group("first"), found.group("last")
    return f"{first}-{last}" if last and last != first else first


_YEAR_NEXT = re.compile(r"\s*(?:©|ⓒ|\ufffd|\([cс]\)|@|copyright)?\s*(?:19|20)\d\d\b", re.IGNORECASE)
_NAME_NEXT = re.compile(r"\s*(?:[bB]y\s|[A-ZА-ЯЁÀ-Þ0-9])")
_LEADING_NOISE = re.compile(
    r"^(?:\s+|©|ⓒ|\ufffd|\([cс]\)|&copy;|copyright\b|copyleft\b|by\b|von\b|par\b|por\b|[-–—,:.@|•·♦])",
    re.IGNORECASE,
)


def _holder_end(rest: str) -> int:
    """Where the holder's name ends in `rest`: the first delimiter that is not the dot of an
    abbreviation inside the name ("Inc.", "St.", "e.V.")."""
    for found in patterns.HOLDER_END.finditer(rest):
        if found.group().startswith("."):
            before = rest[: found.start()]
            if patterns.COMPANY_SUFFIX.search(before):
                if patterns.COMPANY_FORM_NEXT.match(rest[found.start() + 1 :]):
                    continue  # "GmbH & Co. KG"
                return found.start() + 1  # "Future US, Inc. 11 West 42nd Street": the name ends at "Inc."
            if patterns.DOTTED_ABBREVIATION.search(before):
                continue
        return found.start()
    return len(rest)


def _trim_holder(rest: str) -> str | None:
    """The holder's name at the start of `rest` (the text after the copyright mark)."""
    # The rights phrase ends a holder but is not noise to skip: "\x00" keeps it a delimiter.
    rest = patterns.RIGHTS_RESERVED.sub("\x00", rest)
    while True:
        stripped = _LEADING_NOISE.sub("", rest, count=1)
        year = patterns.YEAR_RANGE.match(stripped.translate(ASCII_DIGITS))
        if year:
            stripped = stripped[year.end() :]
        if stripped == rest:
            break
        rest = stripped
    if rest.startswith("\x00"):
        # "©All Rights Reserved Poynter Institute 2019": the holder may follow the phrase.
        rest = rest[1:]
        if not rest[:1].isspace():
            return None
        rest = rest.lstrip()
    holder = rest[: _holder_end(rest)]
    holder = holder.rstrip(" ,;:-–—")
    if holder.endswith(".") and not (
        patterns.DOTTED_ABBREVIATION.search(holder[:-1]) or patterns.COMPANY_SUFFIX.search(holder[:-1])
    ):
        holder = holder[:-1]
    holder = _balance_quotes(holder.strip(" ,;:-–—"))
    if (
        not holder
        or len(holder.split()) > _MAX_HOLDER_WORDS
        or not any(c.isalpha() for c in holder)
        or patterns.CREDIT_LABEL.match(holder)
    ):
        return None
    return holder


def _holder_and_year(text: str, mark: re.Match[str]) -> tuple[str | None, str | None]:
    tail = text[mark.start() :]
    return _trim_holder(text[mark.end() :]), _year(tail)


def _holder_before(text: str, rights: re.Match[str]) -> tuple[str | None, str | None]:
    """Holder and year for notices with no mark: "2019 Spacenews, Inc. All Rights Reserved"."""
    before = text[: rights.start()]
    year = _year(before) or _year(text[rights.end() :])
    if len(before.split()) > _MAX_HOLDER_WORDS:
        return None, year
    return _trim_holder(before), year


def cc_variant(text: str) -> str | None:
    """The Creative Commons licence a text names, as its abbreviation ("CC BY-NC-ND 3.0 DE")."""
    zero = patterns.CC_ZERO.search(text)
    abbrev = patterns.CC_ABBREVIATION.search(text)
    if abbrev and abbrev.group("elements").upper() == "0" or zero and not abbrev:
        zero_version = patterns.CC_VERSION.search(text)
        return f"CC0 {zero_version.group('version')}" if zero_version else "CC0"
    elements: list[str] = []
    version: str | None = None
    port: str | None = None
    if abbrev:
        elements = re.findall(r"BY|NC|ND|SA", abbrev.group("elements").upper())
        version = abbrev.group("version")
        port = abbrev.group("port")
    else:
        cc = patterns.CREATIVE_COMMONS.search(text)
        if cc is None:
            return None
        deed = text[cc.end() : cc.end() + 200]
        if patterns.CC_ATTRIBUTION.search(deed):
            elements = ["BY"] + [code for code, pattern in patterns.CC_ELEMENT_WORDS if pattern.search(deed)]
        found = patterns.CC_VERSION.search(deed)
        version = found.group("version") if found else None
        text = deed
    if version is None:
        found = patterns.CC_VERSION.search(text)
        version = found.group("version") if found else None
    if port is None:
        lowered = text.lower()
        port = next((code for name, code in patterns.CC_JURISDICTIONS.items() if name in lowered), None)
    if not elements:
        return None
    order = {"BY": 0, "NC": 1, "ND": 2, "SA": 2}
    elements = sorted(dict.fromkeys(elements), key=lambda e: order.get(e, 3))
    parts = ["CC", "-".join(elements)]
    if version:
        parts.append(version)
        if port:
            parts.append(port)
    return " ".join(parts)


def license_from_url(url: str) -> str | None:
    """The licence a creativecommons.org deed URL names ("…/licenses/by-sa/3.0/de/" -> "CC BY-SA 3.0 DE").

    Link targets are gone from block text, but html2text keeps them in the raw page.
    """
    found = patterns.CC_URL.search(url)
    if not found:
        return None
    if found.group("zero"):
        return f"CC0 {found.group('zero')}"
    parts = ["CC", found.group("elements").upper(), found.group("version")]
    if found.group("port"):
        parts.append(found.group("port").upper())
    return " ".join(parts)


# ---------------------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------------------


def notice_language(text: str) -> str | None:
    """The language of a notice, from its script, then its legal words, then function words."""
    # Licence codes are not words of any language ("BY-SA" is not French "sa").
    text = patterns.CC_ABBREVIATION.sub(" ", text)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    # A third is enough: Latin words in Russian notices are names and "Creative Commons".
    if cyrillic * 3 > len(letters):
        return "uk" if any(c in "ієїґІЄЇҐ" for c in text) else "ru"
    if sum(1 for c in letters if "\uac00" <= c <= "\ud7af") * 2 > len(letters):
        return "ko"
    if sum(1 for c in letters if "\u0600" <= c <= "\u06ff") * 2 > len(letters):
        return "ar"
    scores: dict[str, int] = {}
    for lang, pattern in patterns.LANGUAGE_HINTS:
        n = len(pattern.findall(text))
        if n:
            scores[lang] = scores.get(lang, 0) + 2 * n
    # One function word proves nothing in a line that is mostly a name ("© Nordex SE").
    for lang, n in stopword_hits(words(text)).items():
        if n >= 2 and lang not in ("ru", "uk"):
            scores[lang] = scores.get(lang, 0) + n
    if not scores:
        return None
    hint_order = [lang for lang, _ in patterns.LANGUAGE_HINTS]
    return max(
        scores, key=lambda lang: (scores[lang], -hint_order.index(lang) if lang in hint_order else -99)
    )


# ---------------------------------------------------------------------------------------
# Footnote marks across the page
# ---------------------------------------------------------------------------------------

_FOOTNOTE_KINDS = ("foreign_agent", "banned_organization")
# A name right before a run of asterisks: a quoted name, or up to four capitalised words.
_MARKED_NAME = re.compile(
    r"(?:[«“„\"](?P<quoted>[^«»“”„\"\n]{1,80})[»”“\"]"
    r"|(?P<words>(?:[A-ZА-ЯЁÀ-ÖØ-Þ0-9][\w.'’&-]*[ \u00a0]){0,3}[A-ZА-ЯЁÀ-ÖØ-Þ][\w.'’&-]*))"
    r"(?P<stars>\*+)(?!\*)"
)


def _stars_on_page(notice: LegalNotice, page_lines: list[str]) -> str | None:
    """The notice's asterisks, from its own text or (when a converter took them for a
    bullet or emphasis) from its line in the page."""
    stars = footnote_stars(notice.text)
    if stars:
        return stars
    if 1 <= notice.line <= len(page_lines):
        lead = patterns.FOOTNOTE_STARS.match(page_lines[notice.line - 1])
        if lead:
            return "*" * len(lead.group("stars"))
    return None


def _names_marked(text: str, stars: str) -> list[str]:
    names: list[str] = []
    for found in _MARKED_NAME.finditer(text):
        if found.group("stars") != stars:
            continue
        start = found.start()
        # Markdown emphasis ("**Иван Петров**") opens with the same run: not a footnote mark.
        if text[max(0, start - len(stars)) : start] == stars:
            continue
        name = found.group("quoted") or found.group("words") or ""
        words_ = name.split()
        while len(words_) > 1 and words_[0].lower() in patterns.NAME_LEADING_NOISE:
            words_.pop(0)
        name = _clean_name(" ".join(words_))
        if name and name.lower() not in patterns.GENERIC_SUBJECTS and name not in names:
            names.append(name)
    return names


def mark_footnotes(notices: list[LegalNotice], text: str) -> list[LegalNotice]:
    """Notices with `marked` filled: for each asterisk footnote, the names in the page text
    that carry exactly its number of asterisks. Other notices come back unchanged.

    `text` is the whole page (raw or normalised); the input notices are not modified.
    """
    page_lines = text.split("\n")
    result: list[LegalNotice] = []
    for notice in notices:
        stars = _stars_on_page(notice, page_lines) if notice.kind in _FOOTNOTE_KINDS else None
        if stars is None:
            result.append(notice)
            continue
        result.append(replace(notice, marked=_names_marked(text, stars)))
    return result
