package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.roadmap.domain.NodeProgressRepository;
import app.waypoint.skill.service.SkillEvidence;
import app.waypoint.skill.service.SkillProof;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Finished roadmap topics count as evidence for the skills they build. */
@Component
class RoadmapSkillEvidence implements SkillEvidence {

    private final NodeProgressRepository progress;

    RoadmapSkillEvidence(NodeProgressRepository progress) {
        this.progress = progress;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<SkillProof>> evidenceBySkill(long accountId) {
        return SkillEvidence.bySkill(progress.findDoneTopicTitlesBySkill(accountId),
                row -> new SkillProof((LocalizedText) row[1], SkillProof.FINISHED_TOPIC));
    }
}
