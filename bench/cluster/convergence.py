"""How long a change written through one node takes to be searchable on another.

Writes ROUNDS profile changes of one demo mentor through node A (PUT /mentors/me with a fresh
word in the headline),
and after each one polls node B's search for that word every 10 ms; prints the lags' p50, p99 and
maximum. Loopback only; bounded by ROUNDS and a 30 s cap per change.
  python3 convergence.py A_PORT B_PORT ROUNDS
"""

import json
import sys
import time
import urllib.request
import uuid


def call(method, url, token=None, body=None):
    request = urllib.request.Request(url, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(request, data, timeout=30) as response:
        return json.load(response) if response.status != 204 else None


def token(port, sub, groups):
    return call(
        "POST",
        f"http://127.0.0.1:{port}/mentorhub/dev/token",
        body={"sub": sub, "name": "Convergence Bench", "groups": groups},
    )["token"]


def main():
    a, b, rounds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    # An existing demo mentor: they have done the training a new mentor needs to be listed.
    writer = token(a, "demo-mentor-0000002", ["member", "mentor"])
    reader = token(b, "bench-reader", ["member"])
    lags = []
    for _ in range(rounds):
        word = "cv" + uuid.uuid4().hex[:10]
        call(
            "PUT",
            f"http://127.0.0.1:{a}/mentorhub/api/v1/mentors/me",
            writer,
            {
                "name": "Convergence Bench",
                "headline": "Pricing " + word,
                "expertise": ["Pricing"],
                "languages": ["en"],
                "country": "GB",
                "timezone": "Europe/London",
                "maxMentees": 3,
            },
        )
        written = time.monotonic()
        while True:
            found = call(
                "GET", f"http://127.0.0.1:{b}/mentorhub/api/v1/mentors/search?q={word}", reader
            )
            if found["total"] > 0:
                lags.append((time.monotonic() - written) * 1000)
                break
            if time.monotonic() - written > 30:
                raise SystemExit(f"{word} not searchable on node B after 30 s")
            time.sleep(0.01)
    lags.sort()
    pick = lambda q: lags[min(len(lags) - 1, int(q * len(lags)))]
    print(
        f"write on node A -> searchable on node B, {rounds} changes: "
        f"p50 {pick(0.5):.0f} ms, p99 {pick(0.99):.0f} ms, max {lags[-1]:.0f} ms"
    )


if __name__ == "__main__":
    main()
