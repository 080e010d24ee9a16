package app.waypoint.skill.service;

import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the skills table in line with a catalogue: skills are found by key, so assessments and links
 * survive renames; skills the catalogue no longer has are retired, not deleted.
 */
@Component
public class SkillCatalogLoader {

    private final SkillRepository skills;

    SkillCatalogLoader(SkillRepository skills) {
        this.skills = skills;
    }

    @Transactional
    public Map<String, Skill> apply(SkillCatalogDocument catalog) {
        Map<String, Skill> byKey = skills.findAll().stream()
                .collect(Collectors.toMap(Skill::getKey, Function.identity()));
        Set<String> listed = new HashSet<>();
        List<SkillCatalogDocument.Entry> entries = catalog.skills();
        for (int position = 0; position < entries.size(); position++) {
            SkillCatalogDocument.Entry entry = entries.get(position);
            if (!listed.add(entry.key())) {
                throw new IllegalArgumentException("Skill key listed twice: " + entry.key());
            }
            Skill skill = byKey.computeIfAbsent(entry.key(), Skill::new);
            skill.describe(entry.category(), entry.name(), entry.demand(), position);
        }
        byKey.values().stream().filter(skill -> !listed.contains(skill.getKey())).forEach(Skill::retire);
        skills.saveAll(byKey.values());
        return byKey;
    }
}
