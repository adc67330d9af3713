#!/usr/bin/env bash
# The test command: builds every module and runs all tests (unit, golden end-to-end, and the regression files on
# ../shared/data when it exists; those skip, saying so, when it does not). Extra arguments go to Maven.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=find-java.sh
. "$ROOT/scripts/find-java.sh"
cd "$ROOT"
echo "polylink: testing with $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) at $JAVA_HOME" >&2
exec mvn -B -ntp install "$@"
