"""Reading scrapes: bytes to text, with legacy encodings detected and binary input refused.

I/O lives here and in the CLI, never in the parsing stages.
"""

from __future__ import annotations

import sys
from pathlib import Path


class InputError(Exception):
    """A document that cannot be read as text. The message is one line, fit for stderr."""


_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"\x28\xb5\x2f\xfd",
    b"RIFF",
    b"\x00\x00\x01\x00",
)


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode a scrape: UTF-8 (with or without BOM, UTF-16 with BOM) first, then charset detection
    for legacy encodings such as cp1251 and koi8-r."""
    if not data:
        return ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 text") from exc
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data, not a text scrape (NUL bytes or a file signature)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported lazily: only legacy encodings need it

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: cannot detect the text encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"{name}: cannot decode as {best.encoding}") from exc


def read_source(path: str) -> str:
    """Read a file path, or standard input for "-", as text."""
    if path == "-":
        return decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory (use 'newsparse batch' for folders)")
    try:
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    return decode_bytes(data, path)
