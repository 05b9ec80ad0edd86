#!/usr/bin/env bash
# Validation benchmark (not a test): the dev corpus graph replicated to ~100k triples, validated several times.
#   bench/validate-bench.sh [ARTICLES (default ../shared/corpus/articles)] [TRIPLES (100000)] [RUNS (5)]
# Same as: mvn -Pbench -DskipTests test  (which uses the defaults).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$here"
mvn -q -B -DskipTests test-compile
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
exec java -Xmx"${CKG_HEAP:-1g}" -cp "target/test-classes:target/classes:$(cat "$cp")" \
    org.constitutionkg.validate.ValidationBenchmark "$@"
