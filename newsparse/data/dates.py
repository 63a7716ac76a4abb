"""Month and weekday names, labels, zone names and relative-date words, per language.

Everything here is plain data; newsparse.timestamps compiles it into patterns once at import.
Keys are lower-case; the parser matches case-insensitively (zone names excepted).
"""

from __future__ import annotations

import re

from newsparse.data.bylines import MONTH_WORD


def _cases(stems: dict[str, int], endings: tuple[str, ...]) -> dict[str, int]:
    """Every case form of inflected month names (Russian has six cases, all seen on pages)."""
    return {stem + end: month for stem, month in stems.items() for end in endings}


def _words(block: str) -> list[str]:
    return block.split()


_RU_SOFT = {
    "январ": 1,
    "феврал": 2,
    "апрел": 4,
    "июн": 6,
    "июл": 7,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_RU_HARD = {"март": 3, "август": 8}

MONTHS_BY_LANG: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    },
    "ru": {
        **_cases(_RU_SOFT, ("ь", "я", "е", "ю", "ём", "ем")),
        **_cases(_RU_HARD, ("", "а", "е", "у", "ом")),
        "май": 5, "мая": 5, "мае": 5, "маю": 5, "маем": 5,
    },
    "uk": {
        "січень": 1, "січня": 1, "січні": 1, "лютий": 2, "лютого": 2, "лютому": 2,
        "березень": 3, "березня": 3, "березні": 3, "квітень": 4, "квітня": 4, "квітні": 4,
        "травень": 5, "травня": 5, "травні": 5, "червень": 6, "червня": 6, "червні": 6,
        "липень": 7, "липня": 7, "липні": 7, "серпень": 8, "серпня": 8, "серпні": 8,
        "вересень": 9, "вересня": 9, "вересні": 9, "жовтень": 10, "жовтня": 10, "жовтні": 10,
        "листопад": 11, "листопада": 11, "листопаді": 11, "грудень": 12, "грудня": 12, "грудні": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "april": 4,
        "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
        "november": 11, "dezember": 12,
    },
    "fr": {
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    "pl": {
        # nominative, genitive ("29 października") and locative ("w październiku")
        "styczeń": 1, "stycznia": 1, "styczniu": 1, "luty": 2, "lutego": 2, "lutym": 2,
        "marzec": 3, "marca": 3, "marcu": 3, "kwiecień": 4, "kwietnia": 4, "kwietniu": 4,
        "maj": 5, "maja": 5, "maju": 5, "czerwiec": 6, "czerwca": 6, "czerwcu": 6,
        "lipiec": 7, "lipca": 7, "lipcu": 7, "sierpień": 8, "sierpnia": 8, "sierpniu": 8,
        "wrzesień": 9, "września": 9, "wrześniu": 9, "październik": 10, "października": 10,
        "październiku": 10, "listopad": 11, "listopada": 11, "listopadzie": 11,
        "grudzień": 12, "grudnia": 12, "grudniu": 12,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    "nl": {
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    # Languages without a stop-word list: their dates are still read wherever a page prints them.
    "tr": {
        "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6,
        "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11,
        "kasim": 11, "aralık": 12, "aralik": 12,
    },
    "sv": {
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    "da": {
        "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    "nb": {
        "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    },
    "fi": {
        # partitive, as dates print them ("18. marraskuuta 2019"), and nominative
        "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
        "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
        "marraskuuta": 11, "joulukuuta": 12,
        "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5, "kesäkuu": 6,
        "heinäkuu": 7, "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11, "joulukuu": 12,
    },
    "ro": {
        "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6, "iulie": 7,
        "august": 8, "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    },
    "cs": {
        # nominative and genitive ("18. listopadu 2019")
        "leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4,
        "dubna": 4, "květen": 5, "května": 5, "červen": 6, "června": 6, "červenec": 7,
        "července": 7, "srpen": 8, "srpna": 8, "září": 9, "říjen": 10, "října": 10,
        "listopadu": 11, "prosinec": 12, "prosince": 12,
    },
    "sk": {
        "januára": 1, "februára": 2, "marca": 3, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
        "augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
        "január": 1, "február": 2, "marec": 3, "apríl": 4, "máj": 5, "jún": 6, "júl": 7,
        "október": 10,
    },
    "hu": {
        "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
        "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11, "december": 12,
    },
    "id": {
        "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    },
    "sr": {
        "januar": 1, "februar": 2, "mart": 3, "april": 4, "maj": 5, "jun": 6, "jul": 7,
        "avgust": 8, "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
        # and in Cyrillic
        "јануар": 1, "фебруар": 2, "март": 3, "април": 4, "мај": 5, "јун": 6, "јул": 7, "август": 8,
        "септембар": 9, "октобар": 10, "новембар": 11, "децембар": 12,
    },
    "el": {
        # genitive, as dates print them, with and without the accent capitals drop
        "ιανουαρίου": 1, "ιανουαριου": 1, "φεβρουαρίου": 2, "φεβρουαριου": 2, "μαρτίου": 3,
        "μαρτιου": 3, "απριλίου": 4, "απριλιου": 4, "μαΐου": 5, "μαιου": 5, "ιουνίου": 6,
        "ιουνιου": 6, "ιουλίου": 7, "ιουλιου": 7, "αυγούστου": 8, "αυγουστου": 8,
        "σεπτεμβρίου": 9, "σεπτεμβριου": 9, "οκτωβρίου": 10, "οκτωβριου": 10,
        "νοεμβρίου": 11, "νοεμβριου": 11, "δεκεμβρίου": 12, "δεκεμβριου": 12,
    },
    "ar": {
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
        "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
        "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        # the Levant's and Iraq's names
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
        "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    },
    "hi": {
        "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
        "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
        "दिसंबर": 12, "दिसम्बर": 12,
    },
    "bg": {
        "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
        "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    },
    "be": {
        # genitive, as dates print them ("18 лістапада 2019")
        "студзеня": 1, "лютага": 2, "сакавіка": 3, "красавіка": 4, "мая": 5, "чэрвеня": 6,
        "ліпеня": 7, "жніўня": 8, "верасня": 9, "кастрычніка": 10, "лістапада": 11, "снежня": 12,
    },
    "fa": {
        # the Gregorian months in Persian (the Solar Hijri ones are JALALI_MONTHS)
        "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "ژوئیه": 7,
        "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    },
}  # fmt: skip

# Thai months, whose dates count years in the Buddhist Era ("18 พฤศจิกายน 2562" is 2019): read
# only with a year of that era (25xx), written in full or abbreviated ("18 พ.ย. 62" is too short to trust).
THAI_MONTHS: dict[str, int] = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7, "ส.ค.": 8,
    "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
}  # fmt: skip
BUDDHIST_ERA_OFFSET = 543

# The Solar Hijri months Iranian and Afghan pages date their articles by ("۲۷ آبان ۱۳۹۸"), with their
# Dari names; read only between a day and a year of the calendar (13xx, 14xx), so "مهر" (also "seal")
# and "دی" stand for a month nowhere else.
JALALI_MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "ارديبهشت": 2, "خرداد": 3, "تیر": 4, "تير": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "شهريور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "دي": 10, "بهمن": 11, "اسفند": 12,
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7, "عقرب": 8, "قوس": 9,
    "جدی": 10, "دلو": 11, "حوت": 12,
}  # fmt: skip

# Abbreviations: only trusted between a day and a year ("17 Oct. 2024", "17 окт. 2024"),
# never in month-year shapes where "out 2020" or "sie 2020" would be English or German words.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    "січ": 1, "лют": 2, "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "вер": 9,
    "жовт": 10, "лист": 11, "груд": 12,
    "mär": 3, "mrz": 3, "okt": 10, "dez": 12,
    "janv": 1, "févr": 2, "fevr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "set": 9,
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10, "lis": 11, "gru": 12,
    "fev": 2, "out": 10,
    "mrt": 3,
}  # fmt: skip

MONTHS: dict[str, int] = {
    **MONTH_ABBREVIATIONS,
    **{name: num for names in MONTHS_BY_LANG.values() for name, num in names.items()},
}

# Weekday names and abbreviations, absorbed into a date's span ("Monday, 3 May 2021").
WEEKDAYS: frozenset[str] = frozenset(
    _words(
        """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье пн вт ср чт пт сб вс
    понеділок вівторок середа середу четвер п'ятниця п’ятниця пʼятниця п'ятницю субота суботу неділя неділю
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica
    poniedziałek wtorek środa czwartek piątek sobota niedziela
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira segunda terça quarta quinta sexta
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    pazartesi salı çarşamba perşembe cuma cumartesi pazar
    måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
    luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica
    pondělí úterý středa čtvrtek pátek sobota neděle
    senin selasa rabu kamis jumat sabtu minggu
    δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή
    الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
    شنبه یکشنبه يکشنبه دوشنبه سه‌شنبه سهشنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه
    """
    )
)

# Labels written before a date. Multi-word labels are listed before their shorter heads
# only for readability: the parser sorts alternatives longest first.
PUBLISHED_LABELS: tuple[str, ...] = (
    "published", "first published", "posted", "posted on", "date", "release date", "created",
    # Also as metadata headers print them (a reader service's "Published Time:").
    "published time", "published date", "publish date", "publication date", "date published",
    "veröffentlicht", "erstveröffentlichung", "erschienen", "erstellt", "datum", "publiziert",
    "опубликовано", "опубликован", "дата публикации", "дата", "опубліковано", "дата публікації",
    "publié", "publie", "publié le", "date de publication",
    "publicado", "fecha de publicación", "pubblicato", "data di pubblicazione",
    "opublikowano", "data publikacji", "data", "publicação", "gepubliceerd", "geplaatst",
    "تاریخ انتشار", "تاريخ النشر", "نشر في", "نشر بتاريخ", "发布时间", "发布日期", "發佈時間", "發布時間", "时间", "時間", "公開日", "掲載日", "投稿日", "公開", "입력", "등록",
)  # fmt: skip
UPDATED_LABELS: tuple[str, ...] = (
    "updated", "last updated", "last modified", "modified", "update", "edited",
    "modified time", "updated time", "date modified",
    "aktualisiert", "zuletzt aktualisiert", "letzte aktualisierung", "stand", "geändert",
    "обновлено", "обновлен", "обновление", "изменено", "оновлено",
    "mis à jour", "mise à jour", "modifié", "actualizado", "actualización", "aggiornato",
    "ultimo aggiornamento", "zaktualizowano", "aktualizacja", "atualizado", "atualização", "bijgewerkt",
    "آخر تحديث", "تم التحديث", "به‌روزرسانی", "更新时间", "更新時間", "更新日", "最終更新", "수정", "최종수정",
)  # fmt: skip
# Small words that join a label or weekday to the date ("Published on", "Veröffentlicht am", "Update vom").
LABEL_JOINERS: tuple[str, ...] = (
    "on", "am", "vom", "den", "le", "el", "il", "em", "op", "dnia", "the", "of",
)  # fmt: skip
# Words between a date and its time ("4 May 2025 at 13:39", "17 мая в 19:25", "a las 05:30").
TIME_JOINERS: tuple[str, ...] = (
    "at", "um", "à", "a las", "a la", "alle", "ore", "alle ore", "o", "в", "о", "às", "as", "om",
    "kl", "kl.", "godz.", "godz", "г.,", "g.", "hs", "-", "–", "—", "|", "/", "·", "•", ",", "ساعت",
)  # fmt: skip
# What may follow a year: "2024 г.", "2024 года", "2024 р.", "2024 r.", "2024 roku".
YEAR_SUFFIXES: tuple[str, ...] = ("г.", "г", "года", "год", "р.", "року", "r.", "roku")
# Chinese, Japanese and Korean dates count their parts: "2019年11月18日", "2019년 11월 18일",
# with a time as "15時30分", "下午3:30" or "오후 3시 30분".
CJK_YEAR_MARKS = "年년"
CJK_MONTH_MARKS = "月월"
CJK_DAY_MARKS = "日일"
CJK_HOUR_MARKS = "時时시点點"
CJK_MINUTE_MARKS = "分분"
CJK_HALF_DAY: dict[str, str] = {
    "午前": "am",
    "上午": "am",
    "오전": "am",
    "午後": "pm",
    "下午": "pm",
    "오후": "pm",
}
# What may follow a time: "15:00 Uhr", "19:25 ч.".
TIME_SUFFIXES: tuple[str, ...] = ("uhr", "ч.", "ч", "hrs", "hs", "h", "horas", "óra")

# Zone names, matched case-sensitively. Fixed offsets in minutes, or an IANA zone when the
# name's offset depends on the date (DST, Moscow's changes in 2011 and 2014).
ZONE_OFFSETS: dict[str, int | str] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "IST": 330,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180,
    "MSK": "Europe/Moscow", "МСК": "Europe/Moscow",
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660, "AWST": 480,
    "NZST": 720, "NZDT": 780,
}  # fmt: skip

# Relative dates, per language. DAY_WORDS give a day offset from today.
DAY_WORDS: dict[str, dict[str, int]] = {
    "en": {"today": 0, "yesterday": -1},
    "ru": {"сегодня": 0, "вчера": -1, "позавчера": -2},
    "uk": {"сьогодні": 0, "вчора": -1, "учора": -1, "позавчора": -2},
    "de": {"heute": 0, "gestern": -1, "vorgestern": -2},
    "fr": {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2},
    "es": {"hoy": 0, "ayer": -1, "anteayer": -2},
    "it": {"oggi": 0, "ieri": -1, "l'altro ieri": -2},
    "pl": {"dzisiaj": 0, "dziś": 0, "wczoraj": -1, "przedwczoraj": -2},
    "pt": {"hoje": 0, "ontem": -1, "anteontem": -2},
    "nl": {"vandaag": 0, "gisteren": -1, "eergisteren": -2},
    "zh": {"今天": 0, "昨天": -1, "前天": -2},
    "ja": {"今日": 0, "昨日": -1, "一昨日": -2},
    "ko": {"오늘": 0, "어제": -1, "그저께": -2},
    "ar": {"اليوم": 0, "أمس": -1, "امس": -1},
}
# Day words that are common ordinary words in another language ("hier" is German for "here",
# "hoy"/"oggi" are rare elsewhere): used only when the page language is known to be theirs.
DAY_WORDS_NEED_LANGUAGE: frozenset[str] = frozenset({"hier", "avant-hier"})

# Unit word prefixes -> unit; matched as a prefix of the word after the number
# ("часа", "часов", "Stunden", "minutes", "хвилин").
RELATIVE_UNITS: dict[str, dict[str, str]] = {
    "en": {"sec": "second", "min": "minute", "hour": "hour", "hr": "hour", "day": "day", "week": "week",
           "month": "month", "year": "year"},
    "ru": {"секунд": "second", "минут": "minute", "мин": "minute", "час": "hour", "ч": "hour",
           "дн": "day", "день": "day", "сут": "day", "недел": "week", "месяц": "month", "год": "year",
           "лет": "year"},
    "uk": {"секунд": "second", "хвилин": "minute", "хв": "minute", "годин": "hour", "год": "hour",
           "дн": "day", "день": "day", "тижд": "week", "тиж": "week", "місяц": "month", "рок": "year",
           "рік": "year"},
    "de": {"sekunde": "second", "minute": "minute", "min": "minute", "stunde": "hour", "std": "hour",
           "tag": "day", "woche": "week", "monat": "month", "jahr": "year"},
    "fr": {"seconde": "second", "minute": "minute", "min": "minute", "heure": "hour", "jour": "day",
           "semaine": "week", "mois": "month", "an": "year"},
    "es": {"segundo": "second", "minuto": "minute", "min": "minute", "hora": "hour", "día": "day",
           "dia": "day", "semana": "week", "mes": "month", "año": "year"},
    "it": {"second": "second", "minut": "minute", "min": "minute", "or": "hour", "giorn": "day",
           "settiman": "week", "mes": "month", "ann": "year"},
    "pl": {"sekund": "second", "minut": "minute", "min": "minute", "godzin": "hour", "godz": "hour",
           "dni": "day", "dzień": "day", "tydz": "week", "tygodn": "week", "miesi": "month", "lat": "year",
           "rok": "year"},
    "pt": {"segundo": "second", "minuto": "minute", "min": "minute", "hora": "hour", "dia": "day",
           "semana": "week", "mês": "month", "mes": "month", "ano": "year"},
    "nl": {"seconde": "second", "minu": "minute", "min": "minute", "uur": "hour", "dag": "day",
           "week": "week", "maand": "month", "jaar": "year"},
    "zh": {"秒": "second", "秒钟": "second", "分钟": "minute", "分鐘": "minute", "小时": "hour",
           "小時": "hour", "天": "day", "周": "week", "週": "week", "星期": "week", "个月": "month",
           "個月": "month", "年": "year"},
    "ja": {"秒": "second", "分": "minute", "時間": "hour", "日": "day", "週間": "week", "か月": "month",
           "ヶ月": "month", "カ月": "month", "年": "year"},
    "ko": {"초": "second", "분": "minute", "시간": "hour", "일": "day", "주": "week", "개월": "month",
           "달": "month", "년": "year"},
    "ar": {"ثاني": "second", "ثوان": "second", "دقيق": "minute", "دقائق": "minute", "ساع": "hour",
           "يوم": "day", "أيام": "day", "ايام": "day", "أسبوع": "week", "أسابيع": "week", "شهر": "month",
           "أشهر": "month", "سن": "year", "عام": "year", "أعوام": "year"},
}  # fmt: skip
# Where the number sits: "{n} {unit} ago" / "vor {n} {unit}" / "il y a {n} {unit}".
RELATIVE_BEFORE: dict[str, tuple[str, ...]] = {
    "de": ("vor",),
    "fr": ("il y a",),
    "es": ("hace",),
    "pt": ("há", "ha"),
    "ar": ("منذ", "قبل"),
}
RELATIVE_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("ago",),
    "ru": ("назад",),
    "uk": ("тому",),
    "it": ("fa",),
    "pl": ("temu",),
    "nl": ("geleden",),
}
# Chinese, Japanese and Korean write "3小时前", "3時間前", "3시간 전": the unit and the word after it
# follow the number with no space (Korean: with one), and no space ends the phrase.
RELATIVE_AFTER_UNSPACED: dict[str, tuple[str, ...]] = {
    "zh": ("前",),
    "ja": ("前",),
    "ko": ("전",),
}
# Number words standing for 1 ("an hour ago", "vor einer Stunde", "час назад").
ONE_WORDS: tuple[str, ...] = (
    "a", "an", "one", "einer", "einem", "un", "une", "una", "uno", "um", "uma", "een",
)  # fmt: skip

# Language codes dateparser can load; the fallback never asks it for any other.
DATEPARSER_LANGUAGES: frozenset[str] = frozenset({"en", "ru", "uk", "de", "fr", "es", "it", "pl", "pt", "nl"})

# A dateline opening an article's first paragraph: "27.1.2022 - Text", "Wien, 14. Dezember 2021 – Text",
# "LONDON, Nov 5 — Text": a place (a few words and a comma) may stand before the date, a dash after it.
DATELINE_PLACE = re.compile(r"^[^\W\d_][\w .'’/()-]{0,40},\s*$")
DATELINE_DASH = re.compile(r"^\s*[-–—]\s")
DATELINE_REACH = 80  # characters of the paragraph's opening searched for its dateline

# A line that closes on a date, a time after it or not: "reineckefuchs — 2. Februar 2022", "Anna Roe,
# 12.03.2021 14:05", "by admin | March 3, 2020". Under a headline it is the article's meta line.
ENDS_ON_DATE = re.compile(
    rf"(?:\b\d{{1,2}}\.?\s*(?:de\s+)?{MONTH_WORD}\.?(?:\s+de)?\s+\d{{4}}"
    rf"|\b{MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b\d{4}-\d{2}-\d{2})"
    r"(?:,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?))?)?\s*$",
    re.IGNORECASE,
)
