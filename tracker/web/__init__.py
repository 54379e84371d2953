"""The database in a browser: Datasette over the SQLite file, read-only, described from the models."""
