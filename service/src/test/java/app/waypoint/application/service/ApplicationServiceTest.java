package app.waypoint.application.service;

import app.waypoint.skill.service.DemandSource;
import app.waypoint.skill.service.SkillService;
import app.waypoint.skill.service.SkillStanding;
import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.ApplicationSource;
import app.waypoint.application.domain.CompanyType;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ApplicationServiceTest {

    private static final Instant START = Instant.parse("2026-03-02T00:30:00Z");

    @Autowired ApplicationService service;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;
    @Autowired JdbcTemplate jdbc;
    @Autowired app.waypoint.skill.service.SkillService skills;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(START);
        accounts.signUpAndLogIn("jobs@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aNewPipelineStartsWithTheKoreanRoundsAndTheirSilenceLimits() {
        List<StageView> stages = service.board().stages();

        assertThat(stages).extracting(StageView::name).containsExactly("관심", "지원", "서류 통과", "코딩테스트/과제",
                "1차 면접", "2차/임원 면접", "처우 협의", "합격");
        assertThat(stages).extracting(StageView::silenceDays).containsExactly(null, 21, 14, 14, 14, 14, 14, null);
        assertThat(service.board().stages()).as("created once").hasSize(8);
    }

    @Test
    void anApplicationStartsInTheFirstStageAndEveryMoveIsKeptWithItsTime() {
        long id = service.add(ApplicationDraft.of("Naver", "AI backend engineer"), null);
        List<StageView> stages = service.board().stages();
        clock.advance(Duration.ofDays(1));
        service.move(id, stages.get(1).id(), version(id));
        clock.advance(Duration.ofDays(5));
        service.move(id, stages.get(3).id(), version(id));

        ApplicationDetails details = service.application(id);
        assertThat(details.card().stageName()).isEqualTo("코딩테스트/과제");
        assertThat(details.history()).extracting(HistoryEntry::stageName).containsExactly("관심", "지원", "코딩테스트/과제");
        assertThat(details.history()).extracting(HistoryEntry::at)
                .containsExactly(START, START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(6)));
        assertThat(details.card().changedAt()).isEqualTo(START.plus(Duration.ofDays(6)));
    }

    @Test
    void aClosedApplicationMovesOnlyAfterItIsReopenedOnPurpose() {
        long id = service.add(ApplicationDraft.of("Kakao", "ML platform"), null);
        long applied = service.board().stages().get(1).id();
        service.close(id, ApplicationOutcome.REJECTED, version(id));

        assertThatThrownBy(() -> service.move(id, applied, version(id))).isInstanceOf(NotAllowedException.class)
                .extracting("messageKey").isEqualTo("application.move.closed");
        assertThatThrownBy(() -> service.close(id, ApplicationOutcome.GHOSTED, version(id)))
                .isInstanceOf(NotAllowedException.class);

        service.reopen(id, version(id));
        service.move(id, applied, version(id));
        assertThat(service.application(id).history()).extracting(HistoryEntry::outcome).containsExactly(
                ApplicationOutcome.OPEN, ApplicationOutcome.REJECTED, ApplicationOutcome.OPEN, ApplicationOutcome.OPEN);
        assertThatThrownBy(() -> service.reopen(id, version(id))).isInstanceOf(NotAllowedException.class)
                .extracting("messageKey").isEqualTo("application.reopen.open");
    }

    @Test
    void anEditFromAnOldVersionIsRefusedAndChangesNothing() {
        long id = service.add(ApplicationDraft.of("Toss", "Backend"), null);
        long stale = version(id);
        service.update(id, ApplicationDraft.of("Toss", "Backend (AI)"), stale);

        assertThatThrownBy(() -> service.update(id, ApplicationDraft.of("Toss", "Other"), stale))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> service.move(id, service.board().stages().get(2).id(), stale))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.application(id).card().role()).isEqualTo("Backend (AI)");
        assertThat(service.application(id).history()).hasSize(1);
    }

    @Test
    void allDetailsAreKeptAndBadInputIsNamedFieldByField() {
        ApplicationDraft full = new ApplicationDraft(" LG AI Research ", "LLM serving", "https://careers.lg.com/1",
                CompanyType.AI, ApplicationSource.WANTED, "Seoul", "6,000–7,000만원", LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 17), "resume-v3.pdf", "**Referral** from Minji",
                "llm, serving, llm", List.of(new ContactDraft("Kim", "Recruiter", "kim@lg.com"),
                new ContactDraft(" ", null, null)), Set.of("python", "fastapi"));
        long id = service.add(full, null);

        ApplicationDraft saved = service.application(id).draft();
        assertThat(saved.company()).isEqualTo("LG AI Research");
        assertThat(saved.tags()).isEqualTo("llm, serving");
        assertThat(saved.contacts()).containsExactly(new ContactDraft("Kim", "Recruiter", "kim@lg.com"));
        assertThat(saved.skillKeys()).containsExactly("fastapi", "python");
        assertThat(saved.followUpOn()).isEqualTo(LocalDate.of(2026, 3, 17));

        ApplicationDraft bad = new ApplicationDraft(" ", "x".repeat(121), "ftp://nope", null, null, null, null,
                null, null, null, null, null, null, List.of(), Set.of());
        assertThatThrownBy(() -> service.add(bad, null)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
                        .containsExactly("company", "role", "postingUrl"));
        assertThat(service.board().applications()).hasSize(1);
    }

    @Test
    void addingTheSameCompanyOrPostingAgainShowsTheEarlierOneAndHowItEnded() {
        long first = service.add(new ApplicationDraft("Naver Cloud", "Backend", "https://recruit.navercloud.com/9",
                null, null, null, null, null, LocalDate.of(2025, 9, 1), null, null, null, null, List.of(), Set.of()),
                null);
        service.close(first, ApplicationOutcome.REJECTED, version(first));

        assertThat(service.earlier("naver cloud", null)).singleElement().satisfies(earlier -> {
            assertThat(earlier.id()).isEqualTo(first);
            assertThat(earlier.outcome()).isEqualTo(ApplicationOutcome.REJECTED);
            assertThat(earlier.appliedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        });
        assertThat(service.earlier("Another name", "https://recruit.navercloud.com/9")).hasSize(1);
        assertThat(service.earlier("Kakao", "https://kakao.com/1")).isEmpty();
    }

    @Test
    void anApplicationSilentLongerThanItsStageAllowsIsFlaggedAndAFollowUpIsRemindedOf() {
        long applied = service.board().stages().get(1).id();
        long silent = service.add(ApplicationDraft.of("Coupang", "Backend"), applied);
        long followUp = service.add(new ApplicationDraft("Line", "ML", null, null, null, null, null, null, null,
                LocalDate.of(2026, 3, 10), null, null, null, List.of(), Set.of()), null);
        long wishlist = service.add(ApplicationDraft.of("Samsung", "AI"), null);

        clock.advance(Duration.ofDays(21));
        assertThat(card(silent).silent()).as("21 days is the limit, not past it").isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(card(silent).silent()).isTrue();
        assertThat(card(wishlist).silent()).as("the wishlist stage never flags").isFalse();

        assertThat(service.reminders(LocalDate.of(2026, 3, 24))).extracting(ApplicationReminder::id,
                ApplicationReminder::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(silent, ApplicationReminder.Kind.SILENT),
                org.assertj.core.groups.Tuple.tuple(followUp, ApplicationReminder.Kind.FOLLOW_UP));

        service.close(silent, ApplicationOutcome.GHOSTED, version(silent));
        assertThat(card(silent).silent()).isFalse();
        assertThat(service.reminders(LocalDate.of(2026, 3, 23))).extracting(ApplicationReminder::id)
                .containsExactly(followUp);
    }

    @Test
    void stagesAreRenamedAddedReorderedAndDeletedOnlyWhenEmpty() {
        List<StageView> stages = service.board().stages();
        long id = service.add(ApplicationDraft.of("Naver", "Backend"), stages.get(1).id());

        service.changeStage(stages.get(1).id(), "서류 제출", 30, stages.get(1).version());
        service.addStage("레퍼런스 체크", null);
        List<StageView> after = service.board().stages();
        service.moveStage(after.getLast().id(), -1);

        assertThat(service.board().stages()).extracting(StageView::name).containsExactly("관심", "서류 제출", "서류 통과",
                "코딩테스트/과제", "1차 면접", "2차/임원 면접", "처우 협의", "레퍼런스 체크", "합격");
        assertThat(service.application(id).card().stageName()).isEqualTo("서류 제출");
        assertThat(service.application(id).history()).extracting(HistoryEntry::stageName)
                .as("the history keeps the name it had").containsExactly("지원");

        assertThatThrownBy(() -> service.deleteStage(stages.get(1).id())).isInstanceOf(NotAllowedException.class)
                .extracting("messageKey").isEqualTo("application.stage.in-use");
        assertThatThrownBy(() -> service.addStage("합격", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.changeStage(stages.get(2).id(), "x", 0, stages.get(2).version()))
                .isInstanceOf(InvalidInputException.class);
        service.deleteStage(stages.get(0).id());
        assertThat(service.board().stages()).hasSize(8).extracting(StageView::name).doesNotContain("관심");
    }

    @Test
    void anotherPersonsApplicationDoesNotExistForThem() {
        long mine = service.add(ApplicationDraft.of("Naver", "Backend"), null);
        long myStage = service.board().stages().get(1).id();
        AccountFixtures.logOut();
        accounts.signUpAndLogIn("other@example.com");

        assertThat(service.board().applications()).isEmpty();
        assertThatThrownBy(() -> service.application(mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(mine, ApplicationDraft.of("Mine now", "x"), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.close(mine, ApplicationOutcome.WITHDRAWN, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(mine)).isInstanceOf(NotFoundException.class);
        long theirs = service.add(ApplicationDraft.of("Kakao", "ML"), null);
        assertThatThrownBy(() -> service.move(theirs, myStage, version(theirs)))
                .as("someone else's stage").isInstanceOf(NotFoundException.class);
        assertThat(service.earlier("Naver", null)).isEmpty();
        assertThatThrownBy(() -> service.deleteStage(myStage)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSkillsGapWeighsTheGuidesFiguresWithThePersonsOwnPostings() {
        int fastapiBefore = gap("fastapi");
        applications(Set.of("fastapi"), Set.of("fastapi", "python"), Set.of("python"), Set.of("docker"));

        var fastapi = skills.standings().stream().filter(skill -> skill.key().equals("fastapi")).findFirst()
                .orElseThrow();
        assertThat(fastapi.postingPercent()).isEqualTo(50);
        int guide = fastapi.demand() == null ? app.waypoint.skill.service.SkillService.UNMEASURED_DEMAND_WEIGHT
                : fastapi.demand();
        assertThat(fastapi.gap()).isEqualTo((int) Math.round((guide + 50) / 2.0) * 5);
        assertThat(fastapiBefore).isEqualTo(guide * 5);
        assertThat(skills.standings().stream().filter(skill -> skill.key().equals("pytorch")).findFirst()
                .orElseThrow().postingPercent()).as("asked by none of the postings").isZero();
    }

    @Test
    void aSkillTheGuideHasNoFigureForRanksByThePersonsOwnPostings() {
        var before = standing("java");
        assertThat(before.demand()).isNull();
        assertThat(before.demandSource()).isEqualTo(DemandSource.NONE);
        assertThat(before.gap()).isEqualTo(SkillService.UNMEASURED_DEMAND_WEIGHT * 5);

        applications(Set.of("java", "python"), Set.of("java"), Set.of("python"), Set.of("docker"), Set.of("java"));

        var java = standing("java");
        assertThat(java.demandSource()).isEqualTo(DemandSource.POSTINGS);
        assertThat(java.postingPercent()).isEqualTo(60);
        assertThat(java.gap()).as("60% of the person's postings, alone").isEqualTo(60 * 5);
        assertThat(skills.gaps().indexOf(java)).as("ranks above skills the guide asks for less")
                .isLessThan(skills.gaps().indexOf(standing("cloud")));
        var kubernetes = standing("kubernetes");
        assertThat(kubernetes.demandSource()).isEqualTo(DemandSource.POSTINGS);
        assertThat(kubernetes.gap()).as("asked by none of the postings: no gap to close").isZero();
        assertThat(skills.gaps()).doesNotContain(kubernetes);
        assertThat(standing("python").demandSource()).isEqualTo(DemandSource.GUIDE_AND_POSTINGS);
    }

    private SkillStanding standing(String key) {
        return skills.standings().stream().filter(skill -> skill.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void anonymousCallersAreRefused() {
        AccountFixtures.logOut();
        assertThatThrownBy(() -> service.board()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theBoardCostsTheSameStatementsForOneApplicationAndForFiveHundred() {
        service.add(ApplicationDraft.of("Company 0", "Role"), null);
        statements.reset();
        ApplicationBoard one = service.board();
        int forOne = statements.count();

        long stage = one.stages().get(2).id();
        Long owner = jdbc.queryForObject("select owner_id from job_application limit 1", Long.class);
        jdbc.batchUpdate("insert into job_application (owner_id, company, role, stage_id, changed_at, created_at) "
                        + "values (?, ?, 'Role', ?, now(), now())",
                java.util.stream.IntStream.range(1, 500).mapToObj(i -> new Object[]{owner, "Company " + i, stage})
                        .toList());
        statements.reset();
        ApplicationBoard many = service.board();

        assertThat(many.applications()).hasSize(500);
        assertThat(statements.count()).as("%s", statements.statements()).isEqualTo(forOne).isLessThanOrEqualTo(3);
    }

    private void applications(Set<String>... postings) {
        for (Set<String> skillKeys : postings) {
            service.add(new ApplicationDraft("Company " + skillKeys, "Role", null, null, null, null, null, null, null,
                    null, null, null, null, List.of(), skillKeys), null);
        }
    }

    private int gap(String key) {
        return skills.standings().stream().filter(skill -> skill.key().equals(key)).findFirst().orElseThrow().gap();
    }

    private long version(long id) {
        return service.application(id).card().version();
    }

    private ApplicationCard card(long id) {
        return service.board().applications().stream().filter(card -> card.id() == id).findFirst().orElseThrow();
    }
}
