package io.github.bulletinextractor.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Whole-process measurements: wall time of short runs, and peak resident memory of long ones. */
final class Processes {

    private static final Path LAUNCHER = Path.of("target", "bulletin-extractor");

    private Processes() {}

    record PeakRun(long peakKilobytes, double seconds) {}

    /** The tool's launcher as packaged (it runs the tool jar with its class-data archive). */
    static Path launcher() {
        if (!Files.isExecutable(LAUNCHER)) {
            throw new IllegalStateException(LAUNCHER + " is missing: package the tool first (mvn -Pbench verify does)");
        }
        return LAUNCHER;
    }

    /** The java of this JVM, which also made the launcher's class-data archive at package time. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** PDFBox and what it needs, and this benchmark's classes for {@link BarePdfBox}: nothing of the library. */
    static String pdfBoxClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("pdfbox")
                        || entry.contains("fontbox")
                        || entry.contains("commons-logging")
                        || entry.endsWith("test-classes"))
                .filter(entry -> !entry.contains("xmpbox") && !entry.contains("jempbox"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * The median wall time of each command over {@code runs} runs, taken in turn so that the load
     * of a shared machine falls on all of them alike, after {@code warmups} untimed rounds.
     */
    static double[] medianWallSeconds(List<List<String>> commands, int warmups, int runs)
            throws IOException, InterruptedException {
        List<List<Double>> times = new ArrayList<>();
        commands.forEach(command -> times.add(new ArrayList<>()));
        for (int round = 0; round < warmups + runs; round++) {
            for (int i = 0; i < commands.size(); i++) {
                long start = System.nanoTime();
                Process process = quiet(commands.get(i)).start();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("failed: " + String.join(" ", commands.get(i)));
                }
                if (round >= warmups) {
                    times.get(i).add((System.nanoTime() - start) / 1e9);
                }
            }
        }
        return times.stream().mapToDouble(Processes::median).toArray();
    }

    /**
     * Runs the tool over {@code folder} into a fresh output folder, as an archivist would, and
     * follows the JVM's resident high-water mark ({@code VmHWM} in /proc, Linux) until it ends.
     */
    static PeakRun archiveRun(Path folder) throws IOException, InterruptedException {
        Path out = folder.resolveSibling(folder.getFileName() + "-out");
        deleteTree(out);
        long start = System.nanoTime();
        Process process = quiet(List.of(
                        launcher().toString(), "extract", "--quiet", "--out", out.toString(), folder.toString()))
                .start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMark(status));
            Thread.sleep(20);
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the archive run over " + folder + " failed");
        }
        return new PeakRun(peak, (System.nanoTime() - start) / 1e9);
    }

    private static long highWaterMark(Path status) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0; // the process has just ended
        }
    }

    private static ProcessBuilder quiet(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // The launcher runs the JVM of JAVA_HOME: the one that made its class-data archive.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
