"""``build(settings)``: the whole run, from input paths to written exports.

Articles stream through ``nlp.pipe``; each Doc is reduced to small ``ArticleFacts`` at once
and folded into the ``Resolver``, so memory holds the merged graph, not the corpus text.
No printing and no exiting here: progress goes to an optional callback and the outcome is a
``BuildResult`` the CLI renders.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.config import Settings
from kg.errors import InputError
from kg.model import Article, ArticleFacts, Skipped

__all__ = ["BuildResult", "analyse", "build"]

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildResult:
    articles: int
    skipped: tuple[Skipped, ...]
    entities: int
    calls: int
    triples: int
    files: tuple[Path, ...]
    violations: int = 0
    validation_report: str = ""


def _readable(items: Iterable[Article | Skipped], skipped: list[Skipped], progress: Progress | None) -> Iterator[Article]:
    """The articles of ``items``; the inputs that could not be read go to ``skipped``."""
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
            if progress:
                progress(item.source)
            continue
        yield item


def analyse(
    items: Iterable[Article | Skipped], settings: Settings, skipped: list[Skipped], progress: Progress | None = None
) -> Iterator[ArticleFacts]:
    """Run the NLP pipeline over articles, yielding facts; ``Skipped`` items go to ``skipped``.

    With ``settings.jobs > 1`` the articles are analysed by worker processes (``kg.build.parallel``).
    """
    articles = _readable(items, skipped, progress)
    if settings.jobs > 1:
        from kg.extract.nlp import check_inputs
        from kg.build.parallel import analyse_parallel

        check_inputs(settings.model, settings.gazetteers)  # a bad gazetteer or model fails here, once, with its message
        results: Iterable[ArticleFacts | Skipped] = analyse_parallel(
            articles, jobs=settings.jobs, model=settings.model, gazetteers=settings.gazetteers,
            batch_size=settings.batch_size)
    else:
        from kg.extract.article import extract_or_skip
        from kg.extract.nlp import load_nlp, normalise_for_nlp

        nlp, gaz = load_nlp(settings.model, settings.gazetteers)
        docs = nlp.pipe(((normalise_for_nlp(a.text), a) for a in articles), as_tuples=True,
                        batch_size=settings.batch_size)
        results = (extract_or_skip(doc, article, gaz) for doc, article in docs)
    for result in results:
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            yield result
        if progress:
            progress(result.source if isinstance(result, Skipped) else result.meta.source)


def build(settings: Settings, progress: Progress | None = None) -> BuildResult:
    """Read, extract, resolve, graph and export; see ``BuildResult`` for what comes back."""
    from kg.build.outputs import check_formats, write_outputs
    from kg.read.articles import iter_inputs
    from kg.resolve.resolver import Resolver

    check_formats(settings.formats)  # a typo fails before any article is read

    skipped: list[Skipped] = []
    resolver = Resolver()
    read = 0
    for facts in analyse(iter_inputs(list(settings.inputs), max_bytes=settings.max_bytes), settings, skipped, progress):
        resolver.add(facts)
        read += 1
    if read == 0:
        where = ", ".join(str(p) for p in settings.inputs)
        raise InputError("E202", f"no articles could be read from {where} (expected .txt, .json or .jsonl files)")
    res = resolver.result()
    out = write_outputs(res.entities, res.calls, res.articles, Path(settings.out_dir), settings.formats,
                        settings.validate)
    return BuildResult(
        articles=read, skipped=tuple(skipped), entities=out.entities, calls=out.calls,
        triples=out.triples, files=out.files, violations=out.violations, validation_report=out.report,
    )
