package gov.linzhi.tasks;

import gov.linzhi.platform.testing.DatabaseDownTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(DatabaseDownReadinessTest.OwnDatabase.class)
class DatabaseDownReadinessTest extends DatabaseDownTest {

    public static class OwnDatabase extends IsolatedDatabase {
        @Override
        protected String database() {
            return "tasks_down";
        }
    }
}
