"""User-facing errors and the exit codes the CLI maps them to.

Library code raises ``KgError`` (or a subclass) with a code and a message that says what went
wrong and how to fix it; only ``kg.cli`` turns them into a message and an exit code.

Exit codes (documented in the README and ``kg --help``):
    0  success
    1  user or input error (bad option, unreadable file, nothing to build)
    2  the build finished but some inputs were skipped
    3  validation failed (SHACL violations, evaluation below a threshold)
    4  a remote server (SPARQL endpoint) refused or failed
    5  the build finished, but newskg's own code failed on some articles (a bug to report)
"""

from __future__ import annotations

__all__ = [
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_SKIPPED",
    "EXIT_INVALID",
    "EXIT_REMOTE",
    "EXIT_INTERNAL",
    "KgError",
    "InputError",
    "ExportError",
    "ValidationFailed",
    "RemoteError",
    "ServeError",
    "Read",
    "READ_PROBLEMS",
    "READ_NOTICES",
    "Remote",
    "REMOTE_PROBLEMS",
]

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_SKIPPED = 2
EXIT_INVALID = 3
EXIT_REMOTE = 4
EXIT_INTERNAL = 5


class KgError(Exception):
    """Root of the errors a user can act on. ``code`` is stable; the message says what to do."""

    exit_code = EXIT_USAGE

    def __init__(self, code: str, message: str):
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class InputError(KgError):
    """An input file or folder cannot be used."""


class ExportError(KgError):
    """An export could not be written."""


class ValidationFailed(KgError):
    """A graph does not conform (SHACL) or scores below a required threshold."""

    exit_code = EXIT_INVALID


class RemoteError(KgError):
    """A SPARQL endpoint refused or failed; the message carries what the server answered."""

    exit_code = EXIT_REMOTE


class ServeError(KgError):
    """`kg serve` cannot start or keep serving: no store, a port in use, the server failed."""


# --- codes of reported problems ------------------------------------------------------------------
# One code per kind of problem, never reused for another. ``Skipped.code`` carries a ``Read``
# code; ``RemoteError.code`` a ``Remote`` one. The tables below are what the README lists.


class Read:
    """Read-stage problems: one input (or part of one) is reported, the build goes on."""

    NO_SUCH_PATH = "E201"  # raised before reading: an input path does not exist
    NOTHING_READ = "E202"  # raised after reading: no article at all
    CANNOT_LIST = "E230"
    LINK_LOOP = "E231"
    DANGLING_LINK = "E232"
    SPECIAL_FILE = "E233"
    SEEN_FOLDER = "E234"
    SEEN_FILE = "E235"
    UNSUPPORTED = "E236"
    METADATA_AS_ARTICLE = "E237"
    DUPLICATE_ID = "E238"
    CANNOT_READ = "E240"
    TOO_LARGE = "E241"
    NOT_UTF8 = "E242"
    UTF16_NO_BOM = "E243"
    EMPTY = "E244"
    INVALID_CHARACTERS = "E245"
    BAD_SIZE = "E246"  # raised: a size cap that is not a size
    BAD_JSON = "E250"
    JSON_TOO_DEEP = "E251"
    JSON_NUMBER = "E252"
    NOT_A_RECORD = "E253"
    NO_TEXT = "E254"
    NOT_A_DATE = "E255"
    DATE_OUT_OF_RANGE = "E256"
    METADATA_NO_FILE_COLUMN = "E260"
    METADATA_UNKNOWN_COLUMN = "E261"
    METADATA_EMPTY_FILE_CELL = "E262"
    METADATA_SECOND_ROW = "E263"
    METADATA_UNCLOSED_QUOTE = "E264"
    METADATA_MALFORMED = "E265"
    METADATA_NO_SUCH_FILE = "E266"


