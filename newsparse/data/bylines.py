"""Byline shapes as data: the labels that introduce authors, roles, agencies, and words that are never names.

The parser in newsparse/bylines.py only combines these; extend coverage here.
"""

import re

# --- Labels that open a byline -------------------------------------------------------------
# Strong labels say "what follows is the author" on their own, so a lone lower-case user name
# ("Posted by marc") is accepted after them. Weak labels are ordinary prepositions that also
# open sentences ("By 2030, ...", "Von Berlin nach ...") and need a well-formed name after them.
STRONG_LABEL = re.compile(
    r"^(?:"
    r"(?:post\s+)?(?:written|posted|published|reported|words|story|text|article|posting|post\s+author|started)\s+by\s*:?"
    # A forum thread's opening post: "Thread starter jane_roe", "Themenstarter Pepe".
    r"|thread\s+starter|themen(?:starter|ersteller)(?:in)?"
    # A gendered form is a label without its colon too, before a capitalised name ("Autor:in Jane Roe").
    r"|(?:autor|redakteur|kolumnist)(?:[*:_]in|(?-i:In))(?:nen)?(?=\s+(?-i:[A-ZÀ-ÞА-ЯЁ]))"
    # Gendered forms: "Autor*in:", "Kolumnist:in:", "AutorIn:".
    r"|(?:authors?|autor(?:in|en|innen|[*:_]in(?:nen)?)?|auteur(?:e|s)?|autore|автор(?:ы)?(?:\s+материала)?|текст|text|texte"
    r"|yazar|muhabir|penulis|szerző|författare|forfatter|kirjoittaja|γράφει|συντάκτης|redacteur"
    r"|words|reporter|redakteur(?:in|[*:_]in)?|kolumnist(?:in|[*:_]in)?|von|by)\s*[:：]"
    r"|(?:veröffentlicht|gepostet|geschrieben|verfasst|erstellt|gespeichert|eingetragen|eingestellt)\s+(?:von|vom)"
    r"|(?:ein(?:e)?\s+)?(?:artikel|beitrag|gastbeitrag|kolumne|bericht|analyse|text)\s+von"
    r"|(?:publié|écrit|rédigé)\s+par|un\s+article\s+de"
    r"|(?:publicado|escrito|redactado)\s+por|(?:pubblicato|scritto)\s+da|articolo\s+di"
    r"|(?:作者|记者|記者|责任编辑|責任編集|编辑|編集|撰文|文|글)\s*[:：/／]|(?:记者|記者)\s+(?=\S)"
    r")\s*",
    re.IGNORECASE,
)
# Korean and Japanese print the role after the name: "김민지 기자", "김민지·박준호 기자", "山田太郎記者",
# often with the reporter's address after it. The names are listed with REPORTER_LIST_SEPARATOR.
REPORTER_LIST_SEPARATOR = re.compile(r"\s*[·,、]\s*")
NAME_THEN_REPORTER = re.compile(
    r"^(?P<names>[\uac00-\ud7a3]{2,4}(?:\s*[·,、]\s*[\uac00-\ud7a3]{2,4})*|[\u3400-\u9fff]{2,5})\s*"
    r"(?P<role>기자|특파원|논설위원|記者|特派員)(?:\s+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)?$"
)
# Arabic, Persian and Hebrew write no capitals to tell a name from other words: only a label vouches
# for it ("بقلم: ..." "by the pen of", "كتب", "نویسنده:", "מאת"), and the name is two to four words of
# the script (a Persian name may hold a ZWNJ).
CASELESS_LABELLED = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|نویسنده|نوشته|گزارش|خبرنگار|מאת|כתב|כתבה)\s*[:：\-–—]?\s*"
    r"(?P<name>(?:[\u0600-\u06ff\u0750-\u077f\u200c]{2,}\s+){1,3}[\u0600-\u06ff\u0750-\u077f\u200c]{2,}"
    r"|(?:[\u05d0-\u05ea'\"׳״]{2,}\s+){1,3}[\u05d0-\u05ea'\"׳״]{2,})$"
)
WEAK_LABEL = re.compile(
    # ... and Dutch "door", Swedish and Norwegian "av", Danish "af", Indonesian "oleh"
    r"^(?:by|von|par|por|di|autor(?:in|en|[*:_]in)?|author|authors|auteur|door|av|af|oleh)\s+",
    re.IGNORECASE,
)
# Weak labels after which a one-word name is too risky ("Di Maio", "Par exemple").
MULTIWORD_ONLY_LABELS = frozenset(
    {
        "par",
        "por",
        "di",
        "autor",
        "autorin",
        "autor*in",
        "autor:in",
        "autor_in",
        "autoren",
        "author",
        "authors",
        "auteur",
        "av",
        "af",
        "oleh",  # also a Ukrainian given name: "Oleh Sentsov" is a person, not "by Sentsov"
    }
)

