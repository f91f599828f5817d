package org.openiop.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ link only to files that exist, and every source file that cites one of
 * OpenIOP's documents cites one in the repository (not a design note that lives elsewhere).
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    /**
     * OpenIOP's own documents, as the code cites them (other projects' documents are cited by name
     * and are not here).
     */
    private static final Pattern CITED_DOCUMENT =
            Pattern.compile("\\b(docs/[A-Za-z0-9_-]+\\.md|DESIGN\\.md|README\\.md)");

    @Test
    void relativeLinksInTheReadmeAndDocsPointToFiles() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            Matcher link = MARKDOWN_LINK.matcher(Files.readString(document));
            while (link.find()) {
                String target = link.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                if (!Files.exists(document.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(document) + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken, "links to nothing");
    }

    @Test
    void everyDocumentCitedInTheCodeIsInTheRepository() throws IOException {
        List<String> missing = new ArrayList<>();
        int citations = 0;
        for (String module : List.of("ejb-module", "web-module", "plugins", "tests")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module))) {
                for (Path file :
                        files.filter(
                                        f ->
                                                f.toString().endsWith(".java")
                                                        && !f.toString().contains("/target/"))
                                .toList()) {
                    Matcher cited = CITED_DOCUMENT.matcher(Files.readString(file));
                    while (cited.find()) {
                        citations++;
                        String name = cited.group(1);
                        if (!Files.exists(ROOT.resolve(name))) {
                            missing.add(ROOT.relativize(file) + " cites " + name);
                        }
                    }
                }
            }
        }
        assertTrue(citations > 5, "citations found: " + citations);
        assertEquals(List.of(), missing, "documents cited but not in the repository");
    }
}
