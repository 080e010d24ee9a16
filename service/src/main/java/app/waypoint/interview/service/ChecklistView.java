package app.waypoint.interview.service;

import app.waypoint.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * A checklist with the person's ticks: built in ({@code key} set, texts in both languages) or their own
 * ({@code ownId} set, texts as they wrote them, in both fields). Items of the practical-competency checklist
 * carry the titles of the STAR stories that prove them.
 */
public record ChecklistView(String key, Long ownId, String kind, LocalizedText title, List<Item> items) {

    public record Item(String key, Long ownId, LocalizedText title, LocalizedText hint, boolean done, String note,
                       LocalDate doneOn, List<String> evidence) {
    }

    public long doneCount() {
        return items.stream().filter(Item::done).count();
    }
}
