"""One exception tree for everything a user can get wrong; the CLI turns each into one line."""


class TrackerError(Exception):
    """Base: a problem the user can act on. ``hint`` says what to do."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}: {self.hint}" if self.hint else self.message


class BadInputError(TrackerError):
    """A file, line or value that cannot be used as given."""


class NotFoundError(TrackerError):
    """An official, topic, table or path that does not exist."""


class SchemaError(TrackerError):
    """A database the tracker cannot use: not a database, too new, or unreachable."""


class StorageError(TrackerError):
    """The database failed while in use: locked by another program, disk full, read-only, connection lost."""
