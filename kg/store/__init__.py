"""Stage 5, storing: the embedded Oxigraph store and remote SPARQL endpoints."""
