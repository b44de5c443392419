"""One article's failure becomes one ``Skipped`` record; the split between bad input and bugs.

Every engine (in-process, ``--jobs`` workers, Dask) analyses articles through
``kg.build.work``, which hands each exception raised on an article to ``skipped_for``. The
split, by what raised and where:

=====  ========  =========================================================================
code   internal  meaning
=====  ========  =========================================================================
E320   no        the NLP pipeline rejected the text, raised inside spaCy itself (a text longer
                 than spaCy's ``max_length`` is not one: ``kg.extract.chunks`` cuts it)
E321   no        the rules rejected the article on purpose (a ``KgError`` they raised)
E322   no        the article is too large or too deeply nested to analyse (``MemoryError``,
                 ``RecursionError``)
E323   no        the text holds characters that cannot be encoded (lone surrogates)
E324   no        a worker process died while analysing the article (killed, e.g. by the
                 out-of-memory killer) and died again when the article was retried alone
E390   yes       newskg's own pipeline components (``kg.extract.components``) failed
E391   yes       newskg's own extraction code failed (any other exception): a bug, not bad
                 input, so it is counted apart and ``kg build`` exits 5
=====  ========  =========================================================================
"""

from __future__ import annotations

import traceback
from pathlib import Path

import kg
from kg.errors import Build, KgError
from kg.model import Article, Skipped

__all__ = ["skipped_for", "worker_died", "E_WORKER_DIED"]

E_WORKER_DIED = Build.WORKER_DIED
_KG_ROOT = str(Path(kg.__file__).resolve().parent)


def _raised_in_kg(err: BaseException) -> bool:
    """Whether the innermost frame of the traceback is in newskg's own package."""
    frames = traceback.extract_tb(err.__traceback__)
    return bool(frames) and str(Path(frames[-1].filename).resolve()).startswith(_KG_ROOT)


def _describe(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return f"{type(err).__name__}: {text[:300]}" if text else type(err).__name__


def skipped_for(article: Article, err: BaseException, stage: str) -> Skipped:
    """The ``Skipped`` record for ``err``, raised on ``article`` in ``stage`` ("nlp" or "extract")."""
    source = article.meta.source
    where = f"{article.id}: " if article.id not in source else ""
    if isinstance(err, KgError):
        return Skipped(source, f"{where}{stage} rejected the article: {err.message}", Build.RULES_REJECTED)
    if isinstance(err, (MemoryError, RecursionError)):
        return Skipped(source, f"{where}too large or too deeply nested to analyse ({_describe(err)})", Build.TOO_BIG_TO_ANALYSE)
    if isinstance(err, UnicodeError):
        return Skipped(source, f"{where}text with characters that cannot be encoded ({_describe(err)})", Build.UNENCODABLE)
    if stage == "nlp" and not _raised_in_kg(err):
        return Skipped(source, f"{where}the NLP pipeline rejected the text ({_describe(err)})", Build.NLP_REJECTED)
    code = Build.INTERNAL_COMPONENT if stage == "nlp" else Build.INTERNAL_EXTRACT
    frame = traceback.extract_tb(err.__traceback__)[-1:] or None
    at = f" at {Path(frame[0].filename).name}:{frame[0].lineno}" if frame else ""
    reason = f"{where}internal error in newskg's {stage} code ({_describe(err)}{at}); please report it"
    return Skipped(source, reason, code, internal=True)


def worker_died(article: Article) -> Skipped:
    return Skipped(
        article.meta.source,
        "a worker process died while analysing this article, twice (killed, e.g. out of memory); "
        "try fewer --jobs or split the file",
        E_WORKER_DIED,
    )
