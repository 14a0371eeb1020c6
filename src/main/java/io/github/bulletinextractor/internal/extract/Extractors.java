package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.classify.BlockClassifier;
import java.util.List;

/**
 * Every field extractor, in the one list an extractor is added to and the order they run in: the
 * masthead first, since the others take their year, period and frequency from it. The pipeline and
 * the fuzz tests both take the list from here.
 */
public final class Extractors {

    private Extractors() {}

    /** The extractors of the bulletin family, in running order; {@code classifier} as the segmenter's. */
    public static List<FieldExtractor> standard(BlockClassifier classifier) {
        return List.of(
                new MastheadExtractor(),
                new SectionTreeExtractor(),
                new VisitExtractor(),
                new CaseCountExtractor(),
                new MetricExtractor(),
                new DistributionExtractor(),
                new PrintRunExtractor(),
                new AttachmentExtractor(classifier));
    }
}
