package app.waypoint.export.domain;

import app.waypoint.export.domain.ExportedList.Field;
import app.waypoint.export.domain.ExportedList.Kind;
import app.waypoint.export.domain.ExportedList.Scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Everything a person owns, list by list: the content of export format {@link #VERSION}. Other members' data never
 * appears: team projects belong to their group, and a group's sessions, pairs and register to the group.
 * {@code docs/export-format.md} describes the same lists for people reading a file.
 */
public final class ExportedLists {

    /** The format version these lists make; a file of a later version is refused. */
    public static final int VERSION = 1;

    /** Rows that point at skills are ordered by the skill's key, which is the same on every instance. */
    private static final String SKILL_KEY = "(select s.key from skill s where s.id = t.skill_id)";

    public static final List<ExportedList> ALL = build(
            owned("profile", "account", "id").information("email", "t.email")
                    .values("display_name", "target_role", "target_date", "language", "time_zone", "dark_mode")
                    .information("created_at", "t.created_at").single().order("t.id"),
            owned("review_settings", "account_id").values("desired_retention", "new_cards_per_day", "reviews_per_day")
                    .single().order("t.account_id"),
            owned("roadmap", "owner_id").id().values("key", "title_ko", "title_en", "description_ko",
                    "description_en", "content_version", "created_at"),
            child("roadmap_node", "roadmap_id", "roadmap").id().local("parent_id", "roadmap_node")
                    .values("key", "kind", "position", "title_ko", "title_en", "description_ko", "description_en",
                            "min_months", "max_months", "retired"),
            child("roadmap_resource", "node_id", "roadmap_node").values("position", "kind", "title", "url")
                    .order("t.node_id, t.position"),
            child("node_skill", "node_id", "roadmap_node").skill("skill_id").order("t.node_id, " + SKILL_KEY),
            owned("node_progress", "account_id").id().node("node", "node_id")
                    .values("status", "started_at", "done_at", "updated_at", "notes"),
            child("evidence_link", "progress_id", "node_progress").values("position", "url", "title")
                    .order("t.progress_id, t.position"),
            owned("roadmap_plan", "account_id").roadmap("roadmap_id").values("start_date", "hours_per_week")
                    .order("t.id"),
            owned("skill_assessment", "account_id").skill("skill_id").values("level", "updated_at").order("t.id"),
            owned("project", "owner_id").where("t.group_id is null").id()
                    .values("template_key", "title", "summary", "status", "start_date", "target_date",
                            "repository_url", "demo_url", "writeup_url", "created_at", "updated_at"),
            child("project_component", "project_id", "project").values("component_key", "done", "note")
                    .order("t.project_id, t.component_key"),
            child("project_milestone", "project_id", "project").id()
                    .values("title", "due_date", "done_at", "position"),
            child("project_task", "project_id", "project").id().local("milestone_id", "project_milestone")
                    .values("title", "notes", "due_date", "status", "position", "updated_at"),
            child("project_result", "project_id", "project").id()
                    .values("metric", "before_value", "after_value", "unit", "position", "direction"),
            child("project_skill", "project_id", "project").skill("skill_id").order("t.project_id, " + SKILL_KEY),
            owned("question_card", "owner_id").id().values("source_key", "category", "tags", "company", "question",
                    "answer", "stability", "difficulty", "due_on", "last_review", "reviews", "lapses", "created_at",
                    "scheduler", "phase", "step", "step_due_at"),
            child("card_review", "card_id", "question_card").owner("owner_id").id()
                    .values("reviewed_on", "grade", "stability", "difficulty", "interval_days", "reviewed_at",
                            "stability_before", "difficulty_before", "last_review_before", "due_on_before",
                            "reviews_before", "lapses_before", "scheduler_before", "phase_before", "step_before",
                            "step_due_at_before"),
            owned("checklist_item_state", "owner_id").values("checklist_key", "item_key", "done", "note", "done_on")
                    .order("t.id"),
            owned("own_checklist", "owner_id").id().values("title", "created_at"),
            child("own_checklist_item", "checklist_id", "own_checklist").id()
                    .values("title", "done", "note", "done_on", "position"),
            owned("coding_problem", "owner_id").id().values("title", "url", "source_key", "platform", "difficulty",
                    "tags", "attempts", "minutes_spent", "solves", "first_solved_on", "last_solved_on", "resolve_on",
                    "created_at"),
            owned("star_story", "owner_id").id().values("title", "situation", "task", "action", "result")
                    .local("project_id", "project").values("competencies", "created_at"),
            owned("mock_interview", "owner_id").id()
                    .values("held_on", "kind", "partner", "questions", "self_rating", "created_at"),
            child("mock_follow_up", "mock_interview_id", "mock_interview").id().values("text", "position")
                    .local("card_id", "question_card"),
            owned("application_stage", "owner_id").id().values("name", "position", "silence_days"),
            owned("job_application", "owner_id").id().values("company", "role", "posting_url", "company_type",
                    "source", "location", "salary", "posting_deadline", "applied_on", "follow_up_on",
                    "resume_version", "notes", "tags").local("stage_id", "application_stage")
                    .values("outcome", "changed_at", "created_at"),
            child("application_contact", "application_id", "job_application")
                    .values("position", "name", "role", "reach").order("t.application_id, t.position"),
            child("application_skill", "application_id", "job_application").skill("skill_id")
                    .order("t.application_id, " + SKILL_KEY),
            child("application_change", "application_id", "job_application").id().values("changed_at")
                    .local("stage_id", "application_stage").values("stage_name", "outcome"),
            child("interview_round", "application_id", "job_application").id()
                    .values("kind", "held_at", "interviewers", "self_rating", "follow_ups"),
            child("round_question", "round_id", "interview_round").id().values("position", "text")
                    .local("card_id", "question_card"),
            owned("streak_freeze", "account_id").id().values("day"),
            owned("activity_event", "account_id").where("t.group_id is null").id()
                    .values("kind", "subject_ko", "subject_en").roadmap("roadmap_id").node("topic", "topic_id")
                    .values("occurred_at"),
            owned("group_member", "account_id").id()
                    .information("group_name", "(select g.name from study_group g where g.id = t.group_id)")
                    .information("role", "t.role").information("share_progress", "t.share_progress")
                    .information("share_activity", "t.share_activity").information("share_notes", "t.share_notes")
                    .information("share_pipeline", "t.share_pipeline").information("joined_at", "t.joined_at")
                    .notRestored());

    private ExportedLists() {
    }

    private static List<ExportedList> build(Builder... lists) {
        return Arrays.stream(lists).map(Builder::build).toList();
    }

    public static Optional<ExportedList> named(String name) {
        return ALL.stream().filter(list -> list.name().equals(name)).findFirst();
    }

    private static Builder owned(String table, String ownerColumn) {
        return owned(table, table, ownerColumn);
    }

    private static Builder owned(String name, String table, String ownerColumn) {
        Builder builder = new Builder(name, table, Scope.OWNER, ownerColumn, null);
        builder.ownerColumn = table.equals("account") ? null : ownerColumn;
        return builder;
    }

    private static Builder child(String table, String parentColumn, String parentList) {
        Builder builder = new Builder(table, table, Scope.PARENT, parentColumn, parentList);
        builder.fields.add(new Field(parentColumn, parentColumn, Kind.LOCAL, parentList));
        return builder;
    }

    /** Builds a list from the bits that differ between lists; the defaults fit most. */
    private static final class Builder {
        private final String name;
        private final String table;
        private final Scope scope;
        private final String scopeColumn;
        private final String parentList;
        private final List<Field> fields = new ArrayList<>();
        private String ownerColumn;
        private String condition;
        private boolean restored = true;
        private boolean single;
        /** rows with ids keep the order in which they were made */
        private String orderBy = "t.id";

        private Builder(String name, String table, Scope scope, String scopeColumn, String parentList) {
            this.name = name;
            this.table = table;
            this.scope = scope;
            this.scopeColumn = scopeColumn;
            this.parentList = parentList;
        }

        Builder id() {
            fields.addFirst(new Field("id", "id", Kind.VALUE, null));
            return this;
        }

        Builder values(String... columns) {
            for (String column : columns) {
                fields.add(new Field(column, column, Kind.VALUE, null));
            }
            return this;
        }

        Builder information(String fieldName, String expression) {
            fields.add(new Field(fieldName, expression, Kind.INFORMATION, null));
            return this;
        }

        Builder local(String column, String targetList) {
            fields.add(new Field(column, column, Kind.LOCAL, targetList));
            return this;
        }

        Builder skill(String column) {
            fields.add(new Field("skill", column, Kind.SKILL, null));
            return this;
        }

        Builder roadmap(String column) {
            fields.add(new Field("roadmap", column, Kind.ROADMAP, null));
            return this;
        }

        Builder node(String fieldName, String column) {
            fields.add(new Field(fieldName, column, Kind.NODE, null));
            return this;
        }

        Builder owner(String column) {
            ownerColumn = column;
            return this;
        }

        Builder where(String sql) {
            condition = sql;
            return this;
        }

        Builder single() {
            single = true;
            return this;
        }

        Builder notRestored() {
            restored = false;
            return this;
        }

        Builder order(String sql) {
            orderBy = sql;
            return this;
        }

        ExportedList build() {
            return new ExportedList(name, table, scope, scopeColumn, parentList, ownerColumn, condition,
                    List.copyOf(fields), orderBy, restored, single);
        }
    }
}
