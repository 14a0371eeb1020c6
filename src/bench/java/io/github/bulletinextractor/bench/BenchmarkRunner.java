package io.github.bulletinextractor.bench;

import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures the five figures of docs/performance.md, each against its baseline in the same run,
 * prints them with their targets, and exits 1 if a target is missed. Run with
 * {@code mvn -Pbench verify} from the project folder (it needs the packaged tool in target/).
 */
public final class BenchmarkRunner {

    /** What the paired work produced, kept so that none of it can be skipped. */
    private static volatile long consumed;

    private final List<Figure> figures = new ArrayList<>();

    /** With no arguments every figure; else the figures named, by number: {@code 6,7} for OCR alone. */
    public static void main(String[] args) throws Exception {
        List<String> only = java.util.Arrays.stream(String.join(",", args).split("[,\\s]+"))
                .filter(a -> !a.isBlank())
                .toList();
        BenchmarkRunner runner = new BenchmarkRunner();
        List<Measurement> all = List.of(
                runner::textPipeline,
                runner::pdfPipeline,
                runner::batchSpeedUp,
                runner::commandLine,
                runner::memory,
                runner::ocr,
                runner::ocrMemory);
        for (int i = 0; i < all.size(); i++) {
            if (only.isEmpty() || only.contains(Integer.toString(i + 1))) {
                all.get(i).run();
            }
        }
        System.exit(runner.report() ? 0 : 1);
    }

    private interface Measurement {
        void run() throws Exception;
    }

    /** Ten warm-up passes: on two cores the compiler is still at work after six seconds (3,000 a second then). */
    private void textPipeline() throws RunnerException {
        double perSecond = score(jmh(TextPipelineBenchmark.class, 10, 5, TimeValue.seconds(2)), "parseAndWriteJson");
        figures.add(new Figure(
                "1. text pipeline, one thread",
                "%,.0f bulletins/s/core".formatted(perSecond),
                ">= 5,000",
                perSecond >= 5000));
    }

    /**
     * Timed in turn in this JVM ({@link Paired}) rather than from {@link PdfPipelineBenchmark}'s
     * two JMH runs, whose ratio moved with the machine's load; JMH's figures are printed above it.
     */
    private void pdfPipeline() throws Exception {
        jmh(PdfPipelineBenchmark.class, 6, 5, TimeValue.seconds(2));
        List<Path> pdfs = Samples.pdfs();
        BulletinParser parser = BulletinParser.create();
        Paired.Result result = Paired.compare(
                () -> {
                    for (Path pdf : pdfs) {
                        consumed += BulletinJson.toJsonLine(parser.parse(pdf)).length();
                    }
                },
                () -> {
                    for (Path pdf : pdfs) {
                        consumed += BarePdfBox.text(pdf).length();
                    }
                },
                Duration.ofSeconds(20),
                Duration.ofSeconds(40));
        figures.add(new Figure(
                "2. PDF pipeline / PDFBox stripping",
                "%.3fx (%.1f / %.1f ms for %d PDFs, in turn)"
                        .formatted(
                                result.ratio(),
                                result.secondsPerPassA() * 1000,
                                result.secondsPerPassB() * 1000,
                                pdfs.size()),
                "<= 1.10x",
                result.ratio() <= 1.10));
    }

