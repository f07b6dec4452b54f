package jp.yui.query.security;

/**
 * Implemented by the authentication principal objects of the security configuration (form login, HTTP Basic,
 * bearer tokens), so that the UI and the message interceptors find the {@link YuiPrincipal} whatever the route.
 */
public interface HasYuiPrincipal {

    YuiPrincipal yuiPrincipal();
}
