"""Field parser: bylines. Turns "Author: X, CK correspondent" into structured names and roles.

`parse_byline` is called on every short block of a page, so it is built to say None to anything
that is not a byline: a line needs a label ("By", "Von", "Автор:", "Posted ... by"), a credit
list ("Reporting by X; Editing by Y"), or a name followed by an agency or a journalist's role.
Everything after the names (dates, e-mail, handles, "Published ...") is cut off, never glued on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsparse.data import bylines as data
from newsparse.data.boilerplate import FURNITURE
from newsparse.data.names import is_given_name
from newsparse.data.scripts import CJK_CHAR
from newsparse.data.stopwords import FUNCTION_WORDS
from newsparse.model import Author, Byline

_MAX_CHARS = 300
_MAX_META_WORDS = 16  # a meta line (date, name, comment count) is short
# A name word: a capital letter then letters, apostrophes, hyphens, dots (O'Neil, Jean-Luc, J.R.).
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.\-]*$")
# "d'Alembert", "l'Hermite": a lower-case elided particle glued to a capitalised name.
_ELIDED = re.compile(r"^[dl][’'][^\W\d_][\w'’.\-]*$")
_CJK = re.compile(r"^[\u3400-\u9fff\uac00-\ud7af]{2,5}$")
# A lone user name after a strong label ("Posted by c1ph4", "von revamp-it Webteam" is two tokens).
_USERNAME = re.compile(r"^(?=.*[^\W\d_])[\w.\-]{2,30}$")
_LEAD_NOISE = re.compile(r"^[\s\-–—•·|*_>#:)\]]+")
# A single mark inside a word is no emphasis: German's gender star ("Autor*in **Jane Roe**").
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*|(?<![\w_])_)(?=\S)(.+?)(?<=\S)\1")
# A whole line in emphasis closed after a space, as html2text prints "<em>Written by: <a>X</a> </em>".
_WRAPPED_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)(.+?)\s+\1$")
_SPACES = re.compile(r"\s+")
# "Evan HalperStaff Writer": a converter dropped the space between name and role.
_GLUED_CAPS = re.compile(r"(?<=[a-zß-ÿа-яё])(?=[A-ZÀ-ÞА-ЯЁ])")
_COMMA = re.compile(r"\s*,\s*")
# What an unlabelled byline cannot do without (see _parse_unlabelled): a role word or an agency.
# Role heads and agencies of four letters or more, on the casefolded line; short agencies as printed.
_CREDIT_WORDS_FOLDED = re.compile(
    "|".join(re.escape(w) for w in sorted(data.ROLE_HEADS | data.AGENCY_FOLDED, key=len, reverse=True))
)
_SHORT_AGENCIES = re.compile(
    "|".join(re.escape(a) for a in sorted((a for a in data.AGENCIES if len(a) < 4), key=len, reverse=True))
)


@dataclass(slots=True)
class _Found:
    authors: list[Author] = field(default_factory=list)
    organization: str | None = None
    score: float = 0.0


def parse_byline(text: str, line: int) -> Byline | None:
    """A Byline when `text` is one, else None. Never raises."""
    found = _analyse(text)
    if found is None:
        return None
    return Byline(text=text, authors=found.authors, line=line, organization=found.organization)


def byline_confidence(text: str) -> float:
    """0.0 for a non-byline; higher for shapes that are rarely anything else (labels, credits)."""
    found = _analyse(text)
    return found.score if found else 0.0


def parse_trailing_bio(text: str, line: int) -> Byline | None:
    """The author bio that ends many articles: "Jane Roe is a correspondent for The Daily Planet."

    Meant for the last blocks of a body: anywhere else such a sentence is just prose about someone.
    """
    if not text or len(text) > 400:
        return None
    m = data.BIO.match(_clean(text))
    if not m or m["head"].casefold() not in data.ROLE_HEADS:
        return None
    name = m["name"].strip()
    if len(name.split()) < 2 or not _valid_name(name):
        return None
    aff = m["aff"].strip() if m["aff"] else None
    return Byline(text=text, authors=[Author(name=name, role=m["role"].strip(), affiliation=aff)], line=line)


def parse_inline_byline(text: str, line: int) -> Byline | None:
    """A label inside a meta line ("February 4, 2020 • words written by X • Art by Y"): the byline
    read from the first label that yields a name."""
    if not text or len(text) > _MAX_CHARS:
        return None
    s = data.GLUED_LABEL.sub(" ", _clean(text))
    pos = 0
    while (m := data.INLINE_LABEL.search(s, pos)) is not None:
        pos = m.start() + 1  # overlapping: "written by X" fails as "by X" may not
        weak = m.group("weak")
        if weak is None:
            rest = s[m.start() :]
        elif _inside_name(s, m.start(), weak) or _credits_other_work(s, m.start()):
            continue
        else:
            label = weak.casefold()
            rest = f"{data.INLINE_WEAK_AS.get(label, label)} {s[m.end() :]}"
        found = _analyse(rest.rstrip(": "))  # "Autor Mark Newton:" heads an author box
        if weak is not None and found is not None and _one_plain_word(found.authors):
            continue  # "von Natur aus", "Verfall von Urlaub": a preposition and a noun inside a sentence
        if found is not None and found.authors:
            return Byline(text=text, authors=found.authors, line=line, organization=found.organization)
    return None


def _inside_name(s: str, start: int, weak: str) -> bool:
    """ "Christoph von Eichhorn": the particle of a name after its given name, not the label "von"."""
    if weak.casefold() not in data.PARTICLES or not weak.islower():
        return False
    before = data.PART_SEPARATOR.split(s[:start])[-1].split()
    if len(before) != 1:
        return False
    name = f"{before[0]} {data.PART_SEPARATOR.split(s[start:], maxsplit=1)[0].strip()}"
    return is_given_name(before[0].casefold()) and _valid_name(name)


def _credits_other_work(s: str, start: int) -> bool:
    """ "Maintained by", "Theme by", "Photo by": the weak label at `start` credits the site or a
    picture, not the article."""
    before = s[:start].split()
    return bool(before) and before[-1].casefold().strip(",:&") in data.OTHER_WORK_CREDITS


def parse_signature(text: str, line: int) -> Byline | None:
    """A short "von flerche", "By oradmin", "26/12/2019 von revamp-it Webteam": a label and a user
    name (lower case, digits) with nothing else on the line."""
    s = _clean(text)
    lead = data.LEADING_DATE.match(s)
    if lead:
        s = s[lead.end() :]
    m = data.SIGNATURE.match(s)
    if m is None:
        return None
    name = m["name"].strip()
    if not all(_is_username(w) for w in name.split()) or name.casefold() in data.SHARE_TARGETS:
        return None
    return Byline(text=text, authors=[Author(name=name)], line=line)


def parse_source_credit(text: str, line: int) -> Byline | None:
    """ "Quelle: dpa/bb", "Source: Jane Roe": the credit as printed, agency or person."""
    m = data.SOURCE_CREDIT.match(_clean(text))
    if m is None:
        return None
    name, _ = _cut_date(m["name"])
    if not name or len(name.split()) > 4 or len(name.split()) > 1 and _has_prose(name):
        return None
    org = _agency(name)
    return Byline(text=text, authors=[Author(name=name)], line=line, organization=org)


def parse_name_beside_date(text: str, spans: list[tuple[int, int]], line: int) -> Byline | None:
    """A meta line whose first words besides its dates are a full name: "26. September 2019 Jane Roe
    Leave a comment", "Jane Roe | 9 décembre 2019 à 09h08", "11.12.2019 - Jane Roe"."""
    if not spans or len(text) > _MAX_CHARS or len(text.split()) > _MAX_META_WORDS:
        return None
    pieces: list[str] = []
    last = 0
    for start, end in sorted(spans):
        pieces.append(text[last:start])
        last = max(last, end)
    pieces.append(text[last:])
    seen = 0
    for k, piece in enumerate(pieces):
        # "Erscheinungsdatum: 14.08.2017", "Stand: 3. Mai": a word with a colon right before the date
        # is the date's label.
        if k < len(pieces) - 1:
            piece = data.DATE_LABEL_TAIL.sub("", piece)
        for part in data.PART_SEPARATOR.split(data.META_TAIL.sub("", piece)):
            # "Profilbild Jane Roe 18.10.2019", "AvatarJane Roe": the picture's label, not the name.
            part, _ = _cut_date(data.AUTHOR_BOX_LEAD.sub("", data.META_EDGE.sub("", part)))
            if not part:
                continue
            seen += 1
            if seen > 2 or data.WEAK_LABEL.match(part + " ") or data.STRONG_LABEL.match(part):
                return None
            words = part.split()
            if 2 <= len(words) <= 4 and _valid_name(part):
                return Byline(text=text, authors=[Author(name=part)], line=line)
            lead = _leading_name(words) if seen == 1 else None
            if lead is not None:
                return Byline(text=text, authors=[Author(name=lead)], line=line)
            if (
                len(words) == 1
                and _is_username(part)
                and len(part) >= 4
                and not _alone_is_word(part)
                and _handle_like(part)
                and part.casefold() not in FUNCTION_WORDS
            ):
                return Byline(
                    text=text, authors=[Author(name=part)], line=line
                )  # "reineckefuchs — 2. Februar"
    return None


