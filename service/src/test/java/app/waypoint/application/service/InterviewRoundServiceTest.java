package app.waypoint.application.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.application.domain.RoundKind;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.CardOrigin;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class InterviewRoundServiceTest {

    private static final LocalDateTime TUESDAY_TWO_PM = LocalDateTime.of(2026, 3, 3, 14, 0);

    @Autowired InterviewRoundService rounds;
    @Autowired ApplicationService applications;
    @Autowired QuestionBankService bank;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    private long naver;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("rounds@example.com");
        naver = applications.add(ApplicationDraft.of("Naver", "AI backend"), null);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aRoundKeepsItsQuestionsInOrderAndTheTimeInThePersonsZone() {
        long id = rounds.addRound(naver, new RoundDraft(RoundKind.TECHNICAL, TUESDAY_TWO_PM, "Kim, Lee",
                List.of("Explain the GIL", " ", "How would you cache embeddings?"), 4, "Send the repo link"));

        RoundView round = rounds.rounds(naver).getFirst();
        assertThat(round.id()).isEqualTo(id);
        assertThat(round.heldAt()).isEqualTo(TUESDAY_TWO_PM);
        assertThat(round.questions()).extracting(RoundView.Question::text)
                .containsExactly("Explain the GIL", "How would you cache embeddings?");
        assertThat(round.selfRating()).isEqualTo(4);
    }

    @Test
    void aQuestionBecomesACardInOneTapWithTheCompanyAndOnlyOnce() {
        rounds.addRound(naver, new RoundDraft(RoundKind.TECHNICAL, TUESDAY_TWO_PM, null,
                List.of("Explain the GIL"), null, null));
        long question = rounds.rounds(naver).getFirst().questions().getFirst().id();

        rounds.makeCard(question);
        rounds.makeCard(question);

        List<ReviewCard> cards = bank.myCards();
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.question()).isEqualTo("Explain the GIL");
            assertThat(card.category()).isEqualTo(QuestionCategory.BACKEND_CS);
            assertThat(card.company()).isEqualTo("Naver");
            assertThat(card.tags()).contains(InterviewRoundService.CARD_TAG);
        });
        assertThat(rounds.rounds(naver).getFirst().questions().getFirst().isCard()).isTrue();
    }

    @Test
    void aCardMadeFromARoundLinksBackToItUntilTheRoundIsDeleted() {
        long round = rounds.addRound(naver, new RoundDraft(RoundKind.TECHNICAL, TUESDAY_TWO_PM, null,
                List.of("Explain the GIL", "Cache embeddings?"), null, null));
        rounds.makeCard(rounds.rounds(naver).getFirst().questions().getFirst().id());
        bank.addCard(QuestionCategory.BACKEND_CS, "Written by hand", null, null, null);
        long card = bank.myCards().getFirst().id();

        assertThat(bank.cardOrigins()).containsOnlyKeys(card).containsEntry(card, new CardOrigin(
                "applications/" + naver + "?round=" + round, "round.kind.TECHNICAL", TUESDAY_TWO_PM.toLocalDate()));
        AccountFixtures.logOut();
        accounts.signUpAndLogIn("stranger@example.com");
        assertThat(bank.cardOrigins()).as("only one's own cards").isEmpty();
        accounts.logIn("rounds@example.com", AccountFixtures.PASSWORD);

        rounds.deleteRound(round);
        assertThat(bank.cardOrigins()).isEmpty();
        assertThat(bank.myCards()).as("the card stays").hasSize(2);
    }

    @Test
    void deletingTheCardFreesTheQuestionToBecomeOneAgain() {
        rounds.addRound(naver, new RoundDraft(RoundKind.TECHNICAL, TUESDAY_TWO_PM, null,
                List.of("Explain the GIL"), null, null));
        long question = rounds.rounds(naver).getFirst().questions().getFirst().id();
        rounds.makeCard(question);

        bank.deleteCard(bank.myCards().getFirst().id());

        assertThat(rounds.rounds(naver).getFirst().questions().getFirst().isCard()).isFalse();
        assertThat(bank.cardOrigins()).isEmpty();
        rounds.makeCard(question);
        assertThat(bank.myCards()).hasSize(1);
    }

    @Test
    void editingARoundKeepsTheCardOfAQuestionKeptWordForWord() {
        long id = rounds.addRound(naver, new RoundDraft(RoundKind.CULTURE_FIT, TUESDAY_TWO_PM, null,
                List.of("Why us?", "A conflict you solved"), null, null));
        rounds.makeCard(rounds.rounds(naver).getFirst().questions().getFirst().id());
        long version = rounds.rounds(naver).getFirst().version();

        rounds.updateRound(id, new RoundDraft(RoundKind.CULTURE_FIT, TUESDAY_TWO_PM, "HR", List.of("A failure",
                "Why us?"), 3, null), version);

        assertThat(rounds.rounds(naver).getFirst().questions()).extracting(RoundView.Question::text,
                RoundView.Question::isCard).containsExactly(org.assertj.core.groups.Tuple.tuple("A failure", false),
                org.assertj.core.groups.Tuple.tuple("Why us?", true));
    }

    @Test
    void badInputIsNamedFieldByField() {
        assertThatThrownBy(() -> rounds.addRound(naver, new RoundDraft(null, null, "x".repeat(301),
                List.of("q"), 6, null))).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.problems()).extracting(FieldProblem::field)
                        .containsExactly("kind", "heldAt", "interviewers", "selfRating"));
        assertThat(rounds.rounds(naver)).isEmpty();
    }

    @Test
    void anotherPersonsRoundsDoNotExistForThem() {
        long round = rounds.addRound(naver, new RoundDraft(RoundKind.TECHNICAL, TUESDAY_TWO_PM, null,
                List.of("Explain the GIL"), null, null));
        long question = rounds.rounds(naver).getFirst().questions().getFirst().id();
        AccountFixtures.logOut();
        accounts.signUpAndLogIn("other@example.com");

        assertThatThrownBy(() -> rounds.rounds(naver)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rounds.addRound(naver, new RoundDraft(RoundKind.OTHER, TUESDAY_TWO_PM, null,
                List.of(), null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rounds.makeCard(question)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rounds.deleteRound(round)).isInstanceOf(NotFoundException.class);
        assertThat(bank.myCards()).isEmpty();
    }
}
