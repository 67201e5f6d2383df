package org.annalist.typeset.style;

import java.util.LinkedHashMap;
import java.util.Map;

/** 字号: the Chinese named font sizes (clreq), in points. */
public final class ChineseSizes {
    private static final Map<String, Double> SIZES = new LinkedHashMap<>();

    static {
        SIZES.put("初号", 42.0);
        SIZES.put("小初", 36.0);
        SIZES.put("一号", 26.0);
        SIZES.put("小一", 24.0);
        SIZES.put("二号", 22.0);
        SIZES.put("小二", 18.0);
        SIZES.put("三号", 16.0);
        SIZES.put("小三", 15.0);
        SIZES.put("四号", 14.0);
        SIZES.put("小四", 12.0);
        SIZES.put("五号", 10.5);
        SIZES.put("小五", 9.0);
        SIZES.put("六号", 7.5);
        SIZES.put("小六", 6.5);
        SIZES.put("七号", 5.5);
        SIZES.put("八号", 5.0);
    }

    private ChineseSizes() {
    }

    /** The size in points of a name such as 小五, or null if it is not one. */
    public static Double points(String name) {
        return SIZES.get(name.strip());
    }

    public static Iterable<String> names() {
        return SIZES.keySet();
    }

    /** The name of a size in points (小五 for 9), or null when it has none. */
    public static String nameOf(double points) {
        for (var e : SIZES.entrySet()) {
            if (Math.abs(e.getValue() - points) < 1e-9) return e.getKey();
        }
        return null;
    }
}
