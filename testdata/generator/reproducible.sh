#!/bin/sh
# Builds the project twice from clean and checks that the jars and the distribution archives are
# byte-identical (pom.xml fixes project.build.outputTimestamp). Run from the repository root:
#   testdata/generator/reproducible.sh [EXTRA MAVEN ARGS, e.g. -Prelease]
set -eu
first=$(mktemp -d)
build() {
    mvn -B -ntp -q -DskipTests "$@" clean package >/dev/null
    (cd target && sha256sum bulletin-extractor-*.jar bulletin-extractor.jar bulletin-extractor-*.zip bulletin-extractor-*.tar.gz)
}
build "$@" > "$first/sums"
build "$@" > "$first/again"
if diff "$first/sums" "$first/again"; then
    echo "byte-identical in two builds:"
    cat "$first/sums"
else
    echo "the builds differ (above)" >&2
    exit 1
fi
