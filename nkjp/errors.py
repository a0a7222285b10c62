"""Named exit codes and the exceptions that map to them (the CLI maps them in one place)."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    ERROR = 1  # a domain error: no articles found, no actor matched
    USAGE = 2  # a bad option, value or path
    INTERRUPTED = 130  # Ctrl-C


class NkjpError(Exception):
    """An error the user can fix; ``str(err)`` is a one-line message with a remedy."""

    exit_code = ExitCode.ERROR


class UsageError(NkjpError):
    """A bad option value or path on the command line."""

    exit_code = ExitCode.USAGE


class NoArticlesError(NkjpError):
    """The corpus paths held no readable article."""


class NoMatchError(NkjpError):
    """An --actor / --source value matched no actor."""
