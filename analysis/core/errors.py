"""The package's own exceptions: every failure a user can cause has one.

The command line turns each into a one-line message and a non-zero exit code,
so a user never sees a traceback for a problem in their input.
"""

import re

#: Characters a terminal acts on or that break a line: C0/C1 controls, DEL, line and paragraph separators,
#: and the bidirectional overrides that display a name reversed.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` safe to print on one line: escape codes from a file name are shown, never obeyed.

    A name holding ESC [2J would clear the user's terminal, and a newline would
    turn one error into two lines; each such character becomes a \\x.. escape.
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class AnalysisError(Exception):
    """Base class: a problem the user can fix, described in one sentence."""


class InputError(AnalysisError):
    """An input file or folder cannot be used (missing, empty, binary, too big...)."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ParameterError(AnalysisError):
    """A notebook or command-line parameter has an unknown value or a wrong type."""


class OutputError(AnalysisError):
    """An output path is not allowed (for example outside the chosen output folder)."""
