"""Sidebar headline lists: list furniture (navigation phrases) and picture-credit shapes."""

import re

_I = re.IGNORECASE

# Navigation phrases that sit in or under lists of stories and must never become a headline.
# Whole-text matches only (after decoration is stripped), so a headline that merely contains
# "news" or "more" is untouched.
LIST_FURNITURE = re.compile(
    r"^(?:"
    # English
    r"(?:all|more|latest|other|top|related|recent|popular|breaking)\s+(?:news|stories|articles|posts|headlines|videos)"
    r"|news\s+(?:archive|feed)|archives?|(?:the\s+)?news|more|see\s+(?:all|more)|view\s+(?:all|more)|show\s+(?:all|more)"
    r"|load\s+more(?:\s+(?:stories|news|articles|posts))?|read\s+more|more\s+from\s+\w+(?:\s+\w+)?|next\s+page|previous\s+page"
    r"|next|previous|prev|older\s+(?:posts|entries|news)|newer\s+(?:posts|entries|news)|page\s+\d+|back\s+to\s+top"
    r"|most\s+(?:read|popular|viewed)|editor'?s\s+picks?|trending(?:\s+now)?|you\s+may\s+also\s+like|top\s+stories|in\s+other\s+news"
    # Russian / Ukrainian
    r"|все\s+(?:новости|материалы|статьи|публикации)|архив(?:\s+новостей|\s+материалов)?|лента\s+новостей|новости"
    r"|(?:ещ[её]|больше)\s+(?:новостей|материалов|статей)|показать\s+(?:ещ[её]|больше|все)|загрузить\s+ещ[её]"
    r"|читать\s+(?:далее|дальше|полностью)|подробнее|следующая\s+страница|предыдущая\s+страница|другие\s+новости"
    r"|самое\s+(?:читаемое|популярное)|главное|популярное|усі\s+новини|архів(?:\s+новин)?|більше\s+новин"
    # German
    r"|alle\s+(?:nachrichten|meldungen|artikel|news|beiträge)|(?:weitere|mehr)\s+(?:nachrichten|meldungen|artikel|news|beiträge)"
    r"|nachrichtenarchiv|archiv|mehr\s+laden|mehr\s+anzeigen|weiterlesen|nächste\s+seite|vorherige\s+seite|ältere\s+beiträge"
    r"|neuere\s+beiträge|meistgelesen|zur\s+übersicht"
    r"|(?:letzte|neueste|aktuelle|neue)\s+(?:artikel|beiträge|nachrichten|meldungen|news|posts)"
    # A post filed under no category: "Uncategorized", WordPress's German "Nicht klassifiziert".
    r"|uncategori[sz]ed|nicht\s+(?:klassifiziert|kategorisiert)|non\s+classé|sin\s+categoría|senza\s+categoria"
    # French / Spanish / Italian / Portuguese / Polish
    r"|toutes\s+les\s+(?:actualités|actus|infos|nouvelles)|plus\s+d['’](?:articles|actualités|infos)|voir\s+(?:plus|tout)"
    r"|charger\s+plus|lire\s+la\s+suite|archives|page\s+suivante"
    r"|derniers\s+articles|articles\s+récents|últimos\s+(?:artículos|posts)|entradas\s+recientes"
    r"|ultimi\s+articoli|articoli\s+recenti|últimos\s+artigos|posts\s+recentes"
    r"|todas\s+las\s+noticias|más\s+noticias|ver\s+(?:más|todo|todas)|cargar\s+más|leer\s+más|archivo|últimas\s+noticias"
    r"|tutte\s+le\s+notizie|altre\s+notizie|carica\s+altri|leggi\s+(?:tutto|di\s+più)|archivio"
    r"|todas\s+as\s+notícias|mais\s+notícias|ver\s+mais|carregar\s+mais|leia\s+mais"
    r"|wszystkie\s+wiadomości|więcej\s+wiadomości|czytaj\s+(?:więcej|dalej)|archiwum"
    r")$",
    _I,
)
# Decoration around furniture: arrows, chevrons, brackets, ellipses, counts "(12)".
FURNITURE_DECORATION = re.compile(
    r"^[\s\[\](){}<>«»‹›→←↓↑▸▶►»>.…·•|/+:-]+|[\s\[\](){}<>«»‹›→←↓↑▸▶►»>.…·•|/+:-]+$|\(\d+\)"
)

