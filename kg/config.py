"""Settings: one frozen record built from CLI options and passed down explicitly.

Nothing deep in the library reads environment variables or globals; defaults live here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Settings", "DEFAULT_FORMATS", "ALL_FORMATS", "MENTIONS"]

DEFAULT_FORMATS = ("ttl", "graphml")
ALL_FORMATS = ("ttl", "graphml", "nt", "trig", "jsonld", "gexf")
#: Which articles' mentions (people, countries, outlets) the graph records: "cued", those of
#: the articles whose text holds a cue of a call (the others skip spaCy and keep their metadata
#: and publisher: kg.build.work), or "all", every article's (each goes through spaCy).
MENTIONS = ("cued", "all")


@dataclass(frozen=True, slots=True)
class Settings:
    inputs: tuple[Path, ...] = (Path("seeds"),)
    out_dir: Path = Path("exports")
    model: str | None = None  # None: the rule-based blank pipeline; else a spaCy package or path
    gazetteers: tuple[Path, ...] = ()  # user gazetteer files added to the packaged ones
    formats: tuple[str, ...] = field(default=DEFAULT_FORMATS)
    batch_size: int = 64
    validate: bool = True
    jobs: int = 1  # worker processes for the NLP stage; 1 runs it in this process
    max_bytes: int = 32 << 20  # size cap of one input file or JSON line (kg.read.files.DEFAULT_MAX_BYTES)
    engine: str = "local"  # "local" (this machine: jobs processes) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster of jobs workers
    rehash: bool = False  # read and hash every file, trusting no stamp of the last build (kg.read.stamps)
    mentions: str = "cued"  # a member of MENTIONS
