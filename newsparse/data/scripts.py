"""Writing systems that name their language without any word list: a page written mostly in
Hangul is Korean, one in Thai script Thai. Latin and Cyrillic text is told apart by stop words
(data/stopwords.py); these are the scripts no stop-word list here covers."""

from __future__ import annotations

import re

# Character ranges of the scripts that write Chinese, Japanese and Korean.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = "\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9d"
HANGUL_SYLLABLES = "\uac00-\ud7a3"
# A Chinese, Japanese or Korean character; a Korean syllable alone.
CJK_CHAR = re.compile(f"[{KANA}{HAN}{HANGUL_SYLLABLES}]")
HANGUL = re.compile(f"[{HANGUL_SYLLABLES}]")

# One character class per script, and the language a page written mostly in it is in. Han
# (Chinese characters) alone means Chinese; with kana beside it, Japanese (see KANA_SHARE).
SCRIPT_LANGUAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("han", re.compile(f"[{HAN}]")),
    ("kana", re.compile(f"[{KANA}]")),
    ("ko", re.compile(f"[{HANGUL_SYLLABLES}\u1100-\u11ff\u3130-\u318f]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
    ("hy", re.compile(r"[\u0530-\u058f]")),
)
# Of a page's Chinese characters and kana together, the kana share above which it is Japanese:
# Japanese prose writes its endings and particles in kana, Chinese never uses it.
KANA_SHARE = 0.1
# Letters Persian and Urdu add to the Arabic alphabet: their share among Arabic-script letters
# above which the page is in that language rather than Arabic.
PERSIAN_LETTERS = re.compile(r"[پچژگکی]")
URDU_LETTERS = re.compile(r"[ٹڈڑںےھ]")
ARABIC_VARIANT_SHARE = 0.02
# A script names the page's language when this share of its letters is written in it.
SCRIPT_SHARE = 0.5

# Cyrillic languages without a stop-word list here, told from Russian by letters Russian lacks
# (their share of a page's words above CYRILLIC_MARKER_SHARE); their pages choose Russian's word lists.
CYRILLIC_MARKERS: tuple[tuple[str, str], ...] = (
    ("mk", "ѓќѕ"),
    ("sr", "ђћџљњ"),
    ("be", "ў"),
    ("kk", "әғқңөұүһ"),
)
CYRILLIC_MARKER_SHARE = 0.02
# Bulgarian writes "ъ" as a vowel ("със", "България") and never "ы" or "э", which Russian uses often.
BULGARIAN_VOWEL = "ъ"
RUSSIAN_ONLY = "ыэё"

# Letters that IGNORECASE folds differently from str.lower() (dotted capital I, dotless i, long s, old
# Cyrillic letter forms): a pattern run on text.lower() instead of with IGNORECASE, to save time,
# answers the same only for text without them.
CASE_FOLD_EXOTIC = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")
