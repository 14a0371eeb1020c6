package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.nio.file.Path;

/**
 * Reads Word (DOCX, DOC), RTF, OpenDocument text and HTML through Tika's parser modules, which are
 * optional dependencies: without the module a format needs, its files are refused with
 * {@code UNSUPPORTED_FORMAT} naming the module's Maven coordinates. Nothing here touches Tika, so
 * the library loads without it.
 */
public final class TikaReader implements DocumentReader {

    @Override
    public boolean reads(String mediaType) {
        return MediaTypes.TIKA_FORMATS.contains(mediaType);
    }

    @Override
    public String formats() {
        return "Word DOCX/DOC, RTF, OpenDocument text, HTML";
    }

    @Override
    public RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits) throws ReadFailure {
        if ((MediaTypes.DOCX.equals(mediaType) || MediaTypes.ODT.equals(mediaType))
                && !ZipContents.isComplete(content)) {
            throw new ReadFailure(
                    file,
                    ErrorCode.CORRUPT_FILE,
                    "not a readable " + OfficeModules.describe(mediaType)
                            + ": the file is truncated (its ZIP directory is missing)");
        }
        OfficeModules.requireFor(file, mediaType);
        return TikaParsing.read(file, content, mediaType, limits);
    }
}
