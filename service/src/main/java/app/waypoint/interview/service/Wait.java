package app.waypoint.interview.service;

/** How long until a graded card comes back: minutes for a learning step, otherwise whole days. */
public record Wait(int minutes, int days) {

    public boolean inMinutes() {
        return minutes > 0;
    }
}
