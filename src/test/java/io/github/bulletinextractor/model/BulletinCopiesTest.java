package io.github.bulletinextractor.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.TestData;
import org.junit.jupiter.api.Test;

/** The copy methods change what they name and keep every other component. */
class BulletinCopiesTest {

    private final Bulletin bulletin = parse();

    private static Bulletin parse() {
        try {
            return TestData.PARSER.parse(TestData.bulletin("weekly-2024-12.txt"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withSourceChangesTheSourceOnly() {
        Source other = new Source("archive/2024/weekly-2024-12.txt", "text/plain", "ab", null);

        Bulletin copy = bulletin.withSource(other);

        assertThat(copy.source()).isEqualTo(other);
        assertThat(copy).usingRecursiveComparison().ignoringFields("source").isEqualTo(bulletin);
    }

    @Test
    void mastheadOnlyEmptiesTheBodyAndKeepsTheRest() {
        Bulletin copy = bulletin.mastheadOnly();

        assertThat(bulletin.sections()).isNotEmpty();
        assertThat(bulletin.visits()).isNotEmpty();
        assertThat(copy.sections()).isEmpty();
        assertThat(copy.visits()).isEmpty();
        assertThat(copy.metrics()).isEmpty();
        assertThat(copy.attachments()).isEmpty();
        assertThat(copy.warnings()).isEmpty();
        assertThat(copy.distribution().reportTo()).isEmpty();
        assertThat(copy)
                .usingRecursiveComparison()
                .ignoringFields("sections", "visits", "metrics", "distribution", "attachments", "warnings")
                .isEqualTo(bulletin);
    }
}
