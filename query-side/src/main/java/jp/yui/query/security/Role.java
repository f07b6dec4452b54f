package jp.yui.query.security;

/**
 * What a user of Yui is: each role comes with one kind of scope.
 */
public enum Role {
    /** 組合事務局: commands and reads for one cooperative ({@link YuiPrincipal#cooperativeId()}). */
    MANAGER,
    /** 市町村: reads the cooperatives whose district contains {@link YuiPrincipal#municipalityCode()}; no commands. */
    MUNICIPALITY,
    /** 都道府県: reads every cooperative of {@link YuiPrincipal#prefectureCode()}; certification decisions. */
    PREFECTURE,
    /** システム管理者: manages users; no cooperative data unless another role says so. */
    ADMIN;

    /** The Spring Security authority of this role ({@code ROLE_MANAGER} etc.). */
    public String authority() {
        return "ROLE_" + name();
    }
}
