package app.waypoint.portfolio.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.ResultDirection;
import app.waypoint.portfolio.domain.TaskStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything on one project's page. {@code version} is what an edit of the overview starts from; {@code team} is
 * the group a team project belongs to, {@code null} for a person's own project.
 */
public record ProjectDetails(long id, String title, String summary, ProjectStatus status,
                             Set<ProjectStatus> nextStatuses, LocalDate startDate, LocalDate targetDate,
                             String repositoryUrl, String demoUrl, String writeupUrl, long version,
                             List<Component> components, List<Task> tasks, List<Milestone> milestones,
                             List<Result> results, List<SkillTag> skills, Team team) {

    public record Component(String key, String group, LocalizedText title, LocalizedText hint, boolean done,
                            String note) {
    }

    /** A card on the board; on a team project, {@code assigneeId} and {@code assignee} name the member doing it. */
    public record Task(long id, String title, String notes, LocalDate dueDate, TaskStatus status, int position,
                       String milestone, long version, Long assigneeId, String assignee) {

        /** The same card after a move: in another column or place, in a newer version. */
        public Task moved(TaskStatus newStatus, int newPosition, long newVersion) {
            return new Task(id, title, notes, dueDate, newStatus, newPosition, milestone, newVersion, assigneeId,
                    assignee);
        }
    }

    public record Milestone(long id, String title, LocalDate dueDate, boolean done, boolean overdue) {
    }

    /**
     * A measured result; {@code changePercent} is the signed change from before to after, when both are known, and
     * {@code direction} says whether that change is an improvement.
     */
    public record Result(long id, String metric, BigDecimal before, BigDecimal after, String unit,
                         ResultDirection direction, Integer changePercent) {

        /** Better, worse or the same, by the result's own direction; {@code null} when there is nothing to compare. */
        public Trend trend() {
            if (changePercent == null) {
                return null;
            }
            if (changePercent == 0) {
                return Trend.UNCHANGED;
            }
            return direction.improvesWith(Integer.signum(changePercent)) ? Trend.IMPROVED : Trend.REGRESSED;
        }
    }

    public enum Trend {
        IMPROVED,
        REGRESSED,
        UNCHANGED
    }

    public record SkillTag(String key, LocalizedText name) {
    }

    /** The group that owns a team project, and its members now: whom its tasks can be given to. */
    public record Team(long groupId, String groupName, List<Member> members) {

        /** The member's display name, or {@code null} for someone who is not (any more) a member. */
        public String nameOf(Long accountId) {
            if (accountId == null) {
                return null;
            }
            return members.stream().filter(member -> member.accountId() == accountId).map(Member::displayName)
                    .findFirst().orElse(null);
        }
    }

    public record Member(long accountId, String displayName) {
    }

    public boolean isTeamProject() {
        return team != null;
    }

    public int componentsDone() {
        return (int) components.stream().filter(Component::done).count();
    }
}
