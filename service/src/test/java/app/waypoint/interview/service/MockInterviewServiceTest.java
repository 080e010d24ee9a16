package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.domain.QuestionCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class MockInterviewServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired MockInterviewService mocks;
    @Autowired QuestionBankService bank;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("mock@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aLoggedInterviewKeepsItsQuestionsAndFollowUpsNewestFirst() {
        mocks.log(new MockInterviewDraft(DAY.minusDays(7), MockInterviewKind.BEHAVIOURAL, "지민", null, 2, List.of()));
        mocks.log(new MockInterviewDraft(DAY, MockInterviewKind.SYSTEM_DESIGN, " 민수 ", "RAG 설계", 4,
                List.of("벡터 DB 샤딩", " ", "캐시 무효화 ")));

        List<MockInterviewView> log = mocks.mockInterviews();
        assertThat(log).extracting(MockInterviewView::heldOn).containsExactly(DAY, DAY.minusDays(7));
        MockInterviewView latest = log.get(0);
        assertThat(latest.partner()).isEqualTo("민수");
        assertThat(latest.selfRating()).isEqualTo(4);
        assertThat(latest.followUps()).extracting(MockInterviewView.FollowUp::text)
                .containsExactly("벡터 DB 샤딩", "캐시 무효화");
        assertThat(log.get(1).followUps()).isEmpty();
    }

    @Test
    void aFollowUpBecomesOneDueCardOfTheInterviewsCategory() {
        mocks.log(new MockInterviewDraft(DAY, MockInterviewKind.SYSTEM_DESIGN, null, null, 3, List.of("벡터 DB 샤딩")));
        long followUp = mocks.mockInterviews().get(0).followUps().get(0).id();

        mocks.makeCard(followUp);
        mocks.makeCard(followUp);

        assertThat(bank.myCards()).singleElement().satisfies(card -> {
            assertThat(card.question()).isEqualTo("벡터 DB 샤딩");
            assertThat(card.category()).isEqualTo(QuestionCategory.SYSTEM_DESIGN);
            assertThat(card.dueOn()).isEqualTo(DAY);
        });
        assertThat(mocks.mockInterviews().get(0).followUps().get(0).isCard()).isTrue();
    }

    @Test
    void badInputIsRefusedAtEachFieldAndNothingIsStored() {
        MockInterviewDraft bad = new MockInterviewDraft(null, null, "p".repeat(101), "q".repeat(10_000), 6,
                List.of("f".repeat(2001)));
        assertThatThrownBy(() -> mocks.log(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("heldOn", "kind", "partner", "questions", "selfRating", "followUps"));
        assertThatThrownBy(() -> mocks.log(new MockInterviewDraft(DAY, MockInterviewKind.CODING, null, null, 0,
                List.of()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> mocks.log(new MockInterviewDraft(DAY, MockInterviewKind.CODING, null, null, 3,
                Collections.nCopies(21, "again")))).isInstanceOf(InvalidInputException.class);
        assertThat(mocks.mockInterviews()).isEmpty();
    }

    @Test
    void anotherPersonCannotSeeCardOrDeleteAnInterview() {
        long id = mocks.log(new MockInterviewDraft(DAY, MockInterviewKind.CODING, null, null, 3, List.of("DP 복습")));
        long followUp = mocks.mockInterviews().get(0).followUps().get(0).id();

        accounts.signUpAndLogIn("nosy@example.com");
        assertThat(mocks.mockInterviews()).isEmpty();
        assertThatThrownBy(() -> mocks.makeCard(followUp)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mocks.delete(id)).isInstanceOf(NotFoundException.class);
        assertThat(bank.myCards()).isEmpty();

        accounts.logIn("mock@example.com", AccountFixtures.PASSWORD);
        assertThat(mocks.mockInterviews()).hasSize(1);
        assertThat(bank.myCards()).isEmpty();
        mocks.delete(id);
        assertThat(mocks.mockInterviews()).isEmpty();
    }

    @Test
    void theLogTakesTheSameStatementsForOneOrTwentyInterviews() {
        mocks.log(new MockInterviewDraft(DAY, MockInterviewKind.CODING, null, null, 3, List.of("a", "b")));
        statements.reset();
        mocks.mockInterviews();
        int one = statements.count();
        for (int i = 1; i < 20; i++) {
            mocks.log(new MockInterviewDraft(DAY.minusDays(i), MockInterviewKind.PROJECT, "p" + i, null, 3,
                    List.of("x" + i, "y" + i)));
        }
        statements.reset();
        assertThat(mocks.mockInterviews()).hasSize(20);
        assertThat(statements.count()).isEqualTo(one).isLessThanOrEqualTo(3);
    }
}
