"""Page furniture that reads like text: share prompts, ad markers, subscription pitches, captions."""

import re

from newsparse.data.sidebar import RELATED_ELSEWHERE

# A notice for browsers without scripts: "Please enable JavaScript", "JavaScript ist deaktiviert".
_SCRIPT_NOTICE = (
    r"\b(?:enable|activate|aktivieren|aktiviere|einschalten|schalten sie)\s+(?:\w+\s+){0,2}javascript\b"
    r"|\bjavascript\s+(?:\w+\s+){0,2}(?:required|disabled|deaktiviert|ausgeschaltet|aktiviert|eingeschaltet"
    r"|benötigt|muss)\b"
)
FURNITURE = re.compile(
    # Ad markers opening a block.
    r"^(?:advertisement|advertising|реклама|anzeige|werbung|publicité|publicidad|pubblicità|sponsored|ad)\b"
    r"|реклама\s*[–—-]\s*продолжение ниже"
    # Inline promos that open a block: "PUEDES VER: <other story>", "Lesen Sie auch: ...".
    r"|^(?:puedes ver|le puede interesar|te puede interesar|lea también|vea también|lee también|mira también"
    r"|lesen sie auch|lies auch|mehr dazu|auch interessant|read more|also read|read also|see also|related|watch"
    r"|читайте также|смотрите также|см\. также|по теме|à lire aussi|lire aussi|voir aussi|leggi anche|vedi anche"
    r"|czytaj także|czytaj też|zobacz też|leia também|veja também)\s*[:>»]"
    # Calls to action anywhere in a short block.
    r"|\b(?:share (?:this|on|via)|follow us|follow [\w .]+ on (?:twitter|facebook|instagram|telegram)|subscribe"
    r"|sign up|newsletter|read more|related (?:articles|stories|posts)|click here|all rights reserved|cookie"
    r"|instant access|buy (?:this|single) article|log ?in to|create an account|support (?:our|us)|donate"
    r"|подписывайтесь|подпишитесь|подписаться|читайте также|читайте нас|поделиться|наш телеграм|telegram-канал"
    r"|weiterlesen|mehr zum thema|lesen sie auch|abonnieren|jetzt spenden|teilen sie|mit freunden teilen"
    r"|folge uns|folgen sie uns|nichts mehr verpassen|zeige alle beiträge|ältere kommentare|antworten zu"
    r"|kommentar schreiben|lire aussi|partager|suivez-nous|abonnez-vous|s'abonner|lee también|compartir"
    r"|suscríbete|síguenos|leggi anche|condividi|seguici|iscriviti|czytaj także|udostępnij|obserwuj nas"
    r"|leia também|compartilhe|siga-nos)\b"
    rf"|{_SCRIPT_NOTICE}",
    re.IGNORECASE,
)
# A reading-time note alone on its line: "5 min read", "Lesezeit: 3 Minuten", "Tempo di lettura: 3 minuti".
READING_TIME = re.compile(
    r"^\W*(?:(?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura"
    r"|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|czas\s+czytania|время\s+чтения|okuma\s+süresi"
    r"|läsetid|lesetid|læsetid|lukuaika)\s*:?\s*(?:ca\.\s*|about\s+|~\s*)?\d{1,3}\s*\w{0,10}\.?"
    r"|\d{1,3}\s*(?:-|\s)?(?:min(?:ute)?s?\.?|minuten|minutes|minuti|minutos|минут[аы]?)\s+"
    r"(?:read|lesezeit|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|leestijd|чтения|okuma))\W*$",
    re.IGNORECASE,
)
# The same notice alone: never the article's, however the blocks around it read.
SCRIPT_NOTICE = re.compile(_SCRIPT_NOTICE, re.IGNORECASE)
# An ad slot's label alone on its line ("Advertisement", "ANZEIGE", "РЕКЛАМА – ПРОДОЛЖЕНИЕ НИЖЕ", "Story
# continues below advertisement"): never the article's, however the blocks around it read.
AD_MARKER_LINE = re.compile(
    r"^\W*(?:advertisement|advertising|advertorial|anzeige|werbung|publicité|publicidad|publicidade|pubblicità"
    r"|reklama|реклама|sponsored(?:\s+content)?|paid\s+content|ad)\W*"
    r"(?:(?:continues?|продолжение)\s+(?:below|ниже)|scroll\s+to\s+continue(?:\s+with\s+content)?)?\W*(?:\[\w{0,20}\]\W*)?$"
    r"|^\W*(?:story|article)\s+continues\s+below(?:\s+(?:this\s+)?(?:advertisement|ad))?\W*$",
    re.IGNORECASE,
)
# The filing note a blog prints under its post ("This entry was posted in News. Bookmark the permalink.",
# "Dieser Beitrag wurde unter Gemeinde abgelegt"): the blog software's sentence, never the writer's.
BLOG_FILING_NOTE = re.compile(
    r"^\W*(?:this\s+(?:entry|post)\s+was\s+(?:posted|filed)\s+(?:in|under)"
    r"|(?:dieser|der)\s+(?:beitrag|eintrag)\s+wurde\s+(?:\S+\s+){0,6}?unter\s+.{1,200}?\s+abgelegt"
    r"|ce\s+billet\s+a\s+été\s+publié\s+dans|cette\s+entrée\s+a\s+été\s+publiée\s+dans"
    r"|esta\s+entrada\s+(?:fue|se)\s+public\w+\s+en|questa\s+voce\s+è\s+stata\s+pubblicata\s+in)\b",
    re.IGNORECASE,
)
CAPTION = re.compile(
    r"^(?:photo|image|picture|foto|фото|bild|illustration|credit|source|quelle|источник)\s*(?:credit|by)?\s*[:©]"
    r"|\b(?:photo|photograph|image|foto|фото|bild|illustration)\s*(?:credit|by)?\s*[:©]"
    r"|\((?:photo|image|foto|фото)\b|getty images|\bAP Photo\b|\bfile photo\b|\bvia AP\b|\bshutterstock\b"
    r"|^image credit\b|^(?:photo|image)\s+(?:by|courtesy)\b|\bphoto(?:graph)?\s+by\s+[A-ZА-Я]"
    r"|\bcredits?\s*:\s*\S|\bimage caption\b|\bin this (?:photo|image|picture|file photo)\b|^(?:video|gallery)\s*:"
    r"|\bbildquelle\b|\bbildnachweis\b|\bfotos?\s*:|\bcrédito\s*:|\(crédito\b"
    # A figure's label: "Abb.: ...", "Abbildung 2: ...", "Fig. 3: ...", "Figure 1. ...".
    r"|^(?:abb\.|abbildung|fig\.|figure)\s*\d{0,3}\s*[:.]\s",
    re.IGNORECASE,
)

