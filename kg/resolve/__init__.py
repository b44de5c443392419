"""Stage 3, resolution: article-local facts -> real-world entities and calls, merged across articles."""

from kg.resolve.evidence import attach_text
from kg.resolve.resolution import Resolution
from kg.resolve.resolver import Resolver, resolve
from kg.resolve.rules import JOIN_WINDOW_DAYS

__all__ = ["JOIN_WINDOW_DAYS", "Resolution", "Resolver", "attach_text", "resolve"]
