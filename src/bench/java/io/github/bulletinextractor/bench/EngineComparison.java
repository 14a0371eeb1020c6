package io.github.bulletinextractor.bench;

import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.FieldComparison;
import io.github.bulletinextractor.internal.ocr.OcrEngine;
import io.github.bulletinextractor.internal.ocr.OcrEngines;
import io.github.bulletinextractor.internal.ocr.RapidOcrEngine;
import io.github.bulletinextractor.internal.pipeline.Pipeline;
import io.github.bulletinextractor.internal.read.MediaTypes;
import io.github.bulletinextractor.internal.read.Ocr;
import io.github.bulletinextractor.internal.read.PdfReader;
import io.github.bulletinextractor.internal.read.RawDocument;
import io.github.bulletinextractor.internal.read.ReadLimits;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.OcrMode;
import io.github.bulletinextractor.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The two ways of running PP-OCRv4 the engine was chosen between, measured on the scanned fixtures
 * through the same pipeline as ScanTest measures the library: this library's engine (ONNX Runtime,
 * post-processing in Java) and RapidOCR-Java (its own C++ pipeline through JNI), the latter with its
 * defaults and with text sought at 150 dpi as here. Prints fields right and seconds a page.
 * Run from the project root (docs/formats.md):
 *
 * <pre>
 * mvn -q -Pbench -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.github.bulletinextractor.bench.EngineComparison
 * </pre>
 */
public final class EngineComparison {

    private EngineComparison() {}

    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        Map<String, OcrEngine> engines = new java.util.LinkedHashMap<>();
        engines.put("this library (ONNX Runtime)", OcrEngines.paddle(threads));
        engines.put("RapidOCR-Java, its defaults", new RapidOcrEngine(0));
        engines.put("RapidOCR-Java, text sought at 150 dpi", new RapidOcrEngine(BarePaddleOcr.LIBRARY_DETECTION_SIDE));
        List<Path> scans = Samples.list(Samples.TESTDATA.resolve("scans"), ".scan.pdf");
        BulletinParser parser = BulletinParser.create();
        Pipeline pipeline = new Pipeline();
        for (Map.Entry<String, OcrEngine> engine : engines.entrySet()) {
            PdfReader reader = new PdfReader(new Ocr(OcrMode.AUTO, engine.getValue(), threads + 1));
            int right = 0;
            int total = 0;
            int pages = 0;
            long nanos = 0;
            for (Path scan : scans) {
                ReadLimits limits = new ReadLimits(scan, 2_000_000, 500, Duration.ofMinutes(30));
                long started = System.nanoTime();
                RawDocument raw = reader.read(scan, Files.readAllBytes(scan), MediaTypes.PDF, limits);
                Bulletin scanned = pipeline.run(
                        raw,
                        new Source(scan.getFileName().toString(), MediaTypes.PDF, "", raw.pageCount(), raw.ocrPages()),
                        limits);
                nanos += System.nanoTime() - started;
                String name = scan.getFileName().toString();
                Path form =
                        Samples.TESTDATA.resolve("forms").resolve(name.substring(0, name.indexOf(".scan")) + ".pdf");
                FieldComparison comparison = FieldComparison.of(parser.parse(form), scanned);
                right += comparison.right();
                total += comparison.total();
                pages += raw.pageCount();
            }
            System.out.printf(
                    "%-40s %d/%d fields (%.1f%%), %.2f s a page over %d pages%n",
                    engine.getKey(), right, total, 100.0 * right / total, nanos / 1e9 / pages, pages);
        }
        System.exit(0);
    }
}
