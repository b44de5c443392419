"""What a stored fact is keyed by: the article's content and the extractor that read it.

``content_key(article)`` hashes everything extraction sees of an article (its text and every
metadata field but the path it was read from); ``extractor_version(model, gazetteers, mentions)``
hashes everything that decides what extraction makes of it: the package version, the spaCy
version and model, which articles' mentions are read (``Settings.mentions``: an article without
a cue of a call has none under "cued"), the source of the extraction code and of the records it
emits, and every data file in use (the packaged lexicons and gazetteers and the user's gazetteer
files). Change any of them and every article is extracted again; change nothing and nothing is.
The facts of each version are stored apart, so a build never reuses facts of another mode.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path
from typing import Sequence

from kg.model import Article

__all__ = ["content_key", "extractor_version", "VERSIONED_SOURCES"]

#: Package files (relative to ``kg/``) whose bytes are part of the extractor's version.
#: ``read``: extraction calls some of its date readers (``kg.read.dates_text``); ``spelling.py``:
#: how two spellings of a name relate (a gazetteer person written another way).
VERSIONED_SOURCES = ("model.py", "resources.py", "spelling.py", "read", "extract", "data", "facts/codec.py")


def _b(value: object) -> bytes:
    # surrogatepass: ids of files whose names are not UTF-8 carry lone surrogates
    return ("" if value is None else str(value)).encode("utf-8", "surrogatepass")


def content_key(article: Article) -> str:
    """A hex SHA-256 of the article's text and metadata (fields length-prefixed, so unambiguous)."""
    meta = article.meta
    digest = hashlib.sha256()
    # not ``meta.source`` (the path it was read from): extraction never reads it, and a corpus
    # moved to another folder is the same corpus
    for part in (meta.id, meta.published, meta.outlet, meta.url, meta.title, article.text):
        data = b"\x00" if part is None else b"\x01" + _b(part)
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _package_files() -> list[Path]:
    root = Path(str(resources.files("kg")))
    files: list[Path] = []
    for name in VERSIONED_SOURCES:
        path = root / name
        if path.is_dir():
            files += [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                      and p.suffix != ".pyc"]
        elif path.is_file():
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def extractor_version(model: str | None = None, gazetteers: Sequence[Path] = (), mentions: str = "cued") -> str:
    """A hex SHA-256 naming the extractor: code, versions, model, mentions mode and data files in use."""
    import kg
    from importlib.metadata import PackageNotFoundError, version

    try:
        spacy_version = version("spacy")
    except PackageNotFoundError:  # pragma: no cover - spaCy is a dependency
        spacy_version = "?"
    digest = hashlib.sha256()
    digest.update(f"newskg {kg.__version__}\nspacy {spacy_version}\nmodel {model or '-'}\n".encode())
    digest.update(f"mentions {mentions}\n".encode())
    if model is not None and Path(model, "meta.json").is_file():  # a saved pipeline: its own version
        digest.update(Path(model, "meta.json").read_bytes())
    root = Path(str(resources.files("kg")))
    for path in _package_files():
        digest.update(path.relative_to(root).as_posix().encode() + b"\n")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for path in gazetteers:  # order kept: later files may override earlier entries
        digest.update(b"gazetteer\n" + hashlib.sha256(Path(path).read_bytes()).digest())
    return digest.hexdigest()