# Picture agencies and libraries, as captions credit them.
PICTURE_AGENCY = re.compile(
    r"(?:AP|AFP|Reuters|Getty\s+Images|Getty|EPA|Shutterstock|dpa|picture\s+alliance|imago|Bloomberg|Xinhua|ZUMA"
    r"|Alamy|iStock|ANSA|TASS|ТАСС|РИА\s+Новости|Keystone|Belga|Anadolu)",
    re.IGNORECASE,
)
_PICTURE_AGENCY = PICTURE_AGENCY.pattern
# Shapes only a picture's caption takes, whatever its prose: "In this Nov. 10 photo, ...", a credit closing
# it ("(AP Photo/Jane Roe)", "[File: Reuters]", "Jane Roe / Reuters file", "Credit...Jane Roe"), a
# converter's "Image caption" label. Never the article's text.
CAPTION_STRONG = re.compile(
    r"^in\s+this\b.{0,60}?\b(?:photo|photograph|image|picture|file\s+photo|handout)\b"
    # "(AP Photo/Jane Roe)", "(Getty Images)"; not a bare "(dpa)", which also signs a news text.
    r"|\((?:"
    + _PICTURE_AGENCY
    + r")(?:\s+Photo\b|\s*/)[^()]{0,60}\)\s*$|\((?:Getty\s+Images|Shutterstock|iStock|Alamy)\)\s*$"
    r"|\[(?:(?:file|photo|image|foto)\s*:[^\[\]]{0,50}|\s*" + _PICTURE_AGENCY + r"\s*)\]\s*$"
    r"|(?:/|\bvia\s)\s*" + _PICTURE_AGENCY + r"(?:\s+(?:file|photo|images))?\s*$"
    r"|\bcredit\s*(?:\.{2,}|…|:)"
    r"|^(?:image|media|photo)\s*caption",
    re.IGNORECASE,
)

