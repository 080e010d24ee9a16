package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ChecklistServiceTest {

    @Autowired ChecklistService checklists;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("lists@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aTickKeepsItsNoteAndTheDayItWasFirstTicked() {
        checklists.tick("technical-interview", "algorithms-100", true, "Blind 75 + 25 more");
        clock.advance(Duration.ofDays(2));
        checklists.tick("technical-interview", "algorithms-100", true, "Blind 75 + 25 more, reviewed");

        ChecklistView.Item item = checklists.checklists().get(0).items().stream()
                .filter(candidate -> candidate.key().equals("algorithms-100")).findFirst().orElseThrow();
        assertThat(item.done()).isTrue();
        assertThat(item.note()).isEqualTo("Blind 75 + 25 more, reviewed");
        assertThat(item.doneOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(checklists.checklists().get(0).doneCount()).isEqualTo(1);
    }

    @Test
    void ownChecklistsFollowTheGuidesAndStayPrivate() {
        long id = checklists.addChecklist("Naver 준비");
        checklists.addItem(id, "HyperCLOVA X 논문 읽기");
        ChecklistView own = checklists.checklists().get(6);
        checklists.tickOwn(own.items().get(0).ownId(), true, null);
        assertThat(checklists.checklists().get(6).items().get(0).done()).isTrue();

        accounts.signUpAndLogIn("stranger@example.com");
        assertThat(checklists.checklists()).hasSize(6);
        assertThatThrownBy(() -> checklists.addItem(id, "sneaky")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checklists.tickOwn(own.items().get(0).ownId(), false, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> checklists.tick("technical-interview", "no-such-item", true, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checklists.tick("technical-interview", "algorithms-100", true, "x".repeat(10_000)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> checklists.addChecklist(" ")).isInstanceOf(InvalidInputException.class);
        assertThat(checklists.checklists()).hasSize(6);
        assertThat(checklists.checklists().get(0).doneCount()).isZero();
    }

    @Test
    void ownItemsCanBeRenamedAndDeletedAndOwnChecklistsDeletedOnlyByTheirOwner() {
        long id = checklists.addChecklist("Kakao");
        checklists.addItem(id, "Read the tech blog");
        checklists.addItem(id, "Mock interview");
        long first = checklists.checklists().get(6).items().get(0).ownId();
        long second = checklists.checklists().get(6).items().get(1).ownId();

        checklists.renameItem(first, "Read the tech blog twice");
        checklists.deleteItem(second);
        assertThatThrownBy(() -> checklists.renameItem(first, " ")).isInstanceOf(InvalidInputException.class);
        assertThat(checklists.checklists().get(6).items()).extracting(item -> item.title().en())
                .containsExactly("Read the tech blog twice");

        accounts.signUpAndLogIn("intruder@example.com");
        assertThatThrownBy(() -> checklists.renameItem(first, "mine now")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checklists.deleteItem(first)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checklists.deleteChecklist(id)).isInstanceOf(NotFoundException.class);

        accounts.logIn("lists@example.com", AccountFixtures.PASSWORD);
        assertThat(checklists.checklists().get(6).items()).hasSize(1);
        checklists.deleteChecklist(id);
        assertThat(checklists.checklists()).hasSize(6);
    }
}
