"""Stage 2b, the facts store: each article's ``ArticleFacts`` kept on disk between builds.

Sits between extraction and resolution. A build extracts only the articles whose key (content
hash + extractor version) the store does not hold yet; resolution reads the rest from here, and
the evidence sentences of resolved calls are looked up here when the calls are written out.
"""

from kg.facts.codec import decode_facts, encode_facts
from kg.facts.keys import content_key, extractor_version
from kg.facts.store import FactsStore

__all__ = ["FactsStore", "content_key", "decode_facts", "encode_facts", "extractor_version"]
