package io.github.bulletinextractor.model;

/** Consultations (咨询), cases accepted (受理), licences issued (颁发) and cases transferred (流转); null when not stated. */
public record CaseFigures(Long consultations, Long accepted, Long issued, Long transferred) {
}
