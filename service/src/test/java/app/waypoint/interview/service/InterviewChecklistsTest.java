package app.waypoint.interview.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InterviewChecklistsTest {

    private final InterviewChecklists checklists = new InterviewChecklists();

    @Test
    void everyChecklistOfTheGuideIsThereWithItsItemsInBothLanguages() {
        assertThat(checklists.all()).extracting(InterviewChecklists.Checklist::key).containsExactly(
                "technical-interview", "practical-competencies", "company-large-finance", "company-startup",
                "company-ai-specialist", "preferred-qualifications");
        assertThat(checklists.all()).flatExtracting(InterviewChecklists.Checklist::items).hasSize(25)
                .allSatisfy(item -> {
                    assertThat(item.title().ko()).isNotBlank();
                    assertThat(item.title().en()).isNotBlank();
                });
        assertThat(checklists.all().get(0).items()).extracting(item -> item.title().ko())
                .anyMatch(title -> title.contains("100"));
    }
}