def _leading_name(words: list[str]) -> str | None:
    """A blog's entry meta line runs the author into its categories: "16. Mai 2019 Jane Roe Netzwerk,
    Windows 2", "Jane Roe Politique scientifique 20 janvier 2020". With no tag left to part them, the
    name is a given name and the capitalised word after it (with a middle initial: three words),
    where what follows opens with a capital too: a lower-case word makes the line a sentence about
    a person ("Jane Roe besucht Kiew"), not a signature."""
    if len(words) < 3 or len(words) > _MAX_META_WORDS or not is_given_name(words[0].casefold()):
        return None
    size = 3 if _MIDDLE_INITIAL.fullmatch(words[1]) else 2
    if len(words) <= size:
        return None
    rest = words[size]
    name = " ".join(words[:size]).rstrip(",")
    if not (rest[:1].isupper() or rest[:1].isdigit()) or not _valid_name(name):
        return None
    return name


_MIDDLE_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")
_PAREN_TAIL = re.compile(r"\s*\([^()]*\)?\s*$")
_PAREN_NOTE = re.compile(r"\s+\((?P<note>[^()]{2,60})\)$")
_BRACKET_LEAD = re.compile(r"^(?:\[[^\]]{0,40}\]\s*)+")  # a picture's placeholder: "[svg]Jane Roe"


