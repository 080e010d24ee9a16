package app.waypoint.application.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.application.domain.InterviewRound;
import app.waypoint.application.domain.InterviewRoundRepository;
import app.waypoint.application.domain.JobApplication;
import app.waypoint.application.domain.JobApplicationRepository;
import app.waypoint.application.domain.RoundQuestion;
import app.waypoint.application.domain.RoundQuestionRepository;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.QuestionCard;
import app.waypoint.interview.service.QuestionBankService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/**
 * The interview rounds of a person's applications; each question asked can become a question card, tagged and
 * named with the company, in one tap.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class InterviewRoundService {

    /** Cards made from rounds carry this tag, so the question bank can find them. */
    public static final String CARD_TAG = "interview-round";

    private final InterviewRoundRepository rounds;
    private final RoundQuestionRepository questions;
    private final JobApplicationRepository applications;
    private final QuestionBankService bank;
    private final CurrentUser currentUser;
    private final AccountService accounts;

    InterviewRoundService(InterviewRoundRepository rounds, RoundQuestionRepository questions,
                          JobApplicationRepository applications, QuestionBankService bank, CurrentUser currentUser,
                          AccountService accounts) {
        this.rounds = rounds;
        this.questions = questions;
        this.applications = applications;
        this.bank = bank;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** An application's rounds, oldest first, with their questions; three statements however many. */
    @Transactional(readOnly = true)
    public List<RoundView> rounds(long applicationId) {
        owned(applicationId);
        ZoneId zone = accounts.currentProfile().timeZone();
        Map<Long, List<RoundView.Question>> byRound = questions.findByApplication(applicationId).stream()
                .collect(Collectors.groupingBy(question -> question.getRound().getId(),
                        Collectors.mapping(question -> new RoundView.Question(question.getId(), question.getText(),
                                question.getCardId() != null), Collectors.toList())));
        return rounds.findByApplicationIdOrderByHeldAtAscIdAsc(applicationId).stream()
                .map(round -> new RoundView(round.getId(), round.getKind(),
                        round.getHeldAt().atZone(zone).toLocalDateTime(), round.getInterviewers(),
                        round.getSelfRating(), round.getFollowUps(), byRound.getOrDefault(round.getId(), List.of()),
                        round.getVersion()))
                .toList();
    }

    public long addRound(long applicationId, RoundDraft draft) {
        owned(applicationId);
        List<String> asked = check(draft);
        InterviewRound round = new InterviewRound(applicationId);
        describe(round, draft);
        rounds.save(round);
        for (int i = 0; i < asked.size(); i++) {
            questions.save(new RoundQuestion(round, i, asked.get(i), null));
        }
        return round.getId();
    }

    /** Saves an edited round; a question kept word for word keeps its card. */
    public void updateRound(long roundId, RoundDraft draft, long expectedVersion) {
        InterviewRound round = ownedRound(roundId);
        if (round.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        List<String> asked = check(draft);
        describe(round, draft);
        try {
            rounds.saveAndFlush(round);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
        Map<String, Long> cards = new HashMap<>();
        for (RoundQuestion question : questions.findByRoundIdOrderByPosition(roundId)) {
            if (question.getCardId() != null) {
                cards.put(question.getText(), question.getCardId());
            }
        }
        questions.deleteByRound(roundId);
        for (int i = 0; i < asked.size(); i++) {
            questions.save(new RoundQuestion(round, i, asked.get(i), cards.get(asked.get(i))));
        }
    }

    public void deleteRound(long roundId) {
        InterviewRound round = ownedRound(roundId);
        questions.deleteByRound(roundId);
        rounds.delete(round);
    }

    /** Makes the question a card in the round kind's category, named with the company; a second tap does nothing. */
    public void makeCard(long questionId) {
        RoundQuestion question = questions.findById(questionId)
                .filter(found -> isMine(found.getRound().getApplicationId()))
                .orElseThrow(() -> new NotFoundException("question " + questionId));
        if (question.getCardId() != null) {
            return;
        }
        JobApplication application = owned(question.getRound().getApplicationId());
        question.becameCard(bank.addCard(question.getRound().getKind().cardCategory(), question.getText(), null,
                CARD_TAG, application.getCompany()));
        questions.saveAndFlush(question);
    }

    private void describe(InterviewRound round, RoundDraft draft) {
        ZoneId zone = accounts.currentProfile().timeZone();
        round.describe(draft.kind(), draft.heldAt().atZone(zone).toInstant(), blankToNull(draft.interviewers()),
                draft.selfRating(), blankToNull(draft.followUps()));
    }

    private boolean isMine(long applicationId) {
        return applications.findById(applicationId).filter(found -> found.getOwnerId() == currentUser.id()).isPresent();
    }

    private JobApplication owned(long applicationId) {
        return applications.findOwned(applicationId, currentUser.id())
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
    }

    private InterviewRound ownedRound(long roundId) {
        return rounds.findById(roundId).filter(round -> isMine(round.getApplicationId()))
                .orElseThrow(() -> new NotFoundException("round " + roundId));
    }

    /** Checks every field at once; returns the questions asked, blank ones dropped. */
    private static List<String> check(RoundDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.kind() == null) {
            problems.add(new FieldProblem("kind", "round.kind.required"));
        }
        if (draft.heldAt() == null) {
            problems.add(new FieldProblem("heldAt", "round.held-at.required"));
        }
        if (length(draft.interviewers()) > InterviewRound.MAX_INTERVIEWERS) {
            problems.add(new FieldProblem("interviewers", "round.interviewers.too-long"));
        }
        if (draft.selfRating() != null && (draft.selfRating() < 1 || draft.selfRating() > 5)) {
            problems.add(new FieldProblem("selfRating", "round.rating.range"));
        }
        if (length(draft.followUps()) > InterviewRound.MAX_FOLLOW_UPS) {
            problems.add(new FieldProblem("followUps", "round.follow-ups.too-long"));
        }
        List<String> asked = draft.questions() == null ? List.of() : draft.questions().stream()
                .map(text -> text == null ? "" : text.strip()).filter(text -> !text.isEmpty()).toList();
        if (asked.size() > InterviewRound.MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "round.questions.too-many"));
        } else if (asked.stream().anyMatch(text -> length(text) > QuestionCard.MAX_QUESTION)) {
            problems.add(new FieldProblem("questions", "round.questions.too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return asked;
    }
}
