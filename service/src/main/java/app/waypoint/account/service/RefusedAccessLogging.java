package app.waypoint.account.service;

import app.waypoint.base.service.NotFoundException;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Every service refuses another person's id as "not found"; this writes each such refusal to the security log,
 * where probing for ids shows, without each service having to.
 */
@Configuration(proxyBeanMethods = false)
class RefusedAccessLogging {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusedAccessAdvisor(ObjectProvider<SecurityEvents> events) {
        MethodInterceptor recordRefusal = invocation -> {
            try {
                return invocation.proceed();
            } catch (NotFoundException refusal) {
                if (SecurityContextHolder.getContext().getAuthentication() != null
                        && SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                        instanceof SignedInAccount account) {
                    events.getObject().refused(refusal, account.accountId());
                }
                throw refusal;
            }
        };
        return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true), recordRefusal);
    }
}
