package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.MockFeedback;
import app.waypoint.interview.domain.MockFeedbackRepository;
import app.waypoint.interview.domain.MockFollowUp;
import app.waypoint.interview.domain.MockFollowUpRepository;
import app.waypoint.interview.domain.MockInterview;
import app.waypoint.interview.domain.MockInterviewRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/**
 * A person's log of mock interviews; a follow-up from one becomes a question card in one step. An interview held in
 * a study group's pairing is shown to the partners too, and each of them gives it feedback.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MockInterviewService {

    static final String CARD_TAG = "mock-interview";

    private final MockInterviewRepository interviews;
    private final MockFollowUpRepository followUps;
    private final MockFeedbackRepository feedback;
    private final InterviewPairings pairings;
    private final AccountRepository accountRepository;
    private final QuestionBankService bank;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    MockInterviewService(MockInterviewRepository interviews, MockFollowUpRepository followUps,
                         MockFeedbackRepository feedback, InterviewPairings pairings,
                         AccountRepository accountRepository, QuestionBankService bank, CurrentUser currentUser,
                         AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.interviews = interviews;
        this.followUps = followUps;
        this.feedback = feedback;
        this.pairings = pairings;
        this.accountRepository = accountRepository;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The person's mock interviews and those their partners logged in a pairing with them, newest first, with
     * follow-ups and feedback: three statements, five when a pairing's interview is among them.
     */
    @Transactional(readOnly = true)
    public List<MockInterviewView> mockInterviews() {
        long me = currentUser.id();
        Map<Long, List<Long>> myPairings = pairings.myPairings();
        List<MockInterview> all = myPairings.isEmpty() ? interviews.findByOwnerIdOrderByHeldOnDescIdDesc(me)
                : interviews.findOwnOrHeldIn(me, myPairings.keySet());
        Map<Long, List<MockInterviewView.FollowUp>> byInterview = followUps.findByOwner(me).stream()
                .collect(Collectors.groupingBy(followUp -> followUp.getMockInterview().getId(),
                        Collectors.mapping(followUp -> new MockInterviewView.FollowUp(followUp.getId(),
                                followUp.getText(), followUp.getCardId() != null), Collectors.toList())));
        List<Long> fromPairings = all.stream().filter(interview -> interview.getPairingId() != null)
                .map(MockInterview::getId).toList();
        List<MockFeedback> given = fromPairings.isEmpty() ? List.of()
                : feedback.findByMockInterviewIdInOrderByWrittenAtAscIdAsc(fromPairings);
        Map<Long, String> names = namesOf(all, given, myPairings, me);
        Map<Long, List<MockInterviewView.Feedback>> feedbackOf = given.stream()
                .collect(Collectors.groupingBy(MockFeedback::getMockInterviewId, Collectors.mapping(
                        one -> new MockInterviewView.Feedback(names.get(one.getAuthorId()), one.getAuthorId() == me,
                                one.getText(), one.getVersion()), Collectors.toList())));
        return all.stream()
                .map(interview -> new MockInterviewView(interview.getId(), interview.getHeldOn(), interview.getKind(),
                        partnerOf(interview, myPairings, names, me), interview.getQuestions(),
                        interview.getSelfRating(),
                        byInterview.getOrDefault(interview.getId(), List.of()),
                        interview.getOwnerId() == me ? null : names.get(interview.getOwnerId()),
                        interview.getPairingId() != null, feedbackOf.getOrDefault(interview.getId(), List.of())))
                .toList();
    }

    /**
     * The names of whoever logged, wrote feedback or was paired in the interviews besides the person alone, read
     * only when there are any.
     */
    private Map<Long, String> namesOf(List<MockInterview> all, List<MockFeedback> given,
                                      Map<Long, List<Long>> myPairings, long me) {
        Set<Long> people = new HashSet<>();
        for (MockInterview interview : all) {
            people.add(interview.getOwnerId());
            people.addAll(myPairings.getOrDefault(interview.getPairingId(), List.of()));
        }
        given.forEach(one -> people.add(one.getAuthorId()));
        if (given.isEmpty()) {
            people.remove(me);
        }
        return people.isEmpty() ? Map.of() : accountRepository.findAllById(people).stream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    /**
     * Whom the person held the interview with: the others of its pairing by their current names (so a deleted
     * account's name goes with it), or what was typed for one logged on its own.
     */
    private static String partnerOf(MockInterview interview, Map<Long, List<Long>> myPairings,
                                    Map<Long, String> names, long me) {
        List<Long> pairing = myPairings.get(interview.getPairingId());
        if (pairing == null) {
            return interview.getPartner();
        }
        return pairing.stream().filter(id -> id != me).map(names::get).collect(Collectors.joining(", "));
    }

    /** The partners of a pairing the person is in, as the log form fills them in; empty when it is not theirs. */
    @Transactional(readOnly = true)
    public Optional<String> partnersIn(long pairingId) {
        return pairings.partnersOf(pairingId).map(names -> String.join(", ", names));
    }

    /**
     * Logs an interview. One held in a pairing must be in the person's pairing; its partners are the pairing's
     * people, so no partner text is kept for it.
     */
    public long log(MockInterviewDraft draft) {
        List<String> lines = followUpLines(draft.followUps());
        validate(draft, lines);
        if (draft.pairingId() != null && partnersIn(draft.pairingId()).isEmpty()) {
            throw new NotFoundException("pairing " + draft.pairingId());
        }
        String partner = draft.pairingId() != null ? null : blankToNull(draft.partner());
        MockInterview made = new MockInterview(currentUser.id(), draft.heldOn(), draft.kind(), partner,
                blankToNull(draft.questions()), draft.selfRating(), clock.instant());
        if (draft.pairingId() != null) {
            made.heldInPairing(draft.pairingId());
        }
        MockInterview interview = interviews.save(made);
        for (int i = 0; i < lines.size(); i++) {
            followUps.save(new MockFollowUp(interview, lines.get(i), i));
        }
        return interview.getId();
    }

    /**
     * Turns a follow-up into a question card due today, categorised by the interview's kind. Asking twice
     * (a double tap, a second tab) gives no second card.
     */
    public void makeCard(long followUpId) {
        MockFollowUp followUp = followUps.findById(followUpId)
                .filter(found -> found.getMockInterview().getOwnerId() == currentUser.id())
                .orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
        if (followUp.getCardId() != null) {
            return;
        }
        MockInterview interview = followUp.getMockInterview();
        followUp.becameCard(bank.addCard(interview.getKind().cardCategory(), followUp.getText(), null, CARD_TAG,
                null));
        followUps.saveAndFlush(followUp);
    }

    /**
     * Practice at a glance: mock interviews held in the last {@code days} days (today included; one dated ahead has
     * not happened yet), STAR stories, and the competencies they cover; one statement.
     */
    @Transactional(readOnly = true)
    public PracticeStanding practice(int days) {
        LocalDate today = today();
        Object[] row = interviews.findPracticeFigures(currentUser.id(), today.minusDays(days - 1L), today).getFirst();
        Set<Competency> covered = EnumSet.noneOf(Competency.class);
        if (row[2] != null) {
            Arrays.stream(((String) row[2]).split(",")).filter(name -> !name.isBlank())
                    .map(Competency::valueOf).forEach(covered::add);
        }
        return new PracticeStanding(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), covered);
    }

    /** Today in the person's time zone: the date a new log entry starts with. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    /**
     * Writes or rewrites the person's feedback on an interview held in a pairing they are in (or that they logged).
     * {@code version} is that of the feedback they saw, null when they saw none; another tab's save is refused.
     */
    public void giveFeedback(long interviewId, String text, Long version) {
        long me = currentUser.id();
        MockInterview interview = interviews.findById(interviewId)
                .filter(found -> found.getPairingId() != null)
                .filter(found -> found.getOwnerId() == me || pairings.myPairings().containsKey(found.getPairingId()))
                .orElseThrow(() -> new NotFoundException("mock interview " + interviewId));
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw new InvalidInputException("feedback", "mock.feedback.required");
        }
        if (length(written) > MockFeedback.MAX_TEXT) {
            throw new InvalidInputException("feedback", "mock.feedback.too-long");
        }
        Optional<MockFeedback> earlier = feedback.findByMockInterviewIdAndAuthorId(interview.getId(), me);
        if (earlier.isPresent() != (version != null)
                || earlier.filter(one -> one.getVersion() != version).isPresent()) {
            throw new ConcurrentEditException();
        }
        MockFeedback saved = earlier.orElseGet(() -> new MockFeedback(interview.getId(), me, written, clock.instant()));
        saved.rewrite(written, clock.instant());
        try {
            feedback.saveAndFlush(saved);
        } catch (DataIntegrityViolationException twoTabs) {
            throw new ConcurrentEditException();
        }
    }

    public void delete(long interviewId) {
        interviews.delete(interviews.findById(interviewId)
                .filter(found -> found.getOwnerId() == currentUser.id())
                .orElseThrow(() -> new NotFoundException("mock interview " + interviewId)));
    }

    private static void validate(MockInterviewDraft draft, List<String> lines) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", "mock.held-on.required"));
        }
        if (draft.kind() == null) {
            problems.add(new FieldProblem("kind", "mock.kind.required"));
        }
        if (draft.partner() != null && length(draft.partner().strip()) > MockInterview.MAX_PARTNER) {
            problems.add(new FieldProblem("partner", "mock.partner.too-long"));
        }
        if (draft.questions() != null && length(draft.questions()) > MockInterview.MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "mock.questions.too-long"));
        }
        if (draft.selfRating() == null || draft.selfRating() < 1 || draft.selfRating() > 5) {
            problems.add(new FieldProblem("selfRating", "mock.rating.range"));
        }
        if (lines.size() > MockInterview.MAX_FOLLOW_UPS || lines.stream().anyMatch(line -> length(line) > MockFollowUp.MAX_TEXT)) {
            problems.add(new FieldProblem("followUps", "mock.follow-ups.too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static List<String> followUpLines(List<String> entries) {
        return entries == null ? List.of()
                : entries.stream().filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
    }
}
