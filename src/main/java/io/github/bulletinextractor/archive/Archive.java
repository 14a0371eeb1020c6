package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.ErrorCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Parses the files of an archive in parallel and hands back the results in the order of the files.
 *
 * <pre>{@code
 * List<ArchiveFiles.Entry> files = ArchiveFiles.list(List.of(Path.of("archive")), (f, why) -> log(f, why));
 * try (Stream<ParseResult> results = Archive.parse(BulletinParser.create(), files, 4)) {
 *     results.forEach(result -> {
 *         if (result instanceof ParseResult.Parsed parsed) {
 *             System.out.println(parsed.bulletin().issue());
 *         } else if (result instanceof ParseResult.Failed failed) {
 *             System.out.println(failed.code() + " " + failed.message());
 *         }
 *     });
 * }
 * }</pre>
 *
 * <p>Each file is independent: a file that fails gives a failed result and the others go on. Only
 * a few files per thread are in flight at once, so an archive of any size runs in bounded memory.
 * Close the stream (or read it to the end) to stop its threads.
 */
public final class Archive {

    /** Files queued ahead of the one being handed out, per thread: enough to keep every thread busy. */
    private static final int AHEAD_PER_THREAD = 4;

    private Archive() {}

    /** How the bulletin of one entry is read; a failure is thrown, and becomes a failed result. */
    @FunctionalInterface
    public interface EntryReader {
        Bulletin read(ArchiveFiles.Entry entry) throws BulletinReadException;
    }

    /** The results for {@code files}, in their order, parsed by {@code threads} threads. */
    public static Stream<ParseResult> parse(BulletinParser parser, List<ArchiveFiles.Entry> files, int threads) {
        return parse(files, threads, fileReader(parser));
    }

    /**
     * The results for {@code files}, in their order, each read by {@code reader} on one of
     * {@code threads} threads: for entries that are not all files to read by path, such as a
     * bulletin that arrives on a stream.
     */
    public static Stream<ParseResult> parse(List<ArchiveFiles.Entry> files, int threads, EntryReader reader) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Iterator<ParseResult> results = new OrderedResults(reader, files, pool, threads * AHEAD_PER_THREAD);
        return StreamSupport.stream(
                        Spliterators.spliterator(
                                results, files.size(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED),
                        false)
                .onClose(pool::shutdownNow);
    }

    /** Parses one file, turning every failure into a result. */
    public static ParseResult parseOne(BulletinParser parser, ArchiveFiles.Entry entry) {
        return parseOne(fileReader(parser), entry);
    }

    private static EntryReader fileReader(BulletinParser parser) {
        return entry -> parser.parse(entry.file());
    }

    private static ParseResult parseOne(EntryReader reader, ArchiveFiles.Entry entry) {
        try {
            return new ParseResult.Parsed(entry, reader.read(entry));
        } catch (BulletinReadException e) {
            return new ParseResult.Failed(entry, e.code(), e.reason(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of ours must not cost the rest of the archive its results.
            return new ParseResult.Failed(entry, ErrorCode.INTERNAL_ERROR, e.toString(), e);
        } catch (OutOfMemoryError e) {
            // The limits should prevent this; if a file still gets past them, the run goes on without it.
            return new ParseResult.Failed(entry, ErrorCode.TOO_LARGE, "needs more memory than the run has", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "bulletin-parser-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Keeps a window of files submitted ahead and hands out their results in file order. */
    private static final class OrderedResults implements Iterator<ParseResult> {
        private final EntryReader reader;
        private final List<ArchiveFiles.Entry> files;
        private final ExecutorService pool;
        private final int window;
        private final Deque<Future<ParseResult>> pending = new ArrayDeque<>();
        private int submitted;

        OrderedResults(EntryReader reader, List<ArchiveFiles.Entry> files, ExecutorService pool, int window) {
            this.reader = reader;
            this.files = files;
            this.pool = pool;
            this.window = window;
        }

        @Override
        public boolean hasNext() {
            fill();
            if (pending.isEmpty()) {
                pool.shutdown();
                return false;
            }
            return true;
        }

        @Override
        public ParseResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Future<ParseResult> next = pending.removeFirst();
            try {
                return next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                throw new IllegalStateException("interrupted while parsing the archive", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("parseOne turns every failure into a result", e.getCause());
            } finally {
                fill();
            }
        }

        private void fill() {
            while (pending.size() < window && submitted < files.size()) {
                ArchiveFiles.Entry entry = files.get(submitted++);
                pending.addLast(pool.submit(() -> parseOne(reader, entry)));
            }
        }
    }
}
