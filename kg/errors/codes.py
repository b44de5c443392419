"""What an error code is: its number, a short title and the exit code it maps to.

``Exit`` is the one list of the command line's exit codes; ``Code`` is one entry of the
catalogue (``kg.errors.catalogue``). A ``Code`` is a ``str`` ("E201"), so it compares equal to
the plain strings that records such as ``Skipped.code`` carry across processes, and pickles as
one.
"""

from __future__ import annotations

from enum import IntEnum

__all__ = ["Exit", "Code", "CodeTable"]


class Exit(IntEnum):
    """The exit codes of ``kg``: the README's exit-code table is generated from these."""

    OK = 0
    ERROR = 1  # a user or input error: the command did not do its work
    USAGE = 2  # the command line is wrong (click's own usage errors exit 2 too)
    CHECK_FAILED = 3  # the work was done, but the graph breaks the shapes or a --require fails
    REMOTE = 4  # a SPARQL server refused or failed
    INTERNAL = 5  # newskg's own code failed (a bug: please report it)
    SKIPPED = 6  # the build finished, but some inputs were skipped or partly ignored


#: Exit code -> (meaning, examples), in the README's words.
EXIT_MEANINGS: dict[Exit, tuple[str, str]] = {
    Exit.OK: ("success", ""),
    Exit.ERROR: (
        "error: the command could not do its work",
        "a path that does not exist, no article in the inputs, a bad gazetteer line, a SPARQL syntax "
        "error, no store or a port in use for `kg serve`",
    ),
    Exit.USAGE: (
        "usage error: the command line is wrong, nothing was done",
        "an unknown option or `--format`, a missing argument, `--graph` and `--store` together, "
        "a named query without its `--param`",
    ),
    Exit.CHECK_FAILED: (
        "a check failed",
        "`kg validate` found SHACL violations; `kg build` wrote a graph that breaks the shapes; "
        "a `kg evaluate --require` does not hold",
    ),
    Exit.REMOTE: (
        "a SPARQL server refused or failed",
        "`kg load --endpoint` answered 401 or 500, answered nonsense, or missed the deadline",
    ),
    Exit.INTERNAL: (
        "newskg's own code failed (a bug: please report it)",
        "`skipped in/a.txt [E391]: internal error in newskg's extract code (...)`; an unexpected "
        "exception in any command (`[E001]`, `-v` shows the traceback)",
    ),
    Exit.SKIPPED: (
        "the build finished, but some inputs were skipped or partly ignored",
        "a file that is not UTF-8, a JSON line that does not parse; each is named with the reason",
    ),
}


class Code(str):
    """An error code of the catalogue: ``"E201"`` with its ``title`` and ``exit`` code."""

    title: str
    exit: Exit

    def __new__(cls, code: str, title: str, exit: Exit = Exit.ERROR) -> "Code":  # noqa: A002
        self = super().__new__(cls, code)
        self.title = title
        self.exit = exit
        return self

    def __reduce__(self):
        return (str, (str(self),))  # across processes a code travels as its plain string

    def __repr__(self) -> str:
        return repr(str(self))  # records holding a code print (and eval) as with a plain string


class CodeTable:
    """Base of the catalogue's tables: a class whose upper-case attributes are ``Code``s."""

    @classmethod
    def codes(cls) -> dict[str, Code]:
        """Attribute name -> code, in declaration order."""
        return {name: value for name, value in vars(cls).items() if isinstance(value, Code)}
