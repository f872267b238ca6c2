"""Serving the app with uvicorn, bound to the loopback address unless told otherwise."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import uvicorn

from web.app import create_app

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(index_dir: Path | str, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> uvicorn.Server:
    """A uvicorn server for the app, not yet started (``serve`` runs it; tests run it in a thread)."""
    allowed = LOOPBACK_HOSTS if _is_loopback(host) else None
    config = uvicorn.Config(
        create_app(index_dir, allowed_hosts=allowed),
        host=host,
        port=port,
        log_level=log_level,
        server_header=False,
        proxy_headers=False,
        limit_concurrency=64,
        timeout_keep_alive=5,
        h11_max_incomplete_event_size=16 * 1024,  # request line + headers
    )
    return uvicorn.Server(config)


def serve(index_dir: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the page on http://host:port/ until interrupted (Ctrl-C)."""
    make_server(index_dir, host, port).run()
