package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** jib.yaml (for the Jib CLI) and the jib-maven-plugin configuration in pom.xml describe the same image. */
class JibConfigAgreementTest {
    static JsonNode yaml;
    static Element jib;
    static Map<String, String> props = new LinkedHashMap<>();

    @BeforeAll static void read() throws Exception {
        yaml = new ObjectMapper(new YAMLFactory()).readTree(new File("jib.yaml"));
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        Element properties = child(pom.getDocumentElement(), "properties");
        for (Element p : children(properties)) props.put(p.getTagName(), p.getTextContent().trim());
        props.put("project.build.directory", "target");
        props.put("project.build.outputDirectory", "target/classes");
        props.put("project.basedir", ".");
        for (Element plugin : children(child(child(pom.getDocumentElement(), "build"), "plugins"))) {
            if (text(plugin, "artifactId").equals("jib-maven-plugin")) jib = child(plugin, "configuration");
        }
        assertNotNull(jib, "pom.xml configures jib-maven-plugin");
    }

    @Test void header() {
        assertEquals("jib/v1alpha1", yaml.get("apiVersion").asText());
        assertEquals("BuildFile", yaml.get("kind").asText());
    }

    @Test void sameBaseImage() {
        assertEquals(resolve(text(child(jib, "from"), "image")), yaml.at("/from/image").asText());
        assertEquals("public.ecr.aws/lambda/java:21", yaml.at("/from/image").asText());
    }

    @Test void sameCommandAndInheritedEntrypoint() {
        Element container = child(jib, "container");
        assertEquals("INHERIT", text(container, "entrypoint"));
        assertFalse(yaml.has("entrypoint"), "jib.yaml inherits the base entrypoint by not setting one");
        List<String> args = new ArrayList<>();
        for (Element a : children(child(container, "args"))) args.add(resolve(a.getTextContent().trim()));
        List<String> cmd = new ArrayList<>();
        yaml.get("cmd").forEach(c -> cmd.add(c.asText()));
        assertEquals(args, cmd);
        assertEquals(text(container, "workingDirectory"), yaml.get("workingDirectory").asText());
    }

    @Test void sameEnvironment() {
        Map<String, String> pomEnv = new LinkedHashMap<>();
        for (Element e : children(child(child(jib, "container"), "environment"))) {
            pomEnv.put(e.getTagName(), resolve(e.getTextContent().trim()));
        }
        Map<String, String> yamlEnv = new LinkedHashMap<>();
        yaml.get("environment").fields().forEachRemaining(e -> yamlEnv.put(e.getKey(), e.getValue().asText()));
        assertEquals(pomEnv, yamlEnv);
    }

    @Test void sameFilesInTheSameLayers() {
        // pom: extraDirectories path (from -> into), then the layer filter decides the layer of each "into"
        Map<String, String> pomPaths = new LinkedHashMap<>();
        for (Element p : children(child(child(jib, "extraDirectories"), "paths"))) {
            pomPaths.put(normalize(resolve(text(p, "from"))), text(p, "into"));
        }
        List<String[]> filters = new ArrayList<>();
        Element ext = child(child(jib, "pluginExtensions"), "pluginExtension");
        for (Element f : children(child(child(ext, "configuration"), "filters"))) {
            Element to = child(f, "toLayer");
            filters.add(new String[]{text(f, "glob"), to == null ? null : to.getTextContent().trim()});
        }
        Map<String, String> pomLayers = new LinkedHashMap<>();
        pomPaths.forEach((from, into) -> pomLayers.put(from + " -> " + into, layerOf(into + "/x", filters)));

        Map<String, String> yamlLayers = new LinkedHashMap<>();
        for (JsonNode layer : yaml.at("/layers/entries")) {
            for (JsonNode f : layer.get("files")) {
                yamlLayers.put(normalize(f.get("src").asText()) + " -> " + f.get("dest").asText(), layer.get("name").asText());
            }
        }
        assertEquals(new java.util.TreeMap<>(pomLayers), new java.util.TreeMap<>(yamlLayers));
        assertNull(layerOf("/app/libs/x.jar", filters), "Jib's default /app layout is dropped");
        // the user's R tests stay out of the image in both
        assertNull(layerOf("/var/task/r-scripts/tests/test-x.R", filters), "pom drops r-scripts/tests");
        List<String> excludes = new ArrayList<>();
        for (JsonNode layer : yaml.at("/layers/entries")) {
            for (JsonNode f : layer.get("files")) {
                if (f.get("src").asText().equals("r-scripts") && f.has("excludes")) f.get("excludes").forEach(x -> excludes.add(x.asText()));
            }
        }
        assertEquals(List.of("tests/**"), excludes, "jib.yaml excludes r-scripts/tests");
    }

    /** The last matching filter wins, as in jib-layer-filter-extension. */
    private static String layerOf(String path, List<String[]> filters) {
        String layer = null;
        boolean matched = false;
        for (String[] f : filters) {
            if (glob(f[0]).matcher(path).matches()) {
                layer = f[1];
                matched = true;
            }
        }
        return matched ? layer : "<jib default>";
    }

    private static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static String normalize(String p) { return p.replaceFirst("^\\./", ""); }

    private static String resolve(String s) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(props.getOrDefault(m.group(1), m.group())));
        m.appendTail(b);
        return b.toString();
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList l = e.getChildNodes();
        for (int i = 0; i < l.getLength(); i++) if (l.item(i).getNodeType() == Node.ELEMENT_NODE) out.add((Element) l.item(i));
        return out;
    }

    private static Element child(Element e, String name) {
        for (Element c : children(e)) if (c.getTagName().equals(name)) return c;
        return null;
    }

    private static String text(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent().trim();
    }
}
