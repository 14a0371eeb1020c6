package io.github.bulletinextractor.internal.extract;

import io.github.bulletinextractor.internal.normalize.Paragraph;
import io.github.bulletinextractor.internal.segment.StructuredDocument;
import io.github.bulletinextractor.internal.text.CharSet;
import io.github.bulletinextractor.model.CaseCounts;
import io.github.bulletinextractor.model.CaseFigures;
import io.github.bulletinextractor.model.MetricScope;
import io.github.bulletinextractor.model.WarningCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the comprehensive-window figures: a clause that counts 咨询, 受理, 颁发 and 流转, once for
 * the week (本周) and once for the year so far (今年以来，累计). The first such clause of each scope
 * counts, wherever in the body it stands.
 */
public final class CaseCountExtractor implements FieldExtractor {

    private static final List<String> KEYWORDS = List.of("咨询", "受理", "颁发", "流转");
    private static final CharSet CLAUSE_ENDS = CharSet.of("。;!?");

    @Override
    public void extract(StructuredDocument document, BulletinDraft draft) {
        Map<MetricScope, CaseFigures> found = new EnumMap<>(MetricScope.class);
        List<Paragraph> paragraphs = new ArrayList<>();
        document.walkSections(section -> paragraphs.addAll(section.body()));
        for (Paragraph paragraph : paragraphs) {
            String f = paragraph.folded().folded();
            if (keywordsIn(f, 0, f.length()) < 2) {
                continue; // nor can any of its clauses
            }
            int start = 0;
            for (int i = 0; i <= f.length(); i++) {
                if (i == f.length() || CLAUSE_ENDS.contains(f.charAt(i))) {
                    readClause(f, start, i, paragraph.page(), found, draft);
                    start = i + 1;
                }
            }
        }
        CaseFigures week = found.get(MetricScope.WEEK);
        CaseFigures yearToDate = found.get(MetricScope.YEAR_TO_DATE);
        draft.caseCounts = week == null && yearToDate == null ? null : new CaseCounts(week, yearToDate);
    }

    private static void readClause(String f, int start, int end, Integer page, Map<MetricScope, CaseFigures> found,
                                   BulletinDraft draft) {
        if (keywordsIn(f, start, end) < 2) {
            return; // case counts name at least two of the four; most sentences name none
        }
        Long[] figures = new Long[KEYWORDS.size()];
        int matched = 0;
        int previousEnd = start;
        for (Quantity quantity : Quantity.findAll(f, start, end)) {
            // The keyword stands between the figure before and this one: 颁发证照 8834件 counts as 颁发.
            String before = f.substring(previousEnd, quantity.start());
            int keyword = lastKeyword(before);
            Long figure = wholeNumber(quantity.value());
            if (keyword >= 0 && figures[keyword] == null && figure != null) {
                figures[keyword] = figure;
                matched++;
            }
            previousEnd = quantity.end();
        }
        if (matched < 2) {
            return;
        }
        MetricScope scope = Scopes.stated(f, start, end);
        if (scope == null || scope == MetricScope.MONTH || found.containsKey(scope)) {
            return;
        }
        if (matched < KEYWORDS.size()) {
            draft.warnings.add(WarningCode.CASE_COUNTS_INCOMPLETE, "only " + matched + " of 咨询、受理、颁发、流转 read from: "
                    + f.substring(start, end), page);
        }
        found.put(scope, new CaseFigures(figures[0], figures[1], figures[2], figures[3]));
    }

    private static int keywordsIn(String f, int start, int end) {
        int count = 0;
        for (String keyword : KEYWORDS) {
            int at = f.indexOf(keyword, start);
            if (at >= 0 && at + keyword.length() <= end) {
                count++;
            }
        }
        return count;
    }

    private static int lastKeyword(String text) {
        int best = -1;
        int bestAt = -1;
        for (int k = 0; k < KEYWORDS.size(); k++) {
            int at = text.lastIndexOf(KEYWORDS.get(k));
            if (at > bestAt) {
                best = k;
                bestAt = at;
            }
        }
        return best;
    }

    private static Long wholeNumber(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
