"""Stage 5, writing: export files (RDF formats, GraphML, GEXF, pictures), each written atomically."""
