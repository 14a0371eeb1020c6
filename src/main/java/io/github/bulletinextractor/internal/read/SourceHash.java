package io.github.bulletinextractor.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 a record's {@code source.sha256} carries: of a file's bytes, or of a scanned issue's
 * page images one after another in page order. The parser hashes what it has read, an archive run
 * what is on disk to see whether a record is up to date; one way of hashing keeps the two equal,
 * for a folder of page images as for a file.
 */
public final class SourceHash {

    private SourceHash() {}

    /** The hash of {@code parts} one after another: a file's bytes, or a scan's page images in page order. */
    public static String of(List<byte[]> parts) {
        MessageDigest digest = digest();
        parts.forEach(digest::update);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of a file, or of a folder's page images in page order, as {@link #of(List)} gives for what was read. */
    public static String of(Path file) throws IOException {
        List<Path> parts = Files.isDirectory(file) ? PageImages.inFolder(file) : List.of(file);
        if (parts.isEmpty()) {
            throw new IOException(file + " is a folder without page images");
        }
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        for (Path part : parts) {
            try (InputStream in = Files.newInputStream(part)) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
