"""Legal notices: shapes of copyright lines, licences and mandated labels, by kind.

Every pattern here describes a *notice*: a formula a site prints on its own line, not a
topic an article can mention. The code in newsparse/legal.py adds the position rules
(a notice starts its block) that keep article sentences out.
"""

import re

_I = re.IGNORECASE

# ---------------------------------------------------------------------------------------
# Russian mandated labels ("foreign agent", banned / extremist / undesirable organisations)
# ---------------------------------------------------------------------------------------

# The statutory label in its wordings since 2017: "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН,
# РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ ...", "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО
# И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ...",
# plus the English renderings some sites print.
FOREIGN_AGENT_FORMULA = re.compile(
    r"(?:настоящ\w+|данн\w+|это\w*)\s+(?:материал|сообщение|информаци\w+|публикаци\w+)"
    r"(?:\s*\([^)]{1,40}\))?\s*,?\s*"
    r"(?:был[аио]?\s+)?(?:произвед|созда|распростран|подготовл|направл)\w*"
    r".{0,250}?(?:иностранн\w+\s+агент|иноагент|функци\w+\s+иностранного\s+агента)"
    r"|(?:this|the\s+present)\s+(?:material|message|report|article|publication)(?:\s*\([^)]{1,40}\))?"
    r"\s+(?:\(?was\)?\s+)?(?:produced|created|distributed|prepared)\b.{0,250}?foreign\s+agent",
    _I | re.S,
)
# Who the label names: "... ИНОСТРАННЫМ АГЕНТОМ <name>, ЛИБО ..." or "... ИНОСТРАННОГО АГЕНТА <name>".
AGENT_NAME = re.compile(
    r"(?:иностранн\w+\s+агентом|иноагентом|иностранного\s+агента|foreign\s+agent)\s+"
    r"(?!(?:и|или|и\s*\(или\)|либо|and|or)\b|\(|выполня|performing)"
    r"(?P<name>.+?)\s*(?=,|\.(?:\s|$)|;|\s+(?:либо|или|и\s*\(или\)|or|and)\s|\s+\d{1,2}\+|$)",
    _I,
)
# Asterisk footnotes about the register of foreign agents, in Russian and English.
FOREIGN_AGENT_FOOTNOTE = re.compile(
    r"(?:реестр\w*\s+(?:иностранн\w+\s+агент|иноагент)"
    r"|признан\w*\s+(?:\w+\s+){0,3}(?:иностранн\w+\s+агент|иноагент)"
    r"|(?:выполняющ\w+|выполняет)\s+функци\w+\s+иностранного\s+агента"
    r"|\bиноагент\w*|иностранн\w+\s+агент\w*"
    r"|(?:designated|declared|labell?ed|listed|recogni[sz]ed|registered)\s+(?:\w+\s+){0,4}"
    r"(?:a\s+|as\s+a\s+)?[\"“«]?foreign\s+agents?\b"
    r"|foreign[- ]agents?\s+(?:registry|register|list)\b)",
    _I,
)
# "Минюст (РФ) внес X в реестр ...": X is the subject.
REGISTRY_SUBJECT = re.compile(
    r"(?:минюст\w*|министерство\s+юстиции)(?:\s+(?:рф|россии))?\s+(?:\d{1,2}\s+\w+\s+(?:\d{4}\s+(?:года?|г\.)\s+)?)?"
    r"(?:внес\w*|включил\w*|признал\w*)\s+(?P<name>.+?)\s+(?:в\s+(?:реестр|список|перечень)|иностранн\w+\s+агент|иноагент)",
    _I,
)
# "X признан(а) иноагентом", "X внесен(а) в реестр": subject before the verb.
PASSIVE_SUBJECT = re.compile(
    r"^(?P<name>[^,;:]{2,80}?)\s*(?:—|–|-|,)?\s+(?:был[аио]?\s+)?(?:признан\w*|внесен\w*|включен\w*|"
    r"(?:has\s+been|was|is)\s+(?:designated|declared|labell?ed|listed|recogni[sz]ed|banned|outlawed))\b",
    _I,
)
ENGLISH_AGENT_SUBJECT = re.compile(
    r"(?:russia(?:'s|n)?\s+)?(?:justice\s+ministry|ministry\s+of\s+justice)\s+(?:has\s+)?"
    r"(?:designated|declared|labell?ed|listed|added)\s+(?P<name>.+?)\s+(?:as\s+)?(?:a\s+)?[\"“«]?foreign\s+agent",
    _I,
)
# Banned, extremist, terrorist or "undesirable" organisations.
BANNED_FOOTNOTE = re.compile(
    r"(?:запрещен\w*|запрещён\w*|экстремистск\w+|террористическ\w+|нежелательн\w+|ликвидирован\w*"
    r"|деятельность\s+(?:\w+\s+){0,3}(?:запрещ|приостановлен)"
    r"|\bbanned\b|\boutlawed\b|\bprohibited\s+in\s+russia|\bextremist\b|\bterrorist\b|\bundesirable\b"
    r"|\bverboten\b|\binterdite?\b)",
    _I,
)
# The footnote's own mark: one or more asterisks (or the typographic ones some sites use).
FOOTNOTE_STARS = re.compile(r"^\s*(?P<stars>[*∗⁎]+)\s*")
# "Meta* — признана экстремистской ..." : a name carrying the stars starts the notice.
NAME_WITH_STARS = re.compile(
    r"^(?P<name>[«“\"„]?[\w][\w .&'’«»“”„\"-]{0,60}?[»”\"]?)\s?(?P<stars>\*+)(?=\s|[,.;:)—–-]|$)"
)
# "Деятельность Meta (Facebook, Instagram) запрещена ...": subject after "деятельность".
ACTIVITY_SUBJECT = re.compile(
    r"деятельность\s+(?:(?:организации|компании|корпорации|движения|сети|соцсет\w+)\s+)?(?!запрещ|признан|приостановлен)(?P<name>.+?)\s*"
    r"(?:\([^)]*\)\s*)?(?:запрещ|признан|приостановлен|на\s+территории)",
    _I,
)
ENGLISH_BANNED_SUBJECT = re.compile(
    r"^(?:the\s+)?(?P<name>.+?)\s+(?:is|are|has\s+been|was)\s+(?:\w+\s+){0,2}(?:banned|outlawed|designated|recogni[sz]ed)",
    _I,
)
# Words that name the kind of thing rather than the thing: not a subject on their own.
GENERIC_SUBJECTS = frozenset(
    {
        "организация",
        "организации",
        "the organization",
        "the organisation",
        "organization",
        "organisation",
        "it",
        "он",
        "она",
        "оно",
        "они",
        "лицо",
        "сми",
        "физлицо",
        "the group",
        "the movement",
        "движение",
    }
)
# Words that can start a sentence before a marked name ("В Meta*", "The FBK*"): not part of it.
NAME_LEADING_NOISE = frozenset(
    [
        "в",
        "во",
        "на",
        "по",
        "с",
        "со",
        "у",
        "о",
        "об",
        "и",
        "а",
        "но",
        "к",
        "ко",
        "из",
        "от",
        "за",
        "для",
        "при",
        "как",
        "что",
        "the",
        "in",
        "at",
        "by",
        "on",
        "for",
        "and",
        "of",
        "to",
        "with",
        "from",
        "a",
        "an",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "im",
        "am",
        "und",
        "von",
        "zu",
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "en",
        "el",
        "los",
        "las",
        "y",
    ]
)

