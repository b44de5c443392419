"""`kg serve`: the graph over HTTP, read by SPARQL clients and by a browser.

Oxigraph's own SPARQL 1.1 server (``kg.serve.oxigraph``) runs over the build's store, and the
explorer page (``kg/serve/static/``) is served beside it by a small server of ours
(``kg.serve.explorer``) that passes the page's SELECTs on to the endpoint. ``kg.serve.run``
starts and stops the pair.
"""

from kg.serve.run import DEFAULT_PORT, DEFAULT_STORE, Serving, start, stop_on_signals

__all__ = ["DEFAULT_PORT", "DEFAULT_STORE", "Serving", "start", "stop_on_signals"]
