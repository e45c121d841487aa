"""Exit codes and the one exception type that reaches users.

Every failure a user can cause (bad path, unreadable or binary file, bad
config, malformed JSONL) is raised as `CredauditError` with a one-line
message; the CLI prints it as ``credaudit: error: <message>`` and exits with
`EXIT_ERROR`.  Nothing else is allowed to escape as a traceback.
"""
from __future__ import annotations

EXIT_OK = 0  # success; for `check`: the gate passed
EXIT_GATE_FAILED = 1  # `check` found failing findings; `audit`: some document failed
EXIT_ERROR = 2  # usage, input or configuration error; a scorer crashed


class CredauditError(Exception):
    """A problem the user can fix, described in one line."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


class InputError(CredauditError):
    """An input could not be read or decoded."""


class ConfigError(CredauditError):
    """The configuration is invalid."""