# ---------------------------------------------------------------------------------------
# Copyright
# ---------------------------------------------------------------------------------------

# The mark itself: the sign, its ASCII stand-ins ((c), Cyrillic (с)), the word.
# "(c)" only standing alone: "501(c)(3)" is a tax status, not a mark.
COPYRIGHT_SIGN = re.compile(r"©|ⓒ|(?<![\w)])\([cс]\)(?!\()|&copy;", _I)
# Not inside URLs ("gnu.org/copyleft/fdl.html").
COPYRIGHT_WORD = re.compile(r"(?<![/\w.])(?:copyright|copyleft|copr\.)", _I)
# "All rights reserved" in the languages of the corpus and its neighbours.
RIGHTS_RESERVED = re.compile(
    r"all\s+rights?\s+res\w*"
    r"|все\s+права\s+(?:защищены|охраняются|сохранены)"
    r"|усі\s+права\s+захищені"
    r"|alle\s+rechte\s+vorbehalten"
    r"|tous\s+droits\s+réservés|tous\s+droits\s+de\s+reproduction\s+réservés"
    r"|todos\s+los\s+derechos\s+reservados"
    r"|todos\s+os\s+direitos\s+reservados"
    r"|tutti\s+i\s+diritti\s+riservati"
    r"|wszelkie\s+prawa\s+zastrzeżone"
    r"|alle\s+rechten\s+voorbehouden"
    r"|무단\s*전재\s*및\s*재배포\s*금지"
    r"|版[权權]所有|未[经經](?:授[权權]|许可|許可)[，,]?\s*(?:禁止|不得)[转轉]载|無断(?:転載|複製)(?:を禁じます|禁止)?"
    r"|جميع\s+الحقوق\s+محفوظة|كل\s+الحقوق\s+محفوظة|(?:کلیه|تمامی)\s+حقوق(?:\s+\S+){0,3}\s+محفوظ\s+است|כל\s+הזכויות\s+שמורות|tüm\s+hakları\s+saklıdır"
    r"|alla\s+rättigheter\s+förbehållna|všechna\s+práva\s+vyhrazena|toate\s+drepturile\s+rezervate"
    r"|minden\s+jog\s+fenntartva|hak\s+cipta\s+dilindungi|όλα\s+τα\s+δικαιώματα\s+(?:διατηρούνται|κατοχυρωμένα)",
    _I,
)
# Solar Hijri years too ("© ۱۳۹۸" on an Iranian page), reported as printed.
YEAR_RANGE = re.compile(
    r"(?<!\d)(?P<first>(?:19|20|13|14)\d\d)(?:\s*[-–—/]\s*(?P<last>(?:19|20|13|14)\d\d)?)?(?!\d)"
)
# Text right before a mark that makes it a picture credit, not the page's notice.
CREDIT_BEFORE = re.compile(
    r"(?:\b(?:photos?|fotos?|images?|bild(?:er)?|pictures?|illustrations?|фото|credits?|bildnachweis|quelle"
    r"|source|grafik|video)\b\s*(?:by|:)?\s*[:(]?\s*$|\(\s*$)",
    _I,
)
# Agencies whose bare "© X" is a photo credit when the line gives no year.
PHOTO_AGENCIES = re.compile(
    r"^(?:getty|reuters|ap\b|associated\s+press|afp|dpa|epa|istock|shutterstock|adobe\s*stock|imago"
    r"|picture[- ]alliance|alamy|thinkstock|unsplash|pixabay|tass|тасс|риа|sputnik\s*/|ria\s+novosti|depositphotos"
    r"|pexels|keystone|anp|ansa|efe|xinhua)",
    _I,
)
# Where a holder's name ends.
HOLDER_END = re.compile(
    r"\x00|\s[|•·♦]\s?|\s[-–—]\s|[|•·♦]|\.\s+(?=\S)|\s*[©℗]|\s+(?:19|20)\d\d|[,\s]+(?=CC[\s-]?(?:BY|0)\b)"
    r"|\s+(?:impressum|imprint|datenschutz\w*|kontakt|contact|privacy|terms|about\s+us)\b|,\s+(?:a|an|the|part\s+of|unless)\s|\s+or\s+its\s"
    r"|\s+(?:is|are|was|ist|sind)\s|\s+\(|;|\s+powered\s+by|\s+designed\s+by|\s+all\s+right",
    _I,
)
# Abbreviations whose dot is part of the name: a holder does not end at "Inc. " or "St. ".
DOTTED_ABBREVIATION = re.compile(
    r"(?:\b(?:st|dr|mr|mrs|ms|jr|sr|nr|bros|e\.v|s\.a|s\.l|s\.r\.l)|\b[A-Z])$", _I
)
# Company forms: a holder's name ends after one ("Future US, Inc. 11 West 42nd Street").
COMPANY_SUFFIX = re.compile(r"\b(?:inc|ltd|corp|co)$", _I)
# ... unless another company form follows ("& Co. KG", "Co. Ltd.").
COMPANY_FORM_NEXT = re.compile(r"\s*(?:kg|ltd|limited|llc|inc|gmbh|ag|plc|ohg|kgaa)\b", _I)
# Words that are a picture credit's label when they open the holder ("© Foto: X").
CREDIT_LABEL = re.compile(r"^(?:foto|photo|bild|image|illustra\w*|grafik|fotograf|quelle|source)\s*:", _I)