def bare_name_text(text: str) -> str:
    """What could be a name alone on a line, without its frame: "- Jane Roe", "Jane Roe,",
    "Jane Roe (Medizinredakteurin)", "[avatar] Jane Roe", "Jane Roe Autorin", and an author box's
    heading "Über Jane Roe", "More from Jane Roe"."""
    s = _LEAD_NOISE.sub("", _BRACKET_LEAD.sub("", _unemphasised(text.strip())))
    s = data.AUTHOR_BOX_LEAD.sub("", s)
    s = _PAREN_TAIL.sub("", s) if s.endswith(")") else s
    s = data.ROLE_TAIL.sub("", s)
    # An emphasis's closing mark, opened on the line before ("_Von" / "Jane Roe_").
    return s.rstrip(" ,;:|–—·•/-*_")


def parse_holder_name(holder: str, text: str, line: int) -> Byline | None:
    """A copyright holder that is a person ("© 2019 Jane Roe"): on a personal blog, the author."""
    name, _ = _cut_date(holder)
    words = name.casefold().replace("'", " ").replace("’", " ").split()
    if any(w in data.OUTLET_WORDS for w in words):
        return None  # "© The Daily Planet": the publisher, not a person
    if not 2 <= len(name.split()) <= 3 or not _valid_name(name):
        return None
    return Byline(text=text, authors=[Author(name=name)], line=line)


# --- stages ----------------------------------------------------------------------------------


def _analyse(text: str) -> _Found | None:
    if not text or len(text) > _MAX_CHARS:
        return None
    s = _clean(text)
    if len(s) < 3:
        return None
    found = _parse_credits(s)
    if found is not None:
        return found
    caseless = data.CASELESS_LABELLED.match(s)
    if caseless is not None:
        return _Found(authors=[Author(name=caseless["name"])], score=0.9)
    reporter = data.NAME_THEN_REPORTER.match(s)
    if reporter is not None:
        names = data.REPORTER_LIST_SEPARATOR.split(reporter["names"])
        return _Found(authors=[Author(name=n, role=reporter["role"]) for n in names], score=0.9)
    rest, strong, single_ok = _strip_label(s)
    if rest is not None:
        head = data.PART_SEPARATOR.split(rest, maxsplit=1)[0]
        date = data.DATE_CUT.search(head)
        head = head[: date.start()] if date else head  # a colon in "00:04 Uhr" is fine
        if not strong and (":" in head or _ends_open(rest)):
            return None  # "By Cuisine:", "von Künstlern, Bands, DJs,": a heading or a wrapped sentence
        found = _parse_names(rest, strong=strong, single_ok=single_ok)
        if found is not None:
            found.score = 0.9 if strong else 0.8
        return found
    return _parse_unlabelled(s)


