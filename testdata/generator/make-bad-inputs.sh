#!/usr/bin/env bash
# Makes testdata/bad/: hostile and broken inputs, each with the answer documented in
# docs/reliability.md and checked by BadInputTest. Needs Java 17, Maven (to compile the project and
# get PDFBox and POI) and python3. The files are committed; the tests need none of this.
# Inputs too big to commit (a text file of tens of MB on one line) and those that depend on the
# machine (a folder that cannot be read, a symbolic link loop) are made by the tests themselves.
set -euo pipefail
cd "$(dirname "$0")/../.."
bad=testdata/bad
rm -f "$bad"/*.*
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -DskipTests compile
mvn -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:$(cat "$work/cp.txt")"

: > "$bad/empty.txt"
head -c 3000 testdata/forms/weekly-2024-37.pdf > "$bad/truncated.pdf"
head -c 4000 testdata/forms/weekly-2024-37.docx > "$bad/truncated.docx"
cp testdata/forms/weekly-2024-12.docx "$bad/word-named.pdf"
cp testdata/bulletins/weekly-2024-37.txt "$bad/窗口工作周报 2024年 第37期.txt"
java -cp "$cp" testdata/generator/MakeBadInputs.java "$bad" testdata/forms/weekly-2024-37.docx

python3 - "$bad" <<'PY'
import io, os, random, sys, zipfile
bad = sys.argv[1]
rnd = random.Random(20261125)
open(os.path.join(bad, "random-bytes.pdf"), "wb").write(bytes(rnd.randrange(256) for _ in range(4096)))
open(os.path.join(bad, "binary-noise.txt"), "wb").write(bytes(rnd.randrange(32) for _ in range(4096)))
open(os.path.join(bad, "memo-english.txt"), "w", encoding="utf-8").write(
    "MEMORANDUM\n\nTo: All staff\nFrom: Facilities\nDate: 3 March 2025\n\n"
    "The service hall will close early on Friday for maintenance of the air conditioning.\n"
    "Please make sure that all windows are closed before you leave.\n")
open(os.path.join(bad, "notice-chinese.txt"), "w", encoding="utf-8").write(
    "关于做好2025年春节期间值班工作的通知\n\n各处（室）、直属单位：\n\n"
    "为做好春节期间值班工作，现将有关事项通知如下。\n\n"
    "一、值班时间为1月28日至2月4日。\n\n二、值班人员要坚守岗位，保持通讯畅通。\n\n"
    "三、遇有重要情况，及时报告。\n\n四川省政府政务服务和公共资源交易服务中心办公室\n")
# A Word file whose text inflates from under a megabyte to gigabytes.
with zipfile.ZipFile(os.path.join(bad, "zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>')
    z.writestr("_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    with z.open("word/document.xml", "w", force_zip64=True) as doc:
        doc.write(b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
        chunk = b"A" * (1 << 20)
        for _ in range(2048):  # 2 GiB of text
            doc.write(chunk)
        doc.write(b"</w:t></w:r></w:p></w:body></w:document>")
# HTML nested fifty thousand elements deep.
depth = 50000
open(os.path.join(bad, "deeply-nested.html"), "w", encoding="utf-8").write(
    "<html><body>" + "<div>" * depth + "2024年第 12 期" + "</div>" * depth + "</body></html>")
PY
ls -l "$bad"
