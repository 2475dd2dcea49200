"""Which addresses a fetch may connect to: no loopback, private, link-local, multicast or reserved
address unless the user opts in (``--allow-private-networks``, ``RASD_ALLOW_PRIVATE_NETWORKS``).

The check sits where the connection is made, in the network backend under httpx: the host of every
request (the first URL, each redirect hop, each feed entry) is resolved once, every address it
resolves to is checked, and the socket is opened to an address that was checked. A name cannot
resolve to a public address for the check and to a private one for the connection (DNS
rebinding), and TLS still verifies the certificate against the host name, not the address.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable

import httpcore
import httpx

from rasd.errors import Code, InputError

#: A resolver: the addresses a host name (or an address literal) stands for, for a port.
Resolver = Callable[[str, int], list[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system's resolver gives for ``host``, in its order, without repeats."""
    answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(answer[4][0]) for answer in answers))


def is_public(address: IPAddress) -> bool:
    """Whether an address is on the public internet (``is_global`` counts multicast as global)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return is_public(address.ipv4_mapped)
    return address.is_global and not address.is_multicast


class AddressGuard:
    """Resolves a host and refuses it when any of its addresses is not public (unless allowed)."""

    def __init__(self, *, allow_private: bool = False, resolver: Resolver = system_resolver) -> None:
        self.allow_private = allow_private
        self._resolve = resolver

    def addresses(self, host: str, port: int) -> list[str]:
        """The checked addresses to connect to, or ``InputError`` (E215) naming the refused one."""
        try:
            found = [ipaddress.ip_address(a.split("%", 1)[0]) for a in self._resolve(host, port)]
        except (OSError, UnicodeError) as error:
            raise httpcore.ConnectError(f"cannot resolve {host} ({error})") from error
        if not found:
            raise httpcore.ConnectError(f"{host} resolves to no address")
        refused = [a for a in found if not is_public(a)]
        if refused and not self.allow_private:
            raise InputError(
                Code.INPUT_ADDRESS_REFUSED,
                f"{host} resolves to {refused[0]}, a {_kind(refused[0])} address; "
                "use --allow-private-networks (RASD_ALLOW_PRIVATE_NETWORKS=1) to fetch from it",
            )
        return [str(a) for a in found]


class GuardedBackend(httpcore.NetworkBackend):
    """A network backend that connects only to addresses the guard checked."""

    def __init__(self, guard: AddressGuard, network: httpcore.NetworkBackend | None = None) -> None:
        self._guard = guard
        self._network = network or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        failure: httpcore.ConnectError | None = None
        for address in self._guard.addresses(host, port):
            try:
                return self._network.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as error:  # the next address may answer
                failure = error
        assert failure is not None  # addresses() returns at least one address
        raise failure

    def sleep(self, seconds: float) -> None:
        self._network.sleep(seconds)


def guarded_transport(
    guard: AddressGuard, network: httpcore.NetworkBackend | None = None
) -> httpx.BaseTransport:
    """An httpx transport whose every connection goes through ``GuardedBackend``."""
    transport = httpx.HTTPTransport()
    # httpx takes no network backend, so its connection pool is rebuilt around ours, with the same
    # TLS settings; tests/ingest/test_guard.py fails if a new httpx stops routing through it.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(), network_backend=GuardedBackend(guard, network)
    )
    return transport


def _kind(address: IPAddress) -> str:
    """What kind of non-public address this is, for the message."""
    for kind in ("loopback", "link_local", "multicast", "private", "reserved", "unspecified"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"
