package io.github.bulletinextractor.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the tables into one SQLite database, with declared types, real NULLs, a foreign key from
 * every row of a bulletin to it, and indexes on issue and date. It is written whole, in one
 * transaction, to a temporary file that replaces the database only when every table is done.
 */
final class SqliteTables implements ArchiveTables.Sink, AutoCloseable {

    /** The database file in the output folder. */
    static final String FILE_NAME = "bulletins.sqlite";
    /** The optional dependency that writes it; the command-line tool bundles it. */
    static final String COORDINATES = "org.xerial:sqlite-jdbc";

    private final Connection connection;
    private final Map<ArchiveTables.Table, PreparedStatement> inserts = new HashMap<>();

    SqliteTables(Path file, List<ArchiveTables.Table> tables) throws IOException {
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new IOException("the database " + file.getFileName() + " cannot be made: " + e.getMessage(), e);
        }
        try (Statement statement = connection.createStatement()) {
            // The file is temporary until it is renamed into place: no journal is needed to keep it whole.
            statement.execute("PRAGMA journal_mode = OFF");
            statement.execute("PRAGMA synchronous = OFF");
            statement.execute("PRAGMA foreign_keys = ON");
            connection.setAutoCommit(false);
            for (ArchiveTables.Table table : tables) {
                statement.execute(createTable(table));
                for (List<String> index : table.indexes()) {
                    statement.execute("CREATE INDEX " + table.name() + "_" + String.join("_", index) + " ON "
                            + table.name() + " (" + String.join(", ", index) + ")");
                }
                inserts.put(
                        table,
                        connection.prepareStatement("INSERT INTO " + table.name() + " VALUES ("
                                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"));
            }
        } catch (SQLException e) {
            closeQuietly();
            throw failure(e);
        }
    }

    /** Whether the SQLite driver is on the class path. */
    static boolean isAvailable() {
        try {
            Class.forName("org.sqlite.JDBC", false, SqliteTables.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static String createTable(ArchiveTables.Table table) {
        String columns = table.columns().stream()
                .map(column -> {
                    String definition = column.name() + " " + column.type().name();
                    if (column.name().equals("id")) {
                        definition += " PRIMARY KEY";
                    } else if (column.notNull()) {
                        definition += " NOT NULL";
                    }
                    if (column.references() != null) {
                        definition += " REFERENCES " + column.references() + " (id)";
                    }
                    return definition;
                })
                .collect(Collectors.joining(", "));
        return "CREATE TABLE " + table.name() + " (" + columns + ")";
    }

    @Override
    public void row(ArchiveTables.Table table, List<@Nullable Object> values) throws IOException {
        PreparedStatement insert = inserts.get(table);
        try {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    insert.setNull(i + 1, Types.NULL);
                } else if (value instanceof Integer || value instanceof Long) {
                    insert.setLong(i + 1, ((Number) value).longValue());
                } else {
                    // Text, ISO dates and decimals in full; a NUMERIC column stores a decimal as a number.
                    insert.setString(i + 1, TableValues.text(value));
                }
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Commits every row; the database is complete once this returns. */
    void commit() throws IOException {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IOException failure(SQLException e) {
        return new IOException("the database could not be written: " + e.getMessage(), e);
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // already failing: the first error is the one reported
        }
    }

    @Override
    public void close() throws IOException {
        try {
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
