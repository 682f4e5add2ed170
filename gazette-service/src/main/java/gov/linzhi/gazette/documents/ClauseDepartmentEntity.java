package gov.linzhi.gazette.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department named by a clause, in the order written. */
@Entity
@Table(name = "clause_department")
public class ClauseDepartmentEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "clause_id")
    public Long clauseId;
    public int ordinal;
    public String name;
    @Column(name = "is_lead")
    public boolean lead;
    public boolean collective;
}
