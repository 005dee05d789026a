package org.gridpatrol.web.security;

import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;

/**
 * Shiro for GridPatrol, set up in code (no shiro.ini): one realm, no sessions and no
 * remember-me cookie (every request carries its credentials), and one filter on every path that
 * logs the request in from its credentials. Authorization happens at the resource methods.
 * Named in web.xml as {@code shiroEnvironmentClass}.
 */
public class SecurityEnvironment extends DefaultWebEnvironment {
    public SecurityEnvironment() {
        DefaultWebSecurityManager manager = new DefaultWebSecurityManager(new GridPatrolRealm());
        manager.setRememberMeManager(null);
        ((DefaultSessionStorageEvaluator) ((DefaultSubjectDAO) manager.getSubjectDAO()).getSessionStorageEvaluator())
                .setSessionStorageEnabled(false);
        setWebSecurityManager(manager);

        DefaultFilterChainManager chains = new DefaultFilterChainManager();
        chains.addFilter("credentials", new CredentialsFilter());
        chains.createChain("/**", "credentials");
        PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
        resolver.setFilterChainManager(chains);
        setFilterChainResolver(resolver);
    }
}