# "Posted on Friday, 3 May 2021 by X", "Veröffentlicht am 3. Mai 2021 von X": a publishing verb,
# a short stretch (date, category), then the author.
VERB_BY = re.compile(
    r"^(?:posted|published|written|filed|veröffentlicht|gepostet|eingetragen|erstellt|geschrieben|"
    r"publié|publicado|escrito|pubblicato)\b"
    r"(?:(?!\b(?:by|von|vom|par|por|da)\b).){1,70}?"
    r"(?<=[\s.,;:)\]])(?:by|von|vom|par|por|da)\b\s*:?\s*(?=\S)",
    re.IGNORECASE,
)

# A leading date in front of a label: "July 24, 2019 by X", "02.02.2022, 11:30 Uhr von X".
# Whole month names and their abbreviations only: stems would also match surnames ("Jung 28").
_MONTHS = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
januar jänner februar märz mai juni juli oktober dezember mär okt dez
janvier février mars avril juin juillet août septembre octobre novembre décembre
janv févr avr juil déc
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
ene abr ago dic
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug set ott
января февраля марта апреля мая июня июля августа сентября октября ноября декабря
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
янв фев мар апр июн июл авг сен сент окт ноя дек
"""
MONTH_WORD = "(?:" + "|".join(sorted(set(_MONTHS.split()), key=len, reverse=True)) + ")"
LEADING_DATE = re.compile(
    # Possessive: digit runs must not be re-split on backtracking (tables of numbers are slow).
    rf"^(?:(?:\d+|{MONTH_WORD}|uhr|am|pm|gmt|utc|de)\b\.?[\s.,:/|·•\-–—]*)++(?=(?:by|von|par|por)\b)",
    re.IGNORECASE,
)

# --- Credit lines --------------------------------------------------------------------------
# "Reporting by X; Editing by Y", "Text: X / Photo: Y", "Текст: X, фото: Y". Each label opens a
# segment; the label, as printed, becomes the role of the names in it.
CREDIT_LABEL = re.compile(
    r"(?:^|(?<=[\s;/|,.(]))"
    r"(?P<label>(?:additional|further|extra)\s+reporting|reporting|writing|editing|compiled|"
    r"fact[- ]checking|graphics|illustrations?|photos?|photography|pictures?|video|images?|"
    r"text|words|fotos?|bilder?|texte?|recherche|mitarbeit|redaktion|"
    r"текст|фото|видео|иллюстраци[яи]|инфографика|редактор|"
    r"reportage|rédaction|testo|texto|fotografía|edición|redacción)"
    r"(?:\s+by\b|\s+von\b|\s*[:：])\s*",
    re.IGNORECASE,
)
# At least one of these must be in a credit line, or it is a photo/video credit, not a byline.
WRITER_CREDITS = frozenset(
    {
        "reporting",
        "additional reporting",
        "further reporting",
        "extra reporting",
        "writing",
        "text",
        "words",
        "texte",
        "текст",
        "testo",
        "texto",
        "reportage",
        "recherche",
    }
)

# --- Agencies and outlets ------------------------------------------------------------------
# Printed forms; matched exactly or case-insensitively (only the long ones, so "ap" in prose does
# not count). Kept as the byline's organization rather than dropped.
AGENCIES = frozenset(
    {
        "Reuters",
        "Thomson Reuters",
        "AP",
        "Associated Press",
        "The Associated Press",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "dpa",
        "DPA",
        "APA",
        "KNA",
        "epd",
        "SDA",
        "Keystone-SDA",
        "sda",
        "AAP",
        "PA",
        "PA Media",
        "UPI",
        "ANP",
        "Belga",
        "Bloomberg",
        "Bloomberg News",
        "EFE",
        "Europa Press",
        "ANSA",
        "Xinhua",
        "Kyodo",
        "Kyodo News",
        "Yonhap",
        "Anadolu",
        "Anadolu Agency",
        "TASS",
        "ТАСС",
        "Interfax",
        "Интерфакс",
        "RIA Novosti",
        "РИА Новости",
        "РИА «Новости»",
        "ПРАЙМ",
        "Укринформ",
        "УНИАН",
        "Ukrinform",
        "UNIAN",
        "PTI",
        "IANS",
        "CNA",
        "Canadian Press",
        "The Canadian Press",
        "CP",
        "NTB",
        "TT",
        "Ritzau",
        "STT",
        "CTK",
        "ČTK",
        "PAP",
        "MTI",
        "Agerpres",
        "Lusa",
        "AGI",
        "Adnkronos",
        "Notimex",
        "Télam",
        "ATS",
        "BNS",
        "ELTA",
        "LETA",
        "AA",
        "IRNA",
        "WAM",
        "SPA",
        "MENA",
        "Bernama",
        "Antara",
        "Jiji",
        "Jiji Press",
        "CNS",
    }
)
AGENCY_FOLDED = frozenset(a.casefold() for a in AGENCIES if len(a) >= 4)

# --- Roles ---------------------------------------------------------------------------------
# The head nouns of a journalist's role. A comma chunk holding one of these is a role, not a name
# ("CK correspondent", "Senior Reporter", "Online-Redaktion").
ROLE_HEADS = frozenset(
    {
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "writer",
        "writers",
        "editor",
        "editors",
        "editor-at-large",
        "columnist",
        "columnists",
        "contributor",
        "contributors",
        "journalist",
        "journalists",
        "photographer",
        "photojournalist",
        "producer",
        "critic",
        "analyst",
        "stringer",
        "staff",
        "staffer",
        "intern",
        "blogger",
        "host",
        "anchor",
        "redakteur",
        "redakteurin",
        "redaktion",
        "online-redaktion",
        "korrespondent",
        "korrespondentin",
        "autor",
        "autorin",
        "reporterin",
        "journalistin",
        "kolumnist",
        "kolumnistin",
        "volontär",
        "volontärin",
        "fotograf",
        "fotografin",
        "correspondant",
        "correspondante",
        "envoyé",
        "envoyée",
        "rédacteur",
        "rédactrice",
        "journaliste",
        "chroniqueur",
        "chroniqueuse",
        "corresponsal",
        "periodista",
        "redactor",
        "redactora",
        "columnista",
        "corrispondente",
        "giornalista",
        "inviato",
        "inviata",
        "redattore",
        "корреспондент",
        "корреспондента",
        "спецкор",
        "обозреватель",
        "редактор",
        "журналист",
        "колумнист",
        "фотограф",
        "фотокорреспондент",
        "репортёр",
        "репортер",
        "автор",
    }
)

# Words that may stand before a role head in a role glued after a name ("Jane Roe Senior Staff
# Writer"); a glued tail is a role only if made of these and ROLE_HEADS.
ROLE_MODIFIERS = frozenset(
    {
        "senior",
        "junior",
        "chief",
        "staff",
        "contributing",
        "special",
        "foreign",
        "political",
        "business",
        "sports",
        "managing",
        "deputy",
        "associate",
        "assistant",
        "executive",
        "news",
        "digital",
        "investigative",
        "national",
        "international",
        "washington",
        "white",
        "house",
        "health",
        "science",
        "tech",
        "technology",
        "features",
        "freelance",
        "guest",
        "data",
        "economics",
        "legal",
        "general",
        "editor-in-chief",
        "at",
        "large",
        "and",
        "&",
    }
)

# --- Words that are never (part of) a name -------------------------------------------------
# Function words, gerunds and weekdays: any one of them rules a name out, checked
# case-insensitively so "BY THE WAY" and "By Continuing ..." fail. Months are absent on purpose
# (April, June and May are names).
_NOT_NAME_WORDS = """
    the a an this that these those there here our your my his her its their them they we you it
    i me us all any some every each no none nothing more most many much other others such
    only also just very not what how who whom why when where which whose if as at on in into of
    off onto over under with without about above after before between during through to from up
    down out than then now
    continuing clicking using signing subscribing submitting registering visiting browsing
    accessing proceeding entering creating logging joining downloading accepting
    monday tuesday wednesday thursday friday saturday sunday
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo
    понедельник вторник среда четверг пятница суббота воскресенье
    die das dem den des ein eine einem einer eines uns mir dir ihm ihr sich heute morgen
    gestern hier dort jetzt oben unten nach bis mit für
    les un une au aux ce cette ces nous vous son sa ses leur pour par sur dans
    los las una unos unas su sus nuestro para por con sin sobre
    il gli uno nostro per
    нас вас него неё нее себя это этого этой того тот та те все всё всех
