package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The word printed before each of the four figures ({@code 接待}, {@code 收件}, {@code 办结}…), null
 * where that figure is not stated.
 *
 * @param consultations the word before the enquiries figure (咨询, 接待…), null when not stated
 * @param accepted      the word before the applications figure (受理, 收件…), null when not stated
 * @param issued        the word before the concluded figure (办结, 颁发…), null when not stated
 * @param transferred   the word before the passed-on figure (流转, 转办…), null when not stated
 */
@JsonPropertyOrder({"consultations", "accepted", "issued", "transferred"})
public record CaseVerbs(
        @Nullable String consultations,
        @Nullable String accepted,
        @Nullable String issued,
        @Nullable String transferred) {}
