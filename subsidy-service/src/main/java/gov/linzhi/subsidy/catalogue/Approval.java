package gov.linzhi.subsidy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** An occupation and level an institution may train or evaluate. */
@Embeddable
public class Approval {
    public String occupation;

    @Column(name = "occupation_key")
    public String occupationKey;

    /** {@code LEVEL_5} … {@code LEVEL_1}, or {@code NONE} for trainings without a level (就业技能培训). */
    @Column(name = "level_key")
    public String levelKey;

    @Override
    public boolean equals(Object o) {
        return o instanceof Approval a && Objects.equals(occupationKey, a.occupationKey) && Objects.equals(levelKey, a.levelKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(occupationKey, levelKey);
    }
}
