package app.waypoint.skill.service;

import app.waypoint.base.domain.LocalizedText;

import java.util.List;

/** The skills catalogue as written in {@code content/skills.yaml}. */
public record SkillCatalogDocument(int version, List<Entry> skills) {

    public record Entry(String key, String category, LocalizedText name, Integer demand) {
    }
}
