package app.waypoint.roadmap.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A course, book or page recommended for a topic. */
@Embeddable
public record LearningResource(@Enumerated(EnumType.STRING) ResourceKind kind, String title, String url) {
}
