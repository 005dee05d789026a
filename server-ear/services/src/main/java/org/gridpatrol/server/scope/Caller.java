package org.gridpatrol.server.scope;

/**
 * Who is asking, as far as the services need to know: the seam where the data-scope filter
 * plugs in. Every service method takes a caller; objects outside its scope are answered as
 * unknown (404), and lists hold only what is inside it. Today the web layer always passes
 * {@link #unrestricted()}; the security issue (Apache Shiro) will build callers from the
 * logged-in subject's account and org unit.
 *
 * @param userId    the caller's app_user id, recorded as author of what he creates; null when unknown
 * @param scopePath materialised path of the org unit whose subtree the caller sees ({@code /1/4/});
 *                  null: the whole tree
 */
public record Caller(Long userId, String scopePath) {

    public Caller {
        if (scopePath != null && !scopePath.matches("/([0-9]+/)+")) {
            throw new IllegalArgumentException("not an org unit path: " + scopePath);
        }
    }

    /** @return a caller who sees everything and is nobody in particular */
    public static Caller unrestricted() {
        return new Caller(null, null);
    }

    /** @return true when the caller's scope is the whole tree */
    public boolean isUnrestricted() {
        return scopePath == null;
    }

    /**
     * @param orgUnitPath the path of an org unit
     * @return true when that unit is inside the caller's scope
     */
    public boolean sees(String orgUnitPath) {
        return scopePath == null || orgUnitPath.startsWith(scopePath);
    }

    /** @return a prefix every path in scope starts with, for {@code path LIKE prefix || '%'} */
    public String pathPrefix() {
        return scopePath == null ? "/" : scopePath;
    }
}
