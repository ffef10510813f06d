"""Coded, actionable exceptions.

Every error names the input it concerns and the problem, in one line, so the CLI can print
``str(error)`` as is. Codes are stable (``E1xx`` input, ``E2xx`` cleaning/language, ``E3xx``
settings and knowledge, ``E4xx`` store and output, ``E5xx`` evaluation, ``E7xx`` clusters) so users can search for them.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: a problem with one input, a setting or the store, stated in one line."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.message = message
        text = f"{source}: {message}" if source else message
        super().__init__(f"[{self.code}] {text}")

    def __reduce__(self) -> tuple[object, tuple[type[EventwireError], str, str | None]]:
        # Pickled (to and from worker processes) as its parts: the default would rebuild it
        # from the formatted line, coding it twice ("[E104] [E104] ...") and losing ``source``.
        return _rebuild, (type(self), self.message, self.source)


def _rebuild(cls: type[EventwireError], message: str, source: str | None) -> EventwireError:
    return cls(message, source=source)


class InputError(EventwireError):
    """An input could not be read (missing, unsupported, unreadable)."""

    code = "E100"


class EmptyInputError(InputError):
    """The input holds no text."""

    code = "E101"


class EncodingError(InputError):
    """The bytes are not text in any encoding we can detect with confidence."""

    code = "E102"


class UnsupportedInputError(InputError):
    """No reader handles this input, or a directory holds no supported file."""

    code = "E103"


class CorruptInputError(InputError):
    """The file is damaged or malformed (PDF, HTML, feed, JSONL line, WARC)."""

    code = "E104"


class InputTooLargeError(InputError):
    """The input exceeds the configured size limit."""

    code = "E105"


class LanguageError(EventwireError):
    """The text is not in a language we extract from (reported as a warning)."""

    code = "E201"


class SettingsError(EventwireError):
    """A setting has an unknown name or an invalid value."""

    code = "E300"


class PipelineError(SettingsError):
    """An eventwire component is used without the layers it reads, or is misconfigured."""

    code = "E302"


class KnowledgeError(EventwireError):
    """A knowledge table has a bad row (the message names the file and line)."""

    code = "E301"


class StoreError(EventwireError):
    """The store could not be opened or written."""

    code = "E400"


class OutputError(EventwireError):
    """Standard output could not be written (full disk, ``/dev/full``, a closed stream)."""

    code = "E401"


class EvalError(EventwireError):
    """A gold file could not be read or scored."""

    code = "E500"


class ClusterError(EventwireError):
    """A Dask cluster cannot be used: a bad address, an unreachable scheduler, a worker that
    cannot load the pipeline."""

    code = "E700"


class InternalError(EventwireError):
    """A bug in eventwire while processing one document (reported, the batch goes on)."""

    code = "E900"
