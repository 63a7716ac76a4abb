"""The output schema (newsparse/1) as JSON Schema, printed by `newsparse schema`."""

from __future__ import annotations

from typing import Any

from newsparse.model import SCHEMA_ID, Label


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_STR = {"type": "string"}
_NSTR = _nullable(_STR)
_LINE = {"type": "integer", "minimum": 1, "description": "1-based line of the input"}

TIMESTAMP: dict[str, Any] = {
    "type": "object",
    "required": ["text", "iso", "line"],
    "properties": {
        "text": {**_STR, "description": "the date as printed"},
        "iso": {**_STR, "description": "ISO 8601; an offset only when the text or --tz gave a zone"},
        "line": _LINE,
        "relative": {"type": "boolean", "description": "resolved from '2 hours ago', 'вчера' against --now"},
        "updated": {**_NSTR, "description": "ISO time of an 'Updated' stamp, kept apart"},
        "tz_source": {"enum": ["text", "option", "none"]},
        "ambiguous": {"type": "boolean", "description": "day/month order could not be settled"},
    },
}


def json_schema() -> dict[str, Any]:
    author = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": _STR, "role": _NSTR, "affiliation": _NSTR},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsparse article",
        "type": "object",
        "required": [
            "schema",
            "source",
            "language",
            "title",
            "timestamp",
            "byline",
            "body",
            "legal",
            "sidebar",
            "segments",
            "warnings",
        ],
        "properties": {
            "schema": {"const": SCHEMA_ID},
            "source": {**_NSTR, "description": "input path, '-' for stdin, or a record URL"},
            "language": {**_NSTR, "description": "ISO 639-1 code of the page's main language"},
            "kind": {"enum": ["article", "listing", "empty"]},
            "title": {**_NSTR, "description": "the headline as printed, without a site name"},
            "timestamp": _nullable(TIMESTAMP),
            "byline": _nullable(
                {
                    "type": "object",
                    "required": ["text", "authors", "line"],
                    "properties": {
                        "text": _STR,
                        "authors": {"type": "array", "items": author},
                        "line": _LINE,
                        "organization": {**_NSTR, "description": "agency or outlet: Reuters, AP, TASS..."},
                    },
                }
            ),
            "body": {**_STR, "description": "article paragraphs separated by blank lines"},
            "legal": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["kind", "text", "line"],
                    "properties": {
                        "kind": {
                            **_STR,
                            "description": "foreign_agent, banned_organization, copyright, license, "
                            "age_rating, privacy_cookies, reprint_policy, disclaimer, trademark, affiliate_disclosure",
                        },
                        "text": _STR,
                        "line": _LINE,
                        "end_line": _nullable(_LINE),
                        "language": _NSTR,
                        "subject": {**_NSTR, "description": "the agent or organisation the notice names"},
                        "marked": {
                            "type": "array",
                            "items": _STR,
                            "description": "names in the page carrying this footnote's asterisks",
                        },
                        "holder": {**_NSTR, "description": "copyright holder"},
                        "year": {**_NSTR, "description": "copyright year or range"},
                    },
                },
            },
            "sidebar": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["line"],
                    "properties": {
                        "timestamp": _nullable(TIMESTAMP),
                        "headline": _NSTR,
                        "summary": _NSTR,
                        "caption": _NSTR,
                        "line": _LINE,
                    },
                },
            },
            "segments": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["label", "start_line", "end_line", "confidence"],
                    "properties": {
                        "label": {"enum": [str(label) for label in Label]},
                        "start_line": _LINE,
                        "end_line": _LINE,
                        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                    },
                },
            },
            "warnings": {"type": "array", "items": _STR},
        },
    }