# Stock picture libraries: a short block closing on one is a caption ("Quelle: jane / Fotolia.com",
# "Źródło: Pixabay"). Not a rule for long blocks, which may be a paragraph glued to its picture's credit.
STOCK_LIBRARY = (
    r"(?:Fotolia|Adobe\s*Stock|Unsplash|Pixabay|Pexels|Depositphotos|123RF|Clipdealer|Freepik|Colourbox"
    r"|Panthermedia|Westend61|Wikimedia(?:\s+Commons)?|Flickr)(?:\.com)?"
)
# How a short caption closes on its credit: "© Reuters / Jane Roe", "(Image: GETTY)", "Photo by Jane
# Roe", "Getty Images". Not a bare "(AP)" or "(Reuters)", which is also a news text's dateline.
CREDIT_TAIL = re.compile(
    r"©|\((?:image|photo|foto|picture|credit|pic)s?\s*:[^)]*\)\s*$"
    r"|(?:/|\bvia\s|:)\s*" + STOCK_LIBRARY + r"\s*\)?\s*$"
    r"|(?:^|\s)(?:photo|image|foto|credit)s?\s*(?:by|:)\s*\S.{0,40}$|\bgetty(?:\s+images)?\W*$",
    re.IGNORECASE,
)

# A line that is one machine-made token: an image's file name printed for its alt text
# ("IMG_2475", "milano-design-week-2018-flos-01"), or an element's numeric id. No article's
# paragraph is one; "Sylvia_Plath" (no digit) or "well-known" (too few parts) are left alone.
MACHINE_TOKEN = re.compile(r"\d{8,}|(?=[\w-]*\d)[^\W_][\w-]*(?:_[\w-]*|(?:-\w+){3,})")

# Wire photo captions date the picture in full, weekday first: "..., Tuesday, Nov. 19, 2019, in Buffalo".
# Articles name the weekday alone.
WIRE_CAPTION_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*\.?\s+\d{1,2},\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)

# Where reader comments begin: everything after such a line is the readers', not the article's.
COMMENTS_MARKER = re.compile(
    r"^\W*(?:\d+\s+)?(?:comments?|responses?|replies|reactions|kommentare?|antworten|комментари[йяи]\w*"
    r"|commentaires?|comentarios?|commenti|komentarz[ey]?|reacties)\b\W*(?:\d+\W*)?$"
    r"|^\W*(?:leave a (?:reply|comment)|add a comment|post a comment|join the (?:discussion|conversation)"
    r"|schreibe einen kommentar|kommentar (?:schreiben|verfassen)|\d+\s+(?:gedanken|antworten|kommentare) zu"
    r"|laisser un commentaire|deja un comentario|lascia un commento|оставить комментарий|добавить комментарий"
    r"|\d+ thoughts on|one thought on|\d+ responses to)\b",
    re.IGNORECASE,
)

