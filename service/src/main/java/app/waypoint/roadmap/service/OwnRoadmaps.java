package app.waypoint.roadmap.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.roadmap.domain.NodeKind;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapNode;
import app.waypoint.roadmap.domain.RoadmapNodeRepository;
import app.waypoint.roadmap.domain.RoadmapRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds a roadmap, or a node in it, for the caller. Someone else's own roadmap does not exist for them; a built-in
 * one exists but is not theirs to edit.
 */
@Component
class OwnRoadmaps {

    private final RoadmapRepository roadmaps;
    private final RoadmapNodeRepository nodes;
    private final CurrentUser currentUser;

    OwnRoadmaps(RoadmapRepository roadmaps, RoadmapNodeRepository nodes, CurrentUser currentUser) {
        this.roadmaps = roadmaps;
        this.nodes = nodes;
        this.currentUser = currentUser;
    }

    Roadmap visible(String key) {
        long me = currentUser.id();
        return roadmaps.findByKey(key).filter(roadmap -> roadmap.isVisibleTo(me))
                .orElseThrow(() -> new NotFoundException("roadmap " + key));
    }

    Roadmap owned(String key) {
        Roadmap roadmap = visible(key);
        if (!roadmap.isOwnedBy(currentUser.id())) {
            throw notYours();
        }
        return roadmap;
    }

    RoadmapNode ownedNode(long nodeId) {
        long me = currentUser.id();
        RoadmapNode node = nodes.findById(nodeId).filter(found -> !found.isRetired())
                .filter(found -> found.getRoadmap().isVisibleTo(me))
                .orElseThrow(() -> new NotFoundException("node " + nodeId));
        if (!node.getRoadmap().isOwnedBy(me)) {
            throw notYours();
        }
        return node;
    }

    /** An own node of the given kind; any other kind is as good as not there. */
    RoadmapNode ownedNode(long nodeId, NodeKind kind) {
        RoadmapNode node = ownedNode(nodeId);
        if (node.getKind() != kind) {
            throw new NotFoundException(kind + " " + nodeId);
        }
        return node;
    }

    /** The active children of a node in their order; of no node, the roadmap's stages. */
    List<RoadmapNode> children(Roadmap roadmap, RoadmapNode parent) {
        return nodes.findByRoadmapId(roadmap.getId()).stream()
                .filter(node -> !node.isRetired())
                .filter(node -> parent == null ? node.getKind() == NodeKind.STAGE
                        : node.getParent() != null && node.getParent().getId().equals(parent.getId()))
                .sorted(Comparator.comparingInt(RoadmapNode::getPosition))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Numbers the nodes 0, 1, 2… under the parent, in the order given. */
    static void renumber(RoadmapNode parent, List<RoadmapNode> siblings) {
        for (int position = 0; position < siblings.size(); position++) {
            siblings.get(position).place(parent, position);
        }
    }

    private static AccessDeniedException notYours() {
        return new AccessDeniedException("Built-in roadmaps cannot be edited; make your own copy");
    }
}
