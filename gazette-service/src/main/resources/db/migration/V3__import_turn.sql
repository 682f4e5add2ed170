-- Imports are stored one at a time: each import's transaction first writes this row, so the next waits until it has
-- committed (on a Galera cluster, two nodes writing it at once certify one and abort the other, which runs again).
-- Imports of different issues at once otherwise deadlocked on each other's documents and citations (the citation
-- links read every current document of a title or number). An issue appears every two months: serialised, imports
-- still take a fraction of a second each.
CREATE TABLE import_turn (
    id             TINYINT  NOT NULL PRIMARY KEY,
    imports_stored BIGINT   NOT NULL
) ENGINE = InnoDB;

INSERT INTO import_turn (id, imports_stored) VALUES (1, 0);
