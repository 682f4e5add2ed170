package gov.linzhi.tasks.departments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another name a department is written as, e.g. 市人力资源和社会保障局 or 人社局 for 市人社局. */
@Entity
@Table(name = "department_alias")
public class DepartmentAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String alias;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id")
    public Department department;
}
