"""Answers per second and latency of `govrules serve` on its signing endpoint, 1 worker process and 2.

Run: python benchmarks/serve.py [--requests 10000] [--connections 8]. Goal (issue 13): at least
2,000 answers/s per worker with p99 under 20 ms. The server runs as `govrules serve --workers N` on a
free loopback port; the load generator (this process, asyncio over raw keep-alive HTTP/1.1 sockets,
uvloop when installed) is closed-loop and bounded: a fixed number of connections, each sending its
next request when the last is answered, a fixed number of requests after a warm-up. It shares the
machine's cores with the server: on a 2-core machine, "2 workers" means 3 busy processes on 2 cores.

Two mixes of documents, each one the rules answer: `repeated` (the same 24 documents over and over:
the server's answer cache serves them) and `varied` (every request a (ruleset, document) pair not
asked before: each answer decided, its receipt built and encoded).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

from govrules import receipts, rulesets
from govrules.errors import GovRulesError
from govrules.model import Addressee, DocumentKind, Issuer, Matter, MeetingKind, Role


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def documents(n: int, seed: int) -> list[tuple[str, bytes]]:
    """`n` distinct (ruleset id, JSON document) pairs the rules answer (a signer), drawn at random."""
    rnd = random.Random(seed)
    ids = rulesets.available()
    out: list[tuple[str, bytes]] = []
    seen: set[tuple[str, bytes]] = set()
    tries = 0
    while len(out) < n and tries < 200 * n:
        tries += 1
        kind = rnd.choice(list(DocumentKind))
        doc: dict[str, object] = {
            "kind": rnd.choice([kind.name, kind.label]),
            "issuer": rnd.choice(list(Issuer)).label,
        }
        if rnd.random() < 0.5:
            doc["addressee"] = rnd.choice(list(Addressee)).label
        matters = rnd.sample(list(Matter), rnd.randint(0, 2))
        if matters:
            doc["matters"] = [m.label for m in matters]
        if kind is DocumentKind.MINUTES or rnd.random() < 0.1:
            doc["meeting"] = rnd.choice(list(MeetingKind)).label
            doc["presided_by"] = rnd.choice([Role.HEAD, Role.DEPUTY, Role.EXECUTIVE_DEPUTY]).label
        pair = (rnd.choice(ids), json.dumps(doc, ensure_ascii=False).encode())
        if pair in seen:
            continue
        try:
            receipts.decide("signing", rulesets.load(pair[0]), doc)
        except GovRulesError:
            continue
        seen.add(pair)
        out.append(pair)
    return out


def _request(rid: str, body: bytes) -> bytes:
    head = (
        f"POST /rulesets/{rid}/signing HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _connection(port: int, work: list[bytes], latencies: list[float], statuses: dict[int, int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while work:
            req = work.pop()
            t0 = time.perf_counter()
            writer.write(req)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


async def _drive(port: int, requests: list[bytes], connections: int) -> tuple[float, list[float], dict[int, int]]:
    work = list(reversed(requests))
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    t0 = time.perf_counter()
    await asyncio.gather(*(_connection(port, work, latencies, statuses) for _ in range(connections)))
    return time.perf_counter() - t0, latencies, statuses


def _run_loop(coro: object) -> object:
    try:
        import uvloop

        return uvloop.run(coro)  # type: ignore[arg-type]
    except ImportError:
        return asyncio.run(coro)  # type: ignore[arg-type]


def _serve(workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "govrules.cli", "serve", "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/rulesets", timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise SystemExit("the server did not start") from None
            time.sleep(0.1)
    return proc, port


def _cpu_seconds(pid: int) -> float:
    """CPU time of a process and of its children so far (Linux /proc; 0 elsewhere)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0.0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry) == pid or int(fields[1]) == pid:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def measure(workers: int, mix: str, n: int, connections: int) -> dict[str, float]:
    """Answers per second and latency percentiles (ms) of one run."""
    rnd = random.Random(3)
    if mix == "repeated":
        pool = documents(24, 1)
        warm = [_request(*rnd.choice(pool)) for _ in range(min(2000, n // 5))]
        work = [_request(*rnd.choice(pool)) for _ in range(n)]
    else:  # every request one not asked before (warm-up on others)
        pool = documents(n + 2000, 2)
        warm = [_request(*d) for d in pool[:2000]]
        work = [_request(*d) for d in pool[2000:]]
    proc, port = _serve(workers)
    try:
        # each worker's first requests load the rulesets; warm every worker (connections spread over them)
        _run_loop(_drive(port, warm, connections))
        cpu = _cpu_seconds(proc.pid)
        elapsed, lat, statuses = _run_loop(_drive(port, work, connections))  # type: ignore[misc]
        cpu = _cpu_seconds(proc.pid) - cpu
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    lat.sort()
    return {
        "answers_per_s": len(lat) / elapsed,
        "p50_ms": statistics.median(lat) * 1000,
        "p99_ms": lat[int(len(lat) * 0.99) - 1] * 1000,
        "server_cpu_us": cpu / len(lat) * 1e6,
        "ok": statuses.get(200, 0),
        "problems": sum(v for k, v in statuses.items() if k != 200),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=10000, help="requests per run, after the warm-up")
    parser.add_argument("--connections", type=int, default=8, help="concurrent keep-alive connections")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}; {args.requests} requests per run over {args.connections} connections")
    print(
        f"{'workers':>7} {'mix':>9} {'answers/s':>10} {'per worker':>10} {'p50 ms':>7} {'p99 ms':>7}"
        f" {'server CPU µs/answer':>20} {'4xx':>4}"
    )
    for workers in (1, 2):
        for mix in ("repeated", "varied"):
            m = measure(workers, mix, args.requests, args.connections)
            print(
                f"{workers:>7} {mix:>9} {m['answers_per_s']:>10.0f} {m['answers_per_s'] / workers:>10.0f}"
                f" {m['p50_ms']:>7.2f} {m['p99_ms']:>7.2f} {m['server_cpu_us']:>20.0f} {m['problems']:>4.0f}"
            )
    print("goal: >= 2000 answers/s per worker, p99 < 20 ms")
    print(
        "server CPU µs/answer: the server's processes' CPU time over the answers (1e6 / it = answers/s on a free core)"
    )


if __name__ == "__main__":
    main()