def _unemphasised(text: str) -> str:
    """Markdown emphasis marks taken off ("**Jane Roe**", "_Jane Roe_"), the words kept."""
    if "*" not in text and "_" not in text:
        return text
    return _EMPHASIS.sub(r"\2", _WRAPPED_EMPHASIS.sub(r"\2", text))


def _ends_open(text: str) -> bool:
    """Ends on a comma or a word's hyphen ("Musik-"), as a wrapped sentence does; a spaced dash
    ("Robert -") is a separator with its date cut off."""
    s = text.rstrip()
    return s.endswith(",") or (s[-1:] in "-–—" and s[-2:-1].isalnum())


def _clean(text: str) -> str:
    s = _unemphasised(_SPACES.sub(" ", text).strip())
    if "[" in s or "(" in s or "<" in s:
        s = data.CONVERTER_NOISE.sub(" ", data.MD_LINK.sub(r"\1", s))
    s = data.GLUED_BY.sub(r"\1 ", s)
    if "(" in s:
        s = data.GLUED_PAREN.sub(" (", s)
    s = _LEAD_NOISE.sub("", s)
    if s.startswith("(") and s.endswith(")"):  # Reuters' "(Reporting by ...; Editing by ...)"
        s = s[1:-1]
    return _SPACES.sub(" ", s).strip()


def _strip_label(s: str) -> tuple[str | None, bool, bool]:
    """(text after the label, label is strong, a one-word name is acceptable); (None, ...) if no label."""
    lead = data.LEADING_DATE.match(s)
    if lead:
        s = s[lead.end() :]
    dated = lead is not None  # "July 24, 2019 by X": a dated meta line, as telling as a strong label
    for pattern in (data.STRONG_LABEL, data.VERB_BY):
        m = pattern.match(s)
        if m:
            if m.group(0)[-1:] in ":：" and s[m.end() : m.end() + 1].islower():
                return None, False, False  # "Autor:innen": a gender-neutral plural, not a label
            return s[m.end() :], True, True
    m = data.WEAK_LABEL.match(s)
    if m:
        word = m.group(0).strip().casefold()
        return s[m.end() :], dated, word not in data.MULTIWORD_ONLY_LABELS
    return None, False, False


def _parse_credits(s: str) -> _Found | None:
    """ "Reporting by X and Y; Editing by Z", "Text: X / Photo: Y": each label is the role of its names."""
    if data.CREDIT_LABEL.match(s) is None:
        return None  # the first label must open the line (the common case: no credit line at all)
    labels = list(data.CREDIT_LABEL.finditer(s))
    if not labels or labels[0].start() != 0:
        return None
    roles = [_SPACES.sub(" ", m["label"]) for m in labels]
    if not any(r.casefold() in data.WRITER_CREDITS for r in roles):
        return None  # a photo or video credit, not a byline
    first = labels[0].group(0).casefold()
    if len(labels) == 1 and not re.search(r"\b(?:by|von)\b", first):
        return None  # a lone "Text: X" is a plain author label, handled there
    found = _Found(score=0.95)
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(s)
        segment = _parse_names(s[m.end() : end], strong=True, single_ok=True)
        if segment is None or not segment.authors:
            return None
        role = roles[k][:1].upper() + roles[k][1:]
        for a in segment.authors:
            a.role = a.role or role
        found.authors.extend(segment.authors)
        found.organization = found.organization or segment.organization
    return found


