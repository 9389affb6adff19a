#!/usr/bin/env bash
# Runs the whole benchmark set (JMH with -prof gc, the concurrency run, the 1M-record scale runs)
# and writes benchmarks/target/results/. About 9 minutes on a shared 2-core machine.
#   JAVA=/path/to/java   the JVM to measure (default: java on the PATH)
#   JMH_OPTS="..."       JMH options (default: 1 fork, 3 x 2 s warm-up, 3 x 1 s measurement:
#                        shorter warm-ups measured the JIT, not the SDK, on a loaded 2-core machine);
#                        for tighter error bars: JMH_OPTS="-f 3 -wi 3 -w 2s -i 5 -r 2s"
#   RECORDS=1000000      orders in the scale runs
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
JMH_OPTS=${JMH_OPTS:--f 1 -wi 3 -w 2s -i 3 -r 1s}
RECORDS=${RECORDS:-1000000}
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results

./mvnw -B -q -pl benchmarks -am -DskipTests package
mkdir -p "$OUT"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) CPUs"
  echo "memory: $(free -m | awk '/Mem:/ {print $2}') MB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" -version 2>&1 | head -2
} | tee "$OUT/machine.txt"

# shellcheck disable=SC2086 # JMH_OPTS is a list of options
"$JAVA" -jar "$JAR" $JMH_OPTS -prof gc -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"
"$JAVA" -cp "$JAR" io.github.prestashop4j.benchmarks.Report "$OUT/jmh.json" | tee "$OUT/report.md"
"$JAVA" -cp "$JAR" io.github.prestashop4j.benchmarks.ConcurrencyRun 50 4 100 | tee "$OUT/concurrency.md"
"$JAVA" -Xmx64m -cp "$JAR" io.github.prestashop4j.benchmarks.ScaleRun "$RECORDS" 1000 | tee "$OUT/scale.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
