#!/usr/bin/env bash
# The cluster path of `polylink spark`, run once on one machine (issue 20): a standalone Spark master and one worker on
# 127.0.0.1, started from Spark's own jars (polylink-spark/target/spark-lib; no Spark distribution needed), the link
# job submitted through org.apache.spark.deploy.SparkSubmit (what `spark-submit` runs), and its output checked against
# `polylink link` on the same documents. Stops the master and the worker it started when it ends.
# Usage: scripts/spark-cluster.sh [WORK_DIR]      (needs polylink-bench built: it generates the KB and documents)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/find-java.sh"
work="${1:-$root/polylink-spark/target/cluster}"
if [ "${POLYLINK_BENCH_SKIP_BUILD:-0}" != "1" ]; then
  (cd "$root" && mvn -q -o -pl polylink-cli,polylink-spark,polylink-bench -am package -DskipTests)
fi
rm -rf "$work"; mkdir -p "$work/spark-home"
spark_lib="$root/polylink-spark/target/spark-lib"
# a Worker launches executors from $SPARK_HOME/jars: Spark's jars, and the third-party jars that Spark and Polylink
# share (Jackson, commons-*, ...), which the build puts in target/lib: a Spark distribution ships those too
mkdir -p "$work/spark-home/jars"
ln -s "$spark_lib"/*.jar "$work/spark-home/jars/"
for j in "$root"/polylink-spark/target/lib/*.jar; do
  case "$(basename "$j")" in polylink-*) ;; *) [ -e "$work/spark-home/jars/$(basename "$j")" ] || ln -s "$j" "$work/spark-home/jars/" ;; esac
done
spark_lib="$work/spark-home/jars"
# SPARK_SCALA_VERSION: a Spark home without a launcher/target build directory must say which Scala it has
export SPARK_HOME="$work/spark-home" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
opens=$(tr '\n' ' ' < "$root/scripts/spark-jvm-flags")
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# shellcheck disable=SC2086
java $opens -Xmx512m -cp "$spark_lib/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 \
  --webui-port 18080 > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 1; done
# shellcheck disable=SC2086
java $opens -Xmx512m -cp "$spark_lib/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 \
  --memory 3g --webui-port 18081 --work-dir "$work/worker" spark://127.0.0.1:7077 > "$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$work/worker.log" || { echo "worker did not register" >&2; tail "$work/worker.log" >&2; exit 1; }
echo "master and worker up: spark://127.0.0.1:7077"

# a KB of 20,000 synthetic entities and 500 documents that mention them, plus one poisoned document
bench_cp="$root/polylink-bench/target/classes:$root/polylink-bench/target/lib/*"
cli_cp="$root/polylink-cli/target/polylink-cli.jar:$root/polylink-cli/target/lib/*"
mkfifo "$work/dump.json"
java -cp "$bench_cp" io.polylink.bench.synth.SyntheticWikidataDump --entities 20000 --seed 42 --out "$work/dump.json" > /dev/null &
java -cp "$cli_cp" io.polylink.cli.PolylinkCli kb build --source wikidata --input "$work/dump.json" --kb "$work/kb" --no-progress > /dev/null
wait $!
java -cp "$bench_cp" io.polylink.bench.NewsJsonl --entities 20000 --seed 42 --docs 500 --words 60 --out "$work/docs.jsonl"
cp "$work/docs.jsonl" "$work/corpus.jsonl"
echo '{"id":"poisoned","text":"Paris","language":"no such language"}' >> "$work/corpus.jsonl"

# the command a cluster user types, as `spark-submit` runs it (SPARK_HOME/bin/spark-submit execs this class)
jars=$(ls "$root"/polylink-spark/target/lib/*.jar | paste -sd, -)
started=$(date +%s)
# shellcheck disable=SC2086
java $opens -cp "$spark_lib/*" org.apache.spark.deploy.SparkSubmit --master spark://127.0.0.1:7077 \
  --deploy-mode client --class io.polylink.spark.SparkCli --executor-memory 2g --total-executor-cores 2 \
  --jars "$jars" "$root/polylink-spark/target/polylink-spark.jar" \
  link --kb "$work/kb" --input "$work/corpus.jsonl" --output "$work/out" --no-progress
echo "submitted job done in $(( $(date +%s) - started )) s"

java -cp "$cli_cp" io.polylink.cli.PolylinkCli link --kb "$work/kb" --input "$work/docs.jsonl" > "$work/cli.jsonl"
got=$(cat "$work/out"/part-* | wc -l); want=$(wc -l < "$work/cli.jsonl")
got_links=$(cat "$work/out"/part-* | grep -o '"nil":false' | wc -l); want_links=$(grep -o '"nil":false' "$work/cli.jsonl" | wc -l)
errors=$(cat "$work/out/_errors"/part-* | wc -l)
grep -q '"id":"poisoned"' "$work/out/_errors"/part-* || { echo "FAIL: the poisoned document is not in the errors" >&2; exit 1; }
grep -l "CoarseGrainedExecutorBackend" -r "$work/worker" > /dev/null && echo "executor ran on the worker: $(ls "$work/worker")"
echo "cluster output: $got documents, $got_links linked mentions, $errors error(s); polylink link: $want documents, $want_links linked mentions"
[ "$got" = "$want" ] && [ "$got_links" = "$want_links" ] && [ "$errors" = 1 ] || { echo "FAIL: outputs differ" >&2; exit 1; }
echo "OK"
