package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.MockFollowUp;
import app.waypoint.interview.domain.MockFollowUpRepository;
import app.waypoint.interview.domain.MockInterview;
import app.waypoint.interview.domain.MockInterviewRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/** A person's log of mock interviews; a follow-up from one becomes a question card in one step. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MockInterviewService {

    static final String CARD_TAG = "mock-interview";

    private final MockInterviewRepository interviews;
    private final MockFollowUpRepository followUps;
    private final QuestionBankService bank;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    MockInterviewService(MockInterviewRepository interviews, MockFollowUpRepository followUps,
                         QuestionBankService bank, CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.interviews = interviews;
        this.followUps = followUps;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The person's mock interviews, newest first, with their follow-ups, in two statements. */
    @Transactional(readOnly = true)
    public List<MockInterviewView> mockInterviews() {
        long me = currentUser.id();
        Map<Long, List<MockInterviewView.FollowUp>> byInterview = followUps.findByOwner(me).stream()
                .collect(Collectors.groupingBy(followUp -> followUp.getMockInterview().getId(),
                        Collectors.mapping(followUp -> new MockInterviewView.FollowUp(followUp.getId(),
                                followUp.getText(), followUp.getCardId() != null), Collectors.toList())));
        return interviews.findByOwnerIdOrderByHeldOnDescIdDesc(me).stream()
                .map(interview -> new MockInterviewView(interview.getId(), interview.getHeldOn(), interview.getKind(),
                        interview.getPartner(), interview.getQuestions(), interview.getSelfRating(),
                        byInterview.getOrDefault(interview.getId(), List.of())))
                .toList();
    }

    public long log(MockInterviewDraft draft) {
        List<String> lines = followUpLines(draft.followUps());
        validate(draft, lines);
        MockInterview interview = interviews.save(new MockInterview(currentUser.id(), draft.heldOn(), draft.kind(),
                blankToNull(draft.partner()), blankToNull(draft.questions()), draft.selfRating(), clock.instant()));
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
