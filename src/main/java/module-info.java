/**
 * bulletin-extractor: archived Chinese government work bulletins to typed records and JSON. The
 * API is {@code io.github.bulletinextractor} (the parser, JSON and errors), {@code .model} (the
 * records) and {@code .archive} (runs over many files); everything under {@code .internal} is
 * hidden, and {@code .cli} is the command-line tool.
 *
 * <p>Optional dependencies are {@code requires static}: Tika's modules for office formats, ONNX
 * Runtime for OCR, picocli for the tool. A program without them still reads text and PDF.
 */
module io.github.bulletinextractor {
    exports io.github.bulletinextractor;
    exports io.github.bulletinextractor.model;
    exports io.github.bulletinextractor.archive;

    // Jackson builds and reads the records by reflection.
    opens io.github.bulletinextractor.model to
            com.fasterxml.jackson.databind;
    // picocli sets the commands' option fields by reflection.
    opens io.github.bulletinextractor.cli to
            info.picocli;

    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires static transitive org.jspecify;
    requires com.fasterxml.jackson.core;
    requires com.ibm.icu;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.slf4j;
    requires java.desktop;
    requires java.sql;
    requires java.xml;
    requires static org.apache.tika.core;
    requires static org.apache.tika.parser.microsoft;
    requires static com.microsoft.onnxruntime;
    requires static info.picocli;
}
