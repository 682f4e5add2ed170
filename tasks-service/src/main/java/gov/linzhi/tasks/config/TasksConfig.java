package gov.linzhi.tasks.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Business settings of tasks-service: reporting periods, RAG thresholds, the training target. */
@ConfigMapping(prefix = "tasks")
public interface TasksConfig {

    /** Reporting: how early a coming due date shows (each plan's own periods are its calendar). */
    Reporting reporting();

    /** Thresholds of the RAG status. */
    Rag rag();

    /** The vocational plan's subsidised-training target, compared with subsidy-service's statistics. */
    Training training();

    /** gazette-service as people reach it. */
    Gazette gazette();

    interface Gazette {
        /** Where people reach gazette-service's reader pages (a task's page links its provision there). */
        String publicUrl();
    }

    /** The pages' forms. */
    Pages pages();

    interface Pages {
        /**
         * The key the pages' form tokens (CSRF) are signed with. Unset, each process draws a random one: a form
         * opened before a restart is then refused and must be opened again. Replicas behind one address need the same.
         */
        java.util.Optional<String> formKey();

        /**
         * Whether the pages sign in with the identity provider (OpenID Connect, quarkus.oidc.*): OIDC_ENABLED, with
         * OIDC_AUTH_SERVER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. Off, /sign-in/oidc does not exist.
         */
        @WithDefault("false")
        boolean identityProvider();

        /** The pages' client at the identity provider (the same as quarkus.oidc.client-id), named in its logout. */
        @WithDefault("linzhi-tasks-board")
        String identityProviderClientId();

        /** The page session's cookie. */
        @WithDefault("linzhi_tasks_session")
        String cookieName();

        /**
         * Where ./run.sh keeps its local users' tokens (data/tokens): set only by the launcher's local mode, where the
         * sign-in page then lists them for one-click sign-in. Unset, that page does not exist (404).
         */
        java.util.Optional<java.nio.file.Path> localUsersDir();

        /** How long a page session lasts after signing in (then the person signs in again). */
        @WithDefault("8H")
        java.time.Duration sessionLifetime();
    }

    /** Webhook deliveries. */
    Webhooks webhooks();

    interface Webhooks {
        /** How often due deliveries are looked for. */
        @WithDefault("5s")
        String pollInterval();

        /** The wait after a first failed attempt; doubled after each further one. */
        @WithDefault("10s")
        java.time.Duration retryBase();

        /** Attempts before a delivery is given up (FAILED). */
        @WithDefault("8")
        int maxAttempts();
    }

    interface Reporting {
        /**
         * A period due within this many days and not yet filed makes its task AMBER (临近报送时限). The periods and
         * their due days are each plan's calendar (data/reporting-calendars.json, PUT /api/v1/plans/{id}/calendar).
         */
        @WithDefault("3")
        int dueSoonDays();
    }

    interface Rag {
        /** Percentage points behind the time-elapsed expectation still counted green. */
        @WithDefault("10")
        int amberAfterPointsBehind();

        /** Percentage points behind the expectation from which a task is red ("far behind"). */
        @WithDefault("25")
        int redAfterPointsBehind();
    }

    interface Training {
        /** Document number of the vocational plan whose training target is tracked. */
        @WithDefault("林政办发〔2020〕5号")
        String documentNumber();

        /** Subsidised person-times per year (the plan: 2019 6000, 2020 7000, 2021 8500). */
        Map<String, Integer> targets();
    }
}
