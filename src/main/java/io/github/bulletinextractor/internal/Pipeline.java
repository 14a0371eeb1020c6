package io.github.bulletinextractor.internal;

import io.github.bulletinextractor.internal.extract.AttachmentExtractor;
import io.github.bulletinextractor.internal.extract.BulletinDraft;
import io.github.bulletinextractor.internal.extract.CaseCountExtractor;
import io.github.bulletinextractor.internal.extract.DistributionExtractor;
import io.github.bulletinextractor.internal.extract.FieldExtractor;
import io.github.bulletinextractor.internal.extract.MastheadExtractor;
import io.github.bulletinextractor.internal.extract.MetricExtractor;
import io.github.bulletinextractor.internal.extract.PrintRunExtractor;
import io.github.bulletinextractor.internal.extract.SectionTreeExtractor;
import io.github.bulletinextractor.internal.extract.VisitExtractor;
import io.github.bulletinextractor.internal.normalize.Normaliser;
import io.github.bulletinextractor.internal.normalize.Paragraph;
import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.internal.read.RawDocument;
import io.github.bulletinextractor.internal.read.ReadLimits;
import io.github.bulletinextractor.internal.segment.BlockClassifier;
import io.github.bulletinextractor.internal.segment.NumberingStyles;
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
        // The masthead comes first: the others take their year, period and frequency from it.
        this.extractors = List.of(new MastheadExtractor(), new SectionTreeExtractor(), new VisitExtractor(),
                new CaseCountExtractor(), new MetricExtractor(), new DistributionExtractor(),
                new PrintRunExtractor(), new AttachmentExtractor(classifier));
    }

    /**
     * Runs the stages, checking the time limit between them.
     *
     * @throws BulletinReadException with {@code TIMEOUT} when the limit passes
     */
    public Bulletin run(RawDocument raw, Source source, ReadLimits limits) throws BulletinReadException {
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
