# Sourced by ./polylink and scripts/test.sh: sets JAVA_HOME to a JDK >= 21 and exports it.
# Order: $JAVA_HOME if it is >= 21, then the newest JDK >= 21 under the system's JVM folders, then `java` on PATH.
# Exits with a clear message when there is none.

polylink_java_major() { # prints the major version of the java binary $1, or 0
  local v
  v=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  case "$v" in ''|*[!0-9.]*) echo 0 ;; 1.*) echo 1 ;; *) echo "${v%%.*}" ;; esac
}

polylink_find_java() {
  local candidate best="" best_major=0 major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(polylink_java_major "$JAVA_HOME/bin/java")
    if [ "$major" -ge 21 ]; then return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(polylink_java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(polylink_java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ]; then best="$candidate"; fi
  fi
  if [ -z "$best" ]; then
    echo "polylink: no JDK 21 or newer found (looked at JAVA_HOME=${JAVA_HOME:-<unset>}, /usr/lib/jvm, and PATH)." >&2
    echo "polylink: install one (e.g. 'apt-get install openjdk-21-jdk') or set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}

polylink_find_java
export PATH="$JAVA_HOME/bin:$PATH"
# Every Polylink JVM: no warnings for Lucene's native access (memory-mapped KBs) on JDK 22+.
POLYLINK_JVM_FLAGS="--enable-native-access=ALL-UNNAMED"
# Lucene's Vector API paths need the incubator module jdk.incubator.vector, and with it every JVM start prints
# "WARNING: Using incubator modules" on stderr (the module system prints it; no flag silences it). Polylink stores no
# vectors: linking 3,000 documents and building the starter KB took the same CPU time with and without it (issue 14,
# item 12), so the CLI leaves it off. The benchmarks keep it, as their figures were measured; JAVA_OPTS can add it.
POLYLINK_VECTOR_FLAGS="--add-modules jdk.incubator.vector"
