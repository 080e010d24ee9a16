package app.waypoint.interview.service;

import app.waypoint.interview.domain.Competency;

import java.util.Set;

/** Interview practice at a glance: recent mock interviews, STAR stories, and the competencies the stories cover. */
public record PracticeStanding(int recentMockInterviews, int stories, Set<Competency> coveredCompetencies) {
}