    /**
     * Twelve warm-up batches: with two workers on two cores the optimising compiler gets little of
     * the CPU, and after six batches the two-thread batch was still getting faster (2.8 s, then 2.1 s).
     */
    private void batchSpeedUp() throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(BatchBenchmark.class.getName())
                .forks(1)
                .warmupIterations(12)
                .measurementIterations(5);
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> byThreads = results.stream()
                .collect(Collectors.toMap(
                        r -> r.getParams().getParam("threads"),
                        r -> r.getPrimaryResult().getScore()));
        double one = byThreads.get("1");
        double two = byThreads.get("2");
        double speedUp = one / two;
        figures.add(new Figure(
                "3. batch of %d PDFs, 2 threads vs 1".formatted(BatchBenchmark.DOCUMENTS),
                "%.2fx (%.1f s vs %.1f s; %.0f PDFs/s)"
                        .formatted(speedUp, two / 1000, one / 1000, BatchBenchmark.DOCUMENTS / (two / 1000)),
                ">= 1.8x",
                speedUp >= 1.8));
    }

    private void commandLine() throws IOException, InterruptedException {
        Path pdf = Samples.TESTDATA.resolve("forms/weekly-2024-12.pdf");
        List<String> tool = List.of(Processes.launcher().toString(), "extract", pdf.toString());
        List<String> bare = List.of(
                Processes.java(), "-cp", Processes.pdfBoxClassPath(), BarePdfBox.class.getName(), pdf.toString());
        double[] medians = Processes.medianWallSeconds(List.of(tool, bare), 2, 11);
        double ratio = medians[0] / medians[1];
        figures.add(new Figure(
                "4. CLI on one PDF / bare PDFBox program",
                "%.2fx (%.0f / %.0f ms)".formatted(ratio, medians[0] * 1000, medians[1] * 1000),
                "<= 1.3x",
                ratio <= 1.3));
    }

    private void memory() throws IOException, InterruptedException {
        List<Path> sources = new ArrayList<>(Samples.pdfs());
        sources.addAll(Samples.texts());
        sources.addAll(Samples.documents());
        Processes.PeakRun small =
                Processes.archiveRun(Samples.copies(Path.of("target", "bench-data", "mixed-500"), sources, 500));
        Processes.PeakRun large =
                Processes.archiveRun(Samples.copies(Path.of("target", "bench-data", "mixed-2000"), sources, 2000));
        double growth = (double) large.peakKilobytes() / small.peakKilobytes();
        boolean ok = large.peakKilobytes() <= 256 * 1024 && small.peakKilobytes() <= 256 * 1024 && growth <= 1.10;
        figures.add(new Figure(
                "5. peak RSS, archive run of 500 / 2,000 documents",
                "%d / %d MB (x%.2f; %.0f / %.0f docs/s)"
                        .formatted(
                                small.peakKilobytes() / 1024,
                                large.peakKilobytes() / 1024,
                                growth,
                                500 / small.seconds(),
                                2000 / large.seconds()),
                "<= 256 MB, flat",
                ok));
    }

    /**
     * OCR against a bare PP-OCRv4 program (RapidOCR-Java) on the same page images, in turn: the
     * library's whole parse of each page against the bare program's OCR alone, once with the bare
     * program's defaults (text sought at the page's own resolution) and once with text sought at
     * the library's 150 dpi.
     */
    private void ocr() throws Exception {
        List<Path> pages = OcrPages.firstPages(Path.of("target", "bench-data", "ocr-pages"));
        BulletinParser parser = BulletinParser.create();
        Paired.Work library = () -> {
            for (Path page : pages) {
                consumed += BulletinJson.toJsonLine(parser.parse(page)).length();
            }
        };
        for (int side : new int[] {0, BarePaddleOcr.LIBRARY_DETECTION_SIDE}) {
            BarePaddleOcr bare = new BarePaddleOcr(side);
            Paired.Result result = Paired.compare(
                    library, () -> consumed += bare.read(pages), Duration.ofSeconds(1), Duration.ofSeconds(60));
            String how = side == 0 ? "its defaults" : "text sought at 150 dpi";
            figures.add(new Figure(
                    "6. OCR / bare PP-OCRv4 (RapidOCR, " + how + ")",
                    "%.2fx (%.2f / %.2f s a page, %d pages, in turn)"
                            .formatted(
                                    result.ratio(),
                                    result.secondsPerPassA() / pages.size(),
                                    result.secondsPerPassB() / pages.size(),
                                    pages.size()),
                    "<= 1.0x",
                    result.ratio() <= 1.0));
        }
    }

    /**
     * Peak memory of the tool reading scans: an archive run over the scanned fixtures, twice, and
     * over three times as many, which must stay within a tenth of the higher of the two. The peak
     * moves by a fifth from run to run over the same files (1,059–1,208 MB), with which pages of
     * the files read at once happen to be searched for text together.
     */
    private void ocrMemory() throws IOException, InterruptedException {
        List<Path> scans = Samples.list(Samples.TESTDATA.resolve("scans"), ".scan.pdf");
        Path once = Samples.copies(Path.of("target", "bench-data", "scans-1x"), scans, scans.size());
        Processes.PeakRun first = Processes.archiveRun(once);
        Processes.PeakRun second = Processes.archiveRun(once);
        Processes.PeakRun large = Processes.archiveRun(
                Samples.copies(Path.of("target", "bench-data", "scans-3x"), scans, 3 * scans.size()));
        long small = Math.max(first.peakKilobytes(), second.peakKilobytes());
        double growth = (double) large.peakKilobytes() / small;
        figures.add(new Figure(
                "7. peak RSS, archive run of %d (twice) / %d scans".formatted(scans.size(), 3 * scans.size()),
                "%d, %d / %d MB (x%.2f; %.1f s a file)"
                        .formatted(
                                first.peakKilobytes() / 1024,
                                second.peakKilobytes() / 1024,
                                large.peakKilobytes() / 1024,
                                growth,
                                large.seconds() / (3 * scans.size())),
                "flat (<= x1.10)",
                growth <= 1.10));
    }

    private boolean report() throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("%n%s, %d cores, Java %s%n"
                .formatted(
                        System.getProperty("os.name"),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version")));
        table.append(String.format(Locale.ROOT, "%-50s %-52s %-18s %s%n", "figure", "measured", "target", ""));
        boolean all = true;
        for (Figure figure : figures) {
            table.append(String.format(
                    Locale.ROOT,
                    "%-50s %-52s %-18s %s%n",
                    figure.name(),
                    figure.measured(),
                    figure.target(),
                    figure.met() ? "met" : "MISSED"));
            all &= figure.met();
        }
        System.out.print(table);
        Files.writeString(Path.of("target", "bench-results.txt"), table, StandardCharsets.UTF_8);
        return all;
    }

    private static Collection<RunResult> jmh(Class<?> benchmark, int warmups, int measurements, TimeValue time)
            throws RunnerException {
        return new Runner(new OptionsBuilder()
                        .include(benchmark.getName())
                        .forks(1)
                        .warmupIterations(warmups)
                        .warmupTime(time)
                        .measurementIterations(measurements)
                        .measurementTime(time)
                        .build())
                .run();
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow()
                .getPrimaryResult()
                .getScore();
    }

    private record Figure(String name, String measured, String target, boolean met) {}
}