def _parse_unlabelled(s: str) -> _Found | None:
    """ "Jane Roe | Reuters", "Jane Roe, Staff Writer": a full name and then an agency or a role."""
    if "/" in s:
        return None  # "Jane Roe / AP", "Jane Roe/Reuters": the photo-credit convention
    if "," not in s and not data.PART_SEPARATOR.search(s) and not _GLUED_CAPS.search(s):
        return None
    if not _names_credit(s):
        return None  # no role word and no agency: nothing below could vouch for the names
    if re.search(r"[.…]{2,}|\?|!", s):
        return None  # "Related Posts Plugin for WordPress, Blogger...": text, not a credit
    found = _parse_names(s, strong=False, single_ok=False, strict=True)
    if found is None or not found.authors:
        return None
    if found.organization is None and not any(a.role for a in found.authors):
        return None
    if any(len(a.name.split()) < 2 for a in found.authors):
        return None
    found.score = 0.7
    return found


def _names_credit(s: str) -> bool:
    """Whether `s` holds a role head or an agency name anywhere: an unlabelled byline is accepted
    only with an organization (`_agency`, `_staff_of`) or a role (`_is_role`, `_is_role_tail`),
    and each of those checks a substring of `s`, whole or casefolded, against these words."""
    return _CREDIT_WORDS_FOLDED.search(s.casefold()) is not None or _SHORT_AGENCIES.search(s) is not None


def _parse_names(rest: str, *, strong: bool, single_ok: bool, strict: bool = False) -> _Found | None:
    """Authors, roles and organization from the text after a label. `strict`: every part must be
    understood (no label vouches for the line)."""
    rest = data.EMAIL.sub(" ", rest)
    rest = data.URL.sub(" ", rest)
    rest = data.HANDLE.sub(" ", rest)
    found = _Found()
    parts = data.PART_SEPARATOR.split(rest)
    for i, raw_part in enumerate(parts):
        part, was_cut = _cut_date(raw_part)
        if not part:
            if i == 0 and not found.authors:
                return None
            if was_cut:
                break
            continue
        ok = _take_part(part, found, first=i == 0, strong=strong, single_ok=single_ok, strict=strict)
        if not ok:
            if i == 0 or strict:
                return None
            break  # the byline ended; what follows is page furniture ("Leave a comment")
        if was_cut:
            break
    if not found.authors and found.organization is None:
        return None
    if len(found.authors) > 1 and any(len(a.name.split()) == 1 for a in found.authors) and not strong:
        return None  # "Von Liebe und Hass", "Von Wiener Walzer und Mozartkugeln": titles, not authors
    return found


def _cut_date(part: str) -> tuple[str, bool]:
    """The part up to the first date, time or publishing stamp, without dangling connectors."""
    m = data.DATE_CUT.search(part)
    cut = part[: m.start()] if m else part
    cut = data.TRAILING_JUNK.sub("", cut.strip()).strip(" ,;:")
    if cut.endswith(".") and not _keeps_dot(cut):
        cut = cut[:-1].rstrip()
    return cut, m is not None


def _keeps_dot(text: str) -> bool:
    """A final dot that belongs to the name: an initial ("John Q.") or a suffix ("Jr.")."""
    last = text.rsplit(maxsplit=1)[-1].casefold()
    return last in data.NAME_SUFFIXES or (
        len(last) <= 3 and last[:1].isalpha() and last.count(".") >= 1 and len(last.rstrip(".")) == 1
    )


