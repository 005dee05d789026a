package org.gridpatrol.web.request;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Refuses request bodies larger than the resource method reads (413 {@code request.too-large}):
 * at once when {@code Content-Length} says so, or as soon as a chunked body passes the limit.
 * The default is 1 MiB ({@code gridpatrol.request.max-bytes}); {@link BodyLimit} raises it for
 * geometry and imports.
 */
@Provider
@Priority(900)
public class BodyLimitFilter implements ContainerRequestFilter {
    static final long DEFAULT_MAX = Long.getLong("gridpatrol.request.max-bytes", 1L << 20);

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        BodyLimit declared = method == null ? null : method.getAnnotation(BodyLimit.class);
        long max = declared == null ? DEFAULT_MAX : declared.value();
        if (request.getLength() > max) {
            throw tooLarge(max);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), max));
        }
    }

    static ProblemException tooLarge(long max) {
        return new ProblemException(Problem.of(413, "request.too-large", "Content too large",
                "the request body is larger than the " + max + " bytes this request may carry"));
    }

    /** Counts what is read and stops past the limit. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }
}
