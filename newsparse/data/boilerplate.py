"""Page furniture that reads like text: share prompts, ad markers, subscription pitches, captions."""

import re

FURNITURE = re.compile(
    r"^(?:advertisement|advertising|реклама|anzeige|publicité|publicidad|pubblicità|sponsored)\b"
    r"|реклама\s*[–—-]\s*продолжение ниже"
    r"|\b(?:share (?:this|on)|follow us|subscribe|sign up|newsletter|read more|related (?:articles|stories)"
    r"|click here|all rights reserved|cookie|подписывайтесь|подпишитесь|читайте также|читайте нас"
    r"|поделиться|weiterlesen|mehr zum thema|lesen sie auch|abonnieren|newsletter|lire aussi|partager"
    r"|suivez-nous|lee también|compartir|suscríbete|leggi anche|condividi|czytaj także|udostępnij)\b",
    re.IGNORECASE,
)
CAPTION = re.compile(
    r"^(?:photo|image|picture|foto|фото|bild|illustration|credit|source|quelle|источник)\s*(?:credit|by)?\s*[:©]"
    r"|\b(?:photo|photograph|image|foto|фото|bild|illustration)\s*(?:credit|by)?\s*[:©]"
    r"|\((?:photo|image|foto|фото)\b|getty images|\bAP Photo\b|\bfile photo\b|\bvia AP\b|\bshutterstock\b"
    r"|^image credit\b|^(?:photo|image)\s+(?:by|courtesy)\b|\bphoto(?:graph)?\s+by\s+[A-ZА-Я]",
    re.IGNORECASE,
)