def _take_part(part: str, found: _Found, *, first: bool, strong: bool, single_ok: bool, strict: bool) -> bool:
    """Fold one separator-delimited part into `found`; False if it is not byline material."""
    if not first:
        org = _agency(part)
        if org:
            found.organization = found.organization or org
            return True
        if _is_role(part):
            _assign_role(found.authors, part)
            return True
        if found.authors and _is_outlet(part):
            _assign_affiliation(found.authors, part)
            return True
    chunks = [c for c in _COMMA.split(part) if c]
    tail = data.LOCATION_TAIL.search(chunks[0]) if chunks else None
    if tail and tail.start() > 0:
        # "by Jane in News, Sport": the commas list the filing's categories or places, not names.
        chunks = [chunks[0][: tail.start()]]
    start = len(found.authors)
    for k, chunk in enumerate(chunks):
        chunk = re.sub(r"^(?:and|und|et|y|и)\s+", "", chunk, flags=re.IGNORECASE)
        if not chunk:
            continue
        opening = first and k == 0
        if found.authors and chunk.casefold() in data.NAME_SUFFIXES:
            found.authors[-1].name += f", {chunk}"
            continue
        org = _agency(chunk)
        if org:
            found.organization = found.organization or org
            continue
        if not opening and found.authors:
            if _is_role(chunk):
                _assign_role(found.authors, chunk)
                continue
            aff = data.AFFILIATION.match(chunk)
            if aff:
                _assign_affiliation(found.authors, aff["aff"])
                continue
            if _is_outlet(chunk):
                _assign_affiliation(found.authors, chunk)
                continue
        staff = _staff_of(chunk)
        if staff:  # "By HNN Staff": the outlet's staff, no person named
            found.organization = found.organization or staff
            continue
        names, role, affiliation = _names_in(chunk, single_ok=single_ok and opening, strong=strong)
        if names is not None and not opening and _after_credit(found, start):
            break  # "By Jane Roe, BBC News, New York": after the outlet comes a place, not a person
        if names is None:
            if opening or strict:
                return False
            if found.authors and len(chunk.split()) == 1 and "." in chunk:
                _assign_affiliation(found.authors, chunk)  # "By Jane Roe, Phys.org"
                continue
            if _has_prose(chunk) and not strong:
                return False  # a sentence continues: "By Christmas, the shops were empty"
            if not strong and (not found.authors or len(found.authors[-1].name.split()) == 1):
                return False  # "von Künstlern, Bands": a list of things, not a one-word author
            break
        for n in names:
            found.authors.append(Author(name=n))
        if role:
            _assign_role(found.authors, role)
        if affiliation:
            _assign_affiliation(found.authors, affiliation)
    return len(found.authors) > start or found.organization is not None or not first


def _names_in(
    chunk: str, *, single_ok: bool, strong: bool
) -> tuple[list[str] | None, str | None, str | None]:
    """Names in one comma chunk, plus a role glued after them and a "for X" affiliation."""
    affiliation = None
    loc = data.LOCATION_TAIL.search(chunk)
    if loc and loc.start() > 0:
        chunk = chunk[: loc.start()]
    m = re.search(r"\s+(?:for|für|pour|para|для)\s+(?=\S)", chunk, flags=re.IGNORECASE)
    if m:
        aff = data.AFFILIATION.match(chunk[m.start() :].strip())
        if aff:
            affiliation = aff["aff"].strip()
            chunk = chunk[: m.start()]
    chunk, role = _split_glued_role(chunk)
    chunk, outlet = _split_glued_outlet(chunk)
    affiliation = affiliation or outlet
    note = _PAREN_NOTE.search(chunk) if chunk.endswith(")") else None
    if note and note.start() > 0:
        # "Jane Roe (Reuters)": the agency; "Jane Roe (Guest Post)", "Jana Roth (Gastbeitrag)": a note
        # on the author, kept as the role. Not "Von Liebe (und Hass)": a note opens with a capital.
        agency = _agency(note["note"])
        if agency or note["note"][:1].isupper():
            chunk = chunk[: note.start()]
            if agency:
                affiliation = affiliation or agency
            else:
                role = role or note["note"].strip()
    pieces = [p.strip() for p in data.NAME_CONNECTOR.split(chunk)]
    if not pieces or any(not p for p in pieces):
        return None, None, None
    names: list[str] = []
    for p in pieces:
        words = p.split()
        half = len(words) // 2
        if half and len(words) % 2 == 0 and words[:half] == words[half:]:
            p = " ".join(words[:half])  # "Jane Roe Jane Roe": link text and name printed together
        if _valid_name(p):
            if len(p.split()) == 1 and not single_ok and len(pieces) == 1:
                return None, None, None
            names.append(p)
        elif strong and single_ok and len(pieces) == 1 and _is_username(p):
            names.append(p)
        else:
            return None, None, None
    return names, role, affiliation


