package io.github.bulletinextractor.bench;

import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.BulletinReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Figure 1: the text pipeline (normalise, segment, extract, write JSON) on the eight sample
 * bulletins, one thread, in bulletins per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextPipelineBenchmark {

    static final int SAMPLES = 8;

    private final BulletinParser parser = BulletinParser.create();
    private final List<String> texts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @Setup
    public void readSamples() throws IOException {
        for (Path file : Samples.texts()) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
            names.add(file.getFileName().toString());
        }
        if (texts.size() != SAMPLES) {
            throw new IllegalStateException("expected " + SAMPLES + " sample texts, found " + texts.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void parseAndWriteJson(Blackhole sink) throws BulletinReadException {
        for (int i = 0; i < SAMPLES; i++) {
            sink.consume(BulletinJson.toJsonLine(parser.parse(texts.get(i), names.get(i))));
        }
    }
}
