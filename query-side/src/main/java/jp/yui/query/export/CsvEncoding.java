package jp.yui.query.export;

/**
 * How {@link Csv} turns text into bytes.
 */
public enum CsvEncoding {
    /**
     * UTF-8 with a byte-order mark (EF BB BF) — the default: Excel in Japan opens it as UTF-8 only with the BOM, and
     * every character survives.
     */
    UTF8_BOM,
    /**
     * Shift_JIS as Windows writes it (the charset {@code windows-31j}, Microsoft's code page 932, including the NEC and
     * IBM extensions such as ①, ㈱, Ⅰ, 髙), no BOM — for older tools and municipal systems that expect it.
     * Characters outside it (e.g. 𠮷, emoji) are never written silently: see {@link Csv}.
     */
    SHIFT_JIS;

    /** The file-name suffix hint for downloads, e.g. {@code "ledger-utf8.csv"} / {@code "ledger-sjis.csv"}. */
    public String suffix() {
        return this == UTF8_BOM ? "utf8" : "sjis";
    }
}
