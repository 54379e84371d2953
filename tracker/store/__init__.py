"""Storage: SQLAlchemy models (``models``), engine and migrations (``db``), writes (``ingest``),
reads (``queries``, ``lookup``) and backups (``backup``).

Nothing is imported here, so importing ``tracker.store`` costs nothing until a module is used.
"""