# Headings that only ever close an article: its tags and categories, the links to the previous and next
# post, lists of the most read and the latest stories, "you may also like". Unlike "Related" or
# "Read more", which also introduce a story's own links or its continuation, nothing after them is
# the article's once most of it has been read (see classify._drop_after_article).
ARTICLE_CLOSER = re.compile(
    r"^\W*(?:(?:the|die|der|das|le|la|les|los|las|i)\s+)?(?:tags?|topics|categories|kategorien?|schlagw(?:ö|o)rter|themen\s*:|mots-clés|etiquetas|теги"
    r"|(?:previous|next)\s+(?:post|article)|(?:vorheriger|nächster)\s+(?:beitrag|artikel)|beitragsnavigation|post\s+navigation"
    r"|most\s+(?:read|popular|viewed|shared)(?:\s+(?:articles|stories|news))?"
    r"|meistgelesen\w*(?:\s+(?:artikel|beiträge|nachrichten))?|meist\s+gelesen|lo\s+más\s+(?:leído|visto)|les\s+plus\s+lus"
    r"|самое\s+(?:читаемое|популярное)|i\s+più\s+letti|najczęściej\s+czytane"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|das\s+könnte\s+(?:sie|dich)\s+auch\s+interessieren"
    r"|te\s+puede\s+interesar|vous\s+aimerez\s+aussi|ti\s+potrebbe\s+interessare|você\s+(?:pode|também)\s+(?:gostar|pode)"
    r"|(?:neueste|weitere|ähnliche)\s+(?:beiträge|artikel)|verwandte\s+themen|related\s+(?:posts|topics)"
    r"|more\s+(?:stories|in\s+\w+)|top\s+stories|latest\s+(?:news|stories|posts))\b\W*$",
    re.IGNORECASE,
)

# Lines that close an article and open what follows it: other stories, tags, sharing, the author box.
# Matched at the start of a short block; a feature, not a rule (inline "Read more:" promos also match).
ARTICLE_END = re.compile(
    r"^\W*(?:related(?:\s+(?:stories|articles|news|posts|content|coverage|links|topics|roundup|video))?"
    r"|more\s+(?:stories|news|articles|from|on|in|about|like\s+this)|most\s+(?:read|viewed|popular|shared)"
    r"|recommended|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)|also\s+on|trending|popular\s+now"
    r"|top\s+stories|latest\s+(?:news|stories|videos|articles)|(?:read|watch)\s+(?:next|more|also)|see\s+also"
    r"|further\s+reading|what\s+to\s+read\s+next|tags?|topics|filed\s+under|categories|share\s+(?:this|the|on|via)"
    r"|about\s+the\s+author|more\s+by|recent\s+posts|previous\s+(?:post|article)|next\s+(?:post|article)"
    r"|sponsored\s+(?:content|stories|links)|promoted\s+(?:content|stories)|from\s+around\s+the\s+web"
    r"|das\s+könnte\s+(?:sie|dich)\s+auch\s+interessieren|mehr\s+(?:zum\s+thema|aus|von|artikel)|weitere\s+(?:artikel|beiträge|themen|nachrichten|meldungen)"
    r"|ähnliche\s+(?:artikel|beiträge|themen)|schlagw(?:ö|o)rter|themen|verwandte\s+(?:artikel|themen)|meistgelesen"
    r"|lesen\s+sie\s+(?:auch|mehr)|beliebte\s+(?:artikel|beiträge)|neueste\s+(?:artikel|beiträge)|über\s+(?:den|die)\s+autor(?:in)?"
    r"|читайте\s+также|по\s+теме|ещ[её]\s+по\s+теме|самое\s+(?:читаемое|популярное)|теги|рекомендуем|другие\s+новости"
    r"|à\s+lire\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|voir\s+aussi|dans\s+la\s+même\s+rubrique|mots-clés"
    r"|noticias\s+relacionadas|te\s+puede\s+interesar|lo\s+más\s+leído|más\s+(?:noticias|leídas?)|etiquetas|también\s+te\s+puede"
    r"|leggi\s+anche|potrebbe\s+interessarti|i\s+più\s+letti|articoli\s+correlati|veja\s+também|leia\s+também|mais\s+lidas"
    r"|você\s+(?:pode|também)\s+(?:gostar|pode)|notícias\s+relacionadas|czytaj\s+(?:też|także)|zobacz\s+(?:też|także)"
    r"|najczęściej\s+czytane|polecamy|podobne\s+artykuły|lees\s+ook|meest\s+gelezen|gerelateerde\s+artikelen"
    r"|more\s+(?:\w+\s+){1,2}(?:stories|articles|news|videos)|(?:more|other)\s+great|next\s+up|recent\s+(?:content|articles|stories)"
    r"|you\s+may\s+also\s+want|don'?t\s+miss|about\s+this\s+article|share\s+your\s+thoughts|join\s+the\s+conversation"
    r"|schon\s+gelesen|(?:könnte|könnten)\s+(?:sie|dich)\s+(?:\w+\s+)?(?:auch|ebenfalls)\s+interessieren|kategorien?|abgelegt\s+unter"
    r"|beitragsnavigation|vorheriger\s+beitrag|nächster\s+beitrag|gefällt\s+mir|teile\s+(?:diesen|den)\s+beitrag"
    r"|lo\s+más\s+visto|también\s+(?:te\s+)?(?:puede|podría)|otras\s+noticias|vous\s+aimerez\s+aussi|à\s+voir\s+aussi"
    r"|ti\s+potrebbe\s+interessare|potrebbero\s+interessarti|leia\s+mais|zobacz\s+również|przeczytaj\s+(?:też|także|również)"
    + RELATED_ELSEWHERE
    + r")\b",
    re.IGNORECASE,
)

