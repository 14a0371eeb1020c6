package io.github.bulletinextractor.archive;

import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.internal.read.SourceHash;
import io.github.bulletinextractor.model.Bulletin;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an archive run to a folder: one JSON per bulletin, named after its input with the folder
 * structure kept ({@code archive/2024/第12期.pdf} gives {@code archive/2024/第12期.pdf.json}), then
 * {@code bulletins.jsonl}, the CSV tables and the SQLite database {@code bulletins.sqlite} built
 * from those JSON files (docs/archivists-guide.md lists their columns). The database is written
 * when the optional dependency {@code org.xerial:sqlite-jdbc} is on the class path, as it is in
 * the command-line tool; without it a warning is logged and the CSV tables are written alone.
 *
 * <p>Nothing is ever half-written: every file is written under a temporary name and renamed into
 * place. A bulletin's JSON whose recorded source hash matches its input is up to date and need not
 * be parsed again, so a run that was stopped can be run again and only redoes what is missing.
 * CSV files are UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese right.
 */
public final class ArchiveOutput {

    public static final String JSON_LINES = "bulletins.jsonl";
    /** Locked by the run writing the folder, and holding its process number; hidden, so never read as input. */
    static final String LOCK = ".bulletin-extractor.lock";
    /**
     * Stands while the finished tables are renamed into place one by one: found by a later run, it
     * says a run stopped between two renames and left tables of two runs.
     */
    static final String SWITCHING = ".tables-switching";

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveOutput.class);

    private final Path folder;

    public ArchiveOutput(Path folder) {
        this.folder = folder;
    }

    /**
     * Takes the folder for this run: a second run into the same folder at once would write the same
     * temporary tables and corrupt them, so it is refused while this one holds the returned lock.
     * Temporary files a killed run left are removed once the folder is held.
     *
     * @throws OutputFolderException if the folder is a file, cannot be written, or another run holds it
     */
    public Closeable lock() throws OutputFolderException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputFolderException(folder, "is a file, not a folder: give --out a folder", null);
        }
        Path lockFile = folder.resolve(LOCK);
        FileChannel channel;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(
                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputFolderException(folder, "cannot be written: " + reason(e), e);
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
                channel.close();
                throw new OutputFolderException(
                        folder,
                        "another run is writing to this folder" + (holder.isEmpty() ? "" : " (" + holder + ")")
                                + ": wait for it to end, or give another --out",
                        null);
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(("process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            // A run killed outright (SIGKILL, a power cut) cannot clean up: the run that holds the folder next does.
            removeTemporaries(folder);
            return () -> {
                lock.release();
                channel.close();
            };
        } catch (OutputFolderException e) {
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutputFolderException(folder, "cannot be locked: " + reason(e), e);
        }
    }

    /** The lock, or null if another process (or this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a lock file that could not be locked: nothing was written to it
        }
    }

    /** An I/O failure in words: "permission denied", "no space left on device". */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot be made there (no such file or folder)";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            // Its message is only the path; the reason, when the system gave one, says why.
            return f.getReason() != null
                    ? f.getReason().toLowerCase(java.util.Locale.ROOT)
                    : "the file system refused (" + f.getClass().getSimpleName() + ")";
        }
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Removes the temporary files a run stopped in the middle leaves in {@code folder}: tables and
     * records being written ({@code .name.tmp}). Best effort: it runs as the process ends.
     */
    public static void removeTemporaries(Path folder) {
        try (var files = Files.walk(folder)) {
            files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(f);
                    })
                    .forEach(f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException e) {
                            // left for the next run, which writes over it
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            // the folder went away or cannot be read: nothing to clean
        }
    }

    /**
     * Whether an earlier run stopped while it switched the tables, leaving some from it and some
     * from the run before; this run's tables replace them all.
     */
    public boolean tablesLeftMixed() {
        return Files.exists(folder.resolve(SWITCHING));
    }

    /** Where the JSON of {@code entry} goes. */
    public Path jsonOf(ArchiveFiles.Entry entry) {
        return folder.resolve(outputName(entry) + ".json");
    }

    /**
     * The entry's path below its argument as outputs are named after it: as it reads, except that a
     * name holding bytes that are no UTF-8 (which Java reads as �) keeps those bytes as {@code %FF},
     * so that two names differing only there do not become one output and lose a bulletin.
     */
    static String outputName(ArchiveFiles.Entry entry) {
        Path relative = entry.relative();
        String readable = relative.toString();
        if (readable.indexOf('\uFFFD') < 0) {
            return readable;
        }
        String[] raw = entry.file().toAbsolutePath().toUri().getRawPath().split("/");
        int count = relative.getNameCount();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = relative.getName(i).toString();
            names.add(name.indexOf('\uFFFD') < 0 || raw.length < count ? name : raw[raw.length - count + i]);
        }
        return String.join(relative.getFileSystem().getSeparator(), names);
    }

    /**
     * Whether the entry's JSON exists and was made from the file as it is now (same SHA-256).
     * Anything unreadable about it means no: the file is parsed again.
     */
    public boolean isUpToDate(ArchiveFiles.Entry entry) {
        Path json = jsonOf(entry);
        if (!Files.isRegularFile(json)) {
            return false;
        }
        try {
            Bulletin existing = BulletinJson.fromJson(Files.readString(json));
            return existing.source() != null
                    && SourceHash.of(entry.file()).equals(existing.source().sha256());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes the JSON of a parsed file, or removes a stale one left by an earlier run if the file now fails. */
    public void write(ParseResult result) throws IOException {
        Path json = jsonOf(result.entry());
        if (result instanceof ParseResult.Parsed parsed) {
            writeAtomically(json, BulletinJson.toPrettyJson(parsed.bulletin()));
        } else {
            Files.deleteIfExists(json);
        }
    }

    /**
     * Builds {@code bulletins.jsonl} and the tables from the JSON of {@code entries} (in their order)
     * and the failures of this run.
     */
    public void writeTables(List<ArchiveFiles.Entry> entries, List<ParseResult.Failed> failures) throws IOException {
        List<Path> temporaries = new ArrayList<>();
        try {
            writeTables(entries, failures, temporaries);
        } catch (IOException e) {
            for (Path temporary : temporaries) {
                Files.deleteIfExists(temporary);
            }
            throw new OutputFolderException(
                    folder,
                    "the tables could not be written (" + reason(e)
                            + "); the records are written, and the tables of the run before are kept",
                    e);
        }
    }

    private void writeTables(
            List<ArchiveFiles.Entry> entries, List<ParseResult.Failed> failures, List<Path> temporaries)
            throws IOException {
        Files.createDirectories(folder);
        boolean withDatabase = SqliteTables.isAvailable();
        if (!withDatabase) {
            LOG.warn(
                    "{} is not written: add {} to the class path to have it",
                    SqliteTables.FILE_NAME,
                    SqliteTables.COORDINATES);
        }
        Path database = withDatabase ? temporary(SqliteTables.FILE_NAME, temporaries) : null;
        if (database != null) {
            // A database a killed run left would already hold its tables.
            Files.deleteIfExists(database);
        }
        try (Writer jsonl = Files.newBufferedWriter(temporary(JSON_LINES, temporaries), StandardCharsets.UTF_8);
                CsvTables csv = new CsvTables(ArchiveTables.ALL, name -> temporary(name, temporaries));
                SqliteTables sqlite = database == null ? null : new SqliteTables(database, ArchiveTables.ALL)) {
            ArchiveTables.Sink both = (table, values) -> {
                csv.row(table, values);
                if (sqlite != null) {
                    sqlite.row(table, values);
                }
            };
            int id = 0;
            for (ArchiveFiles.Entry entry : entries) {
                Path json = jsonOf(entry);
                if (!Files.isRegularFile(json)) {
                    continue;
                }
                Bulletin bulletin = BulletinJson.fromJson(Files.readString(json));
                jsonl.write(BulletinJson.toJsonLine(bulletin));
                jsonl.write('\n');
                ArchiveTables.write(++id, outputName(entry), bulletin, both);
            }
            for (ParseResult.Failed failure : failures) {
                ArchiveTables.writeFailure(
                        outputName(failure.entry()), failure.code().name(), failure.reason(), both);
            }
            if (sqlite != null) {
                sqlite.commit();
            }
        }
        Path switching = folder.resolve(SWITCHING);
        Files.writeString(switching, "process " + ProcessHandle.current().pid());
        for (Path temporary : temporaries) {
            moveIntoPlace(
                    temporary,
                    folder.resolve(temporary.getFileName().toString().replaceFirst("^\\.(.*)\\.tmp$", "$1")));
        }
        Files.delete(switching);
    }

    /** The temporary name a table is written under until all are done, noted for removal on failure. */
    private Path temporary(String name, List<Path> temporaries) {
        Path temporary = folder.resolve("." + name + ".tmp");
        temporaries.add(temporary);
        return temporary;
    }

    private void writeAtomically(Path target, String content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw new OutputFolderException(folder, target + " could not be written (" + reason(e) + ")", e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
