package io.github.bulletinextractor.internal.read;

import static io.github.bulletinextractor.TestData.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.model.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanReaderTest {

    @TempDir
    Path dir;

    @Test
    void aPageImageOfTooManyPixelsIsTooLargeBeforeItIsDecoded() throws Exception {
        Path huge = Files.write(dir.resolve("huge.png"), pngHeader(12_000, 12_000));

        BulletinReadException e = catchThrowableOfType(() -> PARSER.parse(huge), BulletinReadException.class);

        assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(e.reason())
                .isEqualTo("page 1 is an image of 144000000 pixels, over the limit of 72000000"
                        + " (an A3 page scanned at 600 dpi has 70 million)");
    }

    @Test
    void aDamagedImageSaysWhyEvenWhenItsErrorHasNoMessage() throws Exception {
        byte[] header = pngHeader(100, 100);
        Path damaged = Files.write(dir.resolve("damaged.png"), header); // a header, and no image data

        BulletinReadException e = catchThrowableOfType(() -> PARSER.parse(damaged), BulletinReadException.class);

        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
        assertThat(e.reason())
                .startsWith("not a readable image: ")
                .doesNotEndWith(": ")
                .doesNotEndWith("null");
    }

    /** A PNG of the given size, one bit a pixel, with its header and no image data. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {1, 0, 0, 0, 0});
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
