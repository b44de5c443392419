"""Stage 9, the build: orchestration (``pipeline``), the per-article map (``work``), its engines
(in-process, ``parallel`` worker processes, ``dask_engine``), the facts feed and the build lock."""
