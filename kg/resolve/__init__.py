"""Stage 3, resolution: article-local facts -> real-world entities and calls, merged across articles."""

from kg.resolve.resolver import JOIN_WINDOW_DAYS, Resolution, Resolver, resolve

__all__ = ["JOIN_WINDOW_DAYS", "Resolution", "Resolver", "resolve"]