# ---------------------------------------------------------------------------------------
# Licences: Creative Commons in abbreviations and spelled out in several languages
# ---------------------------------------------------------------------------------------

CREATIVE_COMMONS = re.compile(r"creative\s*[- ]?\s*commons|криэйтив\s+коммонс|\bCC[- ]?(?:BY|0)\b", _I)
# "CC BY-NC-ND 3.0 DE", "CC-BY-SA", "CC BY SA 3.0": elements, version, jurisdiction.
CC_ABBREVIATION = re.compile(
    r"\bCC[\s-]?(?P<elements>BY(?:[\s-]?(?:NC|ND|SA)){0,2}(?![a-z])|0)(?:[\s-](?P<version>\d\.\d))?"
    r"(?:[\s-](?P<port>(?-i:[A-Z]{2}))\b)?",
    _I,
)
# Element names as licence deeds spell them, by language.
CC_ELEMENT_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "NC",
        re.compile(
            r"non[- ]?commercial|keine\s*kommerzielle|(?-i:\bNC\b)|nicht[- ]?kommerziell|pas\s+d['’]utilisation\s+commerciale"
            r"|no\s*comercial|non\s+commerciale|некоммерческ|użycie\s+niekomercyjne|niet[- ]commercieel",
            _I,
        ),
    ),
    (
        "ND",
        re.compile(
            r"no\s*deriv|keine\s*bearbeitung|(?-i:\bND\b)|pas\s+de\s+modification|sin\s*(?:obra\s*)?deriva|non\s+opere\s+derivate"
            r"|без\s+производных|bez\s+utworów\s+zależnych|geen\s+afgeleide",
            _I,
        ),
    ),
    (
        "SA",
        re.compile(
            r"share\s*[- ]?alike|(?-i:\bSA\b)|weitergabe\s+unter\s+gleichen\s+bedingungen|partage\s+dans\s+les\s+mêmes"
            r"|compartir\s*igual|condividi\s+allo\s+stesso\s+modo|на\s+тех\s+же\s+условиях"
            r"|na\s+tych\s+samych\s+warunkach|gelijk\s+delen",
            _I,
        ),
    ),
]
CC_ATTRIBUTION = re.compile(
    r"attribution|namensnennung|paternité|reconocimiento|atribución|attribuzione|атрибуци|указанием\s+авторства"
    r"|uznanie\s+autorstwa|naamsvermelding|\bBY\b",
    _I,
)
CC_ZERO = re.compile(r"\bCC0\b|public\s+domain\s+dedication|zero\s+1\.0", _I)
CC_VERSION = re.compile(r"(?<![\d.])(?P<version>[1-4]\.\d)(?![\d.])")
# Ported licences: country names in deed titles -> jurisdiction code.
CC_JURISDICTIONS: dict[str, str] = {
    "deutschland": "DE",
    "germany": "DE",
    "österreich": "AT",
    "austria": "AT",
    "schweiz": "CH",
    "switzerland": "CH",
    "suisse": "CH",
    "france": "FR",
    "españa": "ES",
    "spain": "ES",
    "italia": "IT",
    "italy": "IT",
    "nederland": "NL",
    "netherlands": "NL",
    "polska": "PL",
    "poland": "PL",
    "россия": "RU",
    "russia": "RU",
    "united states": "US",
    "england": "UK",
}
# A licence statement (as opposed to a page merely talking about licences).
LICENSE_STATEMENT = re.compile(
    r"licen[cs]ed\s+under|(?:is|are)\s+(?:available|published|released)\s+under|under\s+(?:a|the)\s+.{0,40}licen[cs]e"
    r"|lizenziert|lizensiert|steh\w*\s+unter\s+(?:einer|der)|unter\s+(?:einer|der)\s+.{0,40}lizenz|veröffentlicht\s+unter"
    r"|распространяется\s+по\s+лицензии|доступ\w*\s+по\s+лицензии|по\s+лицензии|лицензи\w+\s+creative"
    r"|sous\s+licence|bajo\s+(?:una\s+)?licencia|sotto\s+licenza|licen[cs]e\b|lizenz\w*|лицензи",
    _I,
)
# A Creative Commons deed's URL (html2text keeps link targets) -> its abbreviation.
CC_URL = re.compile(
    r"creativecommons\.org/(?:licenses/(?P<elements>by(?:-nc)?(?:-nd|-sa)?)/(?P<version>\d\.\d)(?:/(?P<port>[a-z]{2})(?=/|\b))?"
    r"|publicdomain/zero/(?P<zero>\d\.\d))",
    _I,
)

