"""The catalogue: every error code newskg reports, once, with its title and exit code.

One table per area; the hundreds say where (``E0xx`` the command line, ``E1xx`` IRIs, ``E2xx``
inputs and data files, ``E3xx`` building, ``E4xx`` exports, ``E5xx`` queries and stores,
``E6xx`` validation, ``E7xx`` evaluation, ``E8xx`` endpoints, pictures and diffs, ``E9xx``
``kg serve``). A code is never reused for another kind of problem, and a retired code is
never given out again (E512 is E511 since the two said the same). ``tests/test_errors.py``
checks that codes are unique, that every module raises catalogue members rather than string
literals, and that the README's one table lists them all (``markdown_table()`` writes it).
"""

from __future__ import annotations

from kg.errors.codes import Code, CodeTable, Exit

__all__ = [
    "Cli", "Iri", "Read", "DataFile", "Model", "Build", "Rdf", "Export", "Query", "Store",
    "Validate", "Evaluate", "Remote", "Plot", "Diff", "Serve", "TABLES", "CATALOGUE",
    "READ_PROBLEMS", "READ_NOTICES", "REMOTE_PROBLEMS", "lookup", "markdown_table",
]

E, U, C, R, I, S = Exit.ERROR, Exit.USAGE, Exit.CHECK_FAILED, Exit.REMOTE, Exit.INTERNAL, Exit.SKIPPED


class Cli(CodeTable):
    """The command line and the Python API as a whole."""

    UNEXPECTED = Code("E001", "newskg's own code failed unexpectedly (a bug: please report it)", I)
    STDIN_UNREADABLE = Code("E003", "standard input (-) cannot be read as UTF-8 text", E)
    BAD_TEXTS = Code("E010", "build_graph() was given something that is not a text, a dict or an Article", U)


class Iri(CodeTable):
    EMPTY_KEY = Code("E100", "an IRI asked for an empty key", I)
    CALL_PARTICIPANTS = Code("E101", "a call key with fewer than two participants", I)


class Read(CodeTable):
    """Read-stage problems: one input (or part of one) is reported, the build goes on."""

    NO_SUCH_PATH = Code("E201", "an input path does not exist (nothing is read)", E)
    NOTHING_READ = Code("E202", "no article could be read from the inputs", E)
    CANNOT_LIST = Code("E230", "a folder cannot be listed", S)
    LINK_LOOP = Code("E231", "a symbolic link loops back on itself", S)
    DANGLING_LINK = Code("E232", "a symbolic link points to nothing", S)
    SPECIAL_FILE = Code("E233", "a FIFO, device or socket, not a file", S)
    SEEN_FOLDER = Code("E234", "a folder reached a second time through a link (read once)", S)
    SEEN_FILE = Code("E235", "a file reached a second time through a link (read once)", S)
    UNSUPPORTED = Code("E236", "a file named on the command line is not .txt, .json or .jsonl", S)
    METADATA_AS_ARTICLE = Code("E237", "metadata.csv named on the command line as an article", S)
    DUPLICATE_ID = Code("E238", "a second article with an id already read from another input", S)
    CANNOT_READ = Code("E240", "a file cannot be read (permission, I/O error)", S)
    TOO_LARGE = Code("E241", "a file or JSON line is larger than the size cap", S)
    NOT_UTF8 = Code("E242", "a file is not valid UTF-8", S)
    UTF16_NO_BOM = Code("E243", "a file in UTF-16 without a byte order mark (read as UTF-16)", S)
    EMPTY = Code("E244", "an article with no text", S)
    INVALID_CHARACTERS = Code("E245", "lone surrogates or non-characters, replaced by U+FFFD", S)
    BAD_SIZE = Code("E246", "a size cap that is not a size (raised before reading)", U)
    BAD_JSON = Code("E250", "invalid JSON", S)
    JSON_TOO_DEEP = Code("E251", "JSON nested too deeply", S)
    JSON_NUMBER = Code("E252", "a JSON number too long to read", S)
    NOT_A_RECORD = Code("E253", "a JSON value that is not a news-please record (object)", S)
    NO_TEXT = Code("E254", "a record without 'maintext'", S)
    NOT_A_DATE = Code("E255", "a publication date that is not a date (ignored)", S)
    DATE_OUT_OF_RANGE = Code("E256", "a publication date outside the years news can have (ignored)", S)
    METADATA_NO_FILE_COLUMN = Code("E260", "metadata.csv without a 'file' column (ignored)", S)
    METADATA_UNKNOWN_COLUMN = Code("E261", "metadata.csv column that is not known (ignored)", S)
    METADATA_EMPTY_FILE_CELL = Code("E262", "metadata.csv row with an empty 'file' cell (ignored)", S)
    METADATA_SECOND_ROW = Code("E263", "metadata.csv second row for one file (ignored)", S)
    METADATA_UNCLOSED_QUOTE = Code("E264", "metadata.csv row with a quote never closed (ignored)", S)
    METADATA_MALFORMED = Code("E265", "metadata.csv row that is not CSV (ignored)", S)
    METADATA_NO_SUCH_FILE = Code("E266", "metadata.csv row for a file that is not there", S)