# A picture credit glued in front of a headline: "Photo by Jane Roe for the Example Post Headline",
# "Фото: Иван Иванов Заголовок". The label, then the credited name.
CREDIT_LABEL = re.compile(
    r"^(?P<label>(?:photo|picture|image|foto|фото|bild|illustration|кадр)(?:\s*(?:by|credit|courtesy(?:\s+of)?)|"
    r"\s*:|\s*©)|©)\s*[:©]?\s*",
    _I,
)
# Credit endings that are known outlets and agencies: the boundary is right after them.
CREDIT_OUTLETS = re.compile(
    r"(?:for\s+(?:the\s+)?)?(?:caucasian\s+knot|кавказск\w+\s+узл?\w*|reuters|associated\s+press|ap|afp|epa|dpa|tass|тасс"
    r"|риа\s+новости|ria\s+novosti|getty\s+images|shutterstock|istock|sputnik|спутник|kommersant|коммерсант\w*|ура\.ру"
    r"|wikimedia\s+commons|unsplash|pixabay|facebook|instagram|telegram|twitter|vk|вконтакте)\b(?:\s*/\s*\w+)?",
    _I,
)
# A capitalised word (of a personal name or outlet).
CAPITALISED = re.compile(r"[A-ZА-ЯЁÀ-Þ][\w'’.-]*")
# Links between a photographer and an outlet: "for the", "for", "/", "via".
CREDIT_LINK = re.compile(r"\s*(?:for\s+(?:the\s+)?|для\s+|/\s*|via\s+|,\s*)", _I)

# "Related stories" in the languages and scripts beyond the corpus's: an alternation both the related
# headings here and boilerplate.ARTICLE_END take in.
RELATED_ELSEWHERE = (
    # Chinese, Japanese, Korean: "関連記事", "相关新闻", "관련 기사".
    r"|関連(?:記事|ニュース)|おすすめ記事|人気記事|相关(?:新闻|阅读|文章|报道)|相關(?:新聞|閱讀|文章|報導)"
    r"|推荐阅读|延伸阅读|延伸閱讀|관련\s*기사|많이\s*본\s*(?:뉴스|기사)|인기\s*기사"
    # Arabic, Persian, Hebrew, Turkish, Nordic, Czech, Romanian, Indonesian, Greek.
    r"|اقرأ\s+أيضا|اقرأ\s+أيضاً|اقرأ\s+ايضا|أخبار\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|الأكثر\s+قراءة|קראו\s+עוד|עוד\s+בנושא"
    r"|اخبار\s+مرتبط|خبرهای\s+مرتبط|مطالب\s+مرتبط|بیشتر\s+بخوانید"
    r"|ilgili\s+haberler|benzer\s+haberler|en\s+çok\s+okunanlar|läs\s+också|læs\s+også|les\s+også"
    r"|čtěte\s+také|související\s+články|citește\s+și|baca\s+juga|berita\s+terkait|διαβάστε\s+επίσης"
)

# Headings that open a list of other stories (without dates): the lines under them are headlines.
RELATED_HEADING = re.compile(
    r"^(?:"
    r"related(?:\s+(?:stories|articles|news|posts|content|coverage|links))?|read\s+(?:more|next|also)|see\s+also"
    r"|more\s+(?:stories|news|articles|on\s+this\s+(?:story|topic))|(?:read\s+)?more\s+from\s+[\w .'-]{1,30}|most\s+(?:read|viewed|popular|shared)"
    r"|(?:you\s+(?:may|might)\s+also\s+like)|recommended(?:\s+for\s+you)?|popular(?:\s+now)?|trending(?:\s+now)?|top\s+stories"
    r"|editor'?s\s+picks?|what\s+to\s+read\s+next|further\s+reading"
    r"|(?:latest|newest|recent)\s+(?:stories|articles|posts|news)|(?:letzte|neueste|aktuelle)\s+(?:artikel|beiträge)"
    r"|derniers\s+articles|últimos\s+(?:artículos|artigos)|ultimi\s+articoli"
    r"|читайте\s+также|по\s+теме|еще\s+по\s+теме|ещё\s+по\s+теме|самое\s+(?:читаемое|популярное)|популярное|рекомендуем"
    r"|читайте\s+також|по\s+темі"
    r"|lesen\s+sie\s+auch|mehr\s+zum\s+thema|mehr\s+aus\s+[\w .'-]{1,30}|das\s+könnte\s+sie\s+auch\s+interessieren|meistgelesen|weitere\s+artikel|auch\s+interessant"
    r"|à\s+lire\s+aussi|a\s+lire\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|voir\s+aussi"
    r"|noticias\s+relacionadas|lee\s+también|te\s+puede\s+interesar|lo\s+más\s+leído|más\s+leídas?|relacionad[oa]s"
    r"|leggi\s+anche|potrebbe\s+interessarti|i\s+più\s+letti|veja\s+também|leia\s+também|mais\s+lidas"
    r"|czytaj\s+(?:też|także)|zobacz\s+(?:też|także)|najczęściej\s+czytane|lees\s+ook|meest\s+gelezen"
    + RELATED_ELSEWHERE
    + r")\s*[:：]?$",
    _I,
)
