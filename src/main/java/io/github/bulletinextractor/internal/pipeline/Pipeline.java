package io.github.bulletinextractor.internal.pipeline;

import io.github.bulletinextractor.internal.ReadFailure;
import io.github.bulletinextractor.internal.WarningLog;
import io.github.bulletinextractor.internal.classify.BlockClassifier;
import io.github.bulletinextractor.internal.classify.NumberingStyles;
import io.github.bulletinextractor.internal.extract.BulletinDraft;
import io.github.bulletinextractor.internal.extract.Extractors;
import io.github.bulletinextractor.internal.extract.FieldExtractor;
import io.github.bulletinextractor.internal.normalise.Normaliser;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.read.RawDocument;
import io.github.bulletinextractor.internal.read.ReadLimits;
import io.github.bulletinextractor.internal.segment.Segmenter;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Source;
import java.util.List;

/**
 * Lines to bulletin: normalise, segment, then run the field extractors in order. Holds no state
 * between parses, so one instance serves any number of threads.
 */
public final class Pipeline {

    private final Normaliser normaliser;
    private final Segmenter segmenter;
    private final List<FieldExtractor> extractors;

    public Pipeline() {
        BlockClassifier classifier = new BlockClassifier(NumberingStyles.standard());
        this.normaliser = new Normaliser(classifier);
        this.segmenter = new Segmenter(classifier);
        this.extractors = Extractors.standard(classifier);
    }

    /**
     * Runs the stages, checking the time limit between them.
     *
     * @throws ReadFailure with {@code TIMEOUT} when the limit passes
     */
    public Bulletin run(RawDocument raw, Source source, ReadLimits limits) throws ReadFailure {
        WarningLog warnings = new WarningLog();
        warnings.addAll(raw.warnings());
        List<Paragraph> paragraphs = normaliser.paragraphs(raw.lines());
        limits.checkTime();
        StructuredDocument document = segmenter.segment(paragraphs, warnings);
        BulletinDraft draft = new BulletinDraft(warnings, raw.doubts());
        for (FieldExtractor extractor : extractors) {
            limits.checkTime();
            extractor.extract(document, draft);
        }
        return draft.toBulletin(source);
    }
}
