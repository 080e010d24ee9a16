package app.waypoint.account.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Views are closed unless annotated otherwise. Each login gets a new session id (Spring Security's
 * default); logout invalidates the session; the session registry lets a password change end the other
 * sessions of an account.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.sessionManagement(sessions -> sessions
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        // an address no view answers to reaches the router once signed in, which shows the in-app "not found"
        // page; by default it would be refused with a bare 403
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    /** Tells the session registry when sessions end, so it does not grow forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
