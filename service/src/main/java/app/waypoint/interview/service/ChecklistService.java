package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.ChecklistItemState;
import app.waypoint.interview.domain.ChecklistItemStateRepository;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.ItemTick;
import app.waypoint.interview.domain.OwnChecklist;
import app.waypoint.interview.domain.OwnChecklistItem;
import app.waypoint.interview.domain.OwnChecklistItemRepository;
import app.waypoint.interview.domain.OwnChecklistRepository;
import app.waypoint.interview.domain.StarStory;
import app.waypoint.interview.domain.StarStoryRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.length;

/** The guide's interview checklists and a person's own, each item ticked with a note and a date. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ChecklistService {


    private final InterviewChecklists builtIn;
    private final ChecklistItemStateRepository states;
    private final OwnChecklistRepository ownChecklists;
    private final OwnChecklistItemRepository ownItems;
    private final StarStoryRepository stories;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ChecklistService(InterviewChecklists builtIn, ChecklistItemStateRepository states,
                     OwnChecklistRepository ownChecklists, OwnChecklistItemRepository ownItems,
                     StarStoryRepository stories, CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.builtIn = builtIn;
        this.states = states;
        this.ownChecklists = ownChecklists;
        this.ownItems = ownItems;
        this.stories = stories;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Every checklist with the person's ticks, the guide's first, then their own, in four statements; the
     * practical-competency items list the stories that prove them.
     */
    @Transactional(readOnly = true)
    public List<ChecklistView> checklists() {
        long me = currentUser.id();
        Map<String, List<String>> evidence = storyTitlesByItem(me);
        Map<String, ChecklistItemState> ticks = states.findByOwnerId(me).stream()
                .collect(Collectors.toMap(state -> state.getChecklistKey() + "/" + state.getItemKey(),
                        Function.identity()));
        List<ChecklistView> views = new ArrayList<>();
        for (InterviewChecklists.Checklist checklist : builtIn.all()) {
            List<ChecklistView.Item> items = checklist.items().stream().map(item -> {
                ChecklistItemState state = ticks.get(checklist.key() + "/" + item.key());
                ItemTick tick = state == null ? ItemTick.NONE : state.getTick();
                List<String> stories = Competency.CHECKLIST_KEY.equals(checklist.key())
                        ? evidence.getOrDefault(item.key(), List.of()) : List.of();
                return new ChecklistView.Item(item.key(), null, item.title(), item.hint(), tick.done(), tick.note(),
                        tick.doneOn(), stories);
            }).toList();
            views.add(new ChecklistView(checklist.key(), null, checklist.kind(), checklist.title(), items));
        }
        Map<Long, List<OwnChecklistItem>> itemsByChecklist = ownItems.findByOwner(me).stream()
                .collect(Collectors.groupingBy(item -> item.getChecklist().getId()));
        for (OwnChecklist own : ownChecklists.findByOwnerIdOrderById(me)) {
            List<ChecklistView.Item> items = itemsByChecklist.getOrDefault(own.getId(), List.of()).stream()
                    .map(item -> new ChecklistView.Item(null, item.getId(), same(item.getTitle()), null,
                            item.getTick().done(), item.getTick().note(), item.getTick().doneOn(), List.of()))
                    .toList();
            views.add(new ChecklistView(null, own.getId(), "own", same(own.getTitle()), items));
        }
        return views;
    }

    private Map<String, List<String>> storyTitlesByItem(long me) {
        Map<String, List<String>> titles = new HashMap<>();
        for (StarStory story : stories.findByOwnerIdOrderByCreatedAtAscIdAsc(me)) {
            for (Competency competency : story.getCompetencies()) {
                titles.computeIfAbsent(competency.checklistItemKey(), key -> new ArrayList<>()).add(story.getTitle());
            }
        }
        return titles;
    }

    /** Ticks an item of a built-in checklist; unknown keys are "not found". */
    public void tick(String checklistKey, String itemKey, boolean done, String note) {
        boolean exists = builtIn.all().stream().filter(checklist -> checklist.key().equals(checklistKey))
                .flatMap(checklist -> checklist.items().stream()).anyMatch(item -> item.key().equals(itemKey));
        if (!exists) {
            throw new NotFoundException("checklist item " + checklistKey + "/" + itemKey);
        }
        long me = currentUser.id();
        ChecklistItemState state = states.findByOwnerIdAndChecklistKeyAndItemKey(me, checklistKey, itemKey)
                .orElseGet(() -> new ChecklistItemState(me, checklistKey, itemKey));
        state.tick(done, cleanNote(note), today());
        states.save(state);
    }

    public long addChecklist(String title) {
        return ownChecklists.save(new OwnChecklist(currentUser.id(), requireTitle(title, OwnChecklist.MAX_TITLE), clock.instant())).getId();
    }

    public void addItem(long checklistId, String title) {
        OwnChecklist checklist = ownedChecklist(checklistId);
        ownItems.save(new OwnChecklistItem(checklist, requireTitle(title, OwnChecklistItem.MAX_TITLE),
                (int) ownItems.countByChecklistId(checklistId)));
    }

    public void tickOwn(long itemId, boolean done, String note) {
        ownedItem(itemId).tick(done, cleanNote(note), today());
    }

    public void renameItem(long itemId, String title) {
        ownedItem(itemId).rename(requireTitle(title, OwnChecklistItem.MAX_TITLE));
    }

    public void deleteItem(long itemId) {
        ownItems.delete(ownedItem(itemId));
    }

    /** Deletes one of the person's own checklists with its items. */
    public void deleteChecklist(long checklistId) {
        ownChecklists.delete(ownedChecklist(checklistId));
    }

    private OwnChecklist ownedChecklist(long checklistId) {
        return ownChecklists.findById(checklistId)
                .filter(found -> found.getOwnerId() == currentUser.id())
                .orElseThrow(() -> new NotFoundException("checklist " + checklistId));
    }

    private OwnChecklistItem ownedItem(long itemId) {
        return ownItems.findById(itemId)
                .filter(found -> found.getChecklist().getOwnerId() == currentUser.id())
                .orElseThrow(() -> new NotFoundException("item " + itemId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    private static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    private static String cleanNote(String note) {
        if (note != null && length(note) > ItemTick.MAX_NOTE) {
            throw new InvalidInputException("note", "checklist.note.too-long");
        }
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static String requireTitle(String title, int max) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "checklist.title.required");
        }
        if (length(title.strip()) > max) {
            throw new InvalidInputException("title", "checklist.title.too-long");
        }
        return title.strip();
    }
}
