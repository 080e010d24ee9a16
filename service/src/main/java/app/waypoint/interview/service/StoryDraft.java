package app.waypoint.interview.service;

import app.waypoint.interview.domain.Competency;

import java.util.Set;

/** What the story form sends: the STAR text, the backing project (or none) and the competencies it proves. */
public record StoryDraft(String title, String situation, String task, String action, String result, Long projectId,
                         Set<Competency> competencies) {
}
