import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search of two builds (benchmarks jars) on one and two threads, interleaved round by round in
 * one JVM, so that the load of a shared machine weighs on each alike: per round, jar 0 and jar 1 on
 * one thread, then on two. Prints each round (wall time, process CPU time, load average) and the
 * medians and minimums of the rounds after the warm-up. Usage: SearchDuel ROUNDS WARMUP MODEL JAR...
 */
public class SearchDuel {
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    int warmup = Integer.parseInt(args[1]);
    String model = args[2];
    String here = Path.of(System.getProperty("duel.classes")).toUri().toString();
    List<Method> runs = new ArrayList<>();
    for (int j = 3; j < args.length; j++) {
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {URI.create(here).toURL(), Path.of(args[j]).toUri().toURL()},
              ClassLoader.getPlatformClassLoader());
      runs.add(loader.loadClass("SearchRunner").getMethod("run", String.class, int.class));
    }
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Map<String, List<Double>> wall = new TreeMap<>();
    Map<String, List<Double>> cpu = new TreeMap<>();
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r);
      for (int threads = 1; threads <= 2; threads++) {
        for (int j = 0; j < runs.size(); j++) {
          long cpu0 = os.getProcessCpuTime();
          long nanos = (Long) runs.get(j).invoke(null, model, threads);
          long cpu1 = os.getProcessCpuTime();
          String key = "jar " + j + ", " + threads + " thread" + (threads > 1 ? "s" : "");
          line.append(String.format(" | %s %.0f ms (CPU %.0f)", key, nanos / 1e6, (cpu1 - cpu0) / 1e6));
          if (r >= warmup) {
            wall.computeIfAbsent(key, k -> new ArrayList<>()).add(nanos / 1e6);
            cpu.computeIfAbsent(key, k -> new ArrayList<>()).add((cpu1 - cpu0) / 1e6);
          }
        }
      }
      System.out.println(line + String.format(" | load %.2f", os.getSystemLoadAverage()));
    }
    for (String key : wall.keySet()) {
      List<Double> w = wall.get(key);
      List<Double> c = cpu.get(key);
      Collections.sort(w);
      Collections.sort(c);
      System.out.printf(
          "%s: wall median %.1f ms, min %.1f ms; process CPU median %.1f ms%n",
          key, w.get(w.size() / 2), w.get(0), c.get(c.size() / 2));
    }
  }
}
