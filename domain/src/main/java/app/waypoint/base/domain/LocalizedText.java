package app.waypoint.base.domain;

import jakarta.persistence.Embeddable;

/** A text in both of Waypoint's languages. */
@Embeddable
public record LocalizedText(String ko, String en) {

    public String in(Language language) {
        return language == Language.KO ? ko : en;
    }
}
