package app.waypoint.base.service;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.stereotype.Service;

/**
 * Every text a service receives, as a parameter or inside a request record, is refused with a field message when
 * it holds hidden characters ({@link HiddenCharacters}). One check at the service boundary covers
 * every form, so no field can store what PostgreSQL rejects or what would read differently from how it is stored.
 * It runs after method security, so an anonymous caller is denied before any argument is looked at.
 */
@Configuration(proxyBeanMethods = false)
class HiddenCharacterCheck {

    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor hiddenCharacterAdvisor() {
        MethodInterceptor check = invocation -> {
            refuseHiddenCharacters(invocation);
            return invocation.proceed();
        };
        return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true), check);
    }

    private static void refuseHiddenCharacters(MethodInvocation invocation) {
        Object[] arguments = invocation.getArguments();
        String[] names = PARAMETER_NAMES.getParameterNames(invocation.getMethod());
        for (int i = 0; i < arguments.length; i++) {
            HiddenCharacters.refuseIn(arguments[i], names == null ? "arg" + i : names[i]);
        }
    }
}
