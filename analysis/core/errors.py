"""The package's own exceptions: every failure a user can cause has one.

The command line turns each into a one-line message and a non-zero exit code,
so a user never sees a traceback for a problem in their input.
"""


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
