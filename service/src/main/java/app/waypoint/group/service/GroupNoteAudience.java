package app.waypoint.group.service;

import app.waypoint.base.service.NoteAudience;
import app.waypoint.group.domain.GroupMemberRepository;
import org.springframework.stereotype.Component;

import java.util.List;

/** The groups whose board shows a member's notes: they follow the roadmap and the member shares notes with them. */
@Component
class GroupNoteAudience implements NoteAudience {

    private final GroupMemberRepository members;

    GroupNoteAudience(GroupMemberRepository members) {
        this.members = members;
    }

    @Override
    public List<String> groupsSeeingNotes(long accountId, long roadmapId) {
        return members.findGroupNamesSeeingNotes(accountId, roadmapId);
    }
}
