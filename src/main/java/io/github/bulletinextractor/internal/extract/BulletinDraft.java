package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.WarningLog;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.internal.read.OcrDoubt;
import io.github.bulletinextractor.model.Attachment;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.Distribution;
import io.github.bulletinextractor.model.Frequency;
import io.github.bulletinextractor.model.IssueNumber;
import io.github.bulletinextractor.model.Metric;
import io.github.bulletinextractor.model.MetricScope;
import io.github.bulletinextractor.model.Period;
import io.github.bulletinextractor.model.Section;
import io.github.bulletinextractor.model.Source;
import io.github.bulletinextractor.model.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a bulletin while extractors fill them in; one per parse, never shared. */
public final class BulletinDraft {

    final WarningLog warnings;
    /** The places OCR is unsure of, for extractors to flag the fields they touch. */
    final List<OcrDoubt> ocrDoubts;

    String series;
    Frequency frequency;
    IssueNumber issue;
    Period period;
    LocalDate publishedOn;
    String publisher;
    List<Section> sections = List.of();
    final List<Visit> visits = new ArrayList<>();
    CaseCounts caseCounts;
    /**
     * The scope {@link CaseCountExtractor} found for each case-count figure, by paragraph and where
     * the figure starts in its folded text, so that its metric agrees.
     */
    final Map<Paragraph, Map<Integer, MetricScope>> countedScopes = new IdentityHashMap<>();

    final List<Metric> metrics = new ArrayList<>();
    Distribution distribution;
    Integer copies;
    final List<Attachment> attachments = new ArrayList<>();

    public BulletinDraft(WarningLog warnings, List<OcrDoubt> ocrDoubts) {
        this.warnings = warnings;
        this.ocrDoubts = List.copyOf(ocrDoubts);
    }

    public Bulletin toBulletin(Source source) {
        return new Bulletin(
                Bulletin.SCHEMA_VERSION,
                source,
                series,
                frequency,
                issue,
                period,
                publishedOn,
                publisher,
                sections,
                visits,
                caseCounts,
                metrics,
                distribution,
                copies,
                attachments,
                warnings.toList());
    }
}
