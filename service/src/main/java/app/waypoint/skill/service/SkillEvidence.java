package app.waypoint.skill.service;

import app.waypoint.base.domain.LocalizedText;

import java.util.List;
import java.util.Map;

/**
 * Something a person did that shows a skill (a finished roadmap topic, a project that used it). Features
 * that produce evidence implement this; the skills view gathers from all of them.
 */
public interface SkillEvidence {

    /** Evidence of the given account, by skill id: short titles of what was done, in both languages. */
    Map<Long, List<LocalizedText>> evidenceBySkill(long accountId);
}
