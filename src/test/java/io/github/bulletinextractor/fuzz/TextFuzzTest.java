package io.github.bulletinextractor.fuzz;

import static io.github.bulletinextractor.TestData.PARSER;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.bulletinextractor.BulletinJson;
import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.internal.WarningLog;
import io.github.bulletinextractor.internal.classify.BlockClassifier;
import io.github.bulletinextractor.internal.classify.NumberingStyles;
import io.github.bulletinextractor.internal.extract.BulletinDraft;
import io.github.bulletinextractor.internal.extract.Extractors;
import io.github.bulletinextractor.internal.extract.FieldExtractor;
import io.github.bulletinextractor.internal.normalise.Normaliser;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.read.PlainTextReader;
import io.github.bulletinextractor.internal.segment.Segmenter;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.FoldedText;
import java.util.List;

/**
 * Fuzz targets for the text side: folding, numbering, normaliser, segmenter, each extractor alone
 * and the whole pipeline. Whatever the text, nothing may throw but the documented limits. In the
 * normal test run these replay the inputs kept under {@code TextFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} they fuzz.
 */
class TextFuzzTest {

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
        new Normaliser(CLASSIFIER)
                .paragraphs(
                        PlainTextReader.ofText(text, "text/plain", List.of()).lines());
    }

    /** Paragraphs straight into the segmenter, as a reader might hand them over. */
    @FuzzTest
    void segmenter(@NotNull List<@NotNull String> paragraphs) {
        new Segmenter(CLASSIFIER)
                .segment(paragraphs.stream().map(p -> new Paragraph(p, 1, 0)).toList(), new WarningLog());
    }

    /** Each extractor on its own, without what the extractors before it would have found. */
    @FuzzTest
    void eachExtractorAlone(@NotNull String text) {
        List<Paragraph> paragraphs = new Normaliser(CLASSIFIER)
                .paragraphs(
                        PlainTextReader.ofText(text, "text/plain", List.of()).lines());
        StructuredDocument document = new Segmenter(CLASSIFIER).segment(paragraphs, new WarningLog());
        for (FieldExtractor extractor : Extractors.standard(CLASSIFIER)) {
            extractor.extract(document, new BulletinDraft(new WarningLog(), List.of()));
        }
    }

    /** Text that is no bulletin, or over a limit, is refused with a BulletinReadException, as documented. */
    @FuzzTest
    void wholePipeline(@NotNull String text) {
        try {
            BulletinJson.toJsonLine(PARSER.parse(text, "fuzz.txt"));
        } catch (BulletinReadException e) {
            if (e.getMessage().isBlank()) {
                throw new AssertionError("a refusal without a reason", e);
            }
        }
    }
}
