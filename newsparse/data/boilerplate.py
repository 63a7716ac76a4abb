"""Page furniture that reads like text: share prompts, ad markers, subscription pitches, captions."""

import re

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
    r"|leia também|compartilhe|siga-nos)\b",
    re.IGNORECASE,
)
CAPTION = re.compile(
    r"^(?:photo|image|picture|foto|фото|bild|illustration|credit|source|quelle|источник)\s*(?:credit|by)?\s*[:©]"
    r"|\b(?:photo|photograph|image|foto|фото|bild|illustration)\s*(?:credit|by)?\s*[:©]"
    r"|\((?:photo|image|foto|фото)\b|getty images|\bAP Photo\b|\bfile photo\b|\bvia AP\b|\bshutterstock\b"
    r"|^image credit\b|^(?:photo|image)\s+(?:by|courtesy)\b|\bphoto(?:graph)?\s+by\s+[A-ZА-Я]",
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
