package org.annalist.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the window was and how its panes were divided when it last closed ({@code window.properties} in the user's
 * configuration folder, beside the settings), so that the next start looks the same. A placement that no longer
 * fits the screens (a second monitor unplugged) is moved onto the first screen.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized, double[] dividers) {
    static final String FILE = "window.properties";
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 400;

    public WindowPlacement {
        dividers = dividers == null ? new double[0] : dividers.clone();
    }

    @Override
    public double[] dividers() {
        return dividers.clone();
    }

    /** A screen's visible area (x, y, width, height). */
    public record Area(double x, double y, double width, double height) {
    }

    /** The placement saved in {@code configDir}, if there is a readable one. */
    public static Optional<WindowPlacement> load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            double[] dividers = p.getProperty("dividers", "").isBlank() ? new double[0]
                    : Arrays.stream(p.getProperty("dividers").split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
            for (double d : dividers) if (!(d > 0 && d < 1)) return Optional.empty();
            WindowPlacement w = new WindowPlacement(num(p, "x"), num(p, "y"), num(p, "width"), num(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized", "false")), dividers);
            return w.width() >= 100 && w.height() >= 100 ? Optional.of(w) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // a damaged file only means the default placement
            return Optional.empty();
        }
    }

    private static double num(Properties p, String key) {
        double v = Double.parseDouble(p.getProperty(key));
        if (!Double.isFinite(v)) throw new NumberFormatException(key);
        return v;
    }

    /** Writes the placement to {@code configDir} (whole or not at all). */
    public void save(Path configDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("x", fmt(x));
        p.setProperty("y", fmt(y));
        p.setProperty("width", fmt(width));
        p.setProperty("height", fmt(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        StringBuilder d = new StringBuilder();
        for (double v : dividers) d.append(d.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", v));
        p.setProperty("dividers", d.toString());
        org.annalist.service.UserSettings.store(p, configDir, FILE, "Annalist window placement");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * This placement moved and shrunk as needed so that the window lies on one of {@code screens}: on the screen it
     * overlaps most, or the first screen when it overlaps none.
     */
    public WindowPlacement fitted(List<Area> screens) {
        if (screens.isEmpty()) return this;
        Area best = screens.get(0);
        double most = 0;
        for (Area a : screens) {
            double overlap = Math.max(0, Math.min(x + width, a.x() + a.width()) - Math.max(x, a.x()))
                    * Math.max(0, Math.min(y + height, a.y() + a.height()) - Math.max(y, a.y()));
            if (overlap > most) {
                most = overlap;
                best = a;
            }
        }
        double w = Math.max(Math.min(width, best.width()), Math.min(MIN_WIDTH, best.width()));
        double h = Math.max(Math.min(height, best.height()), Math.min(MIN_HEIGHT, best.height()));
        double nx = Math.min(Math.max(x, best.x()), best.x() + best.width() - w);
        double ny = Math.min(Math.max(y, best.y()), best.y() + best.height() - h);
        return new WindowPlacement(nx, ny, w, h, maximized, dividers);
    }
}
