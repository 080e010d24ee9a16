package app.waypoint.export.service;

import java.util.Map;

/**
 * What an import made, or would make.
 *
 * @param exportedAt  when the file was made, as the file says
 * @param restored    how many entries of each list were (or will be) imported, by list name, lists with entries only
 * @param skipped     entries left out because they point at built-in content this instance does not have
 * @param notRestored entries written for information only, by list name (group memberships)
 */
public record ImportSummary(String exportedAt, Map<String, Integer> restored, int skipped,
                            Map<String, Integer> notRestored) {
}