# Headings that most often close an article but may also head a box inside it ("Related",
# "Newsletter", "About us", "Author"): ARTICLE_END and these end the article only when little of it
# would follow (see classify._drop_minor_tail).
TAIL_OPENER = re.compile(
    r"^\W*(?:newsletter|über\s+(?:uns|mich)|about\s+(?:us|me)|autor(?:in)?|author|keep\s+reading"
    r"|weitere\s+inhalte|weiterführende\s+(?:links|artikel|beiträge)|(?:useful|further)\s+links|verwandte\s+beiträge|lies\s+auch|auch\s+interessant|empfehlungen"
    r"|vea\s+también|puedes\s+ver|más\s+información|article\s+suivant)\b",
    re.IGNORECASE,
)

# A short paragraph that opens with a "see also" lead-in is a link to another story set inside
# the article ("Lesen Sie auch: ...", "VEA TAMBIÉN: ..."), never the article's own sentence.
INLINE_TEASER = re.compile(
    r"^\W*(?:lesen\s+sie\s+(?:auch|mehr|hier)|lies\s+auch|auch\s+interessant|mehr\s+zum\s+thema|siehe\s+auch"
    r"|read\s+(?:more|also)|see\s+also|related|vea\s+también|puedes\s+ver|le\s+puede\s+interesar|lee\s+también"
    r"|te\s+puede\s+interesar|czytaj\s+(?:też|także|więcej)|zobacz\s+(?:też|także)|à\s+lire\s+aussi|lire\s+aussi"
    r"|leggi\s+anche|leia\s+também|читайте\s+также|more|read|watch)\b\s*[:»>\-–—]"
    r"|^\W*also\s+on\s+[\w-]+\.[a-z]{2,}\s",
    re.IGNORECASE,
)

