package app.waypoint.application.service;

/** A contact as a form edits it: name, role, and an email or phone number. */
public record ContactDraft(String name, String role, String reach) {
}
