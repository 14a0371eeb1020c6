package io.github.bulletinextractor.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells a Word (DOCX) or OpenDocument text file from another ZIP by the entries it holds. */
final class ZipContents {

    /** Enough entries to find the marker files, which come first in files that Word and LibreOffice write. */
    private static final int MAX_ENTRIES = 200;
    private static final int MAX_MIMETYPE = 100;

    private ZipContents() {
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