# The page talking to its reader about itself rather than the story: feedback prompts, newsletter and
# app pitches, pleas for support, "more on this" pointers, form and privacy notes. Searched anywhere
# in a short block; a feature weighed beside the others, never a rule on its own.
PROMO = re.compile(
    r"\b(?:"
    # feedback and sharing
    r"(?:was|war|is|ist)\s+(?:this|dieser|der|this\s+article)\s+(?:artikel\s+|beitrag\s+)?(?:helpful|useful|hilfreich|nützlich)"
    r"|(?:artikel|beitrag|post)\s+gefallen|did\s+you\s+(?:like|enjoy)|vergiss\s+nicht\s+zu\s+teilen|share\s+(?:it|this)\s+with"
    r"|we\s+want\s+to\s+hear|let\s+us\s+know|tell\s+us\s+what\s+you\s+think|letters?\s+to\s+the\s+editor|was\s+denkst\s+du"
    r"|what\s+do\s+you\s+think|ihre\s+meinung|deine\s+meinung|votre\s+avis|tu\s+opinión"
    r"|(?:artikel|beitrag|seite)\s+teilen|mit\s+(?:anderen|freunden)\s+teilen"
    r"|empfiehl\w*\s+(?:dies|diesen|uns)"
    r"|share\s+(?:this|the)\s+(?:article|story|post|page)|partager\s+cet\s+article|compart(?:ir|e)\s+(?:este|esta)\s+"
    r"(?:art[ií]culo|nota)"
    # comment prompts and counts
    r"|para\s+comentar|in\s+den\s+kommentaren|leave\s+a\s+(?:comment|reply)|jetzt\s+kommentieren|kommentieren\s+sie\b"
    r"|missbrauch\s+melden|report\s+abuse"
    r"|^\d+\s+(?:kommentare?|comments?|commentaires?|comentarios?)\s*$|^kommentieren\s*$"
    # subscriptions, accounts, apps
    r"|e-?mail[- ]?(?:adresse|address)|newsletters?|subscri(?:be|ption)|abonn(?:ieren|ement|ez)|abo\b|sign\s+up|log\s*in"
    r"|registrier\w*|anmelden|download\s+(?:the|our)|get\s+the\s+app|(?:unsere|our)\s+app|nichts\s+(?:mehr\s+)?verpassen"
    r"|never\s+miss|stay\s+(?:up\s+to\s+date|informed)|auf\s+dem\s+laufenden|folg(?:e|t|en\s+sie)\s+uns"
    r"|follow\s+(?:us|\w+\s+on|(?:\w+\s+){2,3}on\s+(?:twitter|facebook|instagram|telegram|tiktok|youtube|linkedin))"
    r"|suscr[ií]b\w*|inscri(?:vez|bete|ção)\w*|iscriviti|zapisz\s+się"
    r"|get\s+(?:regular\s+)?updates|send\s+me\s+(?:an\s+)?e-?mail|wir\s+informieren\s+(?:sie|dich)"
    r"|cancela\s+cuando\s+quieras|cancel\s+(?:at\s+)?any\s*time|jederzeit\s+kündbar"
    r"|(?:nuestro|our|unseren?|notre)\s+(?:canal|channel|kanal|chaîne)\b"
    # support and shop
    r"|unterstütz(?:e|en\s+sie)\s+(?:uns|unsere|diese|\w+mag)|ihr\s+beitrag\s+hilft|jede\s+(?:kleine\s+)?spende|spenden?\b"
    r"|(?:rely|depend)\s+on\s+(?:your|readers'?)\s+support|(?:enthält|contains)\s+(?:werbung|affiliate|advertising|sponsored)"
    r"|support\s+(?:us|our|independent)|become\s+a\s+(?:member|patron|subscriber)|donat(?:e|ion)|bestellen|jetzt\s+kaufen|buy\s+now"
    r"|shop\s+now|in\s+den\s+warenkorb|add\s+to\s+cart|provision|affiliate|commission"
    # pointers to more content
    r"|mehr\s+(?:zu|zum|zur|über|dazu|infos?)\b|weitere\s+(?:informationen|infos|aktuelle|themen|artikel|beiträge)"
    r"|interessantes\s+aus|en\s+savoir\s+plus|leer\s+m[aá]s|ver\s+m[aá]s|leia\s+mais|czytaj\s+więcej|auch\s+interessieren"
    r"|teste\s+dein|test\s+your|listen\s+to\s+(?:this|the)|escucha\s+(?:esta|la)|mira\s*:|watch\s*:|search\s+for|suche\s+nach"
    r"|click\s+(?:here|the)|klicken\s+sie|hier\s+klicken|cliquez|haz\s+clic|tap\s+here"
    # forms and privacy
    r"|recaptcha|privacy\s+policy|datenschutz\w*|terms\s+of\s+(?:service|use)|nutzungsbedingungen|erforderliche\s+felder"
    r"|required\s+fields|nicht\s+veröffentlicht|will\s+not\s+be\s+published|cookies?"
    # the page about the reader's browser and place on the site
    r"|you\s+are\s+using\s+an?\s+(?:\w+\s+)?browser|your\s+browser\s+(?:is|does)|^you\s+are\s+here\b|^sie\s+sind\s+hier\b"
    r")",
    re.IGNORECASE,
)

