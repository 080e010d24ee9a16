package app.waypoint.skill.service;

import app.waypoint.base.domain.LocalizedText;

/**
 * Something a person did that shows a skill, and the level it suggests: a finished roadmap topic suggests they know
 * the basics (2), a finished project that they can use it (3).
 */
public record SkillProof(LocalizedText title, int suggestsLevel) {

    public static final int FINISHED_TOPIC = 2;
    public static final int PROJECT_UNDER_WAY = 2;
    public static final int PROJECT_PLANNED = 1;
    public static final int FINISHED_PROJECT = 3;
}
