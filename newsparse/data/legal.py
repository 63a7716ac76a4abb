"""Legal notices: shapes of copyright lines, licences and mandated labels, by kind."""

import re

LEGAL_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "foreign_agent",
        re.compile(r"(ИНОСТРАНН\w+\s+АГЕНТ|иноагент|ФУНКЦИИ\s+ИНОСТРАННОГО\s+АГЕНТА)", re.IGNORECASE),
    ),
    ("license", re.compile(r"creative\s+commons|\bCC[ -]BY\b|licen[cs]ed under", re.IGNORECASE)),
    (
        "copyright",
        re.compile(r"©|\(c\)\s*\d{4}|copyright|all rights reserved|все права защищены", re.IGNORECASE),
    ),
]
AGENT_NAME = re.compile(r"АГЕНТОМ\s+(.+?)(?:,|\.|\s+ЛИБО|$)", re.IGNORECASE)
