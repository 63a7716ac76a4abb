"""Typographic characters and the plain ones a converter may print in their place."""

# html2text (by default) writes "&ndash;", "&ldquo;", "&rsquo;" and the like as their ASCII look-alikes in
# the text, while a link's title attribute or a share address beside it keeps the original character.
PLAIN_EQUIVALENT = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "´": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
}

# Korean writes spaces between words, yet terminal dumps (w3m) wrap it between any two syllables as
# they do Chinese. A line ending on a particle that closes a word ("의", "은", "를", "에", "도", ...)
# was most likely cut at a space; one ending mid-word runs on without one. What follows a particle
# inside a word ("때문이다": "이" + "다") still joins.
KOREAN_WORD_END = frozenset("의은는을를에도로와과고며서만이가")
KOREAN_RUNS_ON = ("다", "었", "며", "라", "면")

# Arabic-Indic, Persian, Devanagari and Thai digits, for reading numbers ("٢٠٢٣") as ASCII ones, one for one: every
# position in the text stays where it was.
EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९๐๑๒๓๔๕๖๗๘๙"
ASCII_DIGITS = str.maketrans(EASTERN_DIGITS, "0123456789" * 4)
