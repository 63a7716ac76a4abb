"""Field parser: legal notices (copyright, licences, mandated labels such as the Russian
"foreign agent" notice), classified by kind."""

from __future__ import annotations

from newsparse.data import legal as patterns
from newsparse.model import LegalNotice


def classify_legal(text: str, line: int) -> LegalNotice | None:
    """A LegalNotice when `text` is one, else None."""
    if len(text) > 1500:
        return None
    for kind, pattern in patterns.LEGAL_PATTERNS:
        if pattern.search(text):
            notice = LegalNotice(kind=kind, text=text, line=line)
            if kind == "foreign_agent":
                agent = patterns.AGENT_NAME.search(text)
                if agent:
                    notice.subject = agent.group(1).strip(' “”"«»')
                notice.language = "ru"
            return notice
    return None
