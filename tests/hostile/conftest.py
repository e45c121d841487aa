"""Shared fixtures for the hostile-input tests.

- `no_network` (autouse): any attempt to connect a socket to an address that
  is not loopback fails the test, so nothing here can reach the internet.
- `web`: a misbehaving HTTP server on 127.0.0.1 (port 0, in a thread) with one
  route per failure mode; see `ROUTES` in `loopback.py`.
"""
from __future__ import annotations

import ipaddress
import socket

import pytest

from tests.hostile.loopback import LoopbackServer


def _is_loopback(address) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host == "localhost"
    return True  # AF_UNIX paths and the like are local by nature


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise AssertionError(f"test tried to reach a non-loopback address: {address!r}")
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise AssertionError(f"test tried to reach a non-loopback address: {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


@pytest.fixture(scope="module")
def web():
    server = LoopbackServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