#: code -> what kind of problem it is (the README's table of read problems)
READ_PROBLEMS: dict[str, str] = {
    Read.NO_SUCH_PATH: "an input path does not exist (nothing is read)",
    Read.NOTHING_READ: "no article could be read from the inputs",
    Read.CANNOT_LIST: "a folder cannot be listed",
    Read.LINK_LOOP: "a symbolic link loops back on itself",
    Read.DANGLING_LINK: "a symbolic link points to nothing",
    Read.SPECIAL_FILE: "a FIFO, device or socket, not a file",
    Read.SEEN_FOLDER: "a folder reached a second time through a link (read once)",
    Read.SEEN_FILE: "a file reached a second time through a link (read once)",
    Read.UNSUPPORTED: "a file named on the command line is not .txt, .json or .jsonl",
    Read.METADATA_AS_ARTICLE: "metadata.csv named on the command line as an article",
    Read.DUPLICATE_ID: "a second article with an id already read from another input",
    Read.CANNOT_READ: "a file cannot be read (permission, I/O error)",
    Read.TOO_LARGE: "a file or JSON line is larger than the size cap",
    Read.NOT_UTF8: "a file is not valid UTF-8",
    Read.UTF16_NO_BOM: "a file in UTF-16 without a byte order mark (read as UTF-16)",
    Read.EMPTY: "an article with no text",
    Read.INVALID_CHARACTERS: "lone surrogates or non-characters, replaced by U+FFFD",
    Read.BAD_SIZE: "a size cap that is not a size (raised before reading)",
    Read.BAD_JSON: "invalid JSON",
    Read.JSON_TOO_DEEP: "JSON nested too deeply",
    Read.JSON_NUMBER: "a JSON number too long to read",
    Read.NOT_A_RECORD: "a JSON value that is not a news-please record (object)",
    Read.NO_TEXT: "a record without 'maintext'",
    Read.NOT_A_DATE: "a publication date that is not a date (ignored)",
    Read.DATE_OUT_OF_RANGE: "a publication date outside the years news can have (ignored)",
    Read.METADATA_NO_FILE_COLUMN: "metadata.csv without a 'file' column (ignored)",
    Read.METADATA_UNKNOWN_COLUMN: "metadata.csv column that is not known (ignored)",
    Read.METADATA_EMPTY_FILE_CELL: "metadata.csv row with an empty 'file' cell (ignored)",
    Read.METADATA_SECOND_ROW: "metadata.csv second row for one file (ignored)",
    Read.METADATA_UNCLOSED_QUOTE: "metadata.csv row with a quote never closed (ignored)",
    Read.METADATA_MALFORMED: "metadata.csv row that is not CSV (ignored)",
    Read.METADATA_NO_SUCH_FILE: "metadata.csv row for a file that is not there",
}

#: codes that only report: the input is still read (a field ignored, a row of metadata ignored,
#: characters replaced, an encoding guessed); every other read code means it was skipped
READ_NOTICES = frozenset({
    Read.UTF16_NO_BOM, Read.INVALID_CHARACTERS, Read.NOT_A_DATE, Read.DATE_OUT_OF_RANGE,
    Read.METADATA_NO_FILE_COLUMN, Read.METADATA_UNKNOWN_COLUMN, Read.METADATA_EMPTY_FILE_CELL,
    Read.METADATA_SECOND_ROW, Read.METADATA_UNCLOSED_QUOTE, Read.METADATA_MALFORMED,
    Read.METADATA_NO_SUCH_FILE,
})


class Remote:
    """``kg load --endpoint`` problems (``RemoteError`` exits 4, ``InputError`` 1)."""

    NOT_HTTP_URL = "E800"
    UNKNOWN_PROTOCOL = "E801"
    BAD_BATCH = "E802"
    NO_TRIPLES = "E803"
    UNKNOWN_FORMAT = "E804"
    CANNOT_READ = "E805"
    INVALID_RDF = "E806"
    BAD_GRAPH_IRI = "E807"
    BAD_TIMEOUT = "E808"
    IRI_TOO_LONG = "E809"
    HTTP_STATUS = "E810"
    NOT_RESULTS = "E811"
    NETWORK = "E812"
    AUTH_SCHEME = "E813"
    DEADLINE = "E814"
    NOT_HTTP_ANSWER = "E815"
    SHORT_ANSWER = "E816"


REMOTE_PROBLEMS: dict[str, str] = {
    Remote.NOT_HTTP_URL: "the endpoint is not an http(s) URL, or holds credentials",
    Remote.UNKNOWN_PROTOCOL: "--protocol is not auto, gsp or update",
    Remote.BAD_BATCH: "a batch size below 1",
    Remote.NO_TRIPLES: "the file holds no triples",
    Remote.UNKNOWN_FORMAT: "the file is not a triples format",
    Remote.CANNOT_READ: "the file cannot be read",
    Remote.INVALID_RDF: "the file is not valid RDF",
    Remote.BAD_GRAPH_IRI: "--graph-iri is not an absolute IRI",
    Remote.BAD_TIMEOUT: "--timeout is not a positive number of seconds (or inf)",
    Remote.IRI_TOO_LONG: "an IRI longer than stores keep (nothing sent)",
    Remote.HTTP_STATUS: "the server answered an HTTP error",
    Remote.NOT_RESULTS: "the server did not answer SPARQL results",
    Remote.NETWORK: "the server cannot be reached",
    Remote.AUTH_SCHEME: "the server asks for an authentication scheme urllib cannot answer",
    Remote.DEADLINE: "the server did not answer in full before the deadline",
    Remote.NOT_HTTP_ANSWER: "the server's answer is not HTTP",
    Remote.SHORT_ANSWER: "the server closed the connection before its answer was complete",
}
