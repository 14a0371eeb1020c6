package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The four comprehensive-window figures of one period, each null when not stated.
 *
 * @param consultations enquiries answered: 咨询, 接待, 解答
 * @param accepted      applications taken in: 受理, 收件, 接件
 * @param issued        cases concluded, licences issued: 办结, 出件, 颁发, 发证, 办件
 * @param transferred   cases passed on: 流转, 转办, 转件
 * @param verbs         the word printed before each figure, null when the words were not kept
 */
@JsonPropertyOrder({"consultations", "accepted", "issued", "transferred", "verbs"})
public record CaseFigures(
        @Nullable Long consultations,
        @Nullable Long accepted,
        @Nullable Long issued,
        @Nullable Long transferred,
        @Nullable CaseVerbs verbs) {

    /** Figures without the words they were printed with. */
    public CaseFigures(
            @Nullable Long consultations, @Nullable Long accepted, @Nullable Long issued, @Nullable Long transferred) {
        this(consultations, accepted, issued, transferred, null);
    }
}
