package io.github.bulletinextractor.model;

import java.util.List;

/**
 * Who receives the bulletin, each list as printed after its prefix.
 *
 * @param reportTo recipients after 报：
 * @param copyTo   recipients after 送：
 * @param issueTo  recipients after 发：
 */
public record Distribution(List<String> reportTo, List<String> copyTo, List<String> issueTo) {

    static final Distribution NONE = new Distribution(List.of(), List.of(), List.of());

    public Distribution {
        reportTo = Lists.copy(reportTo);
        copyTo = Lists.copy(copyTo);
        issueTo = Lists.copy(issueTo);
    }
}
