"""Pure extractors: spaCy ``Doc`` (plus article metadata) in, ``kg.model`` records out."""
