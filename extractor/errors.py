"""One exception hierarchy: everything the pipeline raises on purpose is an ExtractorError."""

from __future__ import annotations

__all__ = ["ExtractionError", "ExtractorError", "FetchError", "InputError", "NotArticleError", "SetupError"]


class ExtractorError(Exception):
    """Base of every error the extractor raises on purpose."""

    kind = "error"

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message

    def __reduce__(self):
        # errors cross from worker processes to the parent; the default pickling passes only the
        # formatted message to __init__, which takes two arguments
        return (type(self), (self.source, self.message))


class InputError(ExtractorError):
    """An input that cannot be read as a page: missing, empty, binary, undecodable, bad JSONL."""

    kind = "input"


class FetchError(ExtractorError):
    """A page that could not be fetched after its retries."""

    kind = "fetch"


class SetupError(ExtractorError):
    """Something every input needs is missing (the spaCy model): the run stops before it starts."""

    kind = "setup"


class ExtractionError(ExtractorError):
    """A page that was read but yielded no article (no text at all)."""

    kind = "extraction"


class NotArticleError(ExtractionError):
    """A page that was read but is not an article: an error page, a home or section page of teasers."""

    kind = "not_article"
