#!/usr/bin/env bash
# Runs Polylink's benchmarks. Usage: polylink-bench/run.sh [build|link|dense|bigdoc|jmh|redact|cluster|serve|mcp|llm|utter|lower|types|all] [options]
#   build   KB build throughput vs. a bare Jackson scan, and the build's peak RSS (BuildThroughput)
#   link    linker docs/s vs. the tokenize+probe floor on 2 threads (LinkThroughput; needs the KB of 'build')
#   dense   linker docs/s with dense context on vs. off, alternating in one run (DenseCost; the KB of 'build')
#   bigdoc  streaming a 50 MB and a 5 MB document with -Xmx256m: time, MB/s, peak heap (BigDocument)
#   jmh     JMH: µs per document and ns per dictionary probe on a 50k-entity KB (SpotterBench), µs per mention
#           of the learned ranker (RankerBench); extra arguments go to JMH (e.g. a benchmark name pattern)
#   redact  redaction MB/s on a 100 MB generated corpus vs. a regex-only scan; an 8,000-word article vs. Presidio;
#           MB/s per language (en, fr, es, de; --language-mb, default 10)
#   cluster clustering 100,000 NIL mentions: time vs. exact-name grouping, retained and peak heap (ClusterCost)
#   types   types from relations on a synthetic typed-news benchmark: accuracy and docs/s with and without (TypeBench)
#   serve   the HTTP server under 64 keep-alive connections for 60 s: requests/s, p50/p99, errors (ServerLoad)
#   mcp     link_entities tool-call latency p50/p99 on short texts over MCP stdio and HTTP (McpLatency)
#   utter   detection and linking F1 on >= 200 generated short lower-case utterances (Utterances)
#   lower   an ELEVANT benchmark lower-cased beside the original, one exact scoring rule (LowerCased)
#   llm     --format llm size: tokens added per linked mention on ELEVANT texts, beside JSON (LlmOverhead)
#   corenlp Stanford CoreNLP 4.5.10's entitylink on the 7 held-out ELEVANT benchmarks: predictions, F1, load time,
#           docs/s on a first and a warm pass (CoreNlpEntityLink; builds with -Pcorenlp, ~700 MB of CoreNLP jars
#           from Maven Central on first use; heap $COREPEER_HEAP, default 10g)
#   polylink  the same for Polylink (PolylinkPeer, --kb KB; default the ELEVANT qid_names.tsv KB)
#   peers   Polylink (--kb KB) beside the stored ELEVANT peers and other runs (--runs DIR,...): F1 tables (PeerTable)
#   all     build, link, bigdoc, jmh, redact, cluster, serve in turn (no extra options)
# Results go to polylink-bench/target/bench/*.json. Set POLYLINK_BENCH_SKIP_BUILD=1 to reuse the last build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=../scripts/find-java.sh
. "$root/scripts/find-java.sh"

what="${1:-all}"
[ $# -gt 0 ] && shift

case "$what" in
  build|link|dense|bigdoc|jmh|redact|cluster|serve|mcp|llm|utter|lower|types|corenlp|polylink|peers|all) ;;
  -h|--help|help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "run.sh: unknown benchmark '$what'; expected build, link, dense, bigdoc, jmh, redact, cluster, serve, mcp, llm, utter, lower, types, corenlp, polylink, peers or all" >&2; exit 2 ;;
esac

if [ "${POLYLINK_BENCH_SKIP_BUILD:-0}" != "1" ]; then
  if [ "$what" = corenlp ]; then
    # CoreNLP (GPL-3.0+) only in this profile; it writes target/corenlp.classpath and leaves target/lib alone.
    (cd "$root" && mvn -q -Pcorenlp -pl polylink-bench -am package -DskipTests)
  else
    (cd "$root" && mvn -q -pl polylink-bench -am package -DskipTests)
  fi
fi

cd "$here"
cp="target/classes:target/lib/*"
# shellcheck disable=SC2086 # the flags are a list
run_main() { java $POLYLINK_JVM_FLAGS $POLYLINK_VECTOR_FLAGS -Dfile.encoding=UTF-8 -cp "$cp" "$@"; }

case "$what" in
  build)  run_main io.polylink.bench.BuildThroughput "$@" ;;
  link)   run_main io.polylink.bench.LinkThroughput "$@" ;;
  dense)  run_main io.polylink.bench.DenseCost "$@" ;;
  bigdoc) run_main io.polylink.bench.BigDocument "$@" ;;
  redact) run_main io.polylink.bench.RedactThroughput "$@" ;;
  cluster) run_main io.polylink.bench.ClusterCost "$@" ;;
  serve)  run_main io.polylink.bench.ServerLoad "$@" ;;
  mcp)    run_main io.polylink.bench.McpLatency "$@" ;;
  llm)    run_main io.polylink.bench.LlmOverhead "$@" ;;
  utter)  run_main io.polylink.bench.Utterances "$@" ;;
  lower)  run_main io.polylink.bench.LowerCased "$@" ;;
  types)  run_main io.polylink.bench.TypeBench "$@" ;;
  corenlp) if [ ! -f target/corenlp.classpath ] || [ ! -d target/classes/io/polylink/bench/corenlp ]; then
             echo "run.sh: the CoreNLP peer is not built; run without POLYLINK_BENCH_SKIP_BUILD once" >&2; exit 2
           fi
           # shellcheck disable=SC2086 # the flags are a list
           java $POLYLINK_JVM_FLAGS -Xmx"${COREPEER_HEAP:-10g}" -Dfile.encoding=UTF-8 \
             -cp "target/classes:$(cat target/corenlp.classpath)" io.polylink.bench.corenlp.CoreNlpEntityLink "$@" ;;
  polylink) run_main io.polylink.bench.PolylinkPeer "$@" ;;
  peers)  run_main io.polylink.bench.PeerTable "$@" ;;
  jmh)    mkdir -p target/bench
          if [ $# -gt 0 ]; then
            run_main org.openjdk.jmh.Main -rf json -rff target/bench/jmh.json "$@"
          else
            run_main org.openjdk.jmh.Main 'io.polylink.bench.(SpotterBench|RankerBench)' -rf json -rff target/bench/jmh-spotter.json
          fi ;;
  all)    run_main io.polylink.bench.BuildThroughput
          run_main io.polylink.bench.LinkThroughput
          run_main io.polylink.bench.BigDocument
          mkdir -p target/bench
          run_main org.openjdk.jmh.Main 'io.polylink.bench.(SpotterBench|RankerBench)' -rf json -rff target/bench/jmh-spotter.json
          run_main io.polylink.bench.RedactThroughput
          run_main io.polylink.bench.ClusterCost
          run_main io.polylink.bench.ServerLoad ;;
esac
