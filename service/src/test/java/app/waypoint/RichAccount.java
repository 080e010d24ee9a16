package app.waypoint;

import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.ProfileUpdate;
import app.waypoint.activity.service.StreakService;
import app.waypoint.application.domain.RoundKind;
import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.ContactDraft;
import app.waypoint.application.service.InterviewRoundService;
import app.waypoint.application.service.RoundDraft;
import app.waypoint.base.domain.Language;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.ChecklistService;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewSettingsService;
import app.waypoint.interview.service.StoryDraft;
import app.waypoint.interview.service.StoryService;
import app.waypoint.portfolio.domain.ResultDirection;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.RoadmapStructureService;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.skill.service.SkillService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Gives the signed-in person one of everything a person can own, through the services a person uses: progress,
 * notes and evidence on the built-in roadmap and on an own copy, a plan, a skill level, projects with all their
 * parts, checklist ticks and an own checklist, a reviewed card, a problem, a STAR story, a mock interview and an
 * application with its history, round and cards made from both, review settings, a profile and a streak freeze.
 */
@Component
public class RichAccount {

    public static final String GUIDE = "ai-backend-2025h2";

    @Autowired MutableClock clock;
    @Autowired AccountService accountService;
    @Autowired RoadmapService roadmaps;
    @Autowired CustomRoadmapService customRoadmaps;
    @Autowired RoadmapStructureService structure;
    @Autowired SkillService skills;
    @Autowired ProjectService projects;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired ProjectBoardService projectBoard;
    @Autowired ChecklistService checklists;
    @Autowired QuestionBankService questions;
    @Autowired ReviewSettingsService reviewSettings;
    @Autowired ProblemService problems;
    @Autowired StoryService stories;
    @Autowired MockInterviewService mockInterviews;
    @Autowired ApplicationService applications;
    @Autowired InterviewRoundService rounds;
    @Autowired StreakService streaks;

    public void fill() {
        long topic = roadmaps.outline(GUIDE).stages().get(0).topics().get(0).id();
        roadmaps.changeStatus(topic, ProgressStatus.DONE);
        roadmaps.saveNotes(topic, "My notes on Python", roadmaps.currentState(topic).version());
        roadmaps.addEvidence(topic, "https://example.com/my-notebook", "My notebook");
        roadmaps.savePlan(GUIDE, LocalDate.of(2026, 3, 2), 10, -1);
        String own = customRoadmaps.fork(GUIDE);
        structure.addStage(own, "My extra stage");
        skills.assess("python", 3);
        long project = projects.createBlank("My chatbot");
        projectBoard.addTask(project, "Build the API");
        projectRecords.addMilestone(project, "First demo", LocalDate.of(2026, 4, 1));
        projectRecords.addResult(project, "p95 latency", new BigDecimal("850"), new BigDecimal("120"), "ms",
                ResultDirection.LOWER_IS_BETTER);
        projects.createFromTemplate("llm-chatbot", Language.KO);
        checklists.tick("technical-interview", "algorithms-100", true, "Done 40 so far");
        long checklist = checklists.addChecklist("My checklist");
        checklists.addItem(checklist, "Practise out loud");
        long card = questions.addCard(QuestionCategory.values()[0], "What is attention?", "Weights over tokens", null,
                null);
        questions.review(card, ReviewGrade.GOOD, questions.card(card).version());
        long problem = problems.add("Two Sum", "https://leetcode.com/problems/two-sum", "LeetCode",
                ProblemDifficulty.EASY, "array");
        problems.attempt(problem, true, 25, problems.problem(problem).version());
        stories.add(new StoryDraft("Cut latency", "Slow API", "Make it fast", "Cached", "850 to 120 ms", project,
                Set.of(Competency.PERFORMANCE, Competency.COST)));
        mockInterviews.log(new MockInterviewDraft(LocalDate.of(2026, 3, 1), MockInterviewKind.values()[0], "A friend",
                "Explain RAG", 4, List.of("Study vector indexes")));
        long application = applications.add(new ApplicationDraft("Kakao", "AI backend", null, null, null, null, null,
                null, null, null, null, "Referral from a friend", null,
                List.of(new ContactDraft("Recruiter Lee", "Recruiter", "lee@kakao.example")), Set.of("python")), null);
        applications.move(application, applications.stages().get(1).id(),
                applications.application(application).card().version());
        rounds.addRound(application, new RoundDraft(RoundKind.values()[0], LocalDateTime.of(2026, 3, 5, 14, 0),
                "Two engineers", List.of("Design a RAG service"), 4, "Read about caching"));
        long ownTopic = roadmaps.outline(own).stages().get(0).topics().get(0).id();
        roadmaps.changeStatus(ownTopic, ProgressStatus.IN_PROGRESS);
        AccountProfile profile = accountService.currentProfile();
        accountService.updateProfile(new ProfileUpdate(profile.displayName(), "AI 백엔드 개발자",
                LocalDate.of(2026, 9, 1), ZoneId.of("Asia/Seoul"), profile.version()));
        reviewSettings.change(0.85, 15, 150, null);
        projectRecords.useSkills(project, Set.of("python", "fastapi"));
        projectRecords.checkComponent(project, projects.details(project).components().get(0).key(), true,
                "LoRA on the FAQ set");
        mockInterviews.makeCard(mockInterviews.mockInterviews().get(0).followUps().get(0).id());
        rounds.makeCard(rounds.rounds(application).get(0).questions().get(0).id());
        // a day missed after a day of study: the streak lives on with a freeze
        clock.advance(Duration.ofDays(2));
        streaks.freezeYesterday();
    }
}
