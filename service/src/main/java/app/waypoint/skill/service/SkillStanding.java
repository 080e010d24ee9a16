package app.waypoint.skill.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.skill.domain.SkillAssessment;

import java.util.Comparator;
import java.util.List;

/**
 * A skill as it stands for one person: how much employers ask for it (in the guide's figures, and in percent of
 * the person's own tracked postings, null while they track none with skills, and which of them weighs it), the
 * person's own level, what they did that shows it, and the level that suggests when it is above theirs (else null).
 * {@code gap} = demand weight × (5 − level): the higher, the more worth learning.
 */
public record SkillStanding(String key, String category, LocalizedText name, Integer demand, Integer postingPercent,
                            DemandSource demandSource, int level, List<LocalizedText> evidence, Integer suggestedLevel,
                            int gap) {

    /** The demand weight in the gap score; 0 once the skill is at 5. */
    public int weight() {
        int levelsToGo = SkillAssessment.MAX_LEVEL - level;
        return levelsToGo == 0 ? 0 : gap / levelsToGo;
    }

    /** The skills most worth working on first among these: highest gap first, skills already at 5 left out. */
    public static List<SkillStanding> gapsAmong(List<SkillStanding> standings) {
        return standings.stream().filter(standing -> standing.gap() > 0)
                .sorted(Comparator.comparingInt(SkillStanding::gap).reversed().thenComparing(SkillStanding::key))
                .toList();
    }
}
