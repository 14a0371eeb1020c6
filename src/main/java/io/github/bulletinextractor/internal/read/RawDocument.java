package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.model.Warning;
import java.util.List;

/**
 * What a reader hands to the normaliser: the lines of a document in reading order, with what the
 * reader knows about the file.
 *
 * @param lines     the lines in reading order
 * @param mediaType the media type that was read
 * @param pageCount the number of pages for paginated formats, else null
 * @param warnings  problems the reader met that did not stop it
 * @param ocrPages  the pages whose lines came from OCR
 * @param doubts    the places OCR is unsure of
 */
public record RawDocument(
        List<SourceLine> lines,
        String mediaType,
        Integer pageCount,
        List<Warning> warnings,
        List<Integer> ocrPages,
        List<OcrDoubt> doubts) {

    public RawDocument {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        ocrPages = List.copyOf(ocrPages);
        doubts = List.copyOf(doubts);
    }

    /** A document none of whose lines came from OCR. */
    public RawDocument(List<SourceLine> lines, String mediaType, Integer pageCount, List<Warning> warnings) {
        this(lines, mediaType, pageCount, warnings, List.of(), List.of());
    }
}
