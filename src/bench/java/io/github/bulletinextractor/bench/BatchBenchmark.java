package io.github.bulletinextractor.bench;

import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.archive.Archive;
import io.github.bulletinextractor.archive.ArchiveFiles;
import io.github.bulletinextractor.archive.ParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 3: a batch of {@value #DOCUMENTS} PDFs through {@link Archive#parse} (results in order,
 * each written as a JSON line), with one thread and with two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchBenchmark {

    static final int DOCUMENTS = 512;

    @Param({"1", "2"})
    public int threads;

    private final BulletinParser parser = BulletinParser.create();
    private List<ArchiveFiles.Entry> files;

    @Setup
    public void makeBatch() {
        Path folder = Samples.copies(Path.of("target", "bench-data", "pdf-" + DOCUMENTS), Samples.pdfs(), DOCUMENTS);
        files = ArchiveFiles.list(List.of(folder), (file, why) -> {
            throw new IllegalStateException(file + ": " + why);
        });
    }

    /** Returns the number of characters of JSON written, so none of the work can be skipped. */
    @Benchmark
    public long parseBatch() {
        try (Stream<ParseResult> results = Archive.parse(parser, files, threads)) {
            return results.mapToLong(result -> {
                        if (result instanceof ParseResult.Parsed parsed) {
                            return BulletinJson.toJsonLine(parsed.bulletin()).length();
                        }
                        throw new IllegalStateException(((ParseResult.Failed) result).message());
                    })
                    .sum();
        }
    }
}
