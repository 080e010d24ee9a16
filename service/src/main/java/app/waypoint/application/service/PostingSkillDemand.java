package app.waypoint.application.service;

import app.waypoint.application.domain.JobApplicationRepository;
import app.waypoint.skill.service.SkillDemand;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The skills the person's tracked postings ask for, as shares of the postings that list any; one statement. */
@Component
class PostingSkillDemand implements SkillDemand {

    private final JobApplicationRepository applications;

    PostingSkillDemand(JobApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public Map<Long, Double> postingShares(long accountId) {
        List<Object[]> rows = applications.countPostingsBySkill(accountId);
        Map<Long, Double> shares = new HashMap<>();
        for (Object[] row : rows) {
            shares.put((Long) row[0], ((Number) row[1]).doubleValue() / ((Number) row[2]).doubleValue());
        }
        return shares;
    }
}
