package app.waypoint.application.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.service.GroupProgressService;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.PipelineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A study group sees a member's job hunt as counts, only once the member chooses so, and never the companies. */
@SpringBootTest
class GroupPipelineTest {

    @Autowired ApplicationService applications;
    @Autowired GroupService groups;
    @Autowired GroupProgressService progress;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    private long group;

    @BeforeEach
    void aGroupOfTwo() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUp("mate@example.com", "Mate");
        accounts.signUpAndLogIn("owner@example.com");
        group = groups.create("Job hunters", null);
        String invite = groups.details(group).invite().code();
        List<StageView> stages = applications.board().stages();
        applications.add(ApplicationDraft.of("Secret Corp", "Backend"), stages.get(1).id());
        applications.add(ApplicationDraft.of("Hidden Inc", "ML"), stages.get(4).id());
        long offer = applications.add(ApplicationDraft.of("Dream Co", "AI"), stages.getLast().id());
        long rejected = applications.add(ApplicationDraft.of("Nope Ltd", "Data"), stages.get(3).id());
        applications.close(rejected, ApplicationOutcome.REJECTED, applications.application(rejected).card().version());
        assertThat(offer).isPositive();
        AccountFixtures.logOut();
        accounts.logIn("mate@example.com", AccountFixtures.PASSWORD);
        groups.join(invite);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void nothingIsSharedUntilTheMemberChoosesToShareAndThenOnlyCounts() {
        assertThat(progress.pipelines(group)).isEmpty();

        AccountFixtures.logOut();
        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        groups.sharePipeline(group, true);
        AccountFixtures.logOut();
        accounts.logIn("mate@example.com", AccountFixtures.PASSWORD);

        assertThat(progress.pipelines(group)).singleElement().satisfies(row -> {
            assertThat(row.applications()).isEqualTo(4);
            assertThat(row.open()).isEqualTo(3);
            assertThat(row.inRounds()).as("open and past 서류 통과: the 1st interview and the offer").isEqualTo(2);
            assertThat(row.offers()).isEqualTo(1);
            assertThat(row.toString()).doesNotContain("Secret", "Hidden", "Dream", "Nope");
        });
        assertThat(PipelineRow.class.getRecordComponents()).extracting(component -> component.getName())
                .containsExactly("accountId", "displayName", "applications", "open", "inRounds", "offers");
    }

    @Test
    void someoneOutsideTheGroupSeesNoPipelines() {
        AccountFixtures.logOut();
        accounts.signUpAndLogIn("outsider@example.com");
        assertThatThrownBy(() -> progress.pipelines(group)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> groups.sharePipeline(group, true)).isInstanceOf(NotFoundException.class);
    }
}
