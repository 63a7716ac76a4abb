"""What converters add around visible text: bullets, Markdown marks, link references."""

import re

# Characters that only break text: removed outright.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# ... but for the joiners (ZWNJ, ZWJ) between two letters of a script that spells with them: Persian
# writes "پیاده‌روی" with a ZWNJ inside the word, and Hindi and Bengali conjuncts need them too.
JOINERS = "\u200c\u200d"
JOINING_SCRIPTS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff"
# Characters that are spaces in disguise.
SPACE_LIKE = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\t"
# Separators that str.splitlines would treat as newlines; we keep the input's own line numbers,
# so they become spaces instead.
LINE_SEPARATORS = "\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"

# List marks used by browsers, w3m (• □ ☆), lynx (* + o), html2text (* - +) and sites themselves;
# Japanese pages write their own "・" with no space after it.
BULLET = re.compile(r"^(?P<mark>[•□☆◦▪▫■●○◆◇►▸▶‣⁃∙·*+\-–—]|o(?= )|・)(?:\s+|(?<=・))(?=\S)")
# The letter "o" is a list mark this far in (lynx and inscriptis nest their "o" items; lynx sets its
# paragraphs 3 columns in), or in a run of such lines: alone near the margin it is a word of
# Portuguese, Spanish or Italian.
LETTER_BULLET_MIN_INDENT = 4
# Numbered list items stay text, but the mark is noted.

