"""goftar's local web page: search articles and quotes in a browser.

``create_app(index_dir)`` builds the ASGI application (Starlette, Jinja2
templates); ``serve(index_dir, host, port)`` runs it with uvicorn, bound to
the loopback address unless told otherwise.
"""

from web.app import create_app
from web.server import make_server, serve

__all__ = ["create_app", "make_server", "serve"]
