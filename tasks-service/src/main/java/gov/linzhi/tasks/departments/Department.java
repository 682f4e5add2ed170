package gov.linzhi.tasks.departments;

import gov.linzhi.platform.domain.Label;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** A department (牵头/协办单位) with its canonical name, e.g. 市人社局, or a county-level government. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    /** What kind of body the department is. */
    public enum Kind {
        @Label("市直部门")
        CITY_DEPARTMENT,
        @Label("党委部门")
        PARTY_DEPARTMENT,
        @Label("人民团体")
        PEOPLES_ORGANISATION,
        @Label("县（区）人民政府")
        COUNTY_GOVERNMENT
    }

    /** Where the registry entry comes from: named in the seed gazette, or added by the office. */
    public enum Origin {
        @Label("随系统提供的单位名录")
        SEED,
        @Label("督查室录入")
        OFFICE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "leader_post", nullable = false)
    public String leaderPost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    public static Optional<Department> byName(String name) {
        return find("name", name).firstResultOptional();
    }
}