# ---------------------------------------------------------------------------------------
# Other notices
# ---------------------------------------------------------------------------------------

AGE_RATING_ALONE = re.compile(r"^[\s(\[]*(?P<age>0|6|12|14|16|18|21)\s*\+[\s)\].]*$")
AGE_RATING_TEXT = re.compile(
    r"(?:сайт|ресурс|материал\w*|информаци\w+|издание|контент)\s+(?:\w+\s+){0,3}(?:для\s+)?(?:лиц|пользователей|детей|читателей)"
    r"\s+(?:старше|от|не\s+младше)\s+(?P<age>\d{1,2})\s*(?:\+|лет)"
    r"|(?:для\s+)?лиц\s+старше\s+(?P<age2>\d{1,2})\s*лет"
    r"|(?:only\s+for|intended\s+for|suitable\s+for)\s+(?:\w+\s+){0,2}(?:aged\s+|over\s+|above\s+)?(?P<age3>1[2-8])\s*\+?\s*(?:years|and\s+over|or\s+older)?"
    r"|(?:für\s+(?:personen|nutzer|besucher)|freigegeben|erst)\s+ab\s+(?P<age4>1[2-8])\s+jahren?\b",
    _I,
)
COOKIES = re.compile(
    r"(?<!how\s)\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site|the\s+(?:web)?site|this\s+page)\s+(?:\w+\s+)?uses?\s+cookies"
    r"|\bby\s+(?:using|continuing|browsing|clicking).{0,80}?(?:agree|consent|accept)\w*.{0,60}?cookies"
    r"|\b(?:use|usage)\s+of\s+cookies\b.{0,40}?(?:agree|consent|accept)"
    r"|мы\s+используем\s+(?:файлы\s+)?(?:cookie|куки)|(?:сайт|ресурс)\s+использует\s+(?:файлы\s+)?(?:cookie|куки)"
    r"|использовани\w+\s+(?:файлов\s+)?(?:cookie|куки)"
    r"|(?:diese|unsere)\s+(?:web)?(?:seite|site|website|webseite)\s+(?:verwendet|nutzt|benutzt|setzt)\s+(?:\w+\s+)?cookies"
    r"|wir\s+(?:verwenden|nutzen|setzen)\s+(?:\w+\s+)?cookies|verwendung\s+von\s+cookies\s+zu"
    r"|(?:ce|notre)\s+site\s+utilise\s+(?:des\s+)?cookies|nous\s+utilisons\s+(?:des\s+)?cookies"
    r"|(?:este|nuestro)\s+(?:sitio|portal)(?:\s+web)?\s+utiliza\s+(?:\w+\s+)?cookies|(?:esta|nuestra)\s+web\s+utiliza\s+cookies"
    r"|utilizamos\s+(?:\w+\s+)?cookies|usamos\s+cookies"
    r"|questo\s+sito\s+(?:web\s+)?utilizza\s+(?:i\s+)?cookie|utilizziamo\s+(?:i\s+)?cookie"
    r"|(?:ta\s+strona|serwis)\s+(?:\w+\s+)?(?:używa|wykorzystuje)\s+(?:plików\s+)?cookie"
    r"|deze\s+(?:web)?site\s+(?:gebruikt|maakt\s+gebruik\s+van)\s+cookies",
    _I,
)
REPRINT = re.compile(
    r"при\s+(?:полном\s+или\s+частичном\s+)?(?:использовании|цитировании|перепечатке|копировании|воспроизведении)"
    r".{0,80}?(?:ссылка|гиперссылка)\b.{0,80}?обязательн"
    r"|(?:ссылка|гиперссылка)\s+на\s+.{0,60}?обязательна"
    r"|(?:перепечатка|копирование|воспроизведение|использование)\s+(?:\w+\s+){0,4}(?:материалов|информации)"
    r".{0,60}?(?:запрещен|без\s+(?:письменного\s+)?(?:разрешения|согласия)|только\s+с\s+(?:разрешения|согласия))"
    r"|reproduction\b.{0,120}?(?:prohibited|forbidden|not\s+permitted|without\s+(?:the\s+)?(?:prior\s+)?(?:express\s+)?(?:written\s+)?permission)"
    r"|(?:may|must)\s+not\s+be\s+(?:\w+,?\s+){0,2}(?:reproduced|published|reprinted|republished|copied|redistributed)"
    r"|no\s+part\s+.{0,80}?may\s+be\s+reproduced"
    r"|(?:nachdruck|vervielfältigung|weiterverbreitung|verwendung)\b.{0,80}?nur\s+mit\s+(?:\w+\s+)?(?:genehmigung|erlaubnis|zustimmung)"
    r"|toute\s+reproduction\b.{0,80}?interdite"
    r"|(?:queda\s+)?prohibida\s+(?:la|su)\s+reproducción"
    r"|riproduzione\s+riservata",
    _I,
)
DISCLAIMER = re.compile(
    r"(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\b.{0,120}?(?:author|writer|contributor|own|not\s+necessarily|do\s+not|does\s+not|alone)"
    r"|(?:do|does)\s+not\s+necessarily\s+(?:reflect|represent)\s+(?:the\s+)?(?:views|opinions|position|policy)"
    r"|мнение\s+редакции\s+может\s+не\s+совпадать|может\s+не\s+совпадать\s+с\s+(?:мнением|позицией)\s+редакции"
    r"|точка\s+зрения\s+редакции\s+может\s+не\s+совпадать"
    r"|(?:gibt|geben|spiegel\w*)\s+(?:\w+\s+){0,3}nicht\s+(?:unbedingt\s+|zwingend\s+)?die\s+meinung\s+der\s+redaktion"
    r"|müssen\s+nicht\s+(?:\w+\s+)?(?:die\s+)?meinung\s+de[rs]"
    r"|n['’]engagent\s+que\s+leurs?\s+auteurs?"
    r"|no\s+(?:refleja|reflejan)\s+necesariamente|son\s+responsabilidad\s+(?:exclusiva\s+)?de\s+sus\s+autores"
    # Health and money: what the page's text is not ("not intended to diagnose", "no investment advice").
    r"|(?:have|has)\s+not\s+been\s+evaluated\s+by\s+the\s+food\s+and\s+drug\s+administration"
    r"|(?:is|are)\s+not\s+intended\s+to\s+diagnose"
    r"|(?:is|are)\s+(?:provided\s+)?(?:for\s+)?(?:general\s+)?information(?:al)?\s+purposes\s+only"
    r"|(?:is|are)\s+not\s+(?:intended\s+(?:as|to\s+be)\s+)?a\s+substitute\s+for\s+(?:professional\s+)?(?:medical|legal|financial)"
    r"|(?:does|do)\s+not\s+constitute\s+(?:\w+\s+){0,2}(?:advice|recommendation)"
    r"|ersetz\w*\s+(?:keine|nicht\s+die)\s+(?:ärztliche|medizinische|rechtliche)\s+beratung"
    r"|stell\w*\s+keine\s+(?:anlage|rechts|steuer)beratung\s+dar"
    r"|\bresults\s+(?:may\s+)?vary\s+(?:depending|from\s+person)|individual\s+results\s+(?:may\s+)?vary",
    _I,
)
# Trademark notices: "X is a registered trademark of Y", "X ist eine eingetragene Marke",
# "X est une marque déposée". Subjects open the sentence, so the formula may stand after a list
# of names; the detector asks instead that the block be made of such sentences.
TRADEMARK = re.compile(
    r"\b(?:is|are)\s+(?:among\s+the\s+)?(?:an?\s+)?(?:federally\s+)?(?:registered\s+)?"
    r"(?:trademarks?|trade\s+marks?|service\s+marks?)\b"
    r"|\b(?:ist|sind)\s+(?:eine?\s+)?(?:eingetragene|geschützte)s?\s+(?:marken?|warenzeichen)\b"
    r"|\b(?:est|sont)\s+(?:une\s+|des\s+)?marques?\s+déposées?\b"
    r"|\b(?:es|son)\s+(?:una\s+)?marcas?\s+registradas?\b"
    r"|\b(?:è|sono)\s+(?:un\s+)?marchio\s+registrato\b",
    _I,
)

