package org.tahaluf.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The web app's files under a path that names their content, {@code /v/<version>/js/app.js}: a
 * browser may keep them for good, since changed files get another version and so another path.
 * A page load then asks the server for the page alone instead of checking twenty unchanged files
 * one by one (each check a request, which on a busy machine cost the page 100 ms and more).
 * Modules import each other and the stylesheet names its fonts by relative paths, so they stay
 * within the version they were loaded from.
 *
 * @param folder the web app's folder on the class path
 * @param version a digest of every file of the folder: any change to any file changes it
 * @param page the page, its links to the app's files pointing into the versioned path
 * @param libraries the WebJars files the pages load when they need them, as {@code js/libs.js} names them
 */
record WebFiles(String folder, String version, String page, List<String> libraries) {

    private static final java.util.regex.Pattern WEBJAR = java.util.regex.Pattern.compile("'(/webjars/[^']+)'");

    /** Files up to this size are compressed once and kept (ECharts, the largest library, is 1 MB). */
    private static final int LARGEST_PRECOMPRESSED = 2 * 1024 * 1024;

    private static final Map<String, String> KEPT_FOR_GOOD = Map.of("Cache-Control", "public, max-age=31536000, immutable");

    /** Links in the page that point at the app's own files (not at the WebJars, versioned already). */
    private static final String OWN_FILE_LINK = "(href|src)=\"/(?!webjars/)";

    static WebFiles of(String folder) {
        String version = digest(folder);
        String page = read(folder + "/index.html").replaceAll(OWN_FILE_LINK, "$1=\"" + prefix(version) + "/");
        List<String> libraries = WEBJAR.matcher(read(folder + "/js/libs.js")).results().map(m -> m.group(1)).toList();
        return new WebFiles(folder, version, page, libraries);
    }

    /**
     * Serves the page at {@code /}, the web folder both at {@code /} (as before: checked on every
     * use) and under this version's path (kept for good), and the WebJars (versioned by their paths).
     */
    void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/webjars";
            files.directory = "META-INF/resources/webjars";
            files.location = Location.CLASSPATH;
            // compressed once and held in memory: ECharts took 50-70 ms to compress for every browser
            // that had not got it yet
            files.precompressMaxSize = LARGEST_PRECOMPRESSED;
            files.headers = KEPT_FOR_GOOD;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = folder;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.staticFiles.add(files -> {
            files.hostedPath = prefix();
            files.directory = folder;
            files.location = Location.CLASSPATH;
            // not precompressed: Javalin 7.2 then sends region.geojson (a type it does not know) with
            // the uncompressed length and a cut body
            files.headers = KEPT_FOR_GOOD;
        });
        // the page names the version of every file it loads, so it must itself be asked for every time
        config.routes.get("/", ctx -> ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8")
                .result(page));
    }

    /** Where the files of this version are served from. */
    String prefix() {
        return prefix(version);
    }

    private static String prefix(String version) {
        return "/v/" + version;
    }

    private static String digest(String folder) {
        java.net.URL url = WebFiles.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("the web app's files are missing from the build: " + folder);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return digest(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return digest(jar.getPath(folder));
            } catch (FileSystemAlreadyExistsException e) {
                return digest(FileSystems.getFileSystem(uri).getPath(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web app's files in " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the web app's files: " + url, e);
        }
    }

    /** SHA-256 over every file's path and bytes, in path order; the first 12 hex digits. */
    private static String digest(Path root) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> root.relativize(a).toString()
                    .compareTo(root.relativize(b).toString())).toList();
        }
        for (Path file : files) {
            sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private static String read(String resource) {
        try (InputStream in = WebFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
