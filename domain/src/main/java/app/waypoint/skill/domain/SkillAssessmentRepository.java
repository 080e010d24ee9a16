package app.waypoint.skill.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface SkillAssessmentRepository extends JpaRepository<SkillAssessment, Long> {

    List<SkillAssessment> findByAccountId(long accountId);

    Optional<SkillAssessment> findByAccountIdAndSkillId(long accountId, long skillId);
}
