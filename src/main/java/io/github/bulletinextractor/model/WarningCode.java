package io.github.bulletinextractor.model;

/** The stable codes of {@link Warning}s; see {@code docs/json-format.md}. */
public enum WarningCode {
    /** A numbered section skips numbers: （一） followed by （三）, or a first item that is not 1. */
    NUMBERING_GAP,
    /** Two sibling sections carry the same number. */
    NUMBERING_DUPLICATE,
    /** A section's number is lower than the one before it at the same level. */
    NUMBERING_OUT_OF_ORDER,
    /** A masthead field (issue number, period, publication date, publisher) was not found. */
    MASTHEAD_FIELD_MISSING,
    /** A date in the text does not exist in the calendar (2月30日). */
    INVALID_DATE,
    /** A paragraph of the 厅（局）长进大厅 section named no official that could be read. */
    VISIT_NOT_PARSED,
    /** The case-count sentence was found but some of its figures could not be read. */
    CASE_COUNTS_INCOMPLETE,
    /** The text encoding was guessed with low confidence. */
    UNCERTAIN_ENCODING,
    /**
     * Some pages of a PDF carry no usable text (scanned, or garbled by fonts without a Unicode
     * mapping) and could not be read with OCR (turned off, or its libraries missing); they were left out.
     */
    NO_TEXT_LAYER,
    /** OCR read a page with low confidence: its text, and what was extracted from it, should be checked against the scan. */
    OCR_LOW_CONFIDENCE,
    /**
     * OCR found room on a line for a character it could not read, most likely one outside its
     * dictionary (a rare character of a name); nothing was put in its place.
     */
    OCR_UNREAD_CHARACTER,
    /**
     * A visiting official's name may not be as printed: it is a single character, or OCR found room
     * in or beside it for a character it could not read.
     */
    VISIT_NAME_UNCERTAIN
}
