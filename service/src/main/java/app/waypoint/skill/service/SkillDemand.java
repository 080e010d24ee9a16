package app.waypoint.skill.service;

import java.util.Map;

/**
 * How often the job postings a person tracks ask for each skill. The job-application feature implements this, so
 * the skills view can weigh the guide's figures by the person's own postings without depending on it.
 */
public interface SkillDemand {

    /** Of the person's postings that list skills, the share asking for each skill, by skill id; empty without any. */
    Map<Long, Double> postingShares(long accountId);
}
