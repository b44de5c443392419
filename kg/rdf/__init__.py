"""Stage 4, RDF: the ontology's vocabulary, IRI minting, triples from resolved records, shape checks."""
