package app.waypoint;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.group.service.GroupService;
import app.waypoint.portfolio.service.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * Gives the signed-in person one of everything ({@link RichAccount}) and then as much of the things that pile up as
 * asked for: question cards, coding problems, a project's tasks, applications, STAR stories and mock interviews,
 * and a study group with its members and their feed. The piles are written in bulk with SQL, straight into the
 * real tables, so that a thousand of each take a second rather than a thousand service calls.
 */
@Component
public class LargeAccount {

    @Autowired RichAccount rich;
    @Autowired CurrentUser currentUser;
    @Autowired ProjectService projects;
    @Autowired GroupService groups;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    /** What the views of the filled account are opened with. */
    public record Filled(long project, long application, long group) {

        /** The paths of every main page of the filled account, the ones with an id pointing at its own things. */
        public List<String> mainPages() {
            return List.of("", "roadmaps", "roadmaps/" + RichAccount.GUIDE, "skills", "projects",
                    "projects/" + project, "interview", "interview/questions", "interview/review",
                    "interview/review/stats", "interview/problems", "interview/stories", "interview/mocks",
                    "applications", "applications/" + application, "groups", "groups/" + group, "settings",
                    "settings/data");
        }

        /** A page's path as the same for every account: "/projects/:id" rather than its number. */
        public static String name(String page) {
            return "/" + page.replaceAll("/\\d+$", "/:id");
        }
    }

    /**
     * Fills the signed-in account: {@code items} cards, problems, applications, stories and mock interviews,
     * {@code tasks} tasks on one project, a group of {@code members} people (the person included) and
     * {@code feedEvents} solved problems in its feed.
     */
    public Filled fill(int items, int tasks, int members, int feedEvents) {
        rich.fill();
        long me = currentUser.id();
        Timestamp now = Timestamp.from(clock.instant());
        Date today = Date.valueOf(LocalDate.now(clock));
        long project = projects.createBlank("Many tasks");
        jdbc.update("""
                insert into project_task (project_id, title, status, position, updated_at)
                select ?, 'Task ' || n, (array['TODO', 'DOING', 'DONE'])[1 + n % 3], n, ?::timestamptz
                from generate_series(1, ?) n""", project, now, tasks);
        jdbc.update("""
                insert into question_card (owner_id, category, question, answer, due_on, created_at)
                select ?, 'BACKEND_CS', 'Question ' || n, 'Answer ' || n, ?::date - n % 7, ?::timestamptz
                from generate_series(2, ?) n""", me, today, now, items);
        jdbc.update("""
                insert into coding_problem (owner_id, title, url, difficulty, created_at)
                select ?, 'Problem ' || n, 'https://leetcode.com/problems/p' || n, 'MEDIUM', ?::timestamptz
                from generate_series(2, ?) n""", me, now, items);
        jdbc.update("""
                insert into job_application (owner_id, company, role, stage_id, follow_up_on, changed_at, created_at)
                select ?, 'Company ' || n, 'AI backend', (select min(stage_id) from job_application where owner_id = ?),
                       ?::date + n % 10, ?::timestamptz, ?::timestamptz
                from generate_series(2, ?) n""", me, me, today, now, now, items);
        jdbc.update("""
                insert into star_story (owner_id, title, situation, created_at)
                select ?, 'Story ' || n, 'Situation ' || n, ?::timestamptz from generate_series(2, ?) n""", me, now, items);
        jdbc.update("""
                insert into mock_interview (owner_id, held_on, kind, partner, questions, self_rating, created_at)
                select ?, ?::date - n % 30, 'TECHNICAL', 'Partner', 'Question ' || n, 3, ?::timestamptz
                from generate_series(2, ?) n""", me, today, now, items);
        long group = groups.create("Big study group", "Many members");
        groups.adoptRoadmap(group, RichAccount.GUIDE);
        jdbc.update("""
                insert into account (email, display_name, password_hash, role, time_zone, created_at,
                                     password_changed_at)
                select 'member' || n || '.' || ? || '@example.com', 'Member ' || n, '!', 'USER', 'Asia/Seoul',
                       ?::timestamptz, ?::timestamptz
                from generate_series(2, ?) n""", me, now, now, members);
        jdbc.update("""
                insert into group_member (group_id, account_id, role, joined_at)
                select ?, id, 'MEMBER', ?::timestamptz - interval '30 days' from account
                where email like 'member%.' || ? || '@example.com'""", group, now, me);
        jdbc.update("""
                insert into activity_event (account_id, kind, subject_ko, subject_en, occurred_at)
                select m.account_id, 'PROBLEM_SOLVED', '문제 ' || n, 'Problem ' || n,
                       ?::timestamptz - make_interval(mins => n)
                from generate_series(1, ?) n
                join (select account_id, row_number() over (order by id) - 1 as i from group_member
                      where group_id = ?) m on m.i = n % ?""", now, feedEvents, group, members);
        long application = jdbc.queryForObject(
                "select min(id) from job_application where owner_id = ?", Long.class, me);
        return new Filled(project, application, group);
    }
}
