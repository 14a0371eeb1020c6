package io.github.bulletinextractor.model;

/** When pages are read with OCR (PaddleOCR's PP-OCRv4 models) rather than from their text layer. */
public enum OcrMode {
    /** Only pages without usable text: scans, page images, and text garbled by fonts without a Unicode mapping. */
    AUTO,
    /** Every page, even where the text layer reads: for PDFs whose text layer is known to be wrong. */
    ALWAYS,
    /** Never: pages without usable text are left out with a warning, and page images cannot be read. */
    NEVER
}
