package app.waypoint.portfolio.service;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.service.GroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deleting a group takes exactly the team projects its owner was shown, and lets them keep any as a member's own. */
@SpringBootTest
class GroupDeletionTest {

    @Autowired GroupService groups;
    @Autowired TeamProjectService teamProjects;
    @Autowired ProjectBoardService projectBoard;
    @Autowired ProjectService projects;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;

    long groupId;
    long mate;
    long outsider;
    long kept;
    long dropped;

    @BeforeEach
    void aGroupWithTwoTeamProjects() {
        database.reset();
        accounts.signUpAndLogIn("owner@example.com");
        groupId = groups.create("Study", null);
        String code = groups.details(groupId).invite().code();
        accounts.signUpAndLogIn("outsider@example.com");
        outsider = currentUser.id();
        accounts.signUpAndLogIn("mate@example.com");
        mate = currentUser.id();
        groups.join(code);
        kept = teamProjects.createBlank(groupId, "Team RAG");
        projectBoard.addTask(kept, "Write the retriever");
        long task = projects.details(kept).tasks().get(0).id();
        projectBoard.assignTask(task, mate, projects.details(kept).tasks().get(0).version());
        dropped = teamProjects.createBlank(groupId, "Team CV");
        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void theOwnerSeesTheTeamProjectsKeepsOneAsAMembersOwnAndOnlyTheOtherGoes() {
        assertThat(groups.teamProjects(groupId)).containsExactly(
                java.util.Map.entry(kept, "Team RAG"), java.util.Map.entry(dropped, "Team CV"));

        groups.handOverTeamProject(groupId, kept, mate);
        assertThat(groups.teamProjects(groupId)).containsOnlyKeys(dropped);
        groups.delete(groupId, "Study", Set.of(dropped));

        assertThat(count("select count(*) from project where id = " + dropped)).isZero();
        accounts.logIn("mate@example.com", AccountFixtures.PASSWORD);
        assertThat(projects.myProjects()).singleElement().satisfies(card -> {
            assertThat(card.id()).isEqualTo(kept);
            assertThat(card.groupName()).isNull();
        });
        assertThat(projects.details(kept).tasks()).singleElement()
                .satisfies(task -> assertThat(task.title()).isEqualTo("Write the retriever"));
        assertThat(count("select count(*) from project_task where assignee_id is not null")).isZero();
    }

    @Test
    void aTeamProjectTheOwnerWasNotShownStopsTheDeletionAndNothingIsDeleted() {
        assertThatThrownBy(() -> groups.delete(groupId, "Study", Set.of(kept)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().get(0)
                        .messageKey()).isEqualTo("group.delete.projects-changed"));
        assertThat(count("select count(*) from study_group where id = " + groupId)).isOne();
        assertThat(count("select count(*) from project where group_id = " + groupId)).isEqualTo(2);
    }

    @Test
    void onlyTheOwnerHandsOverAndOnlyToACurrentMember() {
        assertThatThrownBy(() -> groups.handOverTeamProject(groupId, kept, outsider))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> groups.handOverTeamProject(groupId, kept + dropped + 1000, mate))
                .isInstanceOf(NotFoundException.class);
        accounts.logIn("mate@example.com", AccountFixtures.PASSWORD);
        assertThatThrownBy(() -> groups.handOverTeamProject(groupId, kept, mate))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> groups.teamProjects(groupId)).isInstanceOf(NotAllowedException.class);
        accounts.logIn("outsider@example.com", AccountFixtures.PASSWORD);
        assertThatThrownBy(() -> groups.handOverTeamProject(groupId, kept, outsider))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("select count(*) from project where group_id = " + groupId)).isEqualTo(2);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
