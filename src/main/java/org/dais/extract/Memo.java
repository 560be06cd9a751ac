package org.dais.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded, per-thread memo of a pure function of a phrase. State media repeat the same titles,
 * body names and meeting names in every article ("member of the Presidium of the Political
 * Bureau and secretary of the WPK Central Committee"), and parsing one runs dozens of regular
 * expressions; the memo makes the repeats free. Per thread, so extraction stays lock-free, and
 * least-recently-used eviction, so memory stays bounded on any corpus. Values must be immutable.
 */
final class Memo<V> {
    private static final Object NULL = new Object();
    private final ThreadLocal<Map<String, Object>> cache;
    private final Function<String, V> function;

    Memo(int capacity, Function<String, V> function) {
        this.function = function;
        this.cache = ThreadLocal.withInitial(() -> new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        });
    }

    @SuppressWarnings("unchecked")
    V apply(String key) {
        Map<String, Object> map = cache.get();
        Object hit = map.get(key);
        if (hit == null) {
            V value = function.apply(key);
            map.put(key, value == null ? NULL : value);
            return value;
        }
        return hit == NULL ? null : (V) hit;
    }
}
