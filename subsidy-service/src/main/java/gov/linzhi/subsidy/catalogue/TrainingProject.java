package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.rules.Programme;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A training project of the catalogue (7.16 培训项目目录). */
@Entity
@Table(name = "training_project")
public class TrainingProject extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    public String occupation;

    @Column(name = "occupation_key")
    public String occupationKey;

    @Column(name = "level_key")
    public String levelKey;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id")
    public TrainingInstitution institution;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public int capacity;

    public String county;

    /** 项目制: 6.12 allows the 30% advance. */
    @Column(name = "project_based")
    public boolean projectBased;

    /** Includes the mandated content of 5.8. */
    @Column(name = "mandated_content")
    public boolean mandatedContent;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;
}
