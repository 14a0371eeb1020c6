package io.github.bulletinextractor.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The word printed before each of the four figures ({@code 接待}, {@code 收件}, {@code 办结}…), null
 * where that figure is not stated.
 */
@JsonPropertyOrder({"consultations", "accepted", "issued", "transferred"})
public record CaseVerbs(String consultations, String accepted, String issued, String transferred) {
}
