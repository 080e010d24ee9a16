package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.Competency;
import app.waypoint.portfolio.service.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class StoryServiceTest {

    @Autowired StoryService stories;
    @Autowired ChecklistService checklists;
    @Autowired ProjectService projects;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("stories@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aStoryLinksAProjectAndProvesItsCompetenciesOnTheChecklist() {
        long project = projects.createBlank("RAG 검색 API");
        long id = stories.add(new StoryDraft("p95 latency 850 → 120 ms", "느린 검색", "p95 < 200 ms",
                "캐시와 배치 임베딩", "120 ms", project, Set.of(Competency.PERFORMANCE, Competency.COST)));

        StoryView story = stories.stories().get(0);
        assertThat(story.id()).isEqualTo(id);
        assertThat(story.projectTitle()).isEqualTo("RAG 검색 API");
        assertThat(story.competencies()).containsExactlyInAnyOrder(Competency.PERFORMANCE, Competency.COST);

        ChecklistView practical = checklists.checklists().stream()
                .filter(checklist -> Competency.CHECKLIST_KEY.equals(checklist.key())).findFirst().orElseThrow();
        assertThat(practical.items()).filteredOn(item -> item.key().equals("performance-improvement-case"))
                .singleElement().satisfies(item -> assertThat(item.evidence()).containsExactly("p95 latency 850 → 120 ms"));
        assertThat(practical.items()).filteredOn(item -> item.key().equals("team-collaboration"))
                .singleElement().satisfies(item -> assertThat(item.evidence()).isEmpty());
    }

    @Test
    void anEditFromAStaleTabIsRefusedAndChangesNothing() {
        long id = stories.add(draft("First title"));
        long version = stories.stories().get(0).version();
        stories.update(id, draft("Second title"), version);

        assertThatThrownBy(() -> stories.update(id, draft("Stale title"), version))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(stories.stories().get(0).title()).isEqualTo("Second title");
    }

    @Test
    void badInputIsRefusedAtEachFieldAndNothingIsStored() {
        long othersProject = otherPersonsProject();
        StoryDraft bad = new StoryDraft(" ", "s".repeat(10_000), null, "a".repeat(4001), null, othersProject, Set.of());
        assertThatThrownBy(() -> stories.add(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("title", "situation", "action", "project"));
        assertThatThrownBy(() -> stories.add(draft("t".repeat(201)))).isInstanceOf(InvalidInputException.class);
        assertThat(stories.stories()).isEmpty();
    }

    @Test
    void anotherPersonCannotSeeEditOrDeleteAStory() {
        long id = stories.add(draft("Mine"));
        long version = stories.stories().get(0).version();

        accounts.signUpAndLogIn("other@example.com");
        assertThat(stories.stories()).isEmpty();
        assertThatThrownBy(() -> stories.update(id, draft("Theirs"), version)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stories.delete(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stories.delete(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);

        accounts.logIn("stories@example.com", AccountFixtures.PASSWORD);
        assertThat(stories.stories()).extracting(StoryView::title).containsExactly("Mine");
        stories.delete(id);
        assertThat(stories.stories()).isEmpty();
    }

    @Test
    void deletingTheProjectKeepsTheStory() {
        long project = projects.createBlank("Short-lived");
        stories.add(new StoryDraft("Kept", null, null, null, null, project, Set.of()));
        projects.deleteProject(project);
        assertThat(stories.stories()).singleElement().satisfies(story -> {
            assertThat(story.title()).isEqualTo("Kept");
            assertThat(story.projectId()).isNull();
        });
    }

    @Test
    void theListTakesTheSameStatementsForOneOrThirtyStories() {
        long project = projects.createBlank("Project");
        stories.add(new StoryDraft("S0", null, null, null, null, project, Set.of(Competency.TEAMWORK)));
        statements.reset();
        stories.stories();
        int one = statements.count();
        for (int i = 1; i < 30; i++) {
            stories.add(new StoryDraft("S" + i, null, null, null, null, project, Set.of(Competency.COST)));
        }
        statements.reset();
        assertThat(stories.stories()).hasSize(30);
        assertThat(statements.count()).isEqualTo(one).isLessThanOrEqualTo(3);
    }

    private long otherPersonsProject() {
        accounts.signUpAndLogIn("owner-of-project@example.com");
        long id = projects.createBlank("Not yours");
        accounts.logIn("stories@example.com", AccountFixtures.PASSWORD);
        return id;
    }

    private static StoryDraft draft(String title) {
        return new StoryDraft(title, null, null, null, null, null, Set.of());
    }
}
