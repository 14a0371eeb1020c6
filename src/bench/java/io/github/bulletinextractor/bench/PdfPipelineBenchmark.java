package io.github.bulletinextractor.bench;

import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.BulletinReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Figure 2: the whole library on each sample PDF (read, hash, lines, normalise, segment, extract,
 * JSON) against PDFBox's own text stripping (sorted by position) of the same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfPipelineBenchmark {

    private final List<Path> pdfs = Samples.pdfs();
    private final BulletinParser parser = BulletinParser.create();

    @Benchmark
    public void pipeline(Blackhole sink) throws BulletinReadException {
        for (Path pdf : pdfs) {
            sink.consume(BulletinJson.toJsonLine(parser.parse(pdf)));
        }
    }

    @Benchmark
    public void pdfBoxStripper(Blackhole sink) throws IOException {
        for (Path pdf : pdfs) {
            sink.consume(BarePdfBox.text(pdf));
        }
    }
}
