#!/usr/bin/env bash
# Makes a PDF and a DOCX of every bulletin (.txt, .md) of FOLDER, beside it, laid out as
# make-fixtures.sh lays out the samples (A4, 15 pt, page numbers at the foot): for measuring the
# parser on bulletins written outside testdata (fixtures.FactsAccuracy). Needs what forms.sh needs.
#
#   testdata/generator/make-forms.sh FOLDER
set -euo pipefail
folder=$(realpath "$1")
cd "$(dirname "$0")/../.."
source testdata/generator/forms.sh
for source in "$folder"/*.txt "$folder"/*.md; do
  [ -e "$source" ] || continue
  make_forms "$source" "$folder" 15 30mm 28mm 30mm 30mm pdf docx
done
ls -l "$folder"
