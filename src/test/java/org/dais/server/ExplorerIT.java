package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;
import org.dais.store.Ingester;
import org.dais.store.Ontology;

/** The explorer in a real headless Chromium: search, see the graph, click a node, take a screenshot. */
class ExplorerIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
    @TempDir
    static Path dir;
    static DaisStore store;
    static DaisServer server;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") != null) assertTrue(present, "chromium and chromium-driver must be installed by .ci/run");
        assumeTrue(present, "chromium not installed");
        int port;
        try (var socket = new java.net.ServerSocket(0)) { port = socket.getLocalPort(); }
        String base = "http://localhost:" + port + "/id/";
        store = DaisStore.open(dir.resolve("tdb2"));
        Ontology.install(store);
        new Ingester(new Pipeline(new IriMinter(base)), store).ingest(List.of(Path.of("seeds")), line -> {});
        server = DaisServer.start(store, new ServerOptions("localhost", port, null, false, 10_000, ServerOptions.DEFAULT_MAX_RESULTS, dir.resolve("fuseki"), base));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void searchSeeTheGraphClickANodeAndTakeAScreenshot() throws Exception {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: no background connections, no first-run or sync traffic.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            JavascriptExecutor js = driver;
            driver.get(server.baseUrl() + "/explore");
            driver.findElement(By.id("search")).sendKeys("Jo Yong Won");
            driver.findElement(By.id("search-button")).click();
            WebElement result = wait.until(d -> d.findElements(By.cssSelector("li.result")).stream().findFirst().orElse(null));
            assertTrue(result.getText().startsWith("Jo Yong Won"), result.getText());
            result.click();
            wait.until(d -> ((Number) js.executeScript("return window.daisState.loads")).intValue() >= 1);
            long before = ((Number) js.executeScript("return window.daisCy.nodes().length")).longValue();
            assertTrue(before >= 5, "the neighbourhood: offices' organizations and meetings (" + before + " nodes)");
            wait.until(d -> !d.findElements(By.cssSelector("#timeline li")).isEmpty());
            assertTrue(driver.findElements(By.cssSelector("#timeline li")).size() >= 4, "the person's timeline is listed");

            // Click a meeting node where Cytoscape drew it.
            @SuppressWarnings("unchecked")
            Map<String, Object> target = (Map<String, Object>) js.executeScript(
                    "const n = window.daisCy.nodes('[type = \"meeting\"]')[0];"
                    + "const p = n.renderedPosition(); return {id: n.id(), label: n.data('label'), x: p.x, y: p.y};");
            WebElement canvas = driver.findElement(By.id("cy"));
            int dx = (int) Math.round(((Number) target.get("x")).doubleValue() - canvas.getSize().getWidth() / 2.0);
            int dy = (int) Math.round(((Number) target.get("y")).doubleValue() - canvas.getSize().getHeight() / 2.0);
            new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
            wait.until(d -> target.get("id").equals(js.executeScript("return window.daisState.selected")));
            wait.until(d -> ((Number) js.executeScript("return window.daisState.loads")).intValue() >= 2);
            long after = ((Number) js.executeScript("return window.daisCy.nodes().length")).longValue();
            assertTrue(after > before, "clicking the meeting expands it with its speakers and participants: " + before + " -> " + after);
            assertEquals(target.get("label") + " (meeting)", driver.findElement(By.id("selected")).getText());

            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path out = Path.of("target", "explorer.png");
            Files.createDirectories(out.getParent());
            Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(out) > 10_000, "a real screenshot");
            System.out.println("explorer screenshot: " + out.toAbsolutePath() + " (" + before + " nodes, then " + after + " after the click)");
        } finally {
            driver.quit();
        }
    }
}
