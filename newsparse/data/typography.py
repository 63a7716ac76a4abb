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
