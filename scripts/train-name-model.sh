#!/usr/bin/env bash
# Retrains the built-in name model that polylink-redact ships (src/main/resources/io/polylink/redact/tagger/
# builtin-names.plm, with the fingerprint of its inputs in builtin-names.inputs beside it). Run it after changing the
# tagger's templates, name lists, features or trainer: BuiltInNameModelTest fails until you do. About two minutes;
# the result is deterministic, so an unchanged tree writes identical files.
# Check without writing: mvn -pl polylink-redact -am test -Dtest=BuiltInNameModelTest -Dpolylink.retrain=true \
#   -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=find-java.sh
. "$ROOT/scripts/find-java.sh"
cd "$ROOT"
exec mvn -q -B -ntp -pl polylink-redact -am test -Dtest=BuiltInNameModelTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpolylink.retrain=write "$@"
