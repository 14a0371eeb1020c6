package io.github.bulletinextractor.archive;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes each table to its CSV file (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read the Chinese right, a header row, null as an empty field) under a temporary name.
 */
final class CsvTables implements ArchiveTables.Sink, AutoCloseable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<ArchiveTables.Table, Writer> writers = new LinkedHashMap<>();

    /** @param temporaryOf the temporary file each table is written to */
    CsvTables(List<ArchiveTables.Table> tables, java.util.function.Function<String, Path> temporaryOf)
            throws IOException {
        try {
            for (ArchiveTables.Table table : tables) {
                Writer writer = Files.newBufferedWriter(temporaryOf.apply(table.csvFileName()), StandardCharsets.UTF_8);
                writers.put(table, writer);
                writer.write(BYTE_ORDER_MARK);
                writeLine(
                        writer,
                        table.columns().stream().map(ArchiveTables.Column::name).toList());
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    public void row(ArchiveTables.Table table, List<@Nullable Object> values) throws IOException {
        writeLine(writers.get(table), values.stream().map(TableValues::text).toList());
    }

    private static void writeLine(Writer writer, List<@Nullable String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write('\n');
    }

    /** Quoted when it holds a comma, quote or line break, or space at an end a reader might trim. */
    static String field(@Nullable String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