# Affiliate disclosures: the page earns when the reader buys through its links ("we may receive a
# small commission", "IGN may get a share of the sale", "Affiliate-Links ... erhalten wir eine Provision").
AFFILIATE_EARNING = re.compile(
    r"\b(?:may|might|could|will|can)\s+(?:\w+\s+){0,2}(?:earn|receive|get|collect|make)\s+(?:\w+\s+){0,3}"
    r"(?:commissions?|share\s+of\s+(?:the\s+)?sales?|compensation|portion\s+of|small\s+fee)\b"
    r"|\b(?:affiliate|advertising)\s+disclosure\b"
    # The page's own affiliate links: "This post contains affiliate links", "... sind sogenannte
    # »Affiliate-Links«"; not a report on a market that runs on them.
    r"|\b(?:contains?|enthält|enthalten|includes?|uses?|sind|are|supported\s+by)\s+(?:\S+\s+){0,4}"
    r"[»«\"'„“]?affiliate[- ]?(?:links?|partner\w*)"
    r"|\b(?:erhalten|bekommen|erhält|bekommt|verdienen|verdient)\s+(?:\S+\s+){0,4}(?:eine\s+)?(?:kleine\s+)?provision"
    r"|\bprovisions?-?links?\b",
    _I,
)
# ... said about the page's own links and purchases, not about a market in general.
AFFILIATE_CONTEXT = re.compile(
    r"\b(?:links?|click\w*|buy|bought|purchase\w*|klick\w*|kauf\w*|einkauf\w*|bestell\w*)\b", _I
)

