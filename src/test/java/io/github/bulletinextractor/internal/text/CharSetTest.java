package io.github.bulletinextractor.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharSetTest {

    @Test
    void holdsExactlyItsMembers() {
        String members = "。!?;:,第0本当今年累截全";
        CharSet set = CharSet.of(members);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(set.contains(c)).as("U+%04X", (int) c).isEqualTo(members.indexOf(c) >= 0);
        }
        assertThat(CharSet.of("").contains('a')).isFalse();
    }
}
