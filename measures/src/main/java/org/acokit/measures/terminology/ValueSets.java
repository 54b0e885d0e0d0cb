/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;

/**
 * A registry of value sets by canonical URL, read from FHIR {@code ValueSet} resources with their
 * expansions.
 * <p>
 * The CQL of a measure declares value sets by URL ({@code valueset "Diabetes":
 * 'http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.103.12.1001'}); a measure
 * resolves them with {@link #get(String)}, which fails naming the URL when the registry does not
 * hold it: a value set referenced but absent is an error, never an empty set. Reading fails for a
 * value set without an expansion (naming it) and for a code of a system that is not in the
 * registry's {@link CodeSystems} (naming the value set, the system and the known systems).
 * Example: {@code ValueSets.read(Path.of("ecqm-test-decks/valuesets")).get(url)}. Immutable and
 * thread-safe.
 */
public final class ValueSets {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ImmutableMap<String, ValueSet> byUrl;

  private ValueSets(Map<String, ValueSet> byUrl) {
    this.byUrl = ImmutableMap.copyOf(byUrl);
  }

  /**
   * A registry of the given value sets.
   *
   * @param valueSets the value sets
   * @return the registry
   * @throws IllegalArgumentException if two value sets have the same URL
   */
  public static ValueSets of(Collection<ValueSet> valueSets) {
    Map<String, ValueSet> m = new LinkedHashMap<>();
    for (ValueSet v : valueSets) {
      if (m.put(v.url(), v) != null) {
        throw new IllegalArgumentException("value set url must be unique, but " + v.url() + " appears twice");
      }
    }
    return new ValueSets(m);
  }

  /**
   * Reads every {@code *.json} FHIR ValueSet in a folder (not recursive; other JSON files, such
   * as a non-ValueSet resource, are an error naming the file), with the standard code systems.
   *
   * @param folder the folder
   * @return the registry
   * @throws IllegalArgumentException if a value set has no expansion or uses an unknown code
   *     system, or a file is not a ValueSet
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ValueSets read(Path folder) {
    return read(folder, CodeSystems.standard());
  }

  /**
   * Reads every {@code *.json} FHIR ValueSet in a folder with the given known code systems.
   *
   * @param folder the folder
   * @param systems the known code systems
   * @return the registry
   * @throws IllegalArgumentException if a value set has no expansion or uses an unknown code
   *     system, or a file is not a ValueSet
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ValueSets read(Path folder, CodeSystems systems) {
    List<ValueSet> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          all.add(parse(JSON.readTree(in), f.toString(), systems));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read value sets in " + folder, e);
    }
    return of(all);
  }

  /**
   * Parses one FHIR ValueSet resource.
   *
   * @param resource the resource as a JSON tree
   * @param source where it came from, for messages
   * @param systems the known code systems
   * @return the value set
   * @throws IllegalArgumentException if it is not a ValueSet, has no url, has no expansion, or
   *     uses an unknown code system
   */
  public static ValueSet parse(JsonNode resource, String source, CodeSystems systems) {
    String type = resource.path("resourceType").asText("");
    if (!type.equals("ValueSet")) {
      throw new IllegalArgumentException(source + ": resourceType must be ValueSet, but was '" + type + "'");
    }
    String url = resource.path("url").asText("");
    if (url.isBlank()) {
      throw new IllegalArgumentException(source + ": ValueSet/" + resource.path("id").asText("?")
          + " field url must be the value set's canonical URL, but is missing");
    }
    String name = resource.hasNonNull("title") ? resource.get("title").asText()
        : resource.path("name").asText(resource.path("id").asText(url));
    JsonNode expansion = resource.get("expansion");
    if (expansion == null || !expansion.isObject()) {
      throw new IllegalArgumentException(source + ": value set \"" + name + "\" (" + url
          + ") has no expansion; acokit evaluates value sets by their expansion, so it must carry one"
          + " (field ValueSet.expansion)");
    }
    List<Code> codes = new ArrayList<>();
    collect(expansion.path("contains"), codes, source, name, url, systems);
    return ValueSet.of(url, name, resource.path("version").asText(""), codes);
  }

  private static void collect(JsonNode contains, List<Code> codes, String source, String name, String url,
      CodeSystems systems) {
    for (JsonNode c : contains) {
      if (c.hasNonNull("code")) {
        String system = c.path("system").asText("");
        if (!systems.isKnown(system)) {
          throw new IllegalArgumentException(source + ": value set \"" + name + "\" (" + url + ") code "
              + c.get("code").asText() + " has code system '" + system + "', which must be one of the known systems "
              + new TreeSet<>(systems.names().keySet()) + " (add it with CodeSystems.with)");
        }
        codes.add(Code.of(system, c.get("code").asText()));
      }
      collect(c.path("contains"), codes, source, name, url, systems);
    }
  }

  /**
   * The value set with a canonical URL.
   *
   * @param url the canonical URL (a {@code |version} suffix is ignored)
   * @return the value set
   * @throws IllegalArgumentException if the registry does not hold it; the message names the URL
   */
  public ValueSet get(String url) {
    int bar = url.indexOf('|');
    String key = bar < 0 ? url : url.substring(0, bar);
    ValueSet v = byUrl.get(key);
    if (v == null) {
      throw new IllegalArgumentException("value set " + url + " is referenced but absent: the registry holds "
          + byUrl.size() + " value sets, none with this url; supply its FHIR ValueSet with an expansion");
    }
    return v;
  }

  /**
   * Whether the registry holds a URL.
   *
   * @param url the canonical URL
   * @return true if present
   */
  public boolean contains(String url) {
    return byUrl.containsKey(url);
  }

  /**
   * The URLs held.
   *
   * @return the URLs, in reading order
   */
  public Set<String> urls() {
    return byUrl.keySet();
  }

  /**
   * The number of value sets.
   *
   * @return the size
   */
  public int size() {
    return byUrl.size();
  }
}