# FURNITURE and PROMO for text already lower-cased (str.lower): their patterns hold no capitals, so they
# match the same (unless the text holds a letter of scripts.CASE_FOLD_EXOTIC), and without IGNORECASE
# the regex engine runs three to four times faster. The block features, which search every short
# block of every page, use these.
FURNITURE_LOWER = re.compile(FURNITURE.pattern)
PROMO_LOWER = re.compile(PROMO.pattern)

# An author box after the article: "Jane Roe is a professor of ...", "Als Redakteurin betreue ich ...".
AUTHOR_BIO = re.compile(
    r"^(?:(?-i:[A-ZÀ-Ý])[\w'’.-]+\s+){1,3}(?:is|was|ist|war|est|es|è)\s+(?:a|an|the|ein|eine|der|die|un|une|una|uno|el|la|le)?\s*"
    r"(?:\w+\s+){0,3}?(?:professor|journalist|reporter|writer|author|editor|correspondent|columnist|contributor|fellow"
    r"|founder|director|head|redakteur\w*|autor\w*|journalist\w*|professor\w*|gründer\w*|leiter\w*|chef\w*|freie?r?)"
    r"|^(?:als|as)\s+\w+(?:\s+\w+){0,3}\s+(?:betreue|schreibe|bin|arbeite|write|cover)\b"
    r"|^(?:i'?m|i\s+am|ich\s+bin|je\s+suis|soy)\s+(?-i:[A-ZÀ-Ý])\w+[,.]?\s",
    re.IGNORECASE,
)

# The furniture of each reader comment: reply and report buttons, vote counts, avatars.
COMMENT_META = re.compile(
    r"^\W*(?:reply|antworten|répondre|responder|rispondi|odpowiedz|ответить|avatar|report(?:\s+abuse)?|melden"
    r"|permalink|zitieren|quote|rating:?\s*[-+]?\d+\s*votes?|[-+]?\d+\s+(?:likes?|votes?|points?)"
    r"|(?:top\s+rated|reader|newest|oldest|best)\s+comments|leserkommentare|(?:\d+\s+)?(?:reactions|responses))\W*$",
    re.IGNORECASE,
)

# The Wayback Machine's toolbar, printed above every capture it serves: a calendar of captures, then
# "About this capture" / "COLLECTED BY" and the crawl's description, which reads like prose.
ARCHIVE_TOOLBAR_ANCHOR = re.compile(r"^collected by$", re.IGNORECASE)
ARCHIVE_TOOLBAR_HEAD = re.compile(r"^(?:wayback machine|success|about this capture)$", re.IGNORECASE)
ARCHIVE_TOOLBAR_TAIL = re.compile(r"^(?:timestamps|loading)$", re.IGNORECASE)
# A PHP error the server printed into the page: "Deprecated: ... in /www/wp-settings.php on line 520",
# "Warning: mysql_connect(): ... on line 12". A block may hold several, wrapped together (a wrapped
# path may carry a space).
SERVER_MESSAGE = re.compile(
    r"^(?:PHP\s+)?(?:deprecated|warning|notice|fatal\s+error|parse\s+error|strict\s+standards"
    r"|catchable\s+fatal\s+error)\s*:\s.{0,400}?\sin\s+(?:/|[a-z]:\\).{0,200}?\son\s+line\s+\d+",
    re.IGNORECASE | re.DOTALL,
)

# The credit line of an embedded social-media post: its date is the post's, never the article's.
# Instagram's "A post shared by Name (@handle) on Apr 21, 2019", in the page's language; Twitter's
# "— Name (@handle) November 5, 2023".
EMBED_CREDIT = re.compile(
    r"\b(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicación compartida de|un post condiviso da|een bericht gedeeld door)\b"
    r"|[—–]\s*[^—–\n]{1,60}\(@\w{1,30}\)",
    re.IGNORECASE,
)
