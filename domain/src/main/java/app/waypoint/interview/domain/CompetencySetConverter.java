package app.waypoint.interview.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a story's competencies in one column, so a list of stories stays one statement. */
@Converter
class CompetencySetConverter implements AttributeConverter<Set<Competency>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Competency> competencies) {
        return competencies.stream().map(Competency::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Competency> convertToEntityAttribute(String column) {
        EnumSet<Competency> competencies = EnumSet.noneOf(Competency.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Competency::valueOf).forEach(competencies::add);
        }
        return competencies;
    }
}
