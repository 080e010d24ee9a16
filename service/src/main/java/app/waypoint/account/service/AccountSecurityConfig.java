package app.waypoint.account.service;

import app.waypoint.account.domain.SignedInSessionRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class AccountSecurityConfig {

    /** OWASP ASVS minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }

    /** Knows each account's live sessions on every instance, so a password change can end the others. */
    @Bean
    StoredSessionRegistry sessionRegistry(SignedInSessionRepository sessions, Clock clock) {
        return new StoredSessionRegistry(sessions, clock);
    }
}
