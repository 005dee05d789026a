package org.gridpatrol.database;

/**
 * Where the database schema stands after a migration attempt.
 *
 * @param kind    CURRENT when every migration is applied, FAILED when the schema is
 *                half-migrated or unknown, MIGRATING while a run is under way
 * @param version the latest applied migration version, or null
 * @param message a sentence for an operator when the state is not CURRENT
 */
public record SchemaState(Kind kind, String version, String message) {

    /** The states a schema can be in, as seen by the server. */
    public enum Kind { MIGRATING, CURRENT, FAILED }

    /** @return the state before any migration ran */
    public static SchemaState migrating() {
        return new SchemaState(Kind.MIGRATING, null, "the database schema is being migrated");
    }

    /** @return true when the server may serve requests */
    public boolean current() {
        return kind == Kind.CURRENT;
    }
}
