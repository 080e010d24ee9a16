package app.waypoint.skill.service;

import app.waypoint.base.domain.LocalizedText;

import java.util.Comparator;
import java.util.List;

/**
 * A skill as it stands for one person: how much employers ask for it (in the guide's figures, and in percent of
 * the person's own tracked postings, null while they track none with skills), the person's own level, and what
 * they did that shows it. {@code gap} = demand weight × (5 − level): the higher, the more worth learning.
 */
public record SkillStanding(String key, String category, LocalizedText name, Integer demand, Integer postingPercent,
                            int level, List<LocalizedText> evidence, int gap) {

    /** The skills most worth working on first among these: highest gap first, skills already at 5 left out. */
    public static List<SkillStanding> gapsAmong(List<SkillStanding> standings) {
        return standings.stream().filter(standing -> standing.gap() > 0)
                .sorted(Comparator.comparingInt(SkillStanding::gap).reversed().thenComparing(SkillStanding::key))
                .toList();
    }
}
