package app.waypoint.account.service;

import java.util.List;

/** One page of accounts, and how many match in all. */
public record AccountList(List<AdminAccountRow> rows, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
