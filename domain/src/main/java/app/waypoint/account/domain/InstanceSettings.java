package app.waypoint.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.Objects;

/** The settings of the whole instance, one row; admins change them. */
@Entity
public class InstanceSettings {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Enumerated(EnumType.STRING)
    private RegistrationMode registrationMode;

    @Version
    private long version;

    protected InstanceSettings() {
        // for JPA
    }

    public RegistrationMode getRegistrationMode() {
        return registrationMode;
    }

    public void changeRegistrationMode(RegistrationMode mode) {
        this.registrationMode = Objects.requireNonNull(mode);
    }

    public long getVersion() {
        return version;
    }
}
