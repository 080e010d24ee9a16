package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.ChecklistItemState;
import app.waypoint.interview.domain.ChecklistItemStateRepository;
import app.waypoint.interview.domain.ItemTick;
import app.waypoint.interview.domain.OwnChecklist;
import app.waypoint.interview.domain.OwnChecklistItem;
import app.waypoint.interview.domain.OwnChecklistItemRepository;
import app.waypoint.interview.domain.OwnChecklistRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The guide's interview checklists and a person's own, each item ticked with a note and a date. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ChecklistService {

    public static final int MAX_NOTE = 2000;

    private final InterviewChecklists builtIn;
    private final ChecklistItemStateRepository states;
    private final OwnChecklistRepository ownChecklists;
    private final OwnChecklistItemRepository ownItems;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ChecklistService(InterviewChecklists builtIn, ChecklistItemStateRepository states,
                     OwnChecklistRepository ownChecklists, OwnChecklistItemRepository ownItems,
                     CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.builtIn = builtIn;
        this.states = states;
        this.ownChecklists = ownChecklists;
        this.ownItems = ownItems;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every checklist with the person's ticks: the guide's first, then their own, in three statements. */
    @Transactional(readOnly = true)
    public List<ChecklistView> checklists() {
        long me = currentUser.id();
        Map<String, ChecklistItemState> ticks = states.findByOwnerId(me).stream()
                .collect(Collectors.toMap(state -> state.getChecklistKey() + "/" + state.getItemKey(),
                        Function.identity()));
        List<ChecklistView> views = new ArrayList<>();
        for (InterviewChecklists.Checklist checklist : builtIn.all()) {
            List<ChecklistView.Item> items = checklist.items().stream().map(item -> {
                ChecklistItemState state = ticks.get(checklist.key() + "/" + item.key());
                ItemTick tick = state == null ? ItemTick.NONE : state.getTick();
                return new ChecklistView.Item(item.key(), null, item.title(), item.hint(), tick.done(), tick.note(),
                        tick.doneOn());
            }).toList();
            views.add(new ChecklistView(checklist.key(), null, checklist.kind(), checklist.title(), items));
        }
        Map<Long, List<OwnChecklistItem>> itemsByChecklist = ownItems.findByOwner(me).stream()
                .collect(Collectors.groupingBy(item -> item.getChecklist().getId()));
        for (OwnChecklist own : ownChecklists.findByOwnerIdOrderById(me)) {
            List<ChecklistView.Item> items = itemsByChecklist.getOrDefault(own.getId(), List.of()).stream()
                    .map(item -> new ChecklistView.Item(null, item.getId(), same(item.getTitle()), null,
                            item.getTick().done(), item.getTick().note(), item.getTick().doneOn()))
                    .toList();
            views.add(new ChecklistView(null, own.getId(), "own", same(own.getTitle()), items));
        }
        return views;
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
        return ownChecklists.save(new OwnChecklist(currentUser.id(), requireTitle(title, 120), clock.instant())).getId();
    }

    public void addItem(long checklistId, String title) {
        OwnChecklist checklist = ownChecklists.findById(checklistId)
                .filter(found -> found.getOwnerId() == currentUser.id())
                .orElseThrow(() -> new NotFoundException("checklist " + checklistId));
        ownItems.save(new OwnChecklistItem(checklist, requireTitle(title, 200),
                (int) ownItems.countByChecklistId(checklistId)));
    }

    public void tickOwn(long itemId, boolean done, String note) {
        OwnChecklistItem item = ownItems.findById(itemId)
                .filter(found -> found.getChecklist().getOwnerId() == currentUser.id())
                .orElseThrow(() -> new NotFoundException("item " + itemId));
        item.tick(done, cleanNote(note), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    private static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    private static String cleanNote(String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "checklist.note.too-long");
        }
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static String requireTitle(String title, int max) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "checklist.title.required");
        }
        if (title.strip().length() > max) {
            throw new InvalidInputException("title", "checklist.title.too-long");
        }
        return title.strip();
    }
}
