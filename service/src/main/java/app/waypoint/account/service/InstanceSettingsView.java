package app.waypoint.account.service;

import app.waypoint.account.domain.RegistrationMode;

/** The instance's settings as the admin console edits them, with the version the edit is based on. */
public record InstanceSettingsView(RegistrationMode registrationMode, long version) {
}
