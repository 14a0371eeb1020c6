#!/usr/bin/env python3
"""Lays out a bulletin's paragraphs (JSON from ParagraphDump) as an official document in flat ODF.

Usage: layout.py PARAGRAPHS.json OUT.fodt FONT_PT MARGIN_TOP MARGIN_BOTTOM MARGIN_LEFT MARGIN_RIGHT

A4 pages; the masthead centred, body paragraphs indented by two characters and justified, run-in titles in
bold, each attachment on a new page with its title centred, a page number "— N —" at the foot of
each page. Punctuation does not hang into the margin, so that every character is printed.
"""
import json
import sys
from xml.sax.saxutils import escape

FONT = "Noto Serif CJK SC"


def main():
    paragraphs = json.load(open(sys.argv[1], encoding="utf-8"))
    out = sys.argv[2]
    size = float(sys.argv[3])
    top, bottom, left, right = sys.argv[4:8]
    line = round(size * 1.75, 1)
    body = []
    for p in paragraphs:
        style = {
            "masthead": "Masthead",
            "attachment-marker": "AttachmentMarker",
            "attachment-title": "Centered",
            "back": "Plain",
        }.get(p["role"], "Body")
        text, bold = p["text"], int(p.get("bold", "0"))
        runs = escape(text) if bold == 0 else (
            f'<text:span text:style-name="Bold">{escape(text[:bold])}</text:span>{escape(text[bold:])}')
        body.append(f'<text:p text:style-name="{style}">{runs}</text:p>')
    document = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="{FONT}" svg:font-family="'{FONT}'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:line-height="{line}pt" fo:margin-top="0pt" fo:margin-bottom="0pt"
     style:punctuation-wrap="simple" style:line-break="strict"/>
   <style:text-properties style:font-name="{FONT}" fo:font-size="{size}pt" style:font-name-asian="{FONT}"
     style:font-size-asian="{size}pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Plain" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:text-indent="{2 * size}pt" fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Masthead" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="{size / 2}pt"/>
  </style:style>
  <style:style style:name="Centered" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="AttachmentMarker" style:family="paragraph">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <!-- Automatic, so that Word files get bold as direct formatting, as people set it. -->
  <style:style style:name="Bold" style:family="text">
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="{top}"
     fo:margin-bottom="{bottom}" fo:margin-left="{left}" fo:margin-right="{right}"/>
   <style:footer-style><style:header-footer-properties fo:min-height="10mm" fo:margin-top="5mm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{chr(10).join(body)}
 </office:text></office:body>
</office:document>
"""
    open(out, "w", encoding="utf-8").write(document)


if __name__ == "__main__":
    main()
