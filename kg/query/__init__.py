"""Querying a built graph: the named SPARQL queries and how results are rendered."""