# html2text / Markdown.
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# The same inside a list item, after a bullet (already peeled) or a number: "4. # Headline".
MD_LISTED_HEADING = re.compile(r"^(\d{1,3}\.\s+)?(#{1,6})\s+(.*?)\s*#*\s*$")
MD_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\s*\)")
# Link text may hold one bracketed word ("[Review [Video]](...)"); an address may hold spaces
# ("/search/?q=Docker Engine") and one level of parentheses.
MD_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(((?:[^()\n]|\([^()]*\))*)\)")
# A link to an author's archive ("/author/jane-roe/", "/autor/jane-roe", "/auteur/jroe/"): its text
# names the article's author, as surely as a "By" label.
AUTHOR_ARCHIVE = re.compile(
    r"(?:^|/)(?:authors?|autor(?:in|en)?|auteur|autore|redakteur(?:in)?|journalist(?:in)?)/[^/\s\"?#]+/?(?=[\s\"?#]|$)",
    re.IGNORECASE,
)
# A link whose text runs over two lines: "[Text on one line" and "more text](https://...)".
MD_LINK_HEAD = re.compile(r"\[(?=[^\[\]]*$)")
MD_LINK_TAIL = re.compile(r"^([^\[\]]*)\]\((?:[^()\n]|\([^()]*\))*\)")
# html2text's default wrapping (78 columns) also breaks a link between its address and its title, or
# inside the title: "[Simon Dückert](https://.../author/ \"Zeige alle" over "Beiträge von ...\")". The
# address left open at a line's end, and what closes it at the next line's start:
MD_DEST_OPEN = re.compile(r"\]\([^()\s]*(?:\s+\"[^\"]*)?\s*$")
MD_DEST_REST = re.compile(r"^\s*(?:\"[^\"]*\"|[^\"()\[\]]*\")\s*\)")
# An emphasis mark ("_word", "word_") and a link's address, which may hold underscores of its own.
MD_EMPHASIS_OPEN = re.compile(r"(?<![\w_])_(?=[^\s_])")
MD_EMPHASIS_CLOSE = re.compile(r"(?<=[^\s_])_(?![\w_])")
MD_ADDRESS = re.compile(r"\]\([^)]*\)?")
MD_ICON_TEXT = re.compile(r"^[_\s]*$")  # "[__](...)": an icon font's placeholder, no words
MD_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[\d+\]")
MD_REF_DEF = re.compile(r"^\s*\[\d+\]:\s+\S+")
# html2text leaves a space inside the closing mark of bold text ("**Pochettino was sacked **last night",
# "Von **[Jane Roe](/autor/) **") or its opening mark ("** _by Jane Roe_**"), and of emphasis
# ("_Written by: [Jane Roe](/autor/) _").
MD_BOLD_LOOSE = re.compile(
    r"(?:(?<![^\s(\[])\*\*\s(?=[^\s*])([^*\n]*?\S)|\*\*(?=[^\s*])([^*\n]+?)\s)\*\*(?!\*)"
)
MD_UNDERSCORE_LOOSE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)\s_(?![\w_])")
# An empty emphasis: how html2text prints an icon font's "<i class=...></i>" ("__ Suche", "__Login").
MD_EMPTY_EMPHASIS = re.compile(r"(?<![\w_\\])__(?!_)")
# One emphasised word glued to a link after it: "_by_[Jane Roe](/u/)" leaves "_by_Jane Roe".
MD_EMPHASIS_GLUED = re.compile(r"(?<![\w*_])_([^\W\d_]{2,12})_(?=[^\W\d_])")
MD_CODE = re.compile(r"`([^`\n]+)`")
MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
MD_ESCAPED_LEAD = re.compile(r"^\s*(?:\d+\\\.|\\[-*+#>])\s")
MD_ESCAPED_ORDINAL = re.compile(r"(?<=\d)\\(?=\.\s)")  # the backslash in "6\. Dezember"
SETEXT_UNDERLINE = re.compile(r"^(?:=+|-+)$")  # under a heading's text, about as long
MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
MD_BLOCKQUOTE = re.compile(r"^(?:>\s?)+")
# pandoc's Markdown: a fenced div's opening or closing line ("::: {#main .content}", ":::"), and the
# attributes it sets on headings, links, images and spans ("# Headline {#top .entry-title}",
# "[Home](/){.active}", "![](a.jpg){width=\"640\"}", "[By Jane Roe]{.byline}").
PANDOC_FENCE = re.compile(r"^:{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*(?::{3,})?\s*$")
# pandoc quotes every value it writes ("width=\"640\""): an unquoted one is code ("{e=e||r[t]}").
_PANDOC_ATTRIBUTE = r"(?:[#.][\w:.\-]+|[\w\-]+=\"[^\"]*\"|-)"
PANDOC_ATTRIBUTES = re.compile(rf"\{{\s*{_PANDOC_ATTRIBUTE}(?:\s+{_PANDOC_ATTRIBUTE})*\s*\}}")
# Attributes where pandoc puts them: right after a link, an image or a span, or closing a heading.
PANDOC_ATTACHED = re.compile(rf"(?<=[)\]]){PANDOC_ATTRIBUTES.pattern}|\s+{PANDOC_ATTRIBUTES.pattern}\s*$")
# A span: bracketed text with attributes and no address ("[By Jane Roe]{.byline}").
PANDOC_SPAN = re.compile(rf"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]{PANDOC_ATTRIBUTES.pattern}")
# HTML that Markdown writers pass through where Markdown has no mark for it (pandoc -t gfm writes
# "<div class=...>" and "<span class=...>"): tags of these elements are markup, their text stays.
_HTML_ELEMENTS = (
    "div|span|p|a|b|i|u|s|em|strong|small|sup|sub|br|hr|img|picture|source|figure|figcaption|section"
    "|article|header|footer|nav|aside|main|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|time|iframe"
    "|button|form|input|label|center|font|blockquote|cite|mark|abbr"
)
HTML_TAG = re.compile(rf"</?(?:{_HTML_ELEMENTS})(?:\s[^<>]*)?/?>|<!--.*?-->", re.IGNORECASE)
HTML_TAG_LINE = re.compile(rf"^\s*(?:(?:{HTML_TAG.pattern})\s*)+$", re.IGNORECASE)
# pandoc's hard line break (<br>): a backslash closing the line.
MD_HARD_BREAK = re.compile(r"\\$")
MD_FORM_BLANK = re.compile(r"_{4,}")

# lynx numbered link markers "[12]Home" and w3m/lynx reference lists.
LYNX_LINK_MARK = re.compile(r"\[\d{1,4}\]")
# A link's text after its lynx number, up to the next link or the line's end: "[12]Jane Roe".
# lynx does not say where a link's text ends: it is taken up to a separator or a gap of columns.
LYNX_LINKED_TEXT = re.compile(r"\[(\d{1,4})\]([^\[|•·,;]+?)(?=\s{2,}|\s*[\[|•·,;]|\s*$)")
# An entry of lynx's References list: "  12. https://example.org/author/jane-roe/".
LYNX_REFERENCE = re.compile(r"^\s*(\d{1,4})\.\s+(\S+)\s*$")
# An entry of the "References" list lynx and w3m print after the page: "  12. https://example.org/",
# also a site-relative "12. /news/story" and the bare "12." of a link without an address.
LINK_LIST_ENTRY = re.compile(r"^\d{1,5}\.(?:\s+(?:[a-z][a-z0-9+.\-]*:|www\.|/|#|\.\.?/)\S*)?$", re.IGNORECASE)

