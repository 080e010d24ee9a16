package app.waypoint.skill.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Something a person did that shows a skill (a finished roadmap topic, a project that used it). Features
 * that produce evidence implement this; the skills view gathers from all of them.
 */
public interface SkillEvidence {

    /** Evidence of the given account, by skill id: what was done, titled in both languages, and the level it suggests. */
    Map<Long, List<SkillProof>> evidenceBySkill(long accountId);

    /** Groups query rows that start with the skill id by skill, keeping their order. */
    static Map<Long, List<SkillProof>> bySkill(List<Object[]> rows, Function<Object[], SkillProof> evidence) {
        Map<Long, List<SkillProof>> grouped = new HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(evidence.apply(row));
        }
        return grouped;
    }
}
