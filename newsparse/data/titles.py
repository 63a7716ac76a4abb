"""Shapes around headlines: site names glued on, kickers, breadcrumbs, photo credits."""

import re

from newsparse.data.bylines import MONTH_WORD

# How sites glue their name onto a headline: "Headline | Site", "Headline - Site", "Site :: Headline".
SITE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»|/)\s+")

# A kicker (topic label) printed before the headline: "Covid-19: Headline", "Kind krank – Headline".
KICKER = re.compile(r"^\s*([^:|–—]{2,40}?)\s*(?::|\s[–—]\s)\s*(.+?)\s*$")
# A date printed on the headline's line: "Jun 17 Headline", "23.01.2022 - Headline", "4. May 2020 | Headline".
DATE_PREFIX = re.compile(
    rf"^\s*(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|(?:\d{{1,2}}\.?\s+)?{MONTH_WORD}\b\.?\s+\d{{1,4}}(?:,\s*\d{{4}})?)"
    r"\s*[-–—|:·•]?\s+(?=\S)",
    re.IGNORECASE,
)

# Breadcrumb trails: "Home » News » Politics", "Startseite > Region > Stadt".
BREADCRUMB_SEPARATOR = re.compile(r"\s(?:»|›|>|/|::|→)\s|››")
BREADCRUMB_LEAD = re.compile(
    r"^\s*(?:you are here|sie sind hier|vous êtes ici|estás en|está em|jesteś tutaj|вы здесь|"
    r"du bist hier|u bevindt zich hier|sei qui)\b",
    re.IGNORECASE,
)

# A person's name alone (a photo credit, an author box), two to four capitalised words.
NAME_SHAPE = re.compile(r"^(?:[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’\-.]*\s+){1,3}[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’\-]*$")

# An ordered list's number as text dumpers print it: "4. Headline".
LIST_NUMBER = re.compile(r"^\s*(\d{1,2})\.\s+")

# Skip links and menu toggles: "Skip to main content", "Zum Inhalt springen", "Toggle navigation".
_SKIP_LINK_WORDS = (
    r"skip\s+to|jump\s+to|zum\s+inhalt|springe?\s+zu|aller\s+au\s+contenu"
    r"|saltar\s+al|ir\s+al\s+contenido|перейти\s+к|toggle\s+navigation|main\s+menu"
)
# Controls of the page rather than words of it: skip links, menus, search boxes, read-later buttons.
UI_PHRASE = re.compile(
    rf"\b(?:{_SKIP_LINK_WORDS}|direkt\s+zum|zur\s+navigation|hauptmenü|navigation"
    r"|search\s+(?:in|for|this)|suche\s+nach|suchen?$|^search$|add\s+to\s+pocket|print\s+this|drucken"
    r"|why\s+you\s+can\s+trust|log\s*in|sign\s+in|anmelden|registrieren|my\s+account|mein\s+konto"
    r"|email\s+address|e-mail-adresse|warenkorb|cart|link\s+copied|copy\s+link|link\s+kopieren)\b",
    re.IGNORECASE,
)

# A skip link or a menu's toggle opening a line: a control, never a headline (a feature's UI_PHRASE
# also finds "navigation" or "log in" inside a headline; these only stand at a line's start).
SKIP_LINK = re.compile(rf"^\W*(?:{_SKIP_LINK_WORDS}|direkt\s+zu[mr]?\s)", re.IGNORECASE)

# What parts a menu's entries printed on one line: "Home | News | Sport", "home : heute : shop".
MENU_ENTRY_SEPARATOR = re.compile(r"\s[|•·:/]\s")
# The separators the title ranker's "a menu follows" feature was trained with: a colon or a slash
# also parts a "Headline : Site" or a date, which a line of four short entries (above) is not.
MENU_SEPARATOR = re.compile(r"\s[|•·]\s")

# A site's own name rather than a story's: a domain ("leichtathletik.de") or its logo's alt text.
SITE_LIKE = re.compile(
    r"\b[\w-]+\.(?:com|de|ch|at|org|net|ru|fr|es|it|uk|info|io|pl|nl|be|eu|pt|br|ua|news|online)\b(?!\.\w)"
    r"|\blogo\b",
    re.IGNORECASE,
)

# An empty input field as w3m and lynx print a form ("Suche [ ] [Suchen]", "E-Mail [____]"): a
# form's line, never a headline.
FORM_FIELD = re.compile(r"\[(?:\s+|_{2,})\]")

# A label alone on its line over a list of tags or categories ("Schlagwörter", "Tags:", "Themen"): the
# line under it names topics, never the headline.
TAG_LABEL = re.compile(
    r"^\W*(?:tags?|tagged(?: with)?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|keywords?|themen|topics|"
    r"kategorien|categories|etiquetas|mots[- ]clés|tagi|теги|метки)\s*:?\s*$",
    re.IGNORECASE,
)

# A breadcrumb printed without separators opens on the site's home: "Home Johannes" over "Johannes".
HOME_CRUMB = re.compile(
    r"^\s*(?:home|homepage|startseite|start|accueil|inicio|portada|início|главная|strona główna|"
    r"hjem|etusivu|pagina iniziale)\s+(?=\S)",
    re.IGNORECASE,
)
