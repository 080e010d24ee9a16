package app.waypoint.portfolio.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.TaskStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything on one project's page. {@code version} is what an edit of the overview starts from. */
public record ProjectDetails(long id, String title, String summary, ProjectStatus status,
                             Set<ProjectStatus> nextStatuses, LocalDate startDate, LocalDate targetDate,
                             String repositoryUrl, String demoUrl, String writeupUrl, long version,
                             List<Component> components, List<Task> tasks, List<Milestone> milestones,
                             List<Result> results, List<SkillTag> skills) {

    public record Component(String key, String group, LocalizedText title, LocalizedText hint, boolean done,
                            String note) {
    }

    public record Task(long id, String title, String notes, LocalDate dueDate, TaskStatus status, int position,
                       String milestone, long version) {
    }

    public record Milestone(long id, String title, LocalDate dueDate, boolean done, boolean overdue) {
    }

    /** A measured result; {@code improvementPercent} is the change from before to after, when both are known. */
    public record Result(long id, String metric, BigDecimal before, BigDecimal after, String unit,
                         Integer improvementPercent) {
    }

    public record SkillTag(String key, LocalizedText name) {
    }

    public int componentsDone() {
        return (int) components.stream().filter(Component::done).count();
    }
}