"""
NOT_NAME_WORDS = frozenset(_NOT_NAME_WORDS.split())
# Ordinary nouns: a "name" made only of these is a word ("Staff", "Editorial Board", "By Design"),
# but one of them beside a real given name is a surname ("Jörg Staff", "Jude Law").
_GENERIC_WORDS = """
    related posts plugin read today tomorrow tonight yesterday way ways means end start beginning default email e-mail mail phone post rail car air sea land
    train bus foot bike plane road author authors staff admin administrator administration
    editorial board webmaster moderator editor editors desk newsroom team redaktion redaktionsteam
    topic topics category categories region section date name type popularity relevance price
    rating newest oldest latest country subject tag tags design nature law contrast comparison
    chance accident night day days week weeks month months year years hour hours minute minutes
    percent far force hand heart anfang beginn zeit seite guest gast contributor reader readers
    unknown anonymous user guest visitor member
    search suche suchen recherche buscar búsqueda cerca поиск filter advanced erweiterte menu menü
    home startseite login share sponsored gesponsert gesponserte inhalte content neueste neuste activity
    activities aktivitäten
"""
GENERIC_WORDS = frozenset(_GENERIC_WORDS.split())
# Nouns that, hyphened to a name, make it a thing named after a person: a prize, a street, a
# foundation ("Franz Josef Strauß-Preis", "Konrad-Adenauer-Stiftung", "Goethe-Institut"), never a
# double surname.
_NAMED_THING_TAILS = """
    preis preises award prize medaille medal stiftung foundation institut institute
    straße strasse str. platz allee weg ring brücke haus halle saal schule gymnasium
    universität zentrum center centre museum bibliothek kaserne klinik krankenhaus
    jahr gedenkjahr tag vorlesung
