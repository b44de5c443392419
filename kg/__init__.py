"""newskg: news articles in, one knowledge graph of leaders' calls out.

Importing the package does no work; the stages live in their own modules:
``articles`` -> ``nlp``/``components`` -> ``extract`` -> ``resolve`` -> ``graph`` -> ``export``,
orchestrated by ``pipeline``.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
