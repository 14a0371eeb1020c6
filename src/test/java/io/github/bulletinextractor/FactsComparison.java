package io.github.bulletinextractor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A record (as JSON) against the facts a person wrote down by hand (testdata/facts), field by
 * field: each masthead field, each section's number and heading, each field of each visit, each
 * case figure and the word printed with it, each counted quantity with its unit and scope, each
 * recipient, the print run and each attachment's title. Lists are aligned as {@link FieldTally}
 * aligns them, so one quantity missed costs one field.
 */
public record FactsComparison(int right, int total, List<String> wrong) {

    private static final List<String> MASTHEAD =
            List.of("series", "frequency", "issue", "period", "publishedOn", "publisher", "copies");
    private static final List<String> VISIT_FIELDS =
            List.of("date", "endDate", "department", "unit", "name", "titles", "activity");
    private static final List<String> SCOPES = List.of("week", "month", "yearToDate");
    private static final List<String> FIGURES = List.of("consultations", "accepted", "issued", "transferred");

    public static FactsComparison of(JsonNode facts, JsonNode record) {
        FieldTally tally = new FieldTally();
        for (String field : MASTHEAD) {
            tally.field(field, text(facts.get(field)), text(record.get(field)));
        }
        tally.aligned(
                "section",
                outline(facts.get("outline"), "children", new ArrayList<>()),
                outline(record.get("sections"), "children", new ArrayList<>()));
        for (String field : VISIT_FIELDS) {
            tally.aligned("visit " + field, each(facts.get("visits"), field), each(record.get("visits"), field));
        }
        caseCounts(facts.get("caseCounts"), record.get("caseCounts"), tally);
        tally.aligned("quantity", quantities(facts.get("quantities")), quantities(record.get("metrics")));
        for (String recipients : List.of("reportTo", "copyTo", "issueTo")) {
            tally.aligned(
                    recipients,
                    each(facts.at("/distribution/" + recipients), null),
                    each(record.at("/distribution/" + recipients), null));
        }
        tally.aligned("attachment", each(facts.get("attachments"), "title"), each(record.get("attachments"), "title"));
        return new FactsComparison(tally.right(), tally.total(), tally.wrong());
    }

    /** Each figure and its word where the facts or the record state one; figures neither states are not fields. */
    private static void caseCounts(JsonNode expected, JsonNode actual, FieldTally tally) {
        for (String scope : SCOPES) {
            for (String figure : FIGURES) {
                for (String path : List.of("/" + scope + "/" + figure, "/" + scope + "/verbs/" + figure)) {
                    String e = expected == null ? null : text(expected.at(path));
                    String a = actual == null ? null : text(actual.at(path));
                    if (e != null || a != null) {
                        tally.field("caseCounts" + path, e, a);
                    }
                }
            }
        }
    }

    private static List<String> outline(JsonNode sections, String children, List<String> out) {
        if (sections != null) {
            for (JsonNode section : sections) {
                out.add(section.path("label").asText() + " "
                        + section.path("level").asText() + " "
                        + section.path("ordinal").asText() + " " + text(section.get("heading")));
                outline(section.get(children), children, out);
            }
        }
        return out;
    }

    private static List<String> each(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> values.add(String.valueOf(text(field == null ? item : item.get(field)))));
        }
        return values;
    }

    /** Value, unit and scope; values compared as decimals so that 54200 and 54200.0 agree. */
    private static List<String> quantities(JsonNode items) {
        List<String> values = new ArrayList<>();
        if (items != null) {
            items.forEach(q -> values.add(
                    q.get("value").decimalValue().stripTrailingZeros().toPlainString() + " "
                            + q.get("unit").asText() + " " + q.get("scope").asText()));
        }
        return values;
    }

    /** A node as text, null for JSON null or a missing node. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    public double accuracy() {
        return total == 0 ? 1 : (double) right / total;
    }
}
