package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The four comprehensive-window figures of one period, each null when not stated.
 *
 * @param consultations enquiries answered: 咨询, 接待, 解答
 * @param accepted      applications taken in: 受理, 收件, 接件
 * @param issued        cases concluded, licences issued: 办结, 出件, 颁发, 发证, 办件
 * @param transferred   cases passed on: 流转, 转办, 转件
 * @param verbs         the word printed before each figure
 */
@JsonPropertyOrder({"consultations", "accepted", "issued", "transferred", "verbs"})
public record CaseFigures(Long consultations, Long accepted, Long issued, Long transferred, CaseVerbs verbs) {

    /** Figures without the words they were printed with. */
    public CaseFigures(Long consultations, Long accepted, Long issued, Long transferred) {
        this(consultations, accepted, issued, transferred, null);
    }
}
