package app.waypoint;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import javax.sql.DataSource;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements every {@link DataSource} bean executes, so a test can hold a view or a service
 * call to a statement budget ("no N+1"). Each DataSource bean, whoever defines it (the service tests' embedded
 * database, the ui application's pool, Spring Boot's auto-configured one), is routed through datasource-proxy;
 * the bean keeps its own class, so injection by concrete type (e.g. {@code HikariDataSource}) still works.
 *
 * <p>Usage: {@code counter.reset(); service.call(); assertThat(counter.count()).isLessThanOrEqualTo(8);}
 * {@link #statements()} tells which statements ran, for failure messages.
 *
 * <p>datasource-proxy is a test dependency. A test classpath without it (a module that uses this class from the
 * service test-jar but does not declare {@code net.ttddyy:datasource-proxy}) still starts: nothing is wrapped,
 * and {@link #count()} fails loudly instead of answering 0.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final boolean PROXY_ON_CLASSPATH = ClassUtils.isPresent(
            "net.ttddyy.dsproxy.support.ProxyDataSourceBuilder", StatementCounter.class.getClassLoader());

    /** How many statements' SQL {@link #statements()} keeps; the count itself has no limit. */
    static final int KEPT_STATEMENTS = 500;

    private final AtomicInteger count = new AtomicInteger();
    private final Deque<String> recent = new ArrayDeque<>();   // guarded by itself
    private final AtomicInteger wrappedDataSources = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (PROXY_ON_CLASSPATH && bean instanceof DataSource dataSource && !Counting.isCounted(dataSource)) {
            wrappedDataSources.incrementAndGet();
            return Counting.wrap(dataSource, beanName, this);
        }
        return bean;
    }

    /** Starts counting from zero. */
    public void reset() {
        synchronized (recent) {
            count.set(0);
            recent.clear();
        }
    }

    /** Statements executed since the last {@link #reset()}; a batch counts as one statement per query in it. */
    public int count() {
        if (wrappedDataSources.get() == 0) {
            throw new IllegalStateException(PROXY_ON_CLASSPATH
                    ? "No DataSource bean has been wrapped, so no statement is counted"
                    : "net.ttddyy:datasource-proxy is not on the test classpath, so no statement is counted");
        }
        return count.get();
    }

    /** The SQL of the statements executed since the last {@link #reset()}, oldest first (the last 500 at most). */
    public List<String> statements() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    private void executed(String sql) {
        synchronized (recent) {
            count.incrementAndGet();
            if (recent.size() == KEPT_STATEMENTS) {
                recent.removeFirst();
            }
            recent.addLast(sql);
        }
    }

    /** Everything that touches datasource-proxy, loaded only when it is on the classpath. */
    private static final class Counting {

        static boolean isCounted(DataSource dataSource) {
            return dataSource instanceof ProxyDataSource || dataSource instanceof CountedDataSource;
        }

        static DataSource wrap(DataSource target, String beanName, StatementCounter counter) {
            ProxyDataSource counting = ProxyDataSourceBuilder.create(beanName, target)
                    .afterQuery((execution, queries) -> {
                        for (QueryInfo query : queries) {
                            counter.executed(query.getQuery());
                        }
                    })
                    .build();
            // Keep the bean's own class where possible; only the ways to a connection go through the proxy.
            ProxyFactory factory = new ProxyFactory(target);
            factory.addInterface(CountedDataSource.class);
            factory.setProxyTargetClass(!Modifier.isFinal(target.getClass().getModifiers()));
            factory.addAdvice((MethodInterceptor) invocation -> {
                if (invocation.getMethod().getName().equals("getConnection")) {
                    Object[] arguments = invocation.getArguments();
                    return arguments.length == 0 ? counting.getConnection()
                            : counting.getConnection((String) arguments[0], (String) arguments[1]);
                }
                return invocation.proceed();
            });
            return (DataSource) factory.getProxy();
        }
    }

    /** Marks a DataSource that is counted already, so it is never wrapped twice. */
    public interface CountedDataSource {
    }
}
