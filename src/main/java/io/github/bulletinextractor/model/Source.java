package io.github.bulletinextractor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a bulletin came from.
 *
 * @param fileName  the file name as given (no folders)
 * @param mediaType the media type detected from the content, e.g. {@code text/plain}
 * @param sha256    hex SHA-256 of the file's bytes, so an archive can tell identical files apart
 * @param pageCount number of pages for paginated formats, null for plain text
 * @param ocrPages  the pages read with OCR (from 1), in order; empty when none was
 */
public record Source(
        String fileName,
        String mediaType,
        String sha256,
        @Nullable Integer pageCount,
        List<Integer> ocrPages) {

    public Source {
        ocrPages = Lists.copy(ocrPages);
    }

    /** A source none of whose pages was read with OCR. */
    public Source(String fileName, String mediaType, String sha256, @Nullable Integer pageCount) {
        this(fileName, mediaType, sha256, pageCount, List.of());
    }
}
