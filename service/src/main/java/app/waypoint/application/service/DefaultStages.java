package app.waypoint.application.service;

import app.waypoint.base.domain.Language;
import app.waypoint.base.domain.LocalizedText;

import java.util.List;

/** The Korean hiring rounds a new pipeline starts with, and how long each may stay silent before a flag. */
final class DefaultStages {

    record Stage(LocalizedText name, Integer silenceDays) {
    }

    static final List<Stage> ALL = List.of(
            new Stage(new LocalizedText("관심", "Wishlist"), null),
            new Stage(new LocalizedText("지원", "Applied"), 21),
            new Stage(new LocalizedText("서류 통과", "Résumé passed"), 14),
            new Stage(new LocalizedText("코딩테스트/과제", "Coding test / assignment"), 14),
            new Stage(new LocalizedText("1차 면접", "1st interview"), 14),
            new Stage(new LocalizedText("2차/임원 면접", "2nd / executive interview"), 14),
            new Stage(new LocalizedText("처우 협의", "Offer negotiation"), 14),
            new Stage(new LocalizedText("합격", "Offer"), null));

    private DefaultStages() {
    }

    static String name(Stage stage, Language language) {
        return stage.name().in(language);
    }
}