"""
NAMED_THING_TAILS = frozenset(_NAMED_THING_TAILS.split())
# Lower-case words allowed inside a name (José de la Cruz, Ursula von der Leyen, Ortega y Gasset).
_PARTICLES = "von van der den de del della delle dei di da das do dos du la le lo zu ter ten af av bin ibn al el st. y e"
PARTICLES = frozenset(_PARTICLES.split())
# Particles that cannot open a name: "Von der Wärmemessung zur ..." is a heading, not an author.
NO_OPENING_PARTICLES = frozenset({"der", "den", "das", "dem", "des", "zu", "la", "le", "el", "lo", "du"})
# Words of an outlet's name: a comma part holding one is an affiliation, not a second author
# ("By Jane Roe, BBC News", "By Jane Roe | Fox News").
_OUTLET_WORDS = """
    news media press times post journal herald tribune gazette chronicle telegraph guardian
    magazine online tv radio network daily weekly review observer standard mail express insider
    zeitung nachrichten rundschau anzeiger kurier tagblatt presse redaktion
    voice community blog verlag international
    écho echo courrier dépêche quotidien diario periódico noticias giornale corriere gazzetta
    газета новости журнал
"""
OUTLET_WORDS = frozenset(_OUTLET_WORDS.split())
# Article-like particles, valid only after another particle ("von der", "van den", "de la").
ARTICLE_PARTICLES = frozenset({"der", "den", "dem"})
# Kept glued to the name they follow ("Jane Roe, Jr.", "Jane Roe, PhD").
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."})

# --- Splitting and cleaning ----------------------------------------------------------------
# Between names inside one comma chunk.
NAME_CONNECTOR = re.compile(r"\s+(?:and|und|et|y|e|i|и|та|ve|og|och|en)\s+|\s*&\s*|\s*\+\s*", re.IGNORECASE)
# Between byline parts ("Jane Roe | Reuters", "Jane Roe · 5 min read").
PART_SEPARATOR = re.compile(r"\s+[|·•●—–»«]\s*|\s*[|·•●]\s*|\s+-\s+|\s+//?\s+|\s*;\s*")
# Affiliation: "for Daily Mail Australia", "für die Süddeutsche Zeitung".
AFFILIATION = re.compile(
    r"^(?:for|für|pour|para|per|для)\s+(?:(?:die|den|das|der|le|la|les|el|la)\s+)?(?P<aff>\S.*)$",
    re.IGNORECASE,
)
# A location or category after a name ("By Jane Roe in Washington", "Posted by X under Fun"): dropped.
LOCATION_TAIL = re.compile(r"\s+(?:in|aus|from|en|em|в|из|under|unter|dans)\s+\S.*$")
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\[email\s*protected\]", re.IGNORECASE)
HANDLE = re.compile(r"(?:^|(?<=\s)|(?<=[^\W\d_]))@\w{2,}")
URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
CONVERTER_NOISE = re.compile(r"\[[^\]]{0,40}\]|\(\s*\)|</?\w+>")
# Where the name part ends: a date, a time, a digit, or a "Published"/"Updated" stamp.
DATE_CUT = re.compile(
    rf"(?<=[^\W\d_]{{2}})\d{{1,2}}(?=\.?\s*(?:de\s+)?{MONTH_WORD}\b|[./]\d)"  # glued "Mejías04 de mayo"
    rf"|\b{MONTH_WORD}\b\.?\s*\d"  # "May 3, 2021"
    rf"|(?<=[a-zà-ÿ])(?-i:(?=[A-Z])){MONTH_WORD}\b\.?\s*\d"  # glued "Jane RoeMarch 14, 2024"
    r"|(?<![\w@.])\d"  # any free-standing number: names have none
    r"|\b(?:published|updated|posted|modified|last\s+updated|veröffentlicht|aktualisiert|"
    r"geändert|erstellt\s+am|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|"
    r"опубликовано|обновлено|lesezeit|reading\s+time|min\s+read|comments?|kommentare?|"
    # Page furniture printed in the same meta line: "von X Foto: ...", "Von X Kategorien: Mode".
    r"fotos?|photos?|bilder?|symbolbild(?:er)?|symbolfotos?|archivbild(?:er)?|archivfotos?|kategorien?|categor(?:y|ies)|catégories?|categorías?|tags?|schlagwörter|"
    r"rubrik|share|teilen|partager|compartir)\b"
    r"|\b(?:hace|vor|il\s+y\s+a)\s+\d"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|"
    r"martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник|среда|четверг|пятница|"
    r"суббота|воскресенье)\b",
    re.IGNORECASE,
)
# Words left dangling before a cut date ("Jane Roe Vom", "Jane Roe on", "Jane Roe, le").
TRAILING_JUNK = re.compile(
    r"(?:[\s,;:|/·•\-–—(]+|\s+(?:on|am|vom|um|le|el|à|at|the|den|de|del|a\s+las|às|alle|ore|do|da|du|il|на|от|"
    r"ein|eine|one|no|keine|aucun))+$",
    re.IGNORECASE,
)

# --- End-of-article bio --------------------------------------------------------------------
# "Jane Roe is a correspondent for The Daily Planet." / "Jane Roe is the paper's Moscow correspondent."
BIO = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.\- ]{1,60}?)\s+(?:is|was|ist|war|est|es|è|—|–|-)\s+"
    r"(?:(?:a|an|the|ein|eine|un|une|uno|una|der|die)\s+)?"
    r"(?P<role>[\w'’\- ]{0,50}?\b(?P<head>[\w\-]+))"
    r"(?:\s+(?:for|at|with|of|in|bei|für|von|pour|de|du|à|para|en|per|di)\s+(?P<aff>[^,;.]{2,80}?))?"
    r"(?=[,;.]|\s+(?:and|who|based|und|et|y|where)\b|$)",
)

# A label standing alone on its line: BeautifulSoup splits "By <a>Name</a>" into two lines.
BARE_LABEL = re.compile(
    r"^(?:by|written by|posted by|von|par|por|di|autor(?:in(?:nen)?|en|[*:_]in(?:nen)?)?|auteur|author|authors|автор|авторы|текст)\s*:?\s*$",
    re.IGNORECASE,
)

# A connector alone on its line between two linked names ("By" / "Jane Roe" / "and" / "John Doe"):
# BeautifulSoup, w3m and inscriptis print each author's link on a line of its own.
BARE_CONNECTOR = re.compile(r"(?:and|und|et|y|e|i|и|&|,)", re.IGNORECASE)
# What a meta line prints between its parts, left before a label cut off from its name ("| von").
LABEL_LEAD_SEPARATORS = "|•·–—/ "

# --- Loose shapes, offered to the author ranker only ------------------------------------------
# A label inside a meta line rather than at its start: "February 4, 2020 • words written by X",
# "22. Januar 2020 // Autor: X // 1 Minute", "Beitragvon X » 21.01.2009", "Publié par X à 08:00".
INLINE_LABEL = re.compile(
    r"(?:^|(?<=[\s|•·/—–:(\[»]))(?:"
    r"(?P<strong>written\s+by|posted\s+by|published\s+by|geschrieben\s+von|verfasst\s+von|"
    r"beitrag\s+von|publié\s+par|écrit\s+par|publicado\s+por|escrito\s+por|"
    r"autor(?:in|/in)?\s*:|author\s*:|auteur\s*:|автор\s*:)"
    r"|(?P<weak>by|von|vom|par|por|autor(?:in|/in|en)?|auteur|author))\s+(?=\S)",
    re.IGNORECASE,
)
# Words before an inline "by" / "von" that credit the site or a picture rather than the article:
# "Created, Made & Maintained by X", "Theme by X", "Photo by X", "Webdesign von X".
_OTHER_WORK_CREDITS = """
    powered designed developed maintained hosted built coded theme template website site webdesign
    design designs layout photo photos photograph photography picture image images illustration
    illustrations art artwork foto fotos bild bilder grafik gestaltet entwickelt betreut
