package org.gridpatrol.geoserver.ogc;

/** The server answered 401 or 403: it wants an account, or the one given is refused. */
public final class CredentialsRequiredException extends MapServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param address the address asked
     * @param status  401 or 403
     */
    public CredentialsRequiredException(String address, int status) {
        super("服务 " + address + " 需要用户名和密码(HTTP " + status + "),或所填账号无权访问",
                "The service " + address + " needs a user name and password (HTTP " + status
                        + "), or the account given may not use it", null);
    }
}
