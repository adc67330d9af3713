#!/usr/bin/env bash
# `polylink spark link` on local[2] against `polylink link --input` on the same generated documents, in one run
# (issue 20): both from a cold JVM (start-up, KB open and Spark's start-up included), KB of a 200,000-entity synthetic
# dump, news-like documents of ~100 words mentioning its items. Prints docs/s of each and the ratio spark/cli, checks
# that both wrote the same number of documents and linked mentions. Results: target/bench/spark-link.txt.
# Usage: polylink-bench/spark.sh [DOCS] [WORDS]       (default 100000 100)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
. "$root/scripts/find-java.sh"
docs_n="${1:-100000}"; words="${2:-100}"; entities=200000
if [ "${POLYLINK_BENCH_SKIP_BUILD:-0}" != "1" ]; then
  (cd "$root" && mvn -q -o -pl polylink-cli,polylink-spark,polylink-bench -am package -DskipTests)
fi
work="$here/target/bench-spark"; mkdir -p "$work" "$here/target/bench"
bench_cp="$here/target/classes:$here/target/lib/*"
# copies of the jars: a rebuild while the benchmark runs must not change what it measures
rm -rf "$work/cp"; mkdir -p "$work/cp"
cp -r "$root/polylink-cli/target/lib" "$work/cp/cli-lib"; cp "$root/polylink-cli/target/polylink-cli.jar" "$work/cp/"
cp -r "$root/polylink-spark/target/lib" "$work/cp/spark-job-lib"; cp "$root/polylink-spark/target/polylink-spark.jar" "$work/cp/"
cli_cp="$work/cp/polylink-cli.jar:$work/cp/cli-lib/*"
spark_cp="$work/cp/polylink-spark.jar:$work/cp/spark-job-lib/*:$root/polylink-spark/target/spark-lib/*"
# what ./polylink passes to `polylink spark` (Spark's JavaModuleOptions)
spark_flags=$(tr '\n' ' ' < "$root/scripts/spark-jvm-flags")
kb="$work/kb-$entities"
run_java() { java $POLYLINK_JVM_FLAGS -Dfile.encoding=UTF-8 "$@"; }
if [ ! -f "$kb/.built-$entities" ]; then
  rm -rf "$kb" "$work/dump.json"; mkfifo "$work/dump.json"
  run_java -cp "$bench_cp" io.polylink.bench.synth.SyntheticWikidataDump --entities "$entities" --seed 42 \
    --out "$work/dump.json" > /dev/null &
  run_java -cp "$cli_cp" io.polylink.cli.PolylinkCli kb build --source wikidata --input "$work/dump.json" --kb "$kb" \
    --no-progress > /dev/null
  wait; rm -f "$work/dump.json"; touch "$kb/.built-$entities"
fi
docs="$work/docs-$docs_n-$words.jsonl"
[ -f "$docs" ] || run_java -cp "$bench_cp" io.polylink.bench.NewsJsonl --entities "$entities" --seed 42 \
  --docs "$docs_n" --words "$words" --out "$docs"
now() { date +%s.%N; }
report="$here/target/bench/spark-link.txt"
{
  echo "== $docs_n documents of ~$words words, KB of $entities synthetic entities, $(nproc) cores, $(date -u +%FT%TZ)"
  t0=$(now)
  # CPU seconds too: on a shared machine wall time says as much about the neighbours as about the job
  /usr/bin/time -o "$work/cli.time" -f '%U %S' java $POLYLINK_JVM_FLAGS -Dfile.encoding=UTF-8 -cp "$cli_cp" io.polylink.cli.PolylinkCli link --kb "$kb" --input "$docs" > "$work/cli.jsonl"
  t1=$(now)
  rm -rf "$work/spark-out"
  # shellcheck disable=SC2086
  /usr/bin/time -o "$work/spark.time" -f '%U %S' java $POLYLINK_JVM_FLAGS $spark_flags -Dfile.encoding=UTF-8 -cp "$spark_cp" io.polylink.spark.SparkCli link --kb "$kb" --input "$docs" --output "$work/spark-out" --master 'local[2]' --no-progress
  t2=$(now)
  cli_docs=$(wc -l < "$work/cli.jsonl"); spark_docs=$(cat "$work/spark-out"/part-* | wc -l)
  cli_links=$(grep -o '"nil":false' "$work/cli.jsonl" | wc -l)
  spark_links=$(cat "$work/spark-out"/part-* | grep -o '"nil":false' | wc -l)
  errors=$(cat "$work/spark-out/_errors"/part-* 2>/dev/null | wc -l)
  cli_cpu=$(awk '{print $1 + $2}' "$work/cli.time"); spark_cpu=$(awk '{print $1 + $2}' "$work/spark.time")
  awk -v cc="$cli_cpu" -v sc="$spark_cpu" -v a="$t0" -v b="$t1" -v c="$t2" -v n="$docs_n" -v cd="$cli_docs" -v sd="$spark_docs" -v cl="$cli_links" \
      -v sl="$spark_links" -v e="$errors" 'BEGIN {
    cli = n / (b - a); spark = n / (c - b);
    printf "link --input (1 JVM, sequential): %.1f s, %.0f docs/s, %d documents, %d linked mentions\n", b - a, cli, cd, cl;
    printf "spark link local[2]:              %.1f s, %.0f docs/s, %d documents, %d linked mentions, %d errors\n", c - b, spark, sd, sl, e;
    printf "ratio spark/cli docs/s: %.2f (target >= 0.8)\n", spark / cli;
    printf "CPU: link --input %.0f s (%.0f docs per CPU-second), spark %.0f s (%.0f docs per CPU-second): ratio %.2f\n", cc, n / cc, sc, n / sc, cc / sc;
    if (cd != sd || cl != sl) { print "MISMATCH: the two outputs differ"; exit 1 }
  }'
} 2>&1 | tee "$report"
