package app.waypoint.portfolio.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.portfolio.domain.ProjectRepository;
import app.waypoint.skill.service.SkillEvidence;
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
    public Map<Long, List<LocalizedText>> evidenceBySkill(long accountId) {
        // a project has one title, written in whichever language its owner used
        return SkillEvidence.bySkill(projects.findProjectTitlesBySkill(accountId),
                title -> new LocalizedText((String) title, (String) title));
    }
}
