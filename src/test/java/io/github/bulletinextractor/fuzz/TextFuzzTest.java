package io.github.bulletinextractor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.internal.normalize.Normaliser;
import io.github.bulletinextractor.internal.read.PlainTextReader;
import io.github.bulletinextractor.internal.segment.BlockClassifier;
import io.github.bulletinextractor.internal.segment.NumberingStyles;
import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.List;

/**
 * Fuzz targets for the text side: folding, numbering, normaliser and the whole pipeline (segmenter
 * and every extractor). Whatever the text, nothing may throw but the documented limits. In the
 * normal test run these replay the inputs kept under {@code TextFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} they fuzz.
 */
class TextFuzzTest {

    private static final BulletinParser PARSER = BulletinParser.create();
    private static final BlockClassifier CLASSIFIER = new BlockClassifier(NumberingStyles.standard());

    @FuzzTest
    void folding(@NotNull String text) {
        FoldedText folded = FoldedText.of(text);
        for (int i = 0; i < folded.length(); i++) {
            folded.original(i, folded.length());
        }
        CLASSIFIER.classify(folded);
    }

    @FuzzTest
    void normaliser(@NotNull String text) {
        new Normaliser(CLASSIFIER).paragraphs(PlainTextReader.ofText(text, "text/plain", List.of()).lines());
    }

    @FuzzTest
    void wholePipeline(@NotNull String text) {
        BulletinJson.toJsonLine(PARSER.parse(text, "fuzz.txt"));
    }
}
