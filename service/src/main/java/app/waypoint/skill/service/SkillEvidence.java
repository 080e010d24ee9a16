package app.waypoint.skill.service;

import app.waypoint.base.domain.LocalizedText;

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

    /** Evidence of the given account, by skill id: short titles of what was done, in both languages. */
    Map<Long, List<LocalizedText>> evidenceBySkill(long accountId);

    /** Groups (skill id, evidence) query rows by skill, keeping their order. */
    static Map<Long, List<LocalizedText>> bySkill(List<Object[]> rows, Function<Object, LocalizedText> evidence) {
        Map<Long, List<LocalizedText>> grouped = new HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(evidence.apply(row[1]));
        }
        return grouped;
    }
}
