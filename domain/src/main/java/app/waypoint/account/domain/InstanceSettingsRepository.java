package app.waypoint.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstanceSettingsRepository extends JpaRepository<InstanceSettings, Integer> {

    default InstanceSettings current() {
        return findById(InstanceSettings.ID).orElseThrow(() -> new IllegalStateException("No instance settings row"));
    }
}