class DataFile(CodeTable):
    """Gazetteer and lexicon files (packaged or given with --gazetteer)."""

    BAD_DATE = Code("E210", "a gazetteer date that is not YYYY-MM-DD")
    UNKNOWN_FIELD = Code("E211", "a gazetteer entry with a field that is not known")
    MISSING_FIELD = Code("E212", "a gazetteer entry without a required field")
    UNKNOWN_KIND = Code("E213", "a gazetteer kind that is not known")
    UNKNOWN_OUTLET_KIND = Code("E214", "a gazetteer outlet_kind that is not known")
    CANNOT_READ = Code("E215", "a gazetteer file cannot be read")
    INVALID_JSON = Code("E216", "a gazetteer line that is not valid JSON")
    NO_SUCH_FILE = Code("E217", "a --gazetteer file that does not exist")
    LEXICON_UNREADABLE = Code("E218", "a lexicon file cannot be read")
    OFFICE_NOT_OBJECT = Code("E219", "a gazetteer office that is not a JSON object")
    OFFICE_UNKNOWN_FIELD = Code("E220", "a gazetteer office with a field that is not known")
    OFFICE_HEAD = Code("E221", "a gazetteer office head that is not known")
    NOT_AN_OBJECT = Code("E222", "a gazetteer line that is JSON but not an object")
    LEXICON_ENTRY = Code("E223", "a lexicon entry without a field its section needs")
    GENDER = Code("E224", "a gazetteer gender that is not 'female' or 'male'")


class Model(CodeTable):
    """``kg build --model``: a trained spaCy pipeline under the rules."""

    NOT_FOUND = Code("E310", "no spaCy pipeline of that name or path, or it fails to load")
    NOT_A_PIPELINE = Code("E311", "not a spaCy pipeline, or one built for another spaCy version")


class Build(CodeTable):
    """``kg build`` as a whole: articles, the facts store, engines and the build lock."""

    DUPLICATE_ARTICLE_ID = Code("E300", "two articles share an id")
    EVIDENCE_MISSING = Code("E303", "the facts store is out of step with the build (no evidence sentence)")
    NLP_REJECTED = Code("E320", "the NLP pipeline rejected an article's text", S)
    RULES_REJECTED = Code("E321", "the rules rejected an article", S)
    TOO_BIG_TO_ANALYSE = Code("E322", "an article too large or too deeply nested to analyse", S)
    UNENCODABLE = Code("E323", "an article with characters that cannot be encoded", S)
    WORKER_DIED = Code("E324", "an article that killed its worker process twice", S)
    LOCKED = Code("E340", "another kg build is writing to the output folder")
    DASK_UNREACHABLE = Code("E341", "the Dask scheduler cannot be reached")
    DASK_MISMATCH = Code("E342", "Dask workers run another newskg, model or data files")
    LOCK_UNWRITABLE = Code("E343", "the output folder cannot hold the build lock")
    UNKNOWN_ENGINE = Code("E344", "--engine is not local or dask", U)
    UNKNOWN_MENTIONS = Code("E345", "--mentions is not cued or all", U)
    INTERNAL_COMPONENT = Code("E390", "newskg's pipeline components failed on an article (a bug)", I)
    INTERNAL_EXTRACT = Code("E391", "newskg's extraction code failed on an article (a bug)", I)


class Rdf(CodeTable):
    """Turning resolved records into RDF."""

    BAD_WIKIDATA = Code("E301", "a gazetteer wikidata id that is not a Q-id")
    ENTITY_KEY_CLASH = Code("E302", "two different entities share a key (a resolver bug)", I)
    CALL_UNKNOWN_ENTITY = Code("E304", "a call names an entity that was not resolved (a resolver bug)", I)


class Export(CodeTable):
    UNKNOWN_FORMAT = Code("E400", "an export --format that is not known", U)
    FOLDER_UNWRITABLE = Code("E401", "the output folder cannot be written")
    WRITE_FAILED = Code("E402", "writing the exports failed (disk full, I/O error); the previous ones stay")
    NETWORK_WRITE = Code("E403", "GraphML or GEXF cannot be written")
    NODE_ID = Code("E405", "a graph-tool node id for an IRI that is not newskg's", I)
    UNSORTED = Code("E406", "records given to the projection out of key order", I)


