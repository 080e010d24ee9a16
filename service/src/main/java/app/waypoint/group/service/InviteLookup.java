package app.waypoint.group.service;

import app.waypoint.base.service.InvitedGroups;
import app.waypoint.group.domain.StudyGroupRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Tells the login and sign-up pages which group an invite is for. Open to anyone: the invite code itself, 256
 * random bits, is the proof of being invited, and only the group's name is told.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
class InviteLookup implements InvitedGroups {

    private final StudyGroupRepository groups;
    private final Clock clock;

    InviteLookup(StudyGroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public Optional<String> groupName(String inviteCode) {
        if (inviteCode == null || inviteCode.isBlank()) {
            return Optional.empty();
        }
        String code = inviteCode.strip();
        return groups.findByInviteCode(code).filter(group -> group.acceptsInvite(code, clock.instant()))
                .map(group -> group.getName());
    }
}
