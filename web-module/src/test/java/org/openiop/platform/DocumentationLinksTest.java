package org.openiop.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ link only to files and headings that exist, the README leads to every
 * document in docs/, and every file that cites one of OpenIOP's documents (with or without a {@code
 * #heading}) cites one in the repository, not a design note that lives elsewhere.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** {@code [text](target)} or {@code [text](target#anchor)} or {@code [text](#anchor)}. */
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\]\\(([^)#\\s]*)(?:#([^)\\s]*))?\\)");

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern LINK_IN_HEADING = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    /**
     * OpenIOP's own documents, as files outside the Markdown cite them, optionally with a heading
     * (other projects' documents are cited by name and are not here).
     */
    private static final Pattern CITED_DOCUMENT =
            Pattern.compile(
                    "\\b(docs/[A-Za-z0-9_-]+\\.md|DESIGN\\.md|README\\.md)(?:#([a-z0-9_-]+))?");

    /** Where citations can be: code, configuration, scripts and pages. */
    private static final List<String> CITING_FOLDERS =
            List.of(
                    "ejb-module",
                    "web-module",
                    "plugins",
                    "tests",
                    "ear",
                    "micro",
                    "keycloak-realm",
                    "scripts");

    private static final Pattern CITING_FILE =
            Pattern.compile(".*\\.(java|properties|sh|xml|xhtml|json|html)$");

    @Test
    void relativeLinksInTheReadmeAndDocsPointToFilesAndHeadings() throws IOException {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path document : documents()) {
            for (String line : outsideCodeBlocks(document)) {
                Matcher link = MARKDOWN_LINK.matcher(INLINE_CODE.matcher(line).replaceAll("$1"));
                while (link.find()) {
                    String target = link.group(1);
                    String anchor = link.group(2);
                    if (target.contains("://") || target.startsWith("mailto:")) {
                        continue;
                    }
                    links++;
                    Path file = target.isEmpty() ? document : document.getParent().resolve(target);
                    String where = ROOT.relativize(document) + " -> " + link.group().substring(1);
                    if (!Files.exists(file)) {
                        broken.add(where + " (no such file)");
                    } else if (anchor != null && !anchors(file).contains(anchor)) {
                        broken.add(where + " (no such heading)");
                    }
                }
            }
        }
        assertTrue(links > 20, "relative links found: " + links);
        assertEquals(List.of(), broken, "links to nothing");
    }

    @Test
    void theReadmeLeadsToEveryDocument() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> unlinked = new ArrayList<>();
        for (Path document : documents()) {
            String name = ROOT.relativize(document).toString();
            Pattern link = Pattern.compile("\\]\\(" + Pattern.quote(name) + "(#[^)]*)?\\)");
            if (!name.equals("README.md") && !link.matcher(readme).find()) {
                unlinked.add(name);
            }
        }
        assertEquals(List.of(), unlinked, "documents in docs/ the README does not link to");
    }

    @Test
    void everyDocumentCitedOutsideTheDocsIsInTheRepository() throws IOException {
        List<String> missing = new ArrayList<>();
        int citations = 0;
        for (Path file : citingFiles()) {
            Matcher cited = CITED_DOCUMENT.matcher(Files.readString(file));
            while (cited.find()) {
                citations++;
                Path document = ROOT.resolve(cited.group(1));
                String anchor = cited.group(2);
                if (!Files.exists(document)) {
                    missing.add(ROOT.relativize(file) + " cites " + cited.group());
                } else if (anchor != null && !anchors(document).contains(anchor)) {
                    missing.add(
                            ROOT.relativize(file) + " cites " + cited.group() + " (no heading)");
                }
            }
        }
        assertTrue(citations > 10, "citations found: " + citations);
        assertEquals(List.of(), missing, "documents or headings cited but not in the repository");
    }

    /**
     * The anchors GitHub gives a Markdown file's headings: the heading's text as shown, lower case,
     * with everything but letters, digits, spaces, hyphens and underscores dropped and each space
     * made a hyphen; a repeated anchor gets "-1", "-2" and so on.
     */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new LinkedHashSet<>();
        if (!markdown.toString().endsWith(".md")) {
            return anchors;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String line : outsideCodeBlocks(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (!heading.matches()) {
                continue;
            }
            String text = LINK_IN_HEADING.matcher(heading.group(1)).replaceAll("$1");
            StringBuilder slug = new StringBuilder();
            text.toLowerCase(Locale.ROOT)
                    .codePoints()
                    .forEach(
                            c -> {
                                if (c == ' ') {
                                    slug.append('-');
                                } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                                    slug.appendCodePoint(c);
                                }
                            });
            String anchor = slug.toString();
            int count = seen.merge(anchor, 1, Integer::sum);
            anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
        }
        return anchors;
    }

    @Test
    void anchorsAreGitHubs() throws IOException {
        Path sample = Files.createTempFile("headings", ".md");
        try {
            Files.writeString(
                    sample,
                    String.join(
                            "\n",
                            "# OpenIOP",
                            "## Access control (defence in depth)",
                            "### Start-up (`./openiop bench startup`)",
                            "## Rotating the vault's master key",
                            "## See [the other page](other.md)",
                            "```",
                            "# not a heading",
                            "```",
                            "## Backups",
                            "## Backups"));
            assertEquals(
                    List.of(
                            "openiop",
                            "access-control-defence-in-depth",
                            "start-up-openiop-bench-startup",
                            "rotating-the-vaults-master-key",
                            "see-the-other-page",
                            "backups",
                            "backups-1"),
                    List.copyOf(anchors(sample)));
        } finally {
            Files.delete(sample);
        }
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The file's lines, less those in fenced code blocks (where a # line is not a heading). */
    private static List<String> outsideCodeBlocks(Path markdown) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(markdown)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<Path> citingFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("openiop")));
        for (String folder : CITING_FOLDERS) {
            try (Stream<Path> tree = Files.walk(ROOT.resolve(folder))) {
                tree.filter(Files::isRegularFile)
                        .filter(f -> CITING_FILE.matcher(f.getFileName().toString()).matches())
                        .filter(
                                f ->
                                        !f.toString().contains("/target/")
                                                && !f.toString().contains("/node_modules/"))
                        .forEach(files::add);
            }
        }
        return files;
    }
}
