package gov.linzhi.tasks.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A plan with areas and tasks, e.g. 2020年《政府工作报告》任务分解方案 or the vocational plan 2019–2021. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    /** How the plan came into the service. */
    public enum Origin { SHIPPED_DATA, GAZETTE_IMPORT, OFFICE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "source_document_number")
    public String sourceDocumentNumber;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("seq")
    public List<PlanArea> areas = new ArrayList<>();

    public static Optional<Plan> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<PlanArea> area(int seq) {
        return areas.stream().filter(a -> a.seq == seq).findFirst();
    }
}
