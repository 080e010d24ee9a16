package app.waypoint.skill.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface SkillRepository extends JpaRepository<Skill, Long> {

    List<Skill> findByRetiredFalseOrderByPosition();
}
