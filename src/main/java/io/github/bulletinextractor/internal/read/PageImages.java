package io.github.bulletinextractor.internal.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder holding the scanned pages of one issue, one image per page, in the order of the page
 * numbers in their names: {@code p1.png, p2.png, … p10.png} (not the order of the names).
 */
public final class PageImages {

    private static final Pattern IMAGE_NAME = Pattern.compile("(?i).+\\.(png|jpe?g|tiff?)");
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    private PageImages() {}

    /** Whether {@code name} names an image file this library reads, by its extension. */
    public static boolean isImageName(String name) {
        return IMAGE_NAME.matcher(name).matches();
    }

    /**
     * The page images of {@code folder} in page order, or an empty list when it is not a folder of
     * page images: it holds something other than images (hidden files aside) or none at all.
     */
    public static List<Path> inFolder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
        if (files.isEmpty()
                || !files.stream()
                        .allMatch(p -> Files.isRegularFile(p)
                                && isImageName(p.getFileName().toString()))) {
            return List.of();
        }
        return files.stream()
                .sorted(Comparator.comparingLong(PageImages::pageNumber)
                        .thenComparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The last number in the file's name (page-12.png, scan_2024_03_p7.tif), or 0. */
    static long pageNumber(Path file) {
        String name = file.getFileName().toString();
        Matcher m = LAST_NUMBER.matcher(name.substring(0, name.lastIndexOf('.')));
        return m.find()
                ? Long.parseLong(m.group(1).substring(Math.max(0, m.group(1).length() - 18)))
                : 0;
    }
}
