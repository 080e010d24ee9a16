package app.waypoint.interview.service;

import app.waypoint.interview.domain.Competency;

import java.util.Set;

/** A STAR story as the stories page shows it, with its project's title when it has one. */
public record StoryView(long id, String title, String situation, String task, String action, String result,
                        Long projectId, String projectTitle, Set<Competency> competencies, long version) {

    public StoryDraft draft() {
        return new StoryDraft(title, situation, task, action, result, projectId, competencies);
    }
}