"""
OTHER_WORK_CREDITS = frozenset(_OTHER_WORK_CREDITS.split())
# The weak labels above as WEAK_LABEL knows them.
INLINE_WEAK_AS = {
    "vom": "von",
    "autorin": "autor",
    "autor/in": "autor",
    "autoren": "autor",
    "auteur": "autor",
}
# "Quelle: dpa/bb", "Source: Jane Roe": the credit German and French news put under the article.
SOURCE_CREDIT = re.compile(
    r"^(?:quelle|quellen|source|sources|fuente|fonte|источник)\s*:\s*(?P<name>[^:]{2,60}?)\s*$",
    re.IGNORECASE,
)
# Page furniture that follows a name on a meta line: "Jane Roe Leave a comment", "Jane Roe 3 Kommentare".
# A language menu's entry: "de-DE", "en-us", "pt_BR".
LOCALE_CODE = re.compile(r"[a-z]{2}[-_][A-Za-z]{2}")
# A time of day printed beside a name in a meta line: "06 PM", "7:35AM", "18:52 Uhr".
CLOCK_TIME = re.compile(
    r"(?<![\w.:])(?:\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?|\s?Uhr)?|\d{1,2}\.\d{2}\s?Uhr|\d{1,2}\s?[AaPp]\.?[Mm]\.?)(?![\w.:])"
)
# A block that is only a separator between a meta line's parts, which a converter printed one per line.
LONE_SEPARATOR = re.compile(r"\s*[|·•●—–,/-]{1,3}\s*")
META_TAIL = re.compile(
    r"\s+(?:leave\s+a\s+(?:comment|reply)|schreibe?\s+einen\s+kommentar|kommentar(?:e|ieren)?|"
    r"comments?|laisser\s+un\s+commentaire|commentaires?|deja\s+un\s+comentario|comentarios?|"
    r"no\s+comments|keine\s+kommentare|add\s+comment|autor(?:in)?|author|uhr)\b.*$",
    re.IGNORECASE,
)
# The label of a date that follows it: "Erscheinungsdatum:", "Stand:", "Published:".
DATE_LABEL_TAIL = re.compile(r"[^\W\d_][\w-]*\s*:\s*$")
# Separators left at the edges once a date is cut out of a meta line.
META_EDGE = re.compile(r"^[\s,;:|/·•●—–\-]+|[\s,;:|/·•●—–\-]+$")
# A role word after a name in an author box: "Jane Roe Autorin", "Jane Roe, Author".
ROLE_TAIL = re.compile(
    r"[\s,]+(?:autor(?:in)?|author|redakteur(?:in)?|editor|journalist(?:in)?|reporter(?:in)?|auteur(?:e)?|autora?)\s*$",
    re.IGNORECASE,
)
# "Beitragvon X": a converter glued the label to the word before it.
GLUED_LABEL = re.compile(r"(?<=beitrag)(?=von\s)", re.IGNORECASE)
# "byJane Roe", "ByJ.R. Stone": a label whose link text followed without a space (inline elements).
GLUED_BY = re.compile(r"(?:^|(?<=[\s(*_]))([Bb]y|[Vv]on|[Pp]ar|[Pp]or)(?=[A-ZÀ-Þ][a-zà-ÿ.])")
# A Markdown link in a byline: "Par [Jane Roe](/node/jane-roe)" keeps the name, drops the address.
# html2text drops the space between a linked name and the parenthesis after it: "Jane Roe(dpa)".
GLUED_PAREN = re.compile(r"(?<=[^\W\d_]{2})\((?=[^\W\d_])")
MD_LINK = re.compile(r"\[([^\[\]]{1,80})\]\([^()\s]*\)")
# Where a share row sends a page ("par newsletter", "by email", "von facebook"), and the platforms a
# page embeds or sells through ("Karte von Google", "Bilder von Amazon"): never a user name.
SHARE_TARGETS = frozenset(
    [
        "google",
        "amazon",
        "apple",
        "microsoft",
        "wikipedia",
        "wordpress",
        "spotify",
        "soundcloud",
        "vimeo",
        "paypal",
        "ebay",
        "disqus",
        "gravatar",
        "openstreetmap",
        "facebook",
        "twitter",
        "x",
        "email",
        "e-mail",
        "mail",
        "newsletter",
        "whatsapp",
        "telegram",
        "linkedin",
        "xing",
        "pinterest",
        "reddit",
        "rss",
        "sms",
        "messenger",
        "instagram",
        "youtube",
        "tiktok",
        "flipboard",
        "print",
        "drucken",
        "imprimer",
    ]
)
# A label and one or two name tokens, the whole line: "von flerche", "By oradmin".
SIGNATURE = re.compile(r"^(?:by|von|vom|par|por)\s+(?P<name>\S+(?:\s\S+)?)\s*$", re.IGNORECASE)

# The heading of an author box above or below the article: "Über Jane Roe", "More from Jane Roe",
# and the alt text of its portrait: "Profilbild Jane Roe", "AvatarJane Roe".
AUTHOR_BOX_LEAD = re.compile(
    r"^(?:über|about|mehr von|more from|more by|more stories by|alle beiträge von|all posts by|"
    r"articles by|weitere artikel von|weitere beiträge von|à propos de|sobre|"
    r"profilbild(?:\s+von)?|profile picture(?:\s+of)?|(?:avatar)+|foto|photo|image)\s*(?-i:(?=[A-ZÀ-ÞА-ЯЁ]))",
    re.IGNORECASE,
)
