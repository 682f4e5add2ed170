package gov.linzhi.tasks.plans;

import gov.linzhi.platform.domain.Label;
import gov.linzhi.tasks.departments.Department;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A task of a plan: lead department (牵头单位), co-departments (协办单位), city leader post, indicators. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    /** Whether the lead was read from the source text or assigned by the office. */
    public enum LeadBasis {
        @Label("公报原文列明的牵头单位（列第一位的单位）")
        SOURCE_TEXT,
        @Label("督查室指定的牵头单位")
        OFFICE_ASSIGNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "area_id")
    public PlanArea area;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false, length = 2000)
    public String text;

    @Column(name = "source_document_number")
    public String sourceDocumentNumber;

    /** Provision path in the gazette (e.g. 3.1.4) or a reference into the report text. */
    @Column(name = "source_reference")
    public String sourceReference;

    /** Provision text as last read from gazette-service (served when gazette-service is down). */
    @Column(name = "source_text", columnDefinition = "TEXT")
    public String sourceText;

    @Column(name = "source_url")
    public String sourceUrl;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_department_id")
    public Department lead;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_basis", nullable = false)
    public LeadBasis leadBasis;

    @ManyToMany
    @JoinTable(name = "task_co_department",
            joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    @OrderBy("id")
    public Set<Department> coDepartments = new LinkedHashSet<>();

    @Column(name = "leader_post", nullable = false)
    public String leaderPost;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<Indicator> indicators = new ArrayList<>();

    public static List<Task> ofPlan(Plan plan) {
        return list("plan = ?1 order by area.seq, id", plan);
    }

    public boolean isCoDepartment(Department d) {
        return coDepartments.stream().anyMatch(c -> c.id.equals(d.id));
    }

    /** Replaces the indicators, reusing rows by position so report values stay attached. */
    public void replaceIndicators(List<Indicator> fresh) {
        for (int i = 0; i < fresh.size(); i++) {
            Indicator f = fresh.get(i);
            if (i < indicators.size()) {
                indicators.get(i).copyFrom(f);
            } else {
                f.task = this;
                f.seq = i + 1;
                indicators.add(f);
            }
        }
        while (indicators.size() > fresh.size()) {
            indicators.remove(indicators.size() - 1);
        }
    }
}
