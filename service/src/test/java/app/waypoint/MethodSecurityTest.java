package app.waypoint;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every public method of every service as an anonymous visitor (as a web request without a sign-in has
 * it) and expects the security layer's own denial, which comes before any work. The current-user lookup would
 * fail with another exception, so if method security were switched off every call here would fail differently,
 * or succeed.
 */
@SpringBootTest
class MethodSecurityTest {

    @Autowired ApplicationContext context;

    @BeforeEach
    void anonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyServiceMethodRefusesAnAnonymousCallerBeforeDoingAnything() throws Exception {
        Map<String, Object> services = context.getBeansWithAnnotation(Service.class);
        List<String> open = new ArrayList<>();
        int refused = 0;
        for (Object service : services.values()) {
            Class<?> type = AopUtils.getTargetClass(service);
            assertThat(AopUtils.isAopProxy(service)).as(type.getSimpleName() + " is proxied by method security")
                    .isTrue();
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || isOpenToAll(method, type)) {
                    continue;
                }
                Throwable outcome = call(service, method);
                if (outcome instanceof AuthorizationDeniedException) {
                    refused++;
                } else {
                    open.add(type.getSimpleName() + "." + method.getName() + ": "
                            + (outcome == null ? "ran" : outcome.getClass().getSimpleName()));
                }
            }
        }
        assertThat(open).as("methods an anonymous caller reached").isEmpty();
        assertThat(services).hasSizeGreaterThan(25);
        assertThat(refused).isGreaterThan(150);
    }

    /** Sign-up, the login throttle and the like are open by design, and say so on the method or the class. */
    private static boolean isOpenToAll(Method method, Class<?> type) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        }
        return rule != null && rule.value().equals("permitAll()");
    }

    private static Throwable call(Object service, Method method) throws IllegalAccessException {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = defaultOf(types[i]);
        }
        try {
            method.invoke(service, arguments);
            return null;
        } catch (InvocationTargetException thrown) {
            return thrown.getCause();
        }
    }

    private static Object defaultOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
