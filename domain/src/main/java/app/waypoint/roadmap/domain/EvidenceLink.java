package app.waypoint.roadmap.domain;

import jakarta.persistence.Embeddable;

/** A link that shows the work behind a topic: a repository, a blog post, a certificate. */
@Embeddable
public record EvidenceLink(String url, String title) {

    public static final int MAX_TITLE = 200;
}
