package app.waypoint.interview.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.ProjectTitles;
import app.waypoint.interview.domain.StarStory;
import app.waypoint.interview.domain.StarStoryRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/** A person's STAR stories, each backed by one of their portfolio projects and tagged with competencies. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class StoryService {


    private final StarStoryRepository stories;
    private final ProjectTitles projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    StoryService(StarStoryRepository stories, ProjectTitles projects, CurrentUser currentUser, Clock clock) {
        this.stories = stories;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The person's stories, oldest first, in two statements (stories and project titles). */
    @Transactional(readOnly = true)
    public List<StoryView> stories() {
        Map<Long, String> projectTitles = projects.projectTitles();
        return stories.findByOwnerIdOrderByCreatedAtAscIdAsc(currentUser.id()).stream()
                .map(story -> view(story, projectTitles)).toList();
    }

    /** The projects a story can point to, by id, newest activity first. */
    @Transactional(readOnly = true)
    public Map<Long, String> projectChoices() {
        return projects.projectTitles();
    }

    public long add(StoryDraft draft) {
        StarStory story = new StarStory(currentUser.id(), clock.instant());
        write(story, draft);
        return stories.save(story).getId();
    }

    /** Saves an edit; a save based on a version another tab has already replaced is refused. */
    public void update(long storyId, StoryDraft draft, long expectedVersion) {
        StarStory story = owned(storyId);
        if (story.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        write(story, draft);
        stories.saveAndFlush(story);
    }

    public void delete(long storyId) {
        stories.delete(owned(storyId));
    }

    private void write(StarStory story, StoryDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add(new FieldProblem("title", "story.title.required"));
        } else if (length(draft.title().strip()) > StarStory.MAX_TITLE) {
            problems.add(new FieldProblem("title", "story.title.too-long"));
        }
        checkPart(problems, "situation", draft.situation());
        checkPart(problems, "task", draft.task());
        checkPart(problems, "action", draft.action());
        checkPart(problems, "result", draft.result());
        if (draft.projectId() != null && !projects.projectTitles().containsKey(draft.projectId())) {
            problems.add(new FieldProblem("project", "story.project.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        story.write(draft.title().strip(), blankToNull(draft.situation()), blankToNull(draft.task()),
                blankToNull(draft.action()), blankToNull(draft.result()), draft.projectId(),
                draft.competencies() == null ? Set.of() : draft.competencies());
    }

    private StarStory owned(long storyId) {
        return stories.findById(storyId).filter(story -> story.getOwnerId() == currentUser.id())
                .orElseThrow(() -> new NotFoundException("story " + storyId));
    }

    private static void checkPart(List<FieldProblem> problems, String field, String text) {
        if (text != null && length(text) > StarStory.MAX_PART) {
            problems.add(new FieldProblem(field, "story.part.too-long"));
        }
    }

    static StoryView view(StarStory story, Map<Long, String> projectTitles) {
        return new StoryView(story.getId(), story.getTitle(), story.getSituation(), story.getTask(),
                story.getAction(), story.getResult(), story.getProjectId(),
                story.getProjectId() == null ? null : projectTitles.get(story.getProjectId()),
                story.getCompetencies(), story.getVersion());
    }
}
