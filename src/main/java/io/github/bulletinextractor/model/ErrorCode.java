package io.github.bulletinextractor.model;

/** Why a file could not be read at all; see {@code io.github.bulletinextractor.BulletinReadException}. */
public enum ErrorCode {
    /** The file does not exist. */
    NOT_FOUND,
    /** The file exists but cannot be opened (permissions, a folder, an I/O error). */
    NOT_READABLE,
    /** The file holds no bytes, or no text at all. */
    EMPTY_FILE,
    /** The file, its text or its page count is larger than the configured limit. */
    TOO_LARGE,
    /** The content is of a format this library does not read. */
    UNSUPPORTED_FORMAT,
    /** The file claims a format it reads but is damaged or truncated. */
    CORRUPT_FILE,
    /** The file is protected by a password. */
    ENCRYPTED,
    /** A PDF whose pages carry no usable text (a scan, or fonts without a Unicode mapping), or a page image, with OCR turned off. */
    NO_TEXT_LAYER,
    /**
     * The file needs OCR and the OCR engine is missing (a program embedding the library without the
     * optional dependencies ONNX Runtime and the PP-OCRv4 models; the message names their Maven
     * coordinates) or failed on a page.
     */
    OCR_UNAVAILABLE,
    /** The file reads, but holds no bulletin: no issue number, series title or reporting period. */
    NOT_A_BULLETIN,
    /** Reading the file took longer than the configured time limit and was stopped. */
    TIMEOUT,
    /** A fault of this library met while reading the file; the message says what, so it can be reported. */
    INTERNAL_ERROR
}