SENTENCE_END = re.compile(r"[.!?…。»”\"')\]:]$")

# A line that is only bracketed tokens without spaces: how w3m prints images and empty widgets
# ("[blank_1x1]", "[lazy_placeholder][photo-name]", "[INS::INS]", "[svg]"). Never text a reader reads.
PLACEHOLDER_LINE = re.compile(r"^(?:\[[^\[\]\s]*\])+$")
# A link's address in brackets after its text, as html-to-text prints links ("News [/news/]",
# "the reed beds [https://example.org/reed-beds/] that"), and w3m a text field's value: not words of the
# page. Only after text: a line that is nothing but one is a picture's placeholder (above).
# Relative addresses too, as pages write them: "[../news/]", "[./search.php?sid=1]", "[pagina.php?id=4]",
# "[de/news/story/]", "[javascript:void(0)]", "[whatsapp://send?text=...]", "[?page=2]", "[.]" (the
# page's own folder; not "[..]", an omission). A bare "word/word" needs a slash to close it or more
# length than "[and/or]" or "[km/h]" have.
_RELATIVE_ADDRESS = (
    r"[a-z][a-z0-9+.\-]*:[^\s\[\]]+|\.(?:\.?/[^\s\[\]]*)?|\?[^\s\[\]]+"
    r"|[\w.\-~%]+\.(?:php|s?html?|aspx?|jsp|cfm|cgi)(?:[?#][^\s\[\]]*)?"
    r"|[\w.\-~%]{2,}/(?:[^\s\[\]]*/|[^\s\[\]]{5,})"
)
_ADDRESS_IN_BRACKETS = rf"\[(?:(?:https?://|www\.|/|#|mailto:|tel:)[^\s\[\]]*|{_RELATIVE_ADDRESS})\]"
_FULL_ADDRESS_IN_BRACKETS = r"\[(?:https?://|www\.|mailto:|tel:)[^\s\[\]]*\]"
# A full address may follow its text without a space (a link's text closing on punctuation); a path
# ("[/automerge]", a forum's markup) only after one. Also opening a line whose text goes on: the
# address wrapped away from its link's text.
# Any case: html-to-text prints a heading's link in capitals with the heading ("[HTTPS://...]").
BRACKETED_ADDRESS = re.compile(
    rf"(?<=\S)(?:\s{_ADDRESS_IN_BRACKETS}|{_FULL_ADDRESS_IN_BRACKETS})|^{_ADDRESS_IN_BRACKETS}\s*(?=\S)",
    re.IGNORECASE,
)

# The left margin (columns) lynx's default style sheet gives paragraphs, 3, give or take a column; a
# centred headline stands off it.
HEADING_PROSE_MARGINS = frozenset({2, 3, 4})

# C html2text's headings: "****** Headline ******" (h1) down to "** Minor **" (h5); a single star each
# side (its h6) would read as a list item.
STAR_FRAMED_HEADING = re.compile(r"^(\*{2,6}) (\S.*?\S|\S) \1$")
STAR_FRAME_H1 = 6  # stars around an h1
# The first line of such a heading wrapped over several.
STAR_FRAME_OPEN = re.compile(r"^(\*{2,6}) (?=\S)(?!.* \1$)")

# A script's or style sheet's text left in the dump (BeautifulSoup's get_text() keeps what <script> and
# <style> hold unless they are removed first): ad, analytics and consent calls, JSON-LD, function
# definitions and declarations, never words of the page. Only shapes prose does not take.
SCRIPT_CODE = re.compile(
    r"adsbygoogle|googletag\.|\bgtag\(|\bdataLayer\b|\bfbq\(|\b_gaq\b|\b_paq\b|__tcfapi|"
    r"document\.write\(|window\.__\w|\b_taboola\b|twttr\.|FB\.init|\"@context\"\s*:|\bjQuery\(|"
    r"\$\(document\)|\.addEventListener\(|\bfunction\s*[\w$]*\s*\([^)]*\)\s*\{|=>\s*\{|"
    r"\b(?:var|const|let)\s+[\w$]+\s*=[^=]"
)
# A style sheet's rule: "selector { property: value; }".
STYLE_RULE = re.compile(r"[#.\w\-\]\)>:*, ]+\{\s*[\w\-]+\s*:\s*[^;{}]+;?[^{}]*\}")
# Braces and semicolons per character above which a block with a rule in it is a style sheet.
STYLE_MARK_SHARE = 0.02