# Word and phrase clues to a notice's language, checked before stop-word counts because
# notices are too short for counting.
LANGUAGE_HINTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "de",
        re.compile(
            r"\b(?:rechte|vorbehalten|lizenz\w*|namensnennung|verwendet|verwenden|nutzen|nutzt|benutzt|webseite|nachdruck|meinung|diese|wir|unter\s+einer"
            r"|ersetzt|beratung|eingetragene|marke)\b",
            _I,
        ),
    ),
    (
        "fr",
        re.compile(
            r"\b(?:droits|réservés|utilise|reproduction\s+interdite|licence|n['’]engagent|déposée)\b", _I
        ),
    ),
    ("pt", re.compile(r"\b(?:direitos|os\s+reservados)\b", _I)),
    ("es", re.compile(r"\b(?:derechos|reservados|utiliza|licencia|prohibida|registrada)\b", _I)),
    ("it", re.compile(r"\b(?:diritti|riservati|riservata|utilizza)\b", _I)),
    ("pl", re.compile(r"\b(?:prawa|zastrzeżone)\b", _I)),
    ("nl", re.compile(r"\b(?:rechten|voorbehouden|gebruikt)\b", _I)),
    ("ko", re.compile(r"무단|재배포|저작권")),
    ("en", re.compile(r"\b(?:all\s+rights|reserved|licensed|views|designated|banned|the|this|we)\b", _I)),
]

