package org.dais.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * A headless Chromium driven through a chromedriver this class starts on a port chromedriver
 * binds itself ({@code --port=0}) and then reports. Selenium's own service picks a free port,
 * lets it go and hands it to chromedriver, and another process can take it in between; it then
 * waits only 20 s for the driver, which a loaded machine can exceed. Here the wait is for the
 * driver's own "started" line, and {@link #quit()} ends both browser and driver.
 */
final class HeadlessChromium implements AutoCloseable {
    /** How long chromedriver may take to say it listens: long, as it is a wait on its word, not a sleep. */
    static final long DRIVER_START_SECONDS = 120;
    private static final Pattern STARTED = Pattern.compile("started successfully on port (\\d+)");

    private final Process chromedriver;
    private final RemoteWebDriver driver;

    private HeadlessChromium(Process chromedriver, RemoteWebDriver driver) {
        this.chromedriver = chromedriver;
        this.driver = driver;
    }

    /** Starts chromedriver, then a browser session in it with these options. */
    static HeadlessChromium start(Path chromedriverExecutable, ChromeOptions options) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(chromedriverExecutable.toString(), "--port=0").redirectErrorStream(true).start();
        try {
            int port = reportedPort(process);
            return new HeadlessChromium(process, new RemoteWebDriver(URI.create("http://localhost:" + port).toURL(), options));
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The port from chromedriver's "started successfully on port N" line; what it printed if it ends or is silent first. */
    private static int reportedPort(Process process) throws IOException, InterruptedException {
        List<String> printed = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (printed) { printed.add(line); }
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) {
                        drain(out); // its later log lines must not fill the pipe and block it
                        return Integer.parseInt(m.group(1));
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            Integer found = port.get(DRIVER_START_SECONDS, TimeUnit.SECONDS);
            if (found != null) return found;
            throw new IOException("chromedriver ended without saying its port:\n" + String.join("\n", snapshot(printed)));
        } catch (TimeoutException e) {
            throw new IOException("chromedriver did not say its port within " + DRIVER_START_SECONDS + " s:\n" + String.join("\n", snapshot(printed)));
        } catch (ExecutionException e) {
            throw new IOException("reading chromedriver's output", e.getCause());
        }
    }

    private static List<String> snapshot(List<String> printed) {
        synchronized (printed) { return List.copyOf(printed); }
    }

    private static void drain(BufferedReader out) {
        Thread t = new Thread(() -> {
            try {
                while (out.readLine() != null) { /* discarded */ }
            } catch (IOException ended) {
                // chromedriver ended
            }
        }, "chromedriver-output");
        t.setDaemon(true);
        t.start();
    }

    RemoteWebDriver driver() { return driver; }

    /** Ends the browser session, then chromedriver. */
    void quit() throws InterruptedException {
        try {
            driver.quit();
        } finally {
            chromedriver.destroy();
            if (!chromedriver.waitFor(30, TimeUnit.SECONDS)) chromedriver.destroyForcibly();
        }
    }

    @Override
    public void close() throws InterruptedException { quit(); }
}
