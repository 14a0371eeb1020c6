package io.github.bulletinextractor.cli;

import io.github.bulletinextractor.model.OcrMode;
import java.util.Locale;
import picocli.CommandLine;

/** {@code --ocr auto|always|never}, in lower case as the help shows it, any case accepted. */
final class OcrModeConverter implements CommandLine.ITypeConverter<OcrMode> {

    @Override
    public OcrMode convert(String value) {
        try {
            return OcrMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("--ocr must be auto, always or never, not '" + value + "'");
        }
    }
}
