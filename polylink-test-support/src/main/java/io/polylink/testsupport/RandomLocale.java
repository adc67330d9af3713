package io.polylink.testsupport;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs each test JVM under a default locale and time zone drawn at random, so that code relying on the defaults fails
 * somewhere instead of passing on an English machine by habit (surefire used to pin {@code -Duser.language=en}).
 * The draw and its seed are printed; {@code -Dpolylink.test.seed=N} replays a run, and
 * {@code -Dpolylink.test.locale=tr-TR} / {@code -Dpolylink.test.timezone=Asia/Kathmandu} choose one outright.
 * Registered through {@code META-INF/services}, so every module whose tests have this jar runs under it.
 */
public final class RandomLocale implements LauncherSessionListener {

  /** The system properties that choose. */
  public static final String SEED = "polylink.test.seed";
  public static final String LOCALE = "polylink.test.locale";
  public static final String TIME_ZONE = "polylink.test.timezone";

  private static boolean applied;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    apply();
  }

  /** Draws and sets the defaults once per JVM; returns the line it printed. */
  static synchronized String apply() {
    long seed = Long.getLong(SEED, System.nanoTime() ^ ProcessHandle.current().pid());
    Random random = new Random(seed);
    Locale[] locales = Locale.getAvailableLocales();
    Arrays.sort(locales, Comparator.comparing(Locale::toLanguageTag));
    String[] zones = TimeZone.getAvailableIDs();
    Arrays.sort(zones);
    Locale locale = locales[random.nextInt(locales.length)];
    String zone = zones[random.nextInt(zones.length)];
    String chosenLocale = System.getProperty(LOCALE);
    if (chosenLocale != null && !chosenLocale.isBlank()) {
      locale = Locale.forLanguageTag(chosenLocale.strip());
    }
    String chosenZone = System.getProperty(TIME_ZONE);
    if (chosenZone != null && !chosenZone.isBlank()) {
      zone = chosenZone.strip();
    }
    String line = String.format(Locale.ROOT, "polylink tests: default locale %s, time zone %s (seed %d; replay with "
        + "-D%s=%d, or choose with -D%s=TAG -D%s=ZONE)", locale.toLanguageTag(), zone, seed, SEED, seed, LOCALE,
        TIME_ZONE);
    if (!applied) {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      applied = true;
      System.out.println(line);
    }
    return line;
  }
}
