#!/usr/bin/env bash
# Makes testdata/forms/: each sample bulletin of testdata/bulletins laid out as an official document
# (A4, page numbers at the foot, indented paragraphs) and saved as PDF and DOCX, some also as HTML,
# ODT, DOC, RTF, GB18030 text and Big5 text in Traditional characters. Layouts differ between samples
# (font size, margins) so that lines and pages break in different places.
#
# Needs: Java 17 and Maven (to compile the project), python3, LibreOffice Writer and a CJK font:
#   apt-get install -y libreoffice-writer-nogui fonts-noto-cjk
# The generated files are committed; the test suite needs none of this.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=testdata/forms
source testdata/generator/forms.sh

# sample, font size (pt), margins top bottom left right, extra forms
layouts=(
  "weekly-2024-12      16 37mm 35mm 28mm 26mm html odt"
  "weekly-2023-21      14 25mm 25mm 25mm 25mm doc"
  "monthly-2025-03     15 30mm 28mm 30mm 30mm rtf"
  "weekly-2024-37      16 37mm 30mm 35mm 30mm"
  "synthetic-weekly-2024-50-pdf24                 12 20mm 20mm 20mm 20mm"
  "synthetic-weekly-2025-01-yearend-attachment    16 37mm 35mm 28mm 26mm"
  "synthetic-weekly-2024-23-two-groups            15 30mm 30mm 25mm 25mm"
  "synthetic-monthly-2024-12-published-jan        14 28mm 28mm 32mm 28mm"
  "family-weekly-2016-8-feb-mar                   16 37mm 35mm 28mm 26mm"
  "family-weekly-2017-37-paragraphs               14 25mm 25mm 25mm 25mm"
  "family-weekly-2018-37-national-day             15 30mm 28mm 30mm 30mm"
  "family-monthly-2019-12-published-jan           16 37mm 30mm 35mm 30mm"
  "family-monthly-2020-06-markdown                12 20mm 20mm 20mm 20mm"
  "family-weekly-2021-4-supplement                16 37mm 35mm 28mm 26mm"
  "family-weekly-2022-05-spring-festival-pdf      15 30mm 30mm 25mm 25mm"
  "family-weekly-2023-24-attachment               14 28mm 28mm 32mm 28mm"
  "family-weekly-2024-20-correction-pdf           16 37mm 35mm 28mm 26mm"
  "family-monthly-2025-09-two-day-visit           15 30mm 28mm 30mm 30mm"
  "family-heldout-weekly-2019-19                  15 30mm 28mm 30mm 30mm"
  "family-heldout-weekly-2020-12                  15 30mm 28mm 30mm 30mm"
  "family-heldout-monthly-2021-6                  15 30mm 28mm 30mm 30mm"
  "family-heldout-weekly-2023-35                  15 30mm 28mm 30mm 30mm"
  "family-heldout-monthly-2024-12                 15 30mm 28mm 30mm 30mm"
  "family-heldout-weekly-2025-2                   15 30mm 28mm 30mm 30mm"
)

for layout in "${layouts[@]}"; do
  read -r name size top bottom left right extras <<<"$layout" || true
  # shellcheck disable=SC2086
  make_forms "$(ls testdata/bulletins/"$name".* | head -1)" "$out" "$size" "$top" "$bottom" "$left" "$right" pdf docx $extras
done

# Old .txt files in Chinese encodings: one in GB18030, one in Big5 with Traditional characters.
iconv -f UTF-8 -t GB18030 testdata/bulletins/weekly-2024-37.txt > "$out/weekly-2024-37.gb18030.txt"
java -cp "$cp" testdata/generator/ParagraphDump.java testdata/bulletins/monthly-2025-03.txt --traditional \
  | python3 -c 'import json,sys; print("\n".join(p["text"] for p in json.load(sys.stdin)))' \
  | iconv -f UTF-8 -t BIG5 > "$out/monthly-2025-03.big5.txt"
ls -l "$out"
