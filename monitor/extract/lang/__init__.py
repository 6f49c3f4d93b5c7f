"""Language knowledge as data, one module per kind, per language (only Vietnamese for now)."""
