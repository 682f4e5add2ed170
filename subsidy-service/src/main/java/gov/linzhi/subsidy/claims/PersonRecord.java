package gov.linzhi.subsidy.claims;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person known by the keyed hash of their resident ID; the ID itself only encrypted. */
@Entity
@Table(name = "person")
public class PersonRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "lookup_hash", nullable = false)
    public String lookupHash;

    @Column(name = "encrypted_id", nullable = false)
    public String encryptedId;

    @Column(name = "masked_id", nullable = false)
    public String maskedId;
}
