"""`make run` prints where to open the site only once it answers (`manage.py wait_for_site`)."""

import http.server
import socket
import threading
import time

import pytest

from django.core.management import CommandError, call_command


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_after(port, delay):
    """An HTTP server on `port` that starts listening only after `delay` seconds."""
    started = {}

    def run():
        time.sleep(delay)
        server = http.server.HTTPServer(("127.0.0.1", port), http.server.BaseHTTPRequestHandler)
        started["server"] = server
        server.serve_forever()

    threading.Thread(target=run, daemon=True).start()
    return started


def test_it_returns_once_a_server_that_starts_late_answers():
    port = free_port()
    started = serve_after(port, 1.0)
    begun = time.monotonic()
    call_command("wait_for_site", f"http://127.0.0.1:{port}/health/", timeout=20)
    assert time.monotonic() - begun >= 0.9  # it waited for the server, not past it
    started["server"].shutdown()


def test_it_gives_up_with_a_spanish_message_when_nothing_answers():
    port = free_port()
    with pytest.raises(CommandError, match="El sitio no respondió"):
        call_command("wait_for_site", f"http://127.0.0.1:{port}/", timeout=1)
