package org.gridpatrol.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.apache.shiro.web.servlet.OncePerRequestFilter;
import org.gridpatrol.model.Problem;
import org.gridpatrol.web.problem.FallbackProblemMapper;

/**
 * Logs the request's subject in from its credentials, if it sent any: {@code Authorization:
 * Bearer <token>} (a desktop session or a phone) or {@code X-Api-Key} (an integration client).
 * Credentials that do not work end the request with 401 here (503 when the database that would
 * check them cannot be reached); a request without any goes on anonymous, and the permission
 * check of the resource method refuses it unless it is public. Nothing is kept between requests:
 * no HTTP session, no cookie.
 */
public class CredentialsFilter extends OncePerRequestFilter {
    static final String API_KEY_HEADER = "X-Api-Key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        request.setAttribute(DefaultSubjectContext.SESSION_CREATION_ENABLED, Boolean.FALSE);
        String authorization = http.getHeader("Authorization");
        String apiKey = http.getHeader(API_KEY_HEADER);
        AuthenticationToken token = null;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = new BearerToken(authorization.substring(7).strip(), request.getRemoteAddr());
        } else if (authorization != null) {
            refuse((HttpServletResponse) response, http, "token.invalid",
                    "only bearer tokens are accepted: 'Authorization: Bearer <token>'");
            return;
        } else if (apiKey != null) {
            token = new ApiKeyToken(apiKey.strip(), request.getRemoteAddr());
        }
        if (token != null) {
            try {
                SecurityUtils.getSubject().login(token);
            } catch (AuthenticationException e) {
                if (databaseAway(e)) {
                    answer((HttpServletResponse) response, http, Problem.of(503, "database.unavailable",
                            "Service unavailable", "the database cannot be reached; retry shortly, nothing was stored"));
                    return;
                }
                refuse((HttpServletResponse) response, http, token instanceof ApiKeyToken ? "api-key.invalid" : "token.invalid",
                        token instanceof ApiKeyToken ? "the API key is unknown, expired or revoked"
                                : "the token is unknown, expired, idle too long or revoked: log in again");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A realm that could not check the credentials because the database is away: not the client's fault. */
    public static boolean databaseAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (FallbackProblemMapper.databaseAway(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, HttpServletRequest request, String code, String detail)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"gridpatrol\"");
        answer(response, request, Problem.of(401, code, "Unauthorized", detail));
    }

    private static void answer(HttpServletResponse response, HttpServletRequest request, Problem problem)
            throws IOException {
        response.setStatus(problem.status());
        if (problem.status() == 503) {
            response.setHeader("Retry-After", "5");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem.at(request.getRequestURI())));
    }
}
