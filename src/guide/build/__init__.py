"""What the build puts on pages: the MkDocs hooks in ``hooks/`` call this package."""
