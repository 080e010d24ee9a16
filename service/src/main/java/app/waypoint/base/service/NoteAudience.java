package app.waypoint.base.service;

import java.util.List;

/**
 * Who besides the person reads their notes on a roadmap: the study groups that follow it and with which they
 * share notes. The group feature provides it, so the roadmap can say so without depending on groups.
 */
public interface NoteAudience {

    /** The names of the person's groups that see their notes on this roadmap, by name. */
    List<String> groupsSeeingNotes(long accountId, long roadmapId);
}
