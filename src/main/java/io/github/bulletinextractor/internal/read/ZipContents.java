package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** Tells a Word (DOCX) or OpenDocument text file from another ZIP by the entries it holds. */
final class ZipContents {

    /** Enough entries to find the marker files, which come first in files that Word and LibreOffice write. */
    private static final int MAX_ENTRIES = 200;

    private static final int MAX_MIMETYPE = 100;

    private ZipContents() {}

    /** The end-of-directory record a ZIP file ends with, within its last 64 KiB of comment. */
    private static final int END_RECORD = 0x06054b50;

    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    /** More than this inflated is no bulletin but a zip bomb: a long bulletin's Word file inflates to a few MiB. */
    static final long MAX_INFLATED = 256L * 1024 * 1024;

    /**
     * Refuses a ZIP whose entries declare more inflated bytes than {@link #MAX_INFLATED}. Entries
     * that lie about their size are caught by POI's inflate-ratio check as they are read.
     */
    static void checkInflatedSize(Path zipFile, Path file) throws ReadFailure {
        long total = 0;
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                long size = entries.nextElement().getSize();
                total += Math.max(0, size);
                if (total > MAX_INFLATED) {
                    throw new ReadFailure(
                            file,
                            ErrorCode.TOO_LARGE,
                            "inflates to more than " + MAX_INFLATED / (1024 * 1024) + " MiB (a zip bomb)");
                }
            }
        } catch (IOException e) {
            throw new ReadFailure(file, ErrorCode.CORRUPT_FILE, "not a readable ZIP: " + e.getMessage(), e);
        }
    }

    /** Whether the ZIP file ends with its directory, as a file that was not cut short does. */
    static boolean isComplete(byte[] content) {
        int lowest = Math.max(0, content.length - END_RECORD_SIZE - MAX_COMMENT);
        for (int i = content.length - END_RECORD_SIZE; i >= lowest; i--) {
            int signature = (content[i] & 0xFF)
                    | (content[i + 1] & 0xFF) << 8
                    | (content[i + 2] & 0xFF) << 16
                    | (content[i + 3] & 0xFF) << 24;
            if (signature == END_RECORD) {
                return true;
            }
        }
        return false;
    }

    static String officeType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ENTRIES) {
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    return MediaTypes.DOCX;
                }
                if (name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(MAX_MIMETYPE), StandardCharsets.US_ASCII).strip();
                    if (mimetype.equals(MediaTypes.ODT)) {
                        return MediaTypes.ODT;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return MediaTypes.ZIP; // damaged: the reader will not be asked to read it
        }
        return MediaTypes.ZIP;
    }
}
