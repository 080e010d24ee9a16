package app.waypoint;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text's length limit is written once, as a constant on its entity: the field's {@code @Column(length)}, the
 * service's check and the screen's counter all read it. This holds the constants to the schema, so that a limit
 * changed in one place and not in the migration (or the other way round) fails here rather than in a save.
 */
@SpringBootTest
class TextLimitsTest {

    /** Shorter columns hold codes and keys (a language, a kind), not text a person types. */
    private static final int SHORTEST_TEXT = 30;

    /** What JPA takes when a column names no length. */
    private static final int DEFAULT_LENGTH = 255;

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyLimitedTextColumnHasItsLimitOnTheEntityAndTheSameInTheSchema() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        SessionFactoryImplementor factory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            AbstractEntityPersister persister = (AbstractEntityPersister) factory.getMappingMetamodel()
                    .getEntityDescriptor(entity.getJavaType());
            for (Attribute<?, ?> attribute : entity.getDeclaredAttributes()) {
                if (attribute.getJavaType() != String.class || !(attribute.getJavaMember() instanceof Field field)) {
                    continue;
                }
                String[] columns = persister.getPropertyColumnNames(attribute.getName());
                Integer schemaLength = varcharLength(persister.getTableName(), columns[0]);
                Column column = field.getAnnotation(Column.class);
                int declared = column == null ? DEFAULT_LENGTH : column.length();
                String where = entity.getName() + "." + attribute.getName() + " (" + persister.getTableName() + "."
                        + columns[0] + ")";
                if (schemaLength != null && schemaLength >= SHORTEST_TEXT && declared != schemaLength) {
                    mismatches.add(where + ": varchar(" + schemaLength + ") in the schema, "
                            + (column == null ? "no limit" : declared) + " on the entity");
                } else if (schemaLength == null && declared != DEFAULT_LENGTH) {
                    mismatches.add(where + ": " + declared + " on the entity, no limit in the schema");
                } else if (schemaLength != null && schemaLength >= SHORTEST_TEXT) {
                    checked++;
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).as("limits held to the schema").isGreaterThan(30);
    }

    private Integer varcharLength(String table, String column) {
        return jdbc.query("select character_maximum_length from information_schema.columns"
                        + " where table_schema = current_schema() and table_name = ? and column_name = ?"
                        + " and data_type = 'character varying'",
                (row, number) -> row.getObject(1, Integer.class), table, column).stream().findFirst().orElse(null);
    }
}
