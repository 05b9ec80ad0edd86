#!/usr/bin/env bash
# HTTP benchmark of the published endpoint against a bare Fuseki serving the same Turtle dump, side by side.
#   bench/http-bench.sh [SECONDS_PER_RUN]      (default 10; needs wrk: apt-get install wrk)
# For three catalog queries: requests/s and p50/p99 latency at 16 connections (wrk -t4 -c16, GET, JSON results),
# after a 2 s warm-up, on 127.0.0.1, for: 'ckg serve' as shipped (repeated queries answered from its result
# cache), 'ckg serve --no-cache' (every query run by the engine) and a bare Fuseki. Then start to ready of
# './ckg serve' (launch of the launcher to the ready line): with an up-to-date build in dist (the usual start)
# and with a build to make first (extraction, SHACL, dumps).
# Targets: ckg >= 0.9 x bare Fuseki's throughput, p99 < 20 ms on the seed graph, start to ready < 1.5 s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
secs="${1:-10}"
command -v wrk >/dev/null || { echo "http-bench: wrk is not installed (apt-get install wrk)" >&2; exit 2; }

./ckg build >/dev/null 2>&1                   # builds the jar and its class-data archive when needed, and dist
mvn -o -q -B test-compile 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d' >&2 || mvn -q -B test-compile >&2
cp="target/constitution-kg.jar:target/test-classes"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
wait_line() { # FILE PATTERN -> waits until FILE has a line matching PATTERN (60 s)
  for _ in $(seq 1 6000); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.01; done
  echo "http-bench: timed out waiting for '$2' in $1" >&2; cat "$1" >&2; exit 1
}
start_ckg() { # NAME ARGS... -> starts ./ckg serve ARGS on a free port; sets port and ready_ms
  local name="$1"; shift
  port="$(free_port)"
  local t0; t0="$(now_ms)"
  ./ckg serve --port "$port" "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=("$!")
  wait_line "$work/$name.out" "serving"
  ready_ms=$(( $(now_ms) - t0 ))
}

java -jar target/constitution-kg.jar dump --format ttl --out "$work/kg.ttl" 2>/dev/null

start_ckg cached;   p1="$port"; ready_warm="$ready_ms"
start_ckg nocache --no-cache; p3="$port"
start_ckg cold --out "$work/cold"; ready_cold="$ready_ms"; kill "${pids[-1]}"

p2="$(free_port)"
t0="$(now_ms)"
java -Xmx512m -cp "$cp" org.constitutionkg.publish.BareFuseki "$work/kg.ttl" "$p2" >"$work/bare.out" 2>"$work/bare.err" &
pids+=("$!")
wait_line "$work/bare.out" "serving"
ready_bare=$(( $(now_ms) - t0 ))

queries=(which-organs-does-each-constitution-establish
         sessions-of-each-congress-in-order-with-dates-and-what-they-approved
         what-is-the-seat-composition-of-each-organ)
enc() { python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(open(sys.argv[1]).read(), safe=""))' "$1"; }

run_wrk() { # URL -> "rps p50 p99"
  wrk -t4 -c16 -d2s -H 'Accept: application/sparql-results+json' "$1" >/dev/null 2>&1 || true
  wrk -t4 -c16 -d"${secs}s" --latency -H 'Accept: application/sparql-results+json' "$1" >"$work/wrk.txt" 2>&1
  python3 - "$work/wrk.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
if 'Requests/sec' not in t or '99%' not in t:
    sys.stderr.write("http-bench: wrk did not report:\n" + t + "\n")
    print("0 0 0 1")
    sys.exit(0)
def ms(v):
    n, u = re.match(r'([\d.]+)(us|ms|s)', v).groups(); n = float(n)
    return n / 1000 if u == 'us' else n * 1000 if u == 's' else n
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', t).group(1))
p50 = ms(re.search(r'^\s*50%\s+(\S+)', t, re.M).group(1)); p99 = ms(re.search(r'^\s*99%\s+(\S+)', t, re.M).group(1))
errs = re.search(r'Non-2xx or 3xx responses: (\d+)', t)
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {errs.group(1) if errs else 0}")
PY
}

printf '\nHTTP benchmark: wrk -t4 -c16 -d%ss, GET, Accept: application/sparql-results+json, 127.0.0.1\n' "$secs"
printf '%-44s | %8s %7s %7s | %8s %7s %7s | %8s %7s %7s | %5s %5s\n' "" "ckg" "" "" "ckg --no-cache" "" "" \
  "bare Fuseki" "" "" "ratio" ""
printf '%-44s | %8s %7s %7s | %8s %7s %7s | %8s %7s %7s | %5s %5s\n' query "req/s" "p50 ms" "p99 ms" "req/s" \
  "p50 ms" "p99 ms" "req/s" "p50 ms" "p99 ms" ckg "no-c"
fail=0
for q in "${queries[@]}"; do
  e="$(enc "queries/$q.rq")"
  read -r r1 a1 b1 e1 < <(run_wrk "http://127.0.0.1:$p1/sparql?query=$e")
  read -r r3 a3 b3 e3 < <(run_wrk "http://127.0.0.1:$p3/sparql?query=$e")
  read -r r2 a2 b2 e2 < <(run_wrk "http://127.0.0.1:$p2/ds/sparql?query=$e")
  ratio=$(python3 -c "print(f'{$r1/$r2:.2f}')")
  ratio3=$(python3 -c "print(f'{$r3/$r2:.2f}')")
  printf '%-44s | %8s %7s %7s | %8s %7s %7s | %8s %7s %7s | %5s %5s\n' "${q:0:44}" "$r1" "$a1" "$b1" "$r3" "$a3" "$b3" \
    "$r2" "$a2" "$b2" "$ratio" "$ratio3"
  [[ "$e1" == 0 && "$e2" == 0 && "$e3" == 0 ]] || { echo "  non-2xx responses: ckg $e1, no-cache $e3, bare $e2"; fail=1; }
  python3 -c "import sys; sys.exit(0 if $r1 >= 0.9*$r2 and $b1 < 20 else 1)" || fail=1
done
printf '\nstart to ready (launch to ready line): ./ckg serve %d ms with an up-to-date build in dist, %d ms when it ' \
  "$ready_warm" "$ready_cold"
printf 'builds first (extraction, SHACL, dumps); bare Fuseki %d ms\n' "$ready_bare"
[[ "$ready_warm" -lt 1500 ]] || fail=1
if [[ "$fail" == 0 ]]; then echo "targets met"; else echo "some target missed (>= 0.9 x bare, p99 < 20 ms, ready < 1.5 s)"; fi
