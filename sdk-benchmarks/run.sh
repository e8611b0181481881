#!/usr/bin/env bash
# Runs the SDK's JMH benchmarks with their short configuration and writes docs/benchmarks.md from the results.
#
#   sdk-benchmarks/run.sh               everything (about 12 minutes on 2 cores when the machine is quiet)
#   sdk-benchmarks/run.sh Webhook       only the benchmarks matching a JMH regex; the report then covers only those
#   sdk-benchmarks/run.sh KafkaHandOff  only the Kafka audit sink and webhook hand-off
#   sdk-benchmarks/run.sh -i 10 ...     any other JMH option, e.g. more measurement iterations
#
# The short configuration lives in the benchmark classes' annotations, per benchmark and parameter set: webhooks
# and mapping 2 forks of 3 warm-up + 6 measured iterations of 500 ms (their ratios vary from fork to fork); audit
# 1 fork of 4 + 10 iterations of 500 ms; the 64-thread token benchmark 1 fork of 2 + 6 iterations of 1 s; paged
# listing 2 forks of 3 + 8 single-shot listings of 100,000 assets (1 fork of 1 + 2 for the heap measurement);
# transfers 1 fork of 5 + 4 single-shot transfers of 256 MiB and of 2 GiB per contender (about 7 minutes; the source
# files are generated once into the temporary directory and kept for later runs); the routing targets 1 fork of
# 2 + 4 (S3, on S3Mock) or 3 + 5 (SFTP) single-shot uploads of 128 MiB per contender.
# Kafka (KafkaHandOffBenchmark: audit sink and webhook hand-off against an in-process KRaft broker) 1 fork of 2 + 4
# iterations of 2 s per benchmark, about 1 minute.
# Every benchmark runs under JMH's gc profiler (-prof gc). Each SDK benchmark that misses its target, and the peer
# or limit it was compared with, is run again (1 fork, 2 + 3 iterations) under JMH's Flight Recorder profiler
# (-prof jfr), and the report summarises the recordings. Raw results and recordings: sdk-benchmarks/target/jmh/.
set -euo pipefail
cd "$(dirname "$0")/.."

out=sdk-benchmarks/target/jmh
jar=sdk-benchmarks/target/benchmarks.jar
report=io.github.iconikopentext.benchmarks.report.ReportGenerator

mvn -B -ntp -q -pl sdk-benchmarks -am package -Pbenchmarks -DskipTests
rm -rf "$out"
mkdir -p "$out/profiles"

load_before=$(cat /proc/loadavg)
start=$(date +%s)
java -jar "$jar" -prof gc -rf json -rff "$out/results.json" "$@" </dev/null | tee "$out/results.txt"

java -cp "$jar" "$report" missed "$out/results.json" >"$out/missed.tsv"
while IFS=$'\t' read -r dir include params; do
  echo "profiling $dir $params"
  mkdir -p "$out/profiles/$dir"
  # $params holds zero or more "-p name=value" arguments: split on purpose.
  # shellcheck disable=SC2086
  java -jar "$jar" "$include" $params -wi 2 -i 3 -f 1 -prof "jfr:dir=$out/profiles/$dir" \
    -o "$out/profiles/$dir/jmh.txt" </dev/null
done <"$out/missed.tsv"
seconds=$(($(date +%s) - start))
load_after=$(cat /proc/loadavg)

java -cp "$jar" "$report" report --results "$out/results.json" --profiles "$out/profiles" \
  --out docs/benchmarks.md --command "sdk-benchmarks/run.sh${*:+ $*}" \
  --load-before "$load_before" --load-after "$load_after" --seconds "$seconds"