class Query(CodeTable):
    """``kg query`` and the named queries."""

    UNKNOWN_QUERY = Code("E500", "no named query of that name", U)
    BAD_PARAM_LINE = Code("E501", "a query file with a bad '# param:' line")
    FILE_UNREADABLE = Code("E502", "a query file (--file) cannot be read")
    UNKNOWN_PARAM = Code("E503", "a --param the query does not have", U)
    MISSING_PARAM = Code("E504", "a query parameter not given", U)
    NOT_A_STORE = Code("E505", "a directory that is not an Oxigraph store")
    SYNTAX = Code("E509", "the SPARQL query does not parse")
    FAILED = Code("E510", "the query failed while running")
    UNKNOWN_FORMAT = Code("E511", "a result --format that is not table, csv, tsv or json", U)
    ONE_QUERY = Code("E513", "not exactly one query given", U)
    PARAM_SYNTAX = Code("E514", "a --param not written KEY=VALUE", U)
    GRAPH_AND_STORE = Code("E515", "--graph and --store given together", U)
    EMPTY = Code("E516", "an empty query", U)
    UNSUPPORTED_SOURCE = Code("E517", "a query source that is not a store, a graph file or an RDF graph", U)
    PAGE_AND_ALL = Code("E518", "--all given with --limit or --offset", U)
    BAD_PAGE_FORM = Code("E519", "a shipped query's page form is missing or malformed (a bug)", I)


class Store(CodeTable):
    """Oxigraph stores and graph files (``kg load``, ``kg query``)."""

    UNKNOWN_EXTENSION = Code("E520", "the RDF format cannot be told from the file's extension")
    NO_SUCH_GRAPH_FILE = Code("E521", "a graph file that does not exist")
    INVALID_RDF = Code("E522", "a graph file that is not valid RDF")
    CANNOT_READ = Code("E523", "a graph file cannot be read")
    STORE_IS_FILE = Code("E524", "a --store that is a file")
    NOT_A_STORE = Code("E525", "no Oxigraph store at the path")
    NOT_EMPTY = Code("E526", "a --store directory that holds other files")
    CANNOT_OPEN = Code("E528", "the store cannot be opened")
    NO_TARGET = Code("E529", "kg load without --store or --endpoint", U)
    GRAPH_IRI_WITHOUT_ENDPOINT = Code("E530", "--graph-iri without --endpoint", U)
    REPLACE_NEEDS_GRAPHS = Code("E531", "--replace with a file without article named graphs")


class Validate(CodeTable):
    SHAPES_UNREADABLE = Code("E600", "the packaged SHACL shapes cannot be read", I)
    DOES_NOT_CONFORM = Code("E601", "a graph does not conform to the shapes", C)
    NO_SUCH_GRAPH_FILE = Code("E602", "a graph file to validate that does not exist")
    CANNOT_PARSE = Code("E603", "a graph file to validate that does not parse")
    VIOLATIONS = Code("E604", "kg validate found SHACL violations", C)
    SHAPE_UNSUPPORTED = Code("E605", "a shape the store validator cannot compile to SPARQL")


class Evaluate(CodeTable):
    GRAPH_UNREADABLE = Code("E700", "the graph to score cannot be read")
    GOLD_UNREADABLE = Code("E701", "the annotation cannot be read")
    GOLD_FORMAT = Code("E702", "the annotation is not in the expected format")
    REQUIREMENT_SYNTAX = Code("E703", "a --require not written METRIC>=VALUE", U)
    UNKNOWN_METRIC = Code("E704", "a --require naming a metric that is not known", U)
    REQUIREMENTS_FAILED = Code("E705", "a --require does not hold", C)
    REPORT_UNWRITABLE = Code("E706", "the --json report cannot be written")


class Remote(CodeTable):
    """``kg load --endpoint``: a SPARQL server."""

    NOT_HTTP_URL = Code("E800", "the endpoint is not an http(s) URL, or holds credentials", U)
    UNKNOWN_PROTOCOL = Code("E801", "--protocol is not auto, gsp or update", U)
    BAD_BATCH = Code("E802", "a batch size below 1", U)
    NO_TRIPLES = Code("E803", "the file holds no triples")
    UNKNOWN_FORMAT = Code("E804", "the file is not a triples format")
    CANNOT_READ = Code("E805", "the file cannot be read")
    INVALID_RDF = Code("E806", "the file is not valid RDF")
    BAD_GRAPH_IRI = Code("E807", "--graph-iri is not an absolute IRI", U)
    BAD_TIMEOUT = Code("E808", "--timeout is not a positive number of seconds (or inf)", U)
    IRI_TOO_LONG = Code("E809", "an IRI longer than stores keep (nothing sent)")
    HTTP_STATUS = Code("E810", "the server answered an HTTP error", R)
    NOT_RESULTS = Code("E811", "the server did not answer SPARQL results", R)
    NETWORK = Code("E812", "the server cannot be reached", R)
    AUTH_SCHEME = Code("E813", "the server asks for an authentication scheme urllib cannot answer", R)
    DEADLINE = Code("E814", "the server did not answer in full before the deadline", R)
    NOT_HTTP_ANSWER = Code("E815", "the server's answer is not HTTP", R)
    SHORT_ANSWER = Code("E816", "the server closed the connection before its answer was complete", R)
    NOT_A_DATASET = Code("E817", "a file pushed by named graph that is not TriG or N-Quads")


