package app.waypoint.skill.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.skill.domain.SkillAssessmentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SkillServiceTest {

    private static final String ROADMAP = "ai-backend-2025h2";
    private static final LocalizedText PYTHON_CORE =
            new LocalizedText("Python 기본 문법 및 고급 기능", "Python basics and advanced features");
    private static final LocalizedText ALGORITHMS =
            new LocalizedText("자료구조 및 알고리즘 (코딩테스트 대비)", "Data structures and algorithms (coding-test prep)");

    @Autowired SkillService skillService;
    @Autowired CustomRoadmapService customRoadmaps;
    @Autowired ProjectService projectService;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired RoadmapService roadmapService;
    @Autowired SkillAssessmentRepository assessments;
    @Autowired AccountFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fixtures.signUpAndLogIn("sena@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void standingsListTheWholeCatalogueInItsOrderWithTheGuidesDemand() throws IOException {
        List<SkillStanding> standings = skillService.standings();

        assertThat(standings).hasSize(36);
        assertThat(standings).extracting(SkillStanding::key).containsExactlyElementsOf(catalogueKeys())
                .startsWith("python", "cpp", "javascript", "java", "tensorflow", "pytorch")
                .endsWith("technical-writing", "open-source");
        assertThat(standing(standings, "python").demand()).isEqualTo(95);
        assertThat(standing(standings, "python").name()).isEqualTo(new LocalizedText("Python", "Python"));
        assertThat(standing(standings, "python").category()).isEqualTo("language");
        assertThat(standing(standings, "cloud").demand()).isEqualTo(50);
        assertThat(standing(standings, "java").demand()).isNull();
        assertThat(standings).allSatisfy(standing -> {
            assertThat(standing.level()).isZero();
            assertThat(standing.evidence()).isEmpty();
        });
        assertThat(standing(standings, "python").gap()).isEqualTo(95 * 5);
        assertThat(standing(standings, "java").gap()).isEqualTo(SkillService.UNMEASURED_DEMAND_WEIGHT * 5);
    }

    @Test
    void anAssessmentIsSavedAndCanBeChanged() {
        skillService.assess("python", 4);

        SkillStanding python = standing(skillService.standings(), "python");
        assertThat(python.level()).isEqualTo(4);
        assertThat(python.gap()).isEqualTo(95);

        skillService.assess("python", 2);
        assertThat(standing(skillService.standings(), "python").level()).isEqualTo(2);
        assertThat(assessments.count()).isEqualTo(1);
    }

    @Test
    void levelsRunFromZeroToFive() {
        for (int level : List.of(-1, 6, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
            assertThatThrownBy(() -> skillService.assess("python", level))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("level", "skill.level.range")));
        }
        assertThat(assessments.count()).isZero();

        skillService.assess("docker", 0);
        skillService.assess("python", 5);
        assertThat(standing(skillService.standings(), "docker").level()).isZero();
        assertThat(standing(skillService.standings(), "python").level()).isEqualTo(5);
    }

    @Test
    void anUnknownSkillIsNotFound() {
        assertThatThrownBy(() -> skillService.assess("cobol", 3)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> skillService.assess("Python", 3)).isInstanceOf(NotFoundException.class);
        assertThat(assessments.count()).isZero();
    }

    @Test
    void aFinishedRoadmapTopicIsEvidenceForTheSkillsItBuilds() {
        RoadmapOutline outline = roadmapService.outline(ROADMAP);
        long pythonCore = topicId(outline, "python-core");
        long algorithms = topicId(outline, "data-structures-algorithms");

        roadmapService.changeStatus(pythonCore, ProgressStatus.DONE);
        roadmapService.changeStatus(algorithms, ProgressStatus.DONE);
        roadmapService.changeStatus(topicId(outline, "web-basics"), ProgressStatus.IN_PROGRESS);
        roadmapService.changeStatus(subtopicId(outline, "db-redis"), ProgressStatus.DONE);

        List<SkillStanding> standings = skillService.standings();
        assertThat(standing(standings, "python").evidence()).containsExactlyInAnyOrder(PYTHON_CORE, ALGORITHMS);
        assertThat(standing(standings, "cpp").evidence()).containsExactly(ALGORITHMS);
        assertThat(standing(standings, "fastapi").evidence()).as("in progress is not evidence").isEmpty();
        assertThat(standing(standings, "redis").evidence()).as("sub-topics build no skills").isEmpty();

        roadmapService.changeStatus(pythonCore, ProgressStatus.NOT_STARTED);
        roadmapService.changeStatus(algorithms, ProgressStatus.SKIPPED);

        List<SkillStanding> after = skillService.standings();
        assertThat(standing(after, "python").evidence()).isEmpty();
        assertThat(standing(after, "cpp").evidence()).isEmpty();
    }

    @Test
    void finishedTopicsAndProjectsSuggestALevelAboveTheOwnOne() {
        assertThat(standing(skillService.standings(), "python").suggestedLevel()).as("nothing done yet").isNull();
        roadmapService.changeStatus(topicId(roadmapService.outline(ROADMAP), "python-core"), ProgressStatus.DONE);
        customRoadmaps.fork(ROADMAP);   // the copy's finished topic is the same evidence, not a second piece
        SkillStanding afterTopic = standing(skillService.standings(), "python");
        assertThat(afterTopic.evidence()).containsExactly(PYTHON_CORE);
        assertThat(afterTopic.suggestedLevel()).as("a finished topic: knows the basics").isEqualTo(2);

        long first = projectService.createBlank("RAG 챗봇");
        projectRecords.useSkills(first, Set.of("python"));
        projectService.changeStatus(first, ProjectStatus.PLANNED);
        projectService.changeStatus(first, ProjectStatus.IN_PROGRESS);
        assertThat(standing(skillService.standings(), "python").suggestedLevel()).isEqualTo(2);
        projectService.changeStatus(first, ProjectStatus.DONE);
        SkillStanding afterProject = standing(skillService.standings(), "python");
        assertThat(afterProject.suggestedLevel()).as("a finished project: can use it").isEqualTo(3);
        assertThat(afterProject.evidence()).contains(new LocalizedText("RAG 챗봇", "RAG 챗봇"), PYTHON_CORE);

        long second = projectService.createBlank("Serving API");
        projectRecords.useSkills(second, Set.of("python"));
        for (ProjectStatus step : List.of(ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS, ProjectStatus.DONE)) {
            projectService.changeStatus(second, step);
        }
        assertThat(standing(skillService.standings(), "python").suggestedLevel()).as("two finished projects")
                .isEqualTo(4);
        skillService.assess("python", 3);
        assertThat(standing(skillService.standings(), "python").suggestedLevel()).isEqualTo(4);
        skillService.assess("python", 4);
        assertThat(standing(skillService.standings(), "python").suggestedLevel()).as("nothing above the own level")
                .isNull();
        assertThat(standing(skillService.standings(), "docker").suggestedLevel()).isNull();
    }

    @Test
    void gapsPutTheMostDemandedSkillsFirstWhileNothingIsAssessed() {
        List<SkillStanding> gaps = skillService.gaps();

        assertThat(gaps).hasSize(36);
        assertThat(gaps).extracting(SkillStanding::key).startsWith(
                "python",                   // 95 × 5
                "pytorch", "tensorflow",    // 80 × 5, equal gaps by key
                "django", "fastapi",        // 70 × 5
                "docker",                   // 60 × 5
                "cloud");                   // 50 × 5
        assertThat(gaps).extracting(SkillStanding::gap).startsWith(475, 400, 400, 350, 350, 300, 250);
        assertThat(gaps.subList(7, gaps.size())).allSatisfy(standing -> {
            assertThat(standing.demand()).isNull();
            assertThat(standing.demandSource()).as("no postings tracked").isEqualTo(DemandSource.NONE);
            assertThat(standing.gap()).isEqualTo(125);
        });
        assertThat(gaps.getFirst().demandSource()).isEqualTo(DemandSource.GUIDE);
    }

    @Test
    void aSkillAssessedAtFiveLeavesTheGapsAndLowerLevelsMoveDown() {
        skillService.assess("python", 5);
        skillService.assess("pytorch", 3);   // 80 × 2 = 160

        List<SkillStanding> gaps = skillService.gaps();

        assertThat(gaps).extracting(SkillStanding::key).doesNotContain("python").hasSize(35)
                .startsWith("tensorflow", "django", "fastapi", "docker", "cloud", "pytorch");
        assertThat(gaps).extracting(SkillStanding::gap).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void anotherPersonNeverSeesSomeoneElsesLevelsOrEvidence() {
        skillService.assess("python", 5);
        skillService.assess("docker", 3);
        roadmapService.changeStatus(topicId(roadmapService.outline(ROADMAP), "python-core"), ProgressStatus.DONE);
        AccountFixtures.logOut();

        fixtures.signUpAndLogIn("other@example.com");
        assertThat(skillService.standings()).allSatisfy(standing -> {
            assertThat(standing.level()).isZero();
            assertThat(standing.evidence()).isEmpty();
        });
        assertThat(skillService.gaps().getFirst().key()).isEqualTo("python");
        skillService.assess("python", 1);
        AccountFixtures.logOut();

        fixtures.logIn("sena@example.com", AccountFixtures.PASSWORD);
        List<SkillStanding> mine = skillService.standings();
        assertThat(standing(mine, "python").level()).isEqualTo(5);
        assertThat(standing(mine, "docker").level()).isEqualTo(3);
        assertThat(standing(mine, "python").evidence()).containsExactly(PYTHON_CORE);
    }

    @Test
    void anonymousCallersAreTurnedAway() {
        AccountFixtures.logOut();

        assertThatThrownBy(() -> skillService.standings()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> skillService.gaps()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> skillService.assess("python", 3))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(assessments.count()).isZero();
    }

    private static SkillStanding standing(List<SkillStanding> standings, String key) {
        return standings.stream().filter(standing -> standing.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No skill " + key));
    }

    private static long topicId(RoadmapOutline outline, String key) {
        return outline.stages().stream().flatMap(stage -> stage.topics().stream())
                .filter(topic -> topic.key().equals(key)).findFirst().orElseThrow().id();
    }

    private static long subtopicId(RoadmapOutline outline, String key) {
        return outline.stages().stream().flatMap(stage -> stage.topics().stream())
                .flatMap(topic -> topic.subtopics().stream())
                .filter(subtopic -> subtopic.key().equals(key)).findFirst().orElseThrow().id();
    }

    private static List<String> catalogueKeys() throws IOException {
        try (InputStream in = new ClassPathResource("content/skills.yaml").getInputStream()) {
            return ContentFormat.YAML.mapper().readValue(in, SkillCatalogDocument.class).skills().stream()
                    .map(SkillCatalogDocument.Entry::key).toList();
        }
    }
}
