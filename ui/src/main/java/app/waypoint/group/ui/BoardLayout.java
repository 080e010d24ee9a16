package app.waypoint.group.ui;

/** The two ways the board reads: each member's percentages stage by stage, or each topic's statuses member by member. */
enum BoardLayout {
    BY_STAGE,
    BY_TOPIC
}
