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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -q -DskipTests compile
mvn -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:$(cat "$work/cp.txt")"

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
)

convert() { # fodt, target format, extension
  soffice --headless --convert-to "$2" --outdir "$work/conv" "$1" >/dev/null 2>&1
  mv "$work/conv/$(basename "${1%.fodt}").$3" "$out/$(basename "${1%.fodt}").$3"
}

for layout in "${layouts[@]}"; do
  read -r name size top bottom left right extras <<<"$layout" || true
  source=$(ls testdata/bulletins/"$name".* | head -1)
  java -cp "$cp" testdata/generator/ParagraphDump.java "$source" > "$work/$name.json"
  python3 testdata/generator/layout.py "$work/$name.json" "$work/$name.fodt" "$size" "$top" "$bottom" "$left" "$right"
  convert "$work/$name.fodt" pdf pdf
  convert "$work/$name.fodt" 'docx:MS Word 2007 XML' docx
  for extra in $extras; do
    case $extra in
      html) convert "$work/$name.fodt" 'html:XHTML Writer File:UTF8' html ;;
      odt) convert "$work/$name.fodt" odt odt ;;
      doc) convert "$work/$name.fodt" 'doc:MS Word 97' doc ;;
      rtf) convert "$work/$name.fodt" rtf rtf ;;
    esac
  done
done

# Old .txt files in Chinese encodings: one in GB18030, one in Big5 with Traditional characters.
iconv -f UTF-8 -t GB18030 testdata/bulletins/weekly-2024-37.txt > "$out/weekly-2024-37.gb18030.txt"
java -cp "$cp" testdata/generator/ParagraphDump.java testdata/bulletins/monthly-2025-03.txt --traditional \
  | python3 -c 'import json,sys; print("\n".join(p["text"] for p in json.load(sys.stdin)))' \
  | iconv -f UTF-8 -t BIG5 > "$out/monthly-2025-03.big5.txt"
ls -l "$out"
