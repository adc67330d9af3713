#!/usr/bin/env bash
# Full-Wikidata scale, measured on a generated Wikidata-shaped stream (issue 20): the synthetic dump generator is piped
# through a named pipe into `polylink kb build --input` (no dump file on disk), then the KB links generated news with a
# 2 GB heap, then the KB is deleted (figures kept in target/bench/scale-N.txt).
# Usage: polylink-bench/scale.sh ENTITIES [WORK_DIR]     e.g. nice polylink-bench/scale.sh 20000000 /tmp/scale
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
. "$root/scripts/find-java.sh"
n="${1:?usage: scale.sh ENTITIES [WORK_DIR]}"
work="${2:-$here/target/scale}"
if [ "${POLYLINK_BENCH_SKIP_BUILD:-0}" != "1" ]; then
  (cd "$root" && mvn -q -o -pl polylink-cli,polylink-bench -am package -DskipTests)
fi
mkdir -p "$work" "$here/target/bench"
report="$here/target/bench/scale-$n.txt"
kb="$work/kb-$n"; fifo="$work/dump-$n.json"; docs="$work/docs.jsonl"
rm -rf "$kb" "$fifo"; mkfifo "$fifo"
trap 'rm -f "$fifo"' EXIT
# a copy of the jars: a rebuild during the hour-long run must not change the classes under a running JVM
rm -rf "$work/cp"; mkdir -p "$work/cp"
cp -r "$here/target/classes" "$work/cp/bench-classes"; cp -r "$here/target/lib" "$work/cp/bench-lib"
cp "$root/polylink-cli/target/polylink-cli.jar" "$work/cp/"; cp -r "$root/polylink-cli/target/lib" "$work/cp/cli-lib"
bench_cp="$work/cp/bench-classes:$work/cp/bench-lib/*"
cli_cp="$work/cp/polylink-cli.jar:$work/cp/cli-lib/*"
{
  echo "== kb build: $n generated entities through a named pipe ($(date -u +%FT%TZ), $(nproc) cores)"
  # shellcheck disable=SC2086
  java $POLYLINK_JVM_FLAGS -Dfile.encoding=UTF-8 -cp "$bench_cp" io.polylink.bench.synth.SyntheticWikidataDump \
    --entities "$n" --seed 42 --out "$fifo" &
  gen=$!
  # shellcheck disable=SC2086
  /usr/bin/time -f 'build wall %e s, peak RSS %M KiB, user %U s, sys %S s' java $POLYLINK_JVM_FLAGS -Dfile.encoding=UTF-8 \
    ${BUILD_JAVA_OPTS:-} -cp "$cli_cp" io.polylink.cli.PolylinkCli kb build --source wikidata --input "$fifo" --kb "$kb" \
    --no-progress 2>&1
  wait "$gen"
  echo "disk: $(du -sb "$kb" | cut -f1) bytes ($(du -sh "$kb" | cut -f1))"
  echo "== link with -Xmx2g: 2,000 generated news documents of ~300 words"
  # shellcheck disable=SC2086
  java $POLYLINK_JVM_FLAGS -Dfile.encoding=UTF-8 -cp "$bench_cp" io.polylink.bench.NewsJsonl --entities "$n" --seed 42 \
    --docs 2000 --words 300 --out "$docs"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f 'link wall %e s, peak RSS %M KiB' java $POLYLINK_JVM_FLAGS -Dfile.encoding=UTF-8 -Xmx2g \
    -Xlog:gc:file="$work/gc.log" -cp "$cli_cp" \
    io.polylink.cli.PolylinkCli link --kb "$kb" --input "$docs" > "$work/linked.jsonl" 2> "$work/link.err" \
    || { cat "$work/link.err"; exit 1; }
  cat "$work/link.err"
  end=$(date +%s.%N)
  # the heap still used right after each collection, at most: the live set (KB structures on the heap + linking)
  echo "heap after GC, max: $(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1) MiB (of -Xmx2g; $(grep -c 'Pause' "$work/gc.log") collections)"
  echo "linked $(wc -l < "$work/linked.jsonl") documents, $(grep -o '"nil":false' "$work/linked.jsonl" | wc -l) linked mentions, $(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.0f", 2000/(b-a)}') docs/s (JVM start and KB open included)"
} 2>&1 | tee "$report"
rm -rf "$work/cp"
if [ "${KEEP_KB:-0}" != "1" ]; then rm -rf "$kb"; echo "KB deleted: $kb" | tee -a "$report"; fi