# ---------------------------------------------------------------------------------------
# Prefilter
# ---------------------------------------------------------------------------------------

# Words or marks at least one of which every notice above needs: `classify_legal` runs on every
# block of a page, and most blocks are prose or menus that contain none of them. Each part is a
# *necessary* condition of the detector it names (a piece of text its pattern cannot match
# without), so a block with none of them is no notice and the detectors need not run.
# Keep it in sync when a pattern gains an alternative: tests/test_prefilters.py checks that
# the filtered and unfiltered classifiers agree on notices.
# Every part is lower case and opens with a literal character, so that NOTICE_TRIGGER_LOWER
# (on lower-cased text, no IGNORECASE) can skip ahead to candidate characters.
_TRIGGER_PARTS = (
    # foreign agent formula and footnotes: "агент" (иностранным агентом, иноагент), "foreign agent"
    "агент",
    "foreign",
    # footnote marks (banned organisations; foreign agent footnotes)
    r"\*",
    "∗",
    "⁎",
    # licences: CC abbreviations ("cc" after a word boundary), "Creative Commons", CC0 deeds
    r"c(?<!\wc)c",
    "creative",
    "криэйтив",
    "public",
    "zero",
    # copyright: the sign and its stand-ins, the word, "all rights reserved" in every language listed
    "©",
    "ⓒ",
    r"\([cс]\)",
    "copy",
    "copr",
    r"rights?\s+res",
    "права",
    "rechte",
    "droits",
    "derechos",
    "direitos",
    "diritti",
    "prawa",
    "무단",
    "版权",
    "版權",
    "未经",
    "未經",
    "無断",
    "الحقوق",
    "حقوق",
    "הזכויות",
    "hakları",
    "rättigheter",
    "práva",
    "drepturile",
    "jog",
    "hak",
    "δικαιώματα",
    # reprint policies
    "обязательн",
    "запрещен",
    "разрешения",
    "согласия",
    "reproduction",
    r"may\s+not\s+be\s",
    r"must\s+not\s+be\s",
    r"no\s+part",
    r"nur\s+mit",
    "prohibida",
    "riproduzione",
    # disclaimers
    "expressed",
    "necessarily",
    "совпадать",
    "meinung",
    "engagent",
    "necesariamente",
    "responsabilidad",
    "evaluated",
    r"results\s+(?:may\s+)?vary",
    "diagnose",
    "purposes",
    "substitute",
    "constitute",
    "beratung",
    # affiliate disclosures
    "affiliate",
    "advertising",
    "provision",
    "commission",
    r"share\s+of",
    "compensation",
    "portion",
    r"small\s+fee",
    # trademarks
    r"trade\s*marks?",
    r"service\s+marks?",
    r"marken?\b",
    "warenzeichen",
    r"marques?\s+d",
    r"marcas?\s+reg",
    "marchio",
    # cookies
    "cookie",
    "куки",
    # age ratings: "18+", "старше 18 лет", "only for 18+", "ab 16 Jahren"
    r"\+",
    "лет",
    r"only\s+for",
    r"intended\s+for",
    r"suitable\s+for",
    r"1[2-8]\s+jahr",
)
# On the text as it is: exact for any input.
NOTICE_TRIGGER = re.compile("|".join(_TRIGGER_PARTS), _I)
# On text.lower(): the same answer, faster, unless the text holds a letter that IGNORECASE folds
# differently from str.lower() (scripts.CASE_FOLD_EXOTIC).
NOTICE_TRIGGER_LOWER = re.compile("|".join(_TRIGGER_PARTS))
