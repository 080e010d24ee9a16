package app.waypoint;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statement counter itself: what it wraps, what it counts, and how it behaves without datasource-proxy. */
@SpringBootTest
class StatementCounterTest {

    @Autowired StatementCounter counter;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired EmbeddedPostgres postgres;

    @BeforeEach
    void startFromZero() {
        counter.reset();
    }

    @Test
    void theApplicationsDataSourceIsCountedAndKeepsItsOwnClass() {
        assertThat(dataSource).isInstanceOf(PGSimpleDataSource.class)
                .isInstanceOf(StatementCounter.CountedDataSource.class);
    }

    @Test
    void everyStatementIsCountedUntilTheNextReset() {
        jdbc.queryForObject("select 1", Integer.class);
        jdbc.queryForList("select key from skill where demand > ?", String.class, 60);

        assertThat(counter.count()).isEqualTo(2);
        assertThat(counter.statements()).containsExactly("select 1", "select key from skill where demand > ?");

        counter.reset();
        assertThat(counter.count()).isZero();
        assertThat(counter.statements()).isEmpty();
    }

    @Test
    void eachStatementOfABatchCounts() {
        jdbc.batchUpdate("update skill set position = position where id = -1",
                "update skill set position = position where id = -2",
                "update skill set position = position where id = -3");

        assertThat(counter.count()).isEqualTo(3);
    }

    @Test
    void theCountHasNoLimitButOnlyTheLatestStatementsAreKept() {
        int executed = StatementCounter.KEPT_STATEMENTS + 1;
        for (int i = 0; i < executed; i++) {
            jdbc.queryForObject("select " + i, Integer.class);
        }

        assertThat(counter.count()).isEqualTo(executed);
        assertThat(counter.statements()).hasSize(StatementCounter.KEPT_STATEMENTS)
                .startsWith("select 1").endsWith("select " + (executed - 1));
    }

    @Test
    void anyDataSourceBeanIsWrappedOnceKeepingItsTypeAndLifecycle() throws Exception {
        StatementCounter own = new StatementCounter();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(1);

        Object bean = own.postProcessAfterInitialization(pool, "dataSource");
        try {
            assertThat(bean).isInstanceOf(HikariDataSource.class).isInstanceOf(StatementCounter.CountedDataSource.class)
                    .isNotSameAs(pool);
            assertThat(own.postProcessAfterInitialization(bean, "again")).isSameAs(bean);
            assertThat(((DataSource) bean).isWrapperFor(HikariDataSource.class)).isTrue();
            assertThat(((DataSource) bean).unwrap(HikariDataSource.class)).isInstanceOf(HikariDataSource.class);
            Object notADataSource = List.of("a");
            assertThat(own.postProcessAfterInitialization(notADataSource, "list")).isSameAs(notADataSource);

            new JdbcTemplate((DataSource) bean).queryForObject("select count(*) from skill", Long.class);
            assertThat(own.count()).isEqualTo(1);
            assertThat(counter.count()).as("another counter's statements are its own").isZero();
        } finally {
            ((HikariDataSource) bean).close();
        }
        assertThat(pool.isClosed()).isTrue();
    }

    @Test
    void withoutDatasourceProxyOnTheClasspathNothingIsWrappedAndCountingFailsLoudly() throws Exception {
        ClassLoader withoutProxy = new WithoutDatasourceProxy(StatementCounter.class.getClassLoader());
        Class<?> type = withoutProxy.loadClass(StatementCounter.class.getName());
        assertThat(type).isNotSameAs(StatementCounter.class);
        BeanPostProcessor isolated = (BeanPostProcessor) type.getDeclaredConstructor().newInstance();

        assertThat(isolated.postProcessAfterInitialization(dataSource, "dataSource")).isSameAs(dataSource);
        assertThatThrownBy(() -> invoke(isolated, "count"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("datasource-proxy is not on the test classpath");
    }

    private static Object invoke(Object target, String method) throws Throwable {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Loads StatementCounter afresh, as a module would whose test classpath lacks datasource-proxy. */
    private static final class WithoutDatasourceProxy extends ClassLoader {

        WithoutDatasourceProxy(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("net.ttddyy.")) {
                    throw new ClassNotFoundException(name);
                }
                if (!name.startsWith(StatementCounter.class.getName())) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = bytesOf(name);
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                return loaded;
            }
        }

        private byte[] bytesOf(String className) {
            try (InputStream in = getParent().getResourceAsStream(className.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("No class file for " + className);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
