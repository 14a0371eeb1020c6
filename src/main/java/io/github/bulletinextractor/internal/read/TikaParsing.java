package io.github.bulletinextractor.internal.read;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.SAXException;

/**
 * Reads Word (DOCX, DOC), RTF, OpenDocument text and HTML through Tika's parser modules. Each
 * paragraph of the source becomes one line marked as a whole paragraph; a table row becomes one
 * line with its cells separated by a space, as a printed table reads. Only {@link TikaReader}
 * calls this, once it has made sure the modules for the format are on the class path.
 */
final class TikaParsing {

    private TikaParsing() {}

    static RawDocument read(Path file, byte[] content, String mediaType, ReadLimits limits) throws ReadFailure {
        Metadata metadata = new Metadata();
        ParagraphHandler handler = new ParagraphHandler(limits);
        ParseContext context = new ParseContext();
        // Documents embedded in a bulletin (an attached spreadsheet, a nested zip) are not read:
        // they are not the bulletin's text, and they are where zip bombs hide.
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED_DOCUMENTS);
        if (MediaTypes.DOCX.equals(mediaType) || MediaTypes.OLE2.equals(mediaType)) {
            WordOptions.set(context);
        }
        boolean zip = MediaTypes.DOCX.equals(mediaType) || MediaTypes.ODT.equals(mediaType);
        Path spooled = null;
        try {
            // From a file, POI opens a ZIP with its zip-bomb checks and inflates entries as it
            // reads them; from a stream it would inflate every entry into memory first.
            spooled = zip ? spool(content) : null;
            if (spooled != null) {
                ZipContents.checkInflatedSize(spooled, file);
            }
            try (TikaInputStream stream =
                    spooled != null ? TikaInputStream.get(spooled) : TikaInputStream.get(content)) {
                Tika.PARSER.parse(stream, handler, metadata, context);
            }
        } catch (ReadLimits.Stopped e) {
            throw e.failure();
        } catch (StackOverflowError e) {
            throw new ReadFailure(
                    file,
                    ErrorCode.CORRUPT_FILE,
                    "not a readable " + describe(mediaType) + ": nested too deeply to read",
                    null);
        } catch (EncryptedDocumentException e) {
            throw new ReadFailure(file, ErrorCode.ENCRYPTED, "the document is protected by a password", e);
        } catch (TikaException | SAXException e) {
            if (e.getCause() instanceof ReadLimits.Stopped stopped) {
                throw stopped.failure();
            }
            throw new ReadFailure(
                    file, ErrorCode.CORRUPT_FILE, "not a readable " + describe(mediaType) + ": " + rootMessage(e), e);
        } catch (IOException e) {
            throw new ReadFailure(file, ErrorCode.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
        } catch (LinkageError e) {
            // A module is there but a library it needs was left out (POI's schemas, say).
            throw OfficeModules.missing(file, mediaType, e);
        } finally {
            deleteQuietly(spooled);
        }
        Integer pages = metadata.getInt(Office.PAGE_COUNT);
        return new RawDocument(
                handler.lines(), reportedType(metadata.get(Metadata.CONTENT_TYPE), mediaType), pages, List.of());
    }

    private static Path spool(byte[] content) throws IOException {
        Path temporary = Files.createTempFile("bulletin-extractor-", ".zip");
        Files.write(temporary, content);
        return temporary;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                temporary.toFile().deleteOnExit();
            }
        }
    }

    /** Tika's finer type where it has one (application/msword for an OLE2 file); a Word file where it has not. */
    private static String reportedType(String detected, String mediaType) {
        String type = detected == null ? mediaType : detected.split(";")[0].strip();
        return type.equals(MediaTypes.OLE2) ? "application/msword" : type;
    }

    private static String describe(String mediaType) {
        return OfficeModules.describe(mediaType);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static final EmbeddedDocumentExtractor NO_EMBEDDED_DOCUMENTS = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(
                java.io.InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded says no
        }
    };

    /**
     * Word files are streamed through SAX rather than loaded whole, so that the character limit
     * stops a file whose text inflates to gigabytes before it fills memory. A class of its own,
     * because its types come from the Word module, which a program reading only HTML may not have.
     */
    private static final class WordOptions {
        static void set(ParseContext context) {
            OfficeParserConfig office = new OfficeParserConfig();
            office.setUseSAXDocxExtractor(true);
            office.setIncludeHeadersAndFooters(false);
            context.set(OfficeParserConfig.class, office);
        }
    }

    /** Tika starts slowly; only a file that needs it pays for that. */
    private static final class Tika {
        static final Parser PARSER = new AutoDetectParser();
    }
}
