package app.waypoint.application.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.ApplicationSource;
import app.waypoint.application.domain.CompanyType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ApplicationInsightsServiceTest {

    @Autowired ApplicationInsightsService insights;
    @Autowired ApplicationService applications;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    private List<StageView> stages;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("insights@example.com");
        stages = applications.board().stages();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void theFunnelAnswersAndTimeInStageComeFromTheHistory() {
        long wanted = add("A", ApplicationSource.WANTED, CompanyType.STARTUP);
        long saramin = add("B", ApplicationSource.SARAMIN, CompanyType.LARGE);
        long rejected = add("C", ApplicationSource.WANTED, CompanyType.LARGE);
        add("D", null, null);   // still on the wishlist: never sent
        move(wanted, 1);
        move(saramin, 1);
        move(rejected, 1);
        clock.advance(Duration.ofDays(4));
        move(wanted, 2);
        clock.advance(Duration.ofDays(6));
        move(wanted, 4);
        applications.close(rejected, ApplicationOutcome.REJECTED, version(rejected));

        ApplicationInsights figures = insights.insights();

        assertThat(figures.applications()).isEqualTo(4);
        assertThat(figures.funnel()).extracting(ApplicationInsights.StageReach::reached)
                .containsExactly(4, 3, 1, 1, 1, 0, 0, 0);
        assertThat(figures.answered()).isEqualTo(new ApplicationInsights.Rate(2, 3));
        assertThat(figures.timeInStage().get(1).medianDays()).as("applied: 4 days, the others still there")
                .isEqualTo(4.0);
        assertThat(figures.timeInStage().get(2).medianDays()).isEqualTo(6.0);
        assertThat(figures.timeInStage().get(5).medianDays()).isNull();
        assertThat(figures.bySource()).containsExactly(
                new ApplicationInsights.GroupRate("WANTED", new ApplicationInsights.Rate(2, 2)),
                new ApplicationInsights.GroupRate("SARAMIN", new ApplicationInsights.Rate(0, 1)));
        assertThat(figures.byCompanyType()).contains(
                new ApplicationInsights.GroupRate("LARGE", new ApplicationInsights.Rate(1, 2)));
    }

    @Test
    void anotherPersonsApplicationsNeverCount() {
        move(add("Mine", ApplicationSource.WANTED, null), 1);
        AccountFixtures.logOut();
        accounts.signUpAndLogIn("other@example.com");

        ApplicationInsights figures = insights.insights();
        assertThat(figures.applications()).isZero();
        assertThat(figures.answered().share()).isNull();
    }

    private long add(String company, ApplicationSource source, CompanyType type) {
        return applications.add(new ApplicationDraft(company, "Backend", null, type, source, null, null, null, null,
                null, null, null, null, List.of(), Set.of()), null);
    }

    private void move(long id, int stage) {
        applications.move(id, stages.get(stage).id(), version(id));
    }

    private long version(long id) {
        return applications.application(id).card().version();
    }
}
