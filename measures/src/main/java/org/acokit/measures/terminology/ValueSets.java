/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import java.io.IOException;
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
import com.google.common.collect.ImmutableMap;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.AcoJson;

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

  private final ImmutableMap<String, ValueSet> byUrl;

  private ValueSets(Map<String, ValueSet> byUrl) {
    this.byUrl = ImmutableMap.copyOf(byUrl);
  }

  /**
   * A registry of the given value sets.
   *
   * @param valueSets the value sets
   * @return the registry
   * @throws FailureException ({@link FailureCode#DUPLICATE}) if two value sets have the same URL
   */
  public static ValueSets of(Collection<ValueSet> valueSets) {
    Map<String, ValueSet> m = new LinkedHashMap<>();
    for (ValueSet v : valueSets) {
      if (m.put(v.url(), v) != null) {
        throw failure(FailureCode.DUPLICATE, "ValueSet.url", v.url(), "value set url must be unique, but " + v.url()
            + " appears twice");
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
   * @throws FailureException (an {@link IllegalArgumentException}) if a file is not JSON, repeats
   *     a key, is empty or {@code null}, or is not a ValueSet; if a value set has no expansion or
   *     uses an unknown code system; or if two files hold the same url (naming both files)
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
   * @throws FailureException (an {@link IllegalArgumentException}) if a file is not JSON, repeats
   *     a key, is empty or {@code null}, or is not a ValueSet; if a value set has no expansion or
   *     uses an unknown code system; or if two files hold the same url (naming both files)
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ValueSets read(Path folder, CodeSystems systems) {
    List<ValueSet> all = new ArrayList<>();
    Map<String, Path> fileOf = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read value sets in " + folder, e);
    }
    for (Path f : files) {
      ValueSet v = parse(AcoJson.readTree(f, "FHIR ValueSet"), f.toString(), systems);
      Path other = fileOf.putIfAbsent(v.url(), f);
      if (other != null) {
        throw new FailureException(Failure.of(FailureCode.DUPLICATE, "ValueSet.url", v.url(), "value set url " + v.url()
            + " appears in two files, " + other + " and " + f + "; a registry holds each value set once"));
      }
      all.add(v);
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
   * @throws FailureException (an {@link IllegalArgumentException}) if it is not a ValueSet, has
   *     no url, has no expansion, uses an unknown code system or holds a code that is not text;
   *     the failure names the source and the FHIR path (such as {@code ValueSet.expansion})
   */
  public static ValueSet parse(JsonNode resource, String source, CodeSystems systems) {
    String type = resource.path("resourceType").asText("");
    if (!type.equals("ValueSet")) {
      throw failure(FailureCode.UNKNOWN_LAYOUT, "ValueSet.resourceType", type, source
          + ": resourceType must be ValueSet, but was '" + type + "'");
    }
    String url = resource.path("url").asText("");
    if (url.isBlank() || !resource.path("url").isTextual()) {
      throw failure(FailureCode.MISSING_VALUE, "ValueSet.url", null, source + ": ValueSet/"
          + resource.path("id").asText("?") + " field url must be the value set's canonical URL, but is missing");
    }
    String name = resource.hasNonNull("title") ? resource.get("title").asText()
        : resource.path("name").asText(resource.path("id").asText(url));
    JsonNode expansion = resource.get("expansion");
    if (expansion == null || !expansion.isObject()) {
      throw failure(FailureCode.MISSING_VALUE, "ValueSet.expansion", null, source + ": value set \"" + name + "\" ("
          + url + ") has no expansion; acokit evaluates value sets by their expansion, so it must carry one"
          + " (field ValueSet.expansion)");
    }
    List<Code> codes = new ArrayList<>();
    collect(expansion.path("contains"), "ValueSet.expansion.contains", codes, source, name, url, systems);
    try {
      return ValueSet.of(url, name, resource.path("version").asText(""), codes);
    } catch (IllegalArgumentException e) {
      throw failure(FailureCode.INVALID_VALUE, "ValueSet", url, source + ": value set \"" + name + "\" (" + url + "): "
          + e.getMessage());
    }
  }

  private static FailureException failure(FailureCode code, String path, String value, String message) {
    return new FailureException(Failure.of(code, path, value, message));
  }

  private static void collect(JsonNode contains, String path, List<Code> codes, String source, String name,
      String url, CodeSystems systems) {
    int i = 0;
    for (JsonNode c : contains) {
      String at = path + "[" + i++ + "]";
      if (c.hasNonNull("code")) {
        if (!c.get("code").isTextual() || c.get("code").asText().isBlank()) {
          throw failure(FailureCode.INVALID_VALUE, at + ".code", c.get("code").toString(), source + ": value set \""
              + name + "\" (" + url + ") " + at + ".code must be a non-blank text code, but was " + c.get("code"));
        }
        String system = c.path("system").asText("");
        if (!systems.isKnown(system)) {
          throw failure(FailureCode.INVALID_VALUE, at + ".system", system, source + ": value set \"" + name + "\" ("
              + url + ") code " + c.get("code").asText() + " has code system '" + system + "', which must be one of the"
              + " known systems " + new TreeSet<>(systems.names().keySet()) + " (add it with CodeSystems.with)");
        }
        try {
          codes.add(Code.of(system, c.get("code").asText()));
        } catch (IllegalArgumentException e) {
          throw failure(FailureCode.INVALID_VALUE, at, c.get("code").asText(), source + ": value set \"" + name
              + "\" (" + url + ") " + at + ": " + e.getMessage());
        }
      }
      collect(c.path("contains"), at + ".contains", codes, source, name, url, systems);
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
