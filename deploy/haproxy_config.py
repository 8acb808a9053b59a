"""Write HAProxy's configuration for RNN Lab's replicas from deploy/haproxy.cfg.in.

    python deploy/haproxy_config.py --compose 20 > haproxy.cfg      # compose: up to 20 replicas named `app`
    python deploy/haproxy_config.py --server 127.0.0.1:8601 --server 127.0.0.1:8602 --bind 127.0.0.1:8600

The only difference between the two is which servers are listed: compose's replicas share the DNS
name `app` (found through Docker's resolver as `--scale` changes), loopback replicas are listed one by one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

TEMPLATE = Path(__file__).with_name("haproxy.cfg.in")
COMPOSE_RESOLVER = """
resolvers docker
    nameserver dns 127.0.0.11:53
    hold valid 5s
"""


def render(
    servers: list[str] | None = None,
    compose_slots: int = 0,
    bind: str = "*:80",
    stats_socket: str = "/run/haproxy.sock",
) -> str:
    """The configuration text: listed `servers` (host:port), or `compose_slots` slots for the `app` service."""
    if compose_slots:
        lines = f"    server-template app 1-{compose_slots} app:8501 check resolvers docker init-addr none"
        extra = COMPOSE_RESOLVER
    else:
        lines = "\n".join(f"    server replica{i} {address} check" for i, address in enumerate(servers or [], 1))
        extra = ""
    text = TEMPLATE.read_text()
    for name, value in (("@STATS_SOCKET@", stats_socket), ("@BIND@", bind), ("@SERVERS@", lines)):
        text = text.replace(name, value)
    return text + extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compose", type=int, default=0, metavar="SLOTS", help="most replicas of compose's `app`")
    parser.add_argument("--server", action="append", default=[], help="a replica's host:port (repeat)")
    parser.add_argument("--bind", default="*:80")
    parser.add_argument("--stats-socket", default="/run/haproxy.sock")
    args = parser.parse_args()
    print(render(args.server, args.compose, args.bind, args.stats_socket), end="")


if __name__ == "__main__":
    main()
