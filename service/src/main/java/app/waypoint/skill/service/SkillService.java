package app.waypoint.skill.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.domain.SkillAssessment;
import app.waypoint.skill.domain.SkillAssessmentRepository;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The skills catalogue from one person's side: their levels, their evidence, and where the gaps are. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SkillService {

    /** Weight of a skill the job-posting figures do not mention: below every measured one (the lowest is 50). */
    public static final int UNMEASURED_DEMAND_WEIGHT = 25;

    private final SkillRepository skills;
    private final SkillAssessmentRepository assessments;
    private final List<SkillEvidence> evidenceSources;
    private final List<SkillDemand> demandSources;
    private final CurrentUser currentUser;
    private final Clock clock;

    SkillService(SkillRepository skills, SkillAssessmentRepository assessments, List<SkillEvidence> evidenceSources,
                 List<SkillDemand> demandSources, CurrentUser currentUser, Clock clock) {
        this.demandSources = demandSources;
        this.skills = skills;
        this.assessments = assessments;
        this.evidenceSources = evidenceSources;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every skill in catalogue order, with the person's level and evidence. */
    @Transactional(readOnly = true)
    public List<SkillStanding> standings() {
        long me = currentUser.id();
        Map<Long, Integer> levels = assessments.findByAccountId(me).stream()
                .collect(Collectors.toMap(SkillAssessment::getSkillId, SkillAssessment::getLevel));
        Map<Long, List<SkillProof>> evidence = new HashMap<>();
        for (SkillEvidence source : evidenceSources) {
            source.evidenceBySkill(me).forEach((skillId, items) ->
                    evidence.computeIfAbsent(skillId, id -> new ArrayList<>()).addAll(items));
        }
        Map<Long, Double> postings = new HashMap<>();
        demandSources.forEach(source -> postings.putAll(source.postingShares(me)));
        List<SkillStanding> standings = new ArrayList<>();
        for (Skill skill : skills.findByRetiredFalseOrderByPosition()) {
            int level = levels.getOrDefault(skill.getId(), 0);
            Integer postingPercent = postings.isEmpty() ? null
                    : (int) Math.round(100 * postings.getOrDefault(skill.getId(), 0.0));
            List<SkillProof> proofs = evidence.getOrDefault(skill.getId(), List.of());
            DemandSource source = source(skill.getDemand(), postingPercent);
            standings.add(new SkillStanding(skill.getKey(), skill.getCategory(), skill.getName(), skill.getDemand(),
                    postingPercent, source, level, proofs.stream().map(SkillProof::title).distinct().toList(),
                    suggestedLevel(proofs, level),
                    weight(skill.getDemand(), postingPercent) * (SkillAssessment.MAX_LEVEL - level)));
        }
        return standings;
    }

    /**
     * The weight of a skill in the gap score: the guide's posting frequency, averaged with the share of the person's
     * own postings asking for it once they track postings with skills. A skill the guide has no figure for is
     * weighed by the person's postings alone; without those it weighs {@value #UNMEASURED_DEMAND_WEIGHT}, below every
     * measured one.
     */
    static int weight(Integer guideDemand, Integer postingPercent) {
        return switch (source(guideDemand, postingPercent)) {
            case GUIDE -> guideDemand;
            case GUIDE_AND_POSTINGS -> (int) Math.round((guideDemand + postingPercent) / 2.0);
            case POSTINGS -> postingPercent;
            case NONE -> UNMEASURED_DEMAND_WEIGHT;
        };
    }

    private static DemandSource source(Integer guideDemand, Integer postingPercent) {
        if (guideDemand != null) {
            return postingPercent == null ? DemandSource.GUIDE : DemandSource.GUIDE_AND_POSTINGS;
        }
        return postingPercent == null ? DemandSource.NONE : DemandSource.POSTINGS;
    }

    /**
     * The level the evidence suggests, when it is above the person's own: the highest any piece suggests, and
     * "confident" (4) for two finished projects or more. Null when it suggests nothing more.
     */
    static Integer suggestedLevel(List<SkillProof> proofs, int level) {
        int suggested = proofs.stream().mapToInt(SkillProof::suggestsLevel).max().orElse(0);
        if (proofs.stream().filter(proof -> proof.suggestsLevel() >= SkillProof.FINISHED_PROJECT).count() >= 2) {
            suggested = SkillProof.FINISHED_PROJECT + 1;
        }
        return suggested > level ? suggested : null;
    }

    /**
     * Every skill's display name by its key, retired skills too: projects and templates name skills by key,
     * and people should read "FastAPI", not "fastapi".
     */
    @Transactional(readOnly = true)
    public Map<String, LocalizedText> names() {
        return skills.findAll().stream().collect(Collectors.toMap(Skill::getKey, Skill::getName));
    }

    /** The skills a person can pick today (none retired), in catalogue order, with their display names. */
    @Transactional(readOnly = true)
    public Map<String, LocalizedText> catalogue() {
        Map<String, LocalizedText> catalogue = new LinkedHashMap<>();
        skills.findByRetiredFalseOrderByPosition().forEach(skill -> catalogue.put(skill.getKey(), skill.getName()));
        return catalogue;
    }

    /** The skills most worth working on first: highest demand × (5 − level), skills already at 5 left out. */
    @Transactional(readOnly = true)
    public List<SkillStanding> gaps() {
        return SkillStanding.gapsAmong(standings());
    }

    public void assess(String skillKey, int level) {
        if (level < 0 || level > SkillAssessment.MAX_LEVEL) {
            throw new InvalidInputException("level", "skill.level.range");
        }
        long me = currentUser.id();
        Skill skill = skills.findByRetiredFalseOrderByPosition().stream()
                .filter(candidate -> candidate.getKey().equals(skillKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("skill " + skillKey));
        SkillAssessment assessment = assessments.findByAccountIdAndSkillId(me, skill.getId())
                .orElseGet(() -> new SkillAssessment(me, skill.getId()));
        assessment.assess(level, clock.instant());
        assessments.save(assessment);
    }
}
