package io.github.bulletinextractor.model;

/**
 * Where a bulletin came from.
 *
 * @param fileName  the file name as given (no folders)
 * @param mediaType the media type detected from the content, e.g. {@code text/plain}
 * @param sha256    hex SHA-256 of the file's bytes, so an archive can tell identical files apart
 * @param pageCount number of pages for paginated formats, null for plain text
 */
public record Source(String fileName, String mediaType, String sha256, Integer pageCount) {
}
