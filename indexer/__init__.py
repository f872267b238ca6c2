"""Persian analysis, the Whoosh schema, building and searching the index."""
