package app.waypoint.base.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextInputTest {

    @Test
    void lengthCountsWhatAPersonSeesAsOneCharacterOnce() {
        assertThat(TextInput.length("스터디")).isEqualTo(3);
        assertThat(TextInput.length("🚀🚀")).isEqualTo(2);
        assertThat(TextInput.length("𠀀")).as("a rare Hanja outside the basic plane").isEqualTo(1);
        assertThat(TextInput.length("")).isZero();
        assertThat(TextInput.length(null)).isZero();
    }

    @Test
    void cuttingNeverSplitsACharacter() {
        assertThat(TextInput.firstCodePoints("🚀🚀🚀", 2)).isEqualTo("🚀🚀");
        assertThat(TextInput.firstCodePoints("ab", 5)).isEqualTo("ab");
    }
}
