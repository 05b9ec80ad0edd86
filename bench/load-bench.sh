#!/usr/bin/env bash
# Load benchmark (not a test): 64 connections for 30 s on the catalog queries against './ckg serve' on 127.0.0.1.
#   bench/load-bench.sh [SECONDS] [CONNECTIONS]     (defaults 30 and 64; needs wrk: apt-get install wrk)
# Prints requests/s, p50/p99 latency and errors (non-2xx and socket errors), the server's peak RSS (VmHWM), and
# whether one heavy query sent in the middle of the run was cut by the query timeout (the default --timeout, 10 s).
# Targets (issue 6): 0 errors, server RSS under 512 MB, the heavy query cancelled.
# CKG_SERVE_ARGS adds serve options, e.g. CKG_SERVE_ARGS=--no-cache to load the query engine itself.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
conns=${2:-64}
command -v wrk >/dev/null || { echo "load-bench: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
work=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
./ckg --help >/dev/null 2>&1   # builds the jar when needed, outside the measurement
./ckg serve --port "$port" ${CKG_SERVE_ARGS:-} >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do grep -q "serving" "$work/serve.log" && break; sleep 0.25; done
jpid=$(pgrep -P "$pid" java || echo "$pid")

# one request path per catalog query without parameters, rotated by a wrk Lua script
python3 - "$port" "$work/paths.lua" <<'PY'
import sys, glob, urllib.parse, re
port, out = sys.argv[1], sys.argv[2]
paths = []
for f in sorted(glob.glob("queries/*.rq")):
    text = open(f, encoding="utf-8").read()
    if "# param:" in text or "SERVICE" in text:
        continue
    paths.append("/sparql?query=" + urllib.parse.quote(text))
with open(out, "w") as o:
    o.write("paths = {" + ",".join('"%s"' % p for p in paths) + "}\n")
    o.write("i = 0\nrequest = function()\n  i = i % #paths + 1\n"
            "  return wrk.format('GET', paths[i], {['Accept'] = 'application/sparql-results+json'})\nend\n")
    o.write("done = function(summary, latency, requests)\n"
            "  io.write(string.format('ERRORS %d %d %d %d %d\\n', summary.errors.connect, summary.errors.read,"
            " summary.errors.write, summary.errors.status, summary.errors.timeout))\nend\n")
print(len(paths), "catalog queries", file=sys.stderr)
PY

heavy='SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }'
( sleep $(( secs / 2 )); s=$(date +%s%N)
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -G "http://127.0.0.1:$port/sparql" \
         --data-urlencode "query=$heavy" -H 'Accept: application/sparql-results+json')
  e=$(date +%s%N); echo "$code $(( (e - s) / 1000000 ))" >"$work/heavy.txt" ) &
heavy_pid=$!
wrk -t4 -c"$conns" -d"${secs}s" --timeout 20s --latency -s "$work/paths.lua" "http://127.0.0.1:$port" >"$work/wrk.txt" 2>&1 \
  || { echo "load-bench: wrk failed:" >&2; cat "$work/wrk.txt" >&2; exit 1; }
wait "$heavy_pid"
rss=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$jpid/status")
python3 - "$work/wrk.txt" "$work/heavy.txt" "$rss" "$conns" "$secs" <<'PY'
import re, sys
wrk, heavy, rss, conns, secs = open(sys.argv[1]).read(), open(sys.argv[2]).read().split(), int(sys.argv[3]), sys.argv[4], sys.argv[5]
def ms(v):
    n, u = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[u]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
p50 = ms(re.search(r"50%\s+(\S+)", wrk).group(1)); p99 = ms(re.search(r"99%\s+(\S+)", wrk).group(1))
errs = [int(x) for x in re.search(r"ERRORS (.*)", wrk).group(1).split()]
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)
errors = sum(errs) + (int(non2xx.group(1)) if non2xx else 0)
code, took = heavy[0], int(heavy[1])
cut = code != "200" and took < 20000
print(f"\nload: wrk -t4 -c{conns} -d{secs}s over the catalog queries, 127.0.0.1")
print(f"requests/s {rps:.0f}   p50 {p50:.1f} ms   p99 {p99:.1f} ms   errors {errors}   server peak RSS {rss} MB")
print(f"heavy query during the run: HTTP {code} after {took} ms ({'cut by the timeout' if cut else 'NOT cut'})")
ok = errors == 0 and rss < 512 and cut
print("targets met (0 errors, RSS < 512 MB, heavy query cut)" if ok else "some target missed")
PY