def _split_glued_outlet(chunk: str) -> tuple[str, str | None]:
    """ "Jane Roe Reiterrevue International" -> ("Jane Roe", "Reiterrevue International"): an outlet
    printed right after the name, no comma between. Only after a full name that opens with a given
    name, and an outlet of two or three words ending on an outlet word: "Mary Ann Post" stays a name."""
    tokens = chunk.split()
    if (
        len(tokens) < 3
        or tokens[-1].casefold() not in data.OUTLET_WORDS
        or not is_given_name(tokens[0].casefold())
    ):
        return chunk, None
    for k in (2, 3):  # the shortest outlet that leaves a name in front
        head, tail = " ".join(tokens[:-k]), " ".join(tokens[-k:])
        if len(tokens) - k < 2 or not tail[:1].isupper():
            continue
        if _valid_name(head) and not any(w.casefold() in data.OUTLET_WORDS for w in head.split()):
            return head, tail
    return chunk, None


def _split_glued_role(chunk: str) -> tuple[str, str | None]:
    """ "Jane Roe Staff Writer" / "Jane RoeStaff Writer" -> ("Jane Roe", "Staff Writer")."""
    # Glued first, and only where the right side is a role: "McDonald" must stay whole.
    for m in _GLUED_CAPS.finditer(chunk):
        head, tail = chunk[: m.start()].strip(), chunk[m.start() :].strip()
        if _is_role_tail(tail) and _valid_name(head):
            return head, tail
    tokens = chunk.split()
    for k in (4, 3, 2, 1):  # longest role first: "Senior Staff Writer", not "Writer"
        if len(tokens) - k < 2:  # keep at least a two-word name in front of the role
            continue
        tail, head = " ".join(tokens[-k:]), " ".join(tokens[:-k])
        if tail[:1].isupper() and _is_role_tail(tail) and _valid_name(head):
            return head, tail
    return chunk, None


def _is_role_tail(tail: str) -> bool:
    """Only role words, ending in a role head: what may follow a name without a comma."""
    words = [w.casefold() for w in tail.split()]
    return (
        bool(words)
        and words[-1] in data.ROLE_HEADS
        and all(w in data.ROLE_HEADS or w in data.ROLE_MODIFIERS for w in words)
    )


def _valid_name(s: str) -> bool:
    tokens = s.split()
    if not 1 <= len(tokens) <= 6 or len(s) > 60 or s.casefold() in data.SHARE_TARGETS:
        return False
    first = tokens[0].casefold()
    if len(tokens) > 1 and (
        first in data.NO_OPENING_PARTICLES or (tokens[0].islower() and first in data.PARTICLES)
    ):
        return False
    capitalised = 0
    generic = 0
    for k, t in enumerate(tokens):
        folded = t.casefold()
        if folded in data.ARTICLE_PARTICLES and (k == 0 or tokens[k - 1].casefold() not in data.PARTICLES):
            return False  # "der" only in "von der", "van der": "Projektleiterin der HSS" is a title
        if folded in data.PARTICLES:
            continue
        if folded in data.NOT_NAME_WORDS or folded.rstrip(".") in data.NOT_NAME_WORDS:
            return False
        if folded.rstrip(".…") in data.GENERIC_WORDS:  # "Suche...", a search button's text
            generic += 1
        if (_NAME_TOKEN.match(t) and t[0].isupper()) or _ELIDED.match(t) or _CJK.match(t):
            if t.endswith("-") or "--" in t:
                return False
            if "-" in t and folded.rsplit("-", 1)[1] in data.NAMED_THING_TAILS:
                return False  # "Strauß-Preis", "Adenauer-Stiftung": named after a person, not one
            capitalised += 1
            continue
        return False
    if capitalised == 0 or generic == capitalised:
        return False  # "Staff", "Editorial Board", "By Design": words, not people
    return tokens[-1].casefold() not in data.PARTICLES or len(tokens) == 1


def _is_username(s: str) -> bool:
    folded = s.casefold()
    return (
        bool(_USERNAME.match(s))
        and folded not in data.NOT_NAME_WORDS
        and folded not in data.GENERIC_WORDS
        and folded not in data.PARTICLES
    )


