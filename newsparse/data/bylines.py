"""Byline shapes: the words that introduce authors, and the words that are roles."""

import re

# "By X", "Author: X", "Автор: X" ... : the label, then the names.
BYLINE_LABEL = re.compile(
    r"^(?:by|written by|author|authors|автор|авторы|текст|von|par|por|di|autor|autorin)\s*[:\-—–]?\s+",
    re.IGNORECASE,
)
NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+и\s+|&|;)\s*")
