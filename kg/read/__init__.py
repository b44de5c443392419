"""Stage 1, reading: files and folders on disk -> ``Article`` records and ``Skipped`` inputs."""
