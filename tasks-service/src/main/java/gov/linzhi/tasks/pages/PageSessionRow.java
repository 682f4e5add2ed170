package gov.linzhi.tasks.pages;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A signed-in session of the pages: who it is for and until when; the browser's cookie holds its id. */
@Entity
@Table(name = "page_session")
public class PageSessionRow extends PanacheEntityBase {

    /** How the person signed in. */
    public enum Via {
        /** a pasted access token (the API's JWT) */
        TOKEN,
        /** one click on a local user of ./run.sh */
        LOCAL,
        /** the identity provider's authorization-code flow */
        OIDC
    }

    /** SHA-256 of the cookie's id, hex. */
    @Id
    @Column(name = "id_hash", length = 64)
    public String idHash;

    @Column(name = "user_name", nullable = false)
    public String userName;

    /** The roles, comma-separated. */
    @Column(nullable = false, length = 1000)
    public String roles;

    public String department;

    @Enumerated(EnumType.STRING)
    @Column(name = "signed_in_via", nullable = false, length = 16)
    public Via signedInVia;

    /** The identity provider's ID token (OIDC sessions only): the hint its logout needs to end its own session too. */
    @Column(name = "id_token", columnDefinition = "TEXT")
    public String idToken;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
