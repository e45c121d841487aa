"""Exit codes and the one exception type that reaches users.

Every failure a user can cause (bad path, unreadable or binary file, bad
config, malformed JSONL) is raised as `CredauditError` with a one-line
message; the CLI prints it as ``credaudit: error: <message>`` and exits with
`EXIT_ERROR`.  Nothing else is allowed to escape as a traceback.
"""
from __future__ import annotations

import re

EXIT_OK = 0  # success; for `check`: the gate passed
EXIT_GATE_FAILED = 1  # `check` found failing findings; `audit`: some document failed
EXIT_ERROR = 2  # usage, input or configuration error; a scorer crashed


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def escape_controls(text: str) -> str:
    """Show control characters and lone surrogates as escapes (\\x1b, \\udcff).

    File names, JSONL ids, URLs and HTTP reason phrases come from outside; printed
    raw, an escape sequence in one of them would drive the user's terminal.
    """
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                            else f"\\u{ord(m.group()):04x}", text)


def printable(message: str) -> str:
    """One line, control characters escaped: how every error message is shown."""
    return escape_controls(" ".join(str(message).split()))


class CredauditError(Exception):
    """A problem the user can fix, described in one line."""

    def __init__(self, message: str):
        super().__init__(printable(message))


class InputError(CredauditError):
    """An input could not be read or decoded."""


class ConfigError(CredauditError):
    """The configuration is invalid."""