def _handle_like(token: str) -> bool:
    """A lone word that reads as a user name ("reineckefuchs", "HansEhrlich", "jane_77") or a given name
    ("Tine"), not as a plain word printed capitalised ("Pressemitteilung", "Erstellt", "VIDEO"): in the
    corpus's w3m and BeautifulSoup dumps such a word beside a date was the author twice in 71 times,
    a category or a label otherwise."""
    if data.LOCALE_CODE.fullmatch(token):
        return False  # "de-DE": a language menu's entry
    if CJK_CHAR.search(token):
        # Unspaced, "こちらの記事も合わせてどうぞ" is one token: a name is a few Han or Hangul characters.
        return _CJK.match(token) is not None
    # A mark at its edge leaves a word plain ("_Datenschutz", an icon's trace), and so does a
    # breadcrumb glued to its first step ("HomeJudicial").
    token = token.strip("_")
    glued = _GLUED_CAPS.split(token)
    if len(glued) > 1 and (glued[0].casefold() in data.GENERIC_WORDS or _alone_is_word(glued[0])):
        return False
    # A compound is plain when its parts are: "Breuninger-Meeting", "Corona-Update".
    parts = token.split("-")
    plain = token[:1].isupper() and all(
        p.isalpha() and (p[1:].islower() or p.isupper()) and (k == 0 or p[:1].isupper())
        for k, p in enumerate(parts)
    )
    return not plain or is_given_name(token.casefold())


def _one_plain_word(authors: list[Author]) -> bool:
    """One author named by one plain word (see `_handle_like`)."""
    return len(authors) == 1 and len(authors[0].name.split()) == 1 and not _handle_like(authors[0].name)


def _alone_is_word(token: str) -> bool:
    """A lone capitalised dictionary-looking word ("Redaktion", "Home", "Abonnieren") rather than a handle."""
    return (
        token.casefold() in data.NOT_NAME_WORDS
        or _is_role(token)
        or _agency(token) is not None
        or FURNITURE.search(token) is not None
    )


def _is_role(chunk: str) -> bool:
    words = chunk.split()
    if not 1 <= len(words) <= 6:
        return False
    return any(w.casefold().strip(".") in data.ROLE_HEADS for w in words)


def _assign_role(authors: list[Author], role: str) -> None:
    """A role after a list of names belongs to every name since the last role ("X, Y, staff writers")."""
    for a in reversed(authors):
        if a.role is not None:
            break
        a.role = role.strip()


def _assign_affiliation(authors: list[Author], affiliation: str) -> None:
    for a in reversed(authors):
        if a.affiliation is not None:
            break
        a.affiliation = affiliation.strip()


def _agency(chunk: str) -> str | None:
    """The agency a chunk names ("Reuters", "dpa", "Reuters Staff", "AFP/The Local"), else None."""
    c = chunk.strip()
    if c in data.AGENCIES or c.casefold() in data.AGENCY_FOLDED:
        return c
    words = c.split()
    if len(words) >= 2 and _is_role(" ".join(words[1:])):  # "Reuters Staff", "AP Staff Writer"
        head = _agency(words[0])
        if head:
            return head
    if "/" in c and " " not in c:
        for piece in c.split("/"):
            head = _agency(piece)
            if head:
                return head
    return None


def _after_credit(found: _Found, start: int) -> bool:
    """An organization or affiliation already closed this part's list of names."""
    if found.organization is not None and len(found.authors) > start:
        return True
    return any(a.affiliation for a in found.authors[start:])


def _is_outlet(chunk: str) -> bool:
    words = chunk.split()
    return (
        1 <= len(words) <= 6
        and words[0][:1].isupper()
        and any(w.casefold() in data.OUTLET_WORDS for w in words)
    )


def _staff_of(chunk: str) -> str | None:
    """ "Reuters Staff" -> "Reuters"; "Jörg Staff" is a person, a given name and his surname."""
    words = chunk.split()
    if len(words) == 2 and is_given_name(words[0].casefold()):
        return None
    if len(words) >= 2 and words[-1].casefold() == "staff" and all(w[:1].isupper() for w in words):
        return " ".join(words[:-1])
    return None


def _has_prose(chunk: str) -> bool:
    """Lower-case words that are not name particles: the line reads as a sentence."""
    return any(w[:1].islower() and w.casefold() not in data.PARTICLES for w in chunk.split())


def is_label_only(text: str) -> bool:
    """True for a byline label with no name after it ("By", "Автор:", "| von" after a date): the name is
    on the next line."""
    s = text.strip().lstrip(data.LABEL_LEAD_SEPARATORS)
    if data.BARE_LABEL.match(s) is not None:
        return True
    # Any strong label with nothing after it: "Artikel von", "Geschrieben von", "Publié par".
    m = data.STRONG_LABEL.match(s)
    return m is not None and m.end() == len(s)
