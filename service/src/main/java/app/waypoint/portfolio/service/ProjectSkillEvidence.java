package app.waypoint.portfolio.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.portfolio.domain.ProjectRepository;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.skill.service.SkillEvidence;
import app.waypoint.skill.service.SkillProof;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Skills used in a project count as evidence for those skills. */
@Component
class ProjectSkillEvidence implements SkillEvidence {

    private final ProjectRepository projects;

    ProjectSkillEvidence(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<SkillProof>> evidenceBySkill(long accountId) {
        // a project has one title, written in whichever language its owner used
        return SkillEvidence.bySkill(projects.findProjectTitlesBySkill(accountId), row -> new SkillProof(
                new LocalizedText((String) row[1], (String) row[1]), suggestedBy((ProjectStatus) row[2])));
    }

    private static int suggestedBy(ProjectStatus status) {
        return switch (status) {
            case DONE -> SkillProof.FINISHED_PROJECT;
            case IN_PROGRESS -> SkillProof.PROJECT_UNDER_WAY;
            default -> SkillProof.PROJECT_PLANNED;
        };
    }
}
