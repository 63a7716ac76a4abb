"""Shapes around headlines: site names glued on, kickers, breadcrumbs, photo credits."""

import re

# How sites glue their name onto a headline: "Headline | Site", "Headline - Site", "Site :: Headline".
SITE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»|/)\s+")

# A kicker (topic label) printed before the headline: "Covid-19: Headline", "Kind krank – Headline".
KICKER = re.compile(r"^\s*([^:|–—]{2,40}?)\s*(?::|\s[–—]\s)\s*(.+?)\s*$")

# Breadcrumb trails: "Home » News » Politics", "Startseite > Region > Stadt".
BREADCRUMB_SEPARATOR = re.compile(r"\s(?:»|›|>|/|::|→)\s|››")
BREADCRUMB_LEAD = re.compile(
    r"^\s*(?:you are here|sie sind hier|vous êtes ici|estás en|está em|jesteś tutaj|вы здесь|"
    r"du bist hier|u bevindt zich hier|sei qui)\b",
    re.IGNORECASE,
)

# A person's name alone (a photo credit, an author box), two to four capitalised words.
NAME_SHAPE = re.compile(r"^(?:[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’\-.]*\s+){1,3}[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’\-]*$")
