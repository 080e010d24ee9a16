package app.waypoint.account.ui;

import app.waypoint.account.service.SecurityLogService;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.core.Ordered;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import java.time.Clock;
import java.time.Duration;

/**
 * Views are closed unless annotated otherwise. Each login gets a new session id (Spring Security's
 * default); logout invalidates the session and drops its cookie; the session registry lets a password change end
 * the other sessions of an account. A session ends after 30 minutes without use and 12 hours after sign-in
 * ({@link SessionLifetime}; an open tab's heartbeat does not count as use).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, Clock clock,
                                            SecurityLogService securityLog,
                                            @Value("${waypoint.session.lifetime:12h}") Duration lifetime)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.sessionManagement(sessions -> sessions
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(SessionLifetime.endedElsewhere()));
        http.addFilterAfter(new SessionLifetime(lifetime, clock), AnonymousAuthenticationFilter.class);
        // SecurityHeaders writes these on every response; Spring's writers would overwrite them when they can
        http.headers(headers -> headers.frameOptions(frames -> frames.disable())
                .contentTypeOptions(types -> types.disable())
                .httpStrictTransportSecurity(hsts -> hsts.disable()));
        http.logout(logout -> logout.deleteCookies("JSESSIONID")
                .addLogoutHandler((request, response, signedIn) -> {
                    if (signedIn != null && signedIn.isAuthenticated()) {
                        securityLog.signedOut();
                    }
                }));
        // an address no view answers to reaches the router once signed in, which shows the in-app "not found"
        // page; by default it would be refused with a bare 403
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tells the session registry when sessions end, so it does not grow forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
