package jp.yui.command.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of municipalities (JIS X 0402 local-government codes, CC0), bundled as the resource
 * {@code jp/yui/geo/municipalities-jp.csv}. Immutable and shared.
 */
public final class Municipalities {

    private static final String RESOURCE = "/jp/yui/geo/municipalities-jp.csv";
    private static volatile Municipalities official;

    private final Map<String, Municipality> byCode;
    private final Map<String, String> prefectureNames;

    private Municipalities(Map<String, Municipality> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, String> prefs = new LinkedHashMap<>();
        byCode.values().forEach(m -> prefs.putIfAbsent(m.prefectureCode(), m.prefectureName()));
        this.prefectureNames = Collections.unmodifiableMap(prefs);
    }

    /** The bundled official list (loaded once). */
    public static Municipalities officialList() {
        Municipalities m = official;
        if (m == null) {
            synchronized (Municipalities.class) {
                if (official == null) {
                    official = load();
                }
                m = official;
            }
        }
        return m;
    }

    private static Municipalities load() {
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Municipality> map = new LinkedHashMap<>();
            String header = reader.readLine();
            if (header == null || !header.startsWith("lg_code,")) {
                throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                Municipality m = new Municipality(f[0], f[1], f[2], f[3], f[4],
                        f[5].isEmpty() ? null : new BigDecimal(f[5]), f[6].isEmpty() ? null : new BigDecimal(f[6]));
                map.put(m.code(), m);
            }
            return new Municipalities(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Municipality> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    public boolean isPrefecture(String prefectureCode) {
        return prefectureCode != null && prefectureNames.containsKey(prefectureCode);
    }

    public Optional<String> prefectureName(String prefectureCode) {
        return Optional.ofNullable(prefectureCode == null ? null : prefectureNames.get(prefectureCode));
    }

    public Collection<Municipality> all() {
        return byCode.values();
    }

    /** "海士町 (325252)" or the bare code when unknown — for messages. */
    public String label(String code) {
        return find(code).map(m -> m.name() + " (" + code + ")").orElse(String.valueOf(code));
    }
}