class Plot(CodeTable):
    """``kg plot``."""

    UNKNOWN_PICTURE_FORMAT = Code("E850", "a picture format that is not .png, .svg or .pdf", U)
    NOTHING_TO_PLOT = Code("E851", "no calls between leaders in the selection")
    NO_SUCH_SOURCE = Code("E852", "no graph file or store at the path")
    FOLDER_UNWRITABLE = Code("E853", "the picture's folder cannot be created")
    LEADER_NO_CALL = Code("E854", "the --leader has no call in the selection")
    LEADER_EMPTY = Code("E855", "--leader without a name", U)
    LEADER_AMBIGUOUS = Code("E856", "--leader names several leaders")
    LEADER_UNKNOWN = Code("E857", "--leader names no leader with a call")
    SINCE_AFTER_UNTIL = Code("E858", "--since after --until", U)
    NEGATIVE_TOP = Code("E859", "--top below 0", U)
    TOP_SHARE_NO_CALL = Code("E860", "the leaders kept by --top share no call")
    UNKNOWN_STATUS = Code("E861", "a --status that is not known", U)
    NETWORK_QUERY = Code("E862", "reading the call network failed")
    GRAPH_AND_STORE = Code("E863", "a graph file and --store given together", U)
    NO_LEADER_CALLS = Code("E864", "no calls between the leaders to draw")
    NOT_A_STORE = Code("E865", "a directory that is not an Oxigraph store")
    NO_STATUS = Code("E866", "no call status given", U)


class Diff(CodeTable):
    """``kg diff``."""

    NO_SUCH_SOURCE = Code("E870", "OLD or NEW is not a build folder, a store or a graph file")
    UNKNOWN_FORMAT = Code("E871", "a diff --format that is not table or json", U)


class Serve(CodeTable):
    """``kg serve``."""

    NO_STORE = Code("E900", "no Oxigraph store to serve")
    NOT_INSTALLED = Code("E901", "the oxigraph server program is not installed")
    PORT_IN_USE = Code("E902", "a port in use")
    CANNOT_LISTEN = Code("E903", "cannot listen on the address")
    DID_NOT_START = Code("E904", "the Oxigraph server did not start")
    NO_ANSWER = Code("E905", "the server did not answer in time")
    STOPPED = Code("E906", "the Oxigraph server stopped")
    SAME_PORTS = Code("E907", "the endpoint and the explorer given one port", U)


TABLES: tuple[type[CodeTable], ...] = (
    Cli, Iri, Read, DataFile, Model, Build, Rdf, Export, Query, Store, Validate, Evaluate,
    Remote, Plot, Diff, Serve,
)

#: "E201" -> its Code, for every code of every table
CATALOGUE: dict[str, Code] = {str(code): code for table in TABLES for code in table.codes().values()}

#: code -> title of the read-stage problems (``Skipped.code`` of a build)
READ_PROBLEMS: dict[str, str] = {str(code): code.title for code in Read.codes().values()}

#: codes that only report: the input is still read (a field ignored, a row of metadata ignored,
#: characters replaced, an encoding guessed); every other read code means it was skipped
READ_NOTICES = frozenset({
    Read.UTF16_NO_BOM, Read.INVALID_CHARACTERS, Read.NOT_A_DATE, Read.DATE_OUT_OF_RANGE,
    Read.METADATA_NO_FILE_COLUMN, Read.METADATA_UNKNOWN_COLUMN, Read.METADATA_EMPTY_FILE_CELL,
    Read.METADATA_SECOND_ROW, Read.METADATA_UNCLOSED_QUOTE, Read.METADATA_MALFORMED,
    Read.METADATA_NO_SUCH_FILE,
})

REMOTE_PROBLEMS: dict[str, str] = {str(code): code.title for code in Remote.codes().values()}


def lookup(code: str) -> Code:
    """The catalogue's ``Code`` for ``"E201"`` (or a ``Code`` itself); ``KeyError`` if unknown."""
    return code if isinstance(code, Code) else CATALOGUE[code]


def markdown_table() -> str:
    """The README's table of error codes: code, exit code and title, in code order."""
    rows = ["| code | exit | problem |", "| --- | --- | --- |"]
    rows += [f"| {c} | {int(c.exit)} | {c.title} |" for _, c in sorted(CATALOGUE.items())]
    return "\n".join(rows) + "\n"
