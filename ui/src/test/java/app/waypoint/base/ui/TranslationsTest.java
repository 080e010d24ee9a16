package app.waypoint.base.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts that read as written: real plurals in English, the right particle (or none) in Korean. */
class TranslationsTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void englishTextsUseRealPluralsNotTheLazyS() {
        assertThat(bundle("translations.properties")).allSatisfy((key, text) ->
                assertThat(text).as(key).doesNotContain("(s)", "(es)"));

        assertThat(en("groups.members", 1)).isEqualTo("1 member");
        assertThat(en("groups.members", 4)).isEqualTo("4 members");
        assertThat(en("roadmap.plan.pace.ahead", 1)).isEqualTo("1 week ahead");
        assertThat(en("roadmap.plan.pace.behind", 3)).isEqualTo("3 weeks behind");
        assertThat(en("streak.freezes", 1)).isEqualTo("1 freeze left this month");
        assertThat(en("streak.freezes", 0)).isEqualTo("0 freezes left this month");
        assertThat(en("questions.streak", 1)).isEqualTo("Review streak: 1 day");
        assertThat(en("review.session", 1, 0, 1)).isEqualTo("This session: 1 card, 0 % again, 1 minute.");
        assertThat(en("review.tomorrow", 1, 0, 2))
                .isEqualTo("Tomorrow: 1 review and no new cards. Streak: 2 days.");
        assertThat(en("problem.figures", 1, 20)).isEqualTo("1 attempt · 20 min");
        assertThat(en("roadmaps.figures", 1, 50, 1, 2)).isEqualTo("1 stage · 50% done (1 of 2 topics)");
        assertThat(en("questions.starter-added", 1)).isEqualTo("1 question added to your deck.");
        assertThat(en("groups.members", 1200)).isEqualTo("1,200 members");
    }

    @Test
    void koreanTextsNeverShowAParticleInBrackets() {
        List<String> placeholders = List.of("(으)", "을(를)", "를(을)", "이(가)", "가(이)", "은(는)", "는(은)", "과(와)",
                "와(과)", "(이)");
        assertThat(bundle("translations_ko.properties")).allSatisfy((key, text) ->
                assertThat(text).as(key).doesNotContain(placeholders.toArray(String[]::new)));

        Locale korean = Locale.KOREAN;
        assertThat(translations.getTranslation("project.delete.header", korean, "벡터 검색 API",
                KoreanParticles.object("벡터 검색 API"))).isEqualTo("“벡터 검색 API”를 삭제할까요?");
        assertThat(translations.getTranslation("roadmap.custom.delete.header", korean, "내 학습 계획",
                KoreanParticles.object("내 학습 계획"))).isEqualTo("“내 학습 계획”을 삭제할까요?");
        assertThat(translations.getTranslation("group.delete.type", korean, "토요 스터디",
                KoreanParticles.object("토요 스터디"))).isEqualTo("확인을 위해 “토요 스터디”를 입력하세요");
        assertThat(translations.getTranslation("project.delete.header", Locale.ENGLISH, "Vector search",
                KoreanParticles.object("Vector search"))).isEqualTo("Delete \"Vector search\"?");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(bundle("translations_ko.properties").keySet())
                .containsExactlyElementsOf(bundle("translations.properties").keySet());
    }

    private String en(String key, Object... params) {
        return translations.getTranslation(key, Locale.ENGLISH, params);
    }

    private static Map<String, String> bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((key, value) -> sorted.put((String) key, (String) value));
        return sorted;
    }
}
