package org.gridpatrol.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.gridpatrol.model.Problem;

/** A permission check that failed: 401 when the request sent no credentials, 403 when they lack the permission. */
@Provider
public class AuthorizationProblemMapper implements ExceptionMapper<AuthorizationException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(AuthorizationException e) {
        if (e instanceof UnauthenticatedException) {
            Response answer = Problems.answer(Problem.of(401, "token.missing", "Unauthorized",
                    "send credentials: 'Authorization: Bearer <token>' or 'X-Api-Key: <key>'"), uri);
            return Response.fromResponse(answer).header("WWW-Authenticate", "Bearer realm=\"gridpatrol\"").build();
        }
        return Problems.answer(Problem.of(403, "auth.forbidden", "Forbidden",
                "your role does not allow this request"), uri);
    }
}
