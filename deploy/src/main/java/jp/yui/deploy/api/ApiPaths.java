package jp.yui.deploy.api;

/** Paths of the REST API. */
public final class ApiPaths {

    /** Base path of version 1. */
    public static final String BASE = "/api/v1";

    private ApiPaths() {
    }
}
