package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.internal.read.PageImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The files of an archive: the files named, and every file in the folders named and below them,
 * in a stable order (each folder's files sorted by path). Hidden files and folders and the
 * temporary files editors leave ({@code ~$x.docx}, {@code .~lock.x#}, {@code x.tmp}) are skipped;
 * two files that would be known by the same name keep their whole path;
 * symbolic links are followed, but a link back into a folder already being walked is not. A folder
 * that holds nothing but page images (PNG, JPEG, TIFF) is one scanned issue, and one entry.
 */
public final class ArchiveFiles {

    private ArchiveFiles() {}

    /**
     * One file found, with where it sits below the argument it was found through.
     *
     * @param file     the file
     * @param relative its path below the folder named (the folder's own name first), or its name
     *                 for a file named directly; output files are named after it
     */
    public record Entry(Path file, Path relative) {}

    /**
     * Lists the files below {@code inputs}.
     *
     * @param problems told of each folder that could not be read, and why; the walk goes on
     * @throws UncheckedIOException never for a single unreadable folder, only if nothing can be listed
     */
    public static List<Entry> list(List<Path> inputs, BiConsumer<Path, String> problems) {
        return list(inputs, null, problems);
    }

    /**
     * Lists the files below {@code inputs}, leaving out the folder {@code output} and all below it: a
     * run's own records and tables, when its output folder lies inside the archive it reads.
     */
    public static List<Entry> list(List<Path> inputs, Path output, BiConsumer<Path, String> problems) {
        List<Entry> entries = new ArrayList<>();
        Path outputFolder = output == null ? null : output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, outputFolder, entries, problems);
            } else {
                entries.add(new Entry(input, input.getFileName() == null ? input : input.getFileName()));
            }
        }
        return distinct(entries);
    }

    /**
     * Two files found under the same name ({@code a/x.pdf} and {@code b/x.pdf} named directly, or
     * two folders of the same name) would share an output file; they keep their whole path instead.
     * {@link #list} does this already; a caller that lists its inputs one at a time (to put other
     * entries between them) does it over the whole list.
     */
    public static List<Entry> distinct(List<Entry> entries) {
        java.util.Map<Path, Long> counts = entries.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Entry::relative, java.util.stream.Collectors.counting()));
        if (counts.values().stream().allMatch(n -> n == 1)) {
            return entries;
        }
        return entries.stream()
                .map(e -> counts.get(e.relative()) == 1 ? e : new Entry(e.file(), wholePath(e.file())))
                .toList();
    }

    private static Path wholePath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = absolute.getRoot();
        return root == null ? absolute : root.relativize(absolute);
    }

    /** Whether a file or folder name is hidden or an editor's temporary file. */
    public static boolean isSkipped(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        String lower = n.toLowerCase(Locale.ROOT);
        return n.startsWith(".")
                || n.startsWith("~$")
                || lower.endsWith(".tmp")
                || lower.endsWith("~")
                || lower.endsWith(".part")
                || lower.endsWith(".crdownload");
    }

    private static void walk(Path root, Path output, List<Entry> entries, BiConsumer<Path, String> problems) {
        Path base = root.toAbsolutePath().normalize();
        Path label = base.getFileName() == null ? Path.of("") : base.getFileName();
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(
                    root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (!dir.equals(root) && isSkipped(dir)
                                    || output != null
                                            && dir.toAbsolutePath().normalize().equals(output)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (isPageImageFolder(dir)) {
                                found.add(dir);
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (isSkipped(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attributes.isRegularFile()) {
                                found.add(file);
                            } else if (attributes.isSymbolicLink()) {
                                problems.accept(
                                        file, "symbolic link to nothing (its target is missing or a loop), skipped");
                            } else if (attributes.isOther()) {
                                problems.accept(file, "not a regular file but a named pipe, socket or device, skipped");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.accept(
                                    file,
                                    e instanceof FileSystemLoopException
                                            ? "symbolic link loop, not followed"
                                            : "cannot be read: " + describe(e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.accept(root, "cannot be read: " + describe(e));
        }
        found.sort(null);
        for (Path file : found) {
            entries.add(new Entry(file, label.resolve(root.relativize(file))));
        }
    }

    private static boolean isPageImageFolder(Path dir) {
        try {
            return !PageImages.inFolder(dir).isEmpty();
        } catch (IOException e) {
            return false; // reported when the walk fails to read it
        }
    }

    private static String describe(IOException e) {
        return e.getClass()
                        .getSimpleName()
                        .replace("Exception", "")
                        .replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(Locale.ROOT)
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
}
