#!/usr/bin/env bash
# Scale benchmark (not a test): generates synthetic corpora of 1k and 10k articles (and 100k with --with-100k),
# runs the real launcher './ckg build' on each under /usr/bin/time -v (wall time, peak RSS), then builds and
# validates in process to time SHACL validation on its own. Prints one table row per size.
#   bench/scale-bench.sh [--with-100k] [--sizes "1000 10000"] [--work DIR (default /tmp/ckg-scale)] [--seed S]
# CKG_HEAP sets the heap of both runs (default 4g). Each run is bounded by $BENCH_TIMEOUT (default 600 s).
# MVN_ARGS adds Maven options (e.g. MVN_ARGS=-o offline).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$here"

sizes="1000 10000"
work=/tmp/ckg-scale
seed=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --with-100k) sizes="$sizes 100000"; shift ;;
    --sizes) sizes="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "usage: bench/scale-bench.sh [--with-100k] [--sizes \"N ...\"] [--work DIR] [--seed S]" >&2; exit 2 ;;
  esac
done
export CKG_HEAP="${CKG_HEAP:-4g}"
limit="${BENCH_TIMEOUT:-600}"

mvn ${MVN_ARGS:-} -q -B -DskipTests package 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d' >&2
mvn ${MVN_ARGS:-} -q -B -DskipTests test-compile 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d' >&2
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
mvn ${MVN_ARGS:-} -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null
cp="target/test-classes:target/classes:$(cat "$cpfile")"
mkdir -p "$work"

printf '%-8s %-10s %9s %10s %10s %9s %10s %10s %10s %s\n' articles quads "build_s" "art/s" "quads/s" "rss_MB" \
  "inproc_s" "shacl_s" "gen_s" "notes"
for n in $sizes; do
  corpus="$work/corpus-$n"
  out="$work/out-$n"
  if [[ ! -f "$corpus/.done-$seed" ]]; then
    rm -rf "$corpus"
    g0=$(date +%s.%N)
    java -cp "$cp" org.constitutionkg.bench.CorpusGenerator --out "$corpus" --articles "$n" --seed "$seed" 2>/dev/null
    g1=$(date +%s.%N)
    touch "$corpus/.done-$seed"
    gen=$(echo "$g1 - $g0" | bc)
  else
    gen="cached"
  fi
  ./ckg --help >/dev/null 2>&1  # builds the jar now if a source changed, so that no build is timed
  timefile="$work/time-$n.txt"
  notes=""
  rc=0
  timeout "$limit" /usr/bin/time -v -o "$timefile" ./ckg build --input "$corpus" --out "$out" \
      >/dev/null 2>"$work/build-$n.err" || rc=$?
  [[ $rc -ne 0 ]] && notes="ckg build exit $rc ($( [[ $rc -eq 124 ]] && echo "timed out after ${limit}s" || tail -1 "$work/build-$n.err"))"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$timefile" 2>/dev/null | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$timefile" 2>/dev/null)
  line=$(timeout "$limit" java -Xmx"$CKG_HEAP" -cp "$cp" org.constitutionkg.bench.ScaleBenchmark --input "$corpus" \
      2>"$work/inproc-$n.err" || echo "failed")
  quads=$(sed -n 's/.*quads=\([0-9]*\).*/\1/p' <<<"$line")
  bms=$(sed -n 's/.*build_ms=\([0-9]*\).*/\1/p' <<<"$line")
  sms=$(sed -n 's/.*shacl_ms=\([0-9]*\).*/\1/p' <<<"$line")
  viol=$(sed -n 's/.*violations=\([0-9]*\).*/\1/p' <<<"$line")
  [[ -n "$viol" && "$viol" != 0 ]] && notes="$notes $viol SHACL violations"
  [[ "$line" == failed ]] && notes="$notes in-process run failed or timed out"
  aps=$( [[ -n "${wall:-}" ]] && echo "scale=1; $n / $wall" | bc || echo "-")
  qps=$( [[ -n "${wall:-}" && -n "$quads" ]] && echo "scale=0; $quads / $wall" | bc || echo "-")
  printf '%-8s %-10s %9s %10s %10s %9s %10s %10s %10s %s\n' "$n" "${quads:--}" "${wall:--}" "$aps" "$qps" "${rss:--}" \
    "$( [[ -n "$bms" ]] && echo "scale=1; $bms/1000" | bc || echo -)" \
    "$( [[ -n "$sms" ]] && echo "scale=1; $sms/1000" | bc || echo -)" "$gen" "$notes"
done
echo "build_s: wall time of './ckg build' (JVM start, parse, extract, SHACL, write dumps); rss_MB: its peak RSS;" >&2
echo "quads: all quads of the built dataset (facts, provenance, links, ontology); inproc_s/shacl_s: Pipeline.build" >&2
echo "and SHACL validation timed separately in one JVM (ScaleBenchmark). Inputs and outputs are under $work." >&2
