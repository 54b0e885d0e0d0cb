/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.acokit.io.FailureCode;
import org.acokit.program.mssp.MsspTrack;

/**
 * Decodes the track of a row across the eras of the public use files: 2014-2015's
 * {@code Track1}/{@code Track2} flags; 2016-2021's {@code Current_Track_1},
 * {@code Current_Track_1_Plus}, {@code Current_Track_2}, {@code Current_Track_3},
 * {@code Current_BASIC_A}-{@code E} and {@code Current_ENHANCED} flags (exactly one must be set);
 * from 2022 {@code Current_Track} = {@code A}-{@code E} (BASIC levels) or {@code EN} (ENHANCED).
 * 2013's {@code Track 2 ACO} flag is read by {@link Puf2013Layout}.
 */
final class PufTracks {

  /** Track flags of 2014-2021, by column name. */
  private static final List<Map.Entry<String, MsspTrack>> TRACK_FLAGS = List.of(
      Map.entry("Track1", MsspTrack.TRACK_1),
      Map.entry("Track2", MsspTrack.TRACK_2),
      Map.entry("Current_Track_1", MsspTrack.TRACK_1),
      Map.entry("Current_Track_1_Plus", MsspTrack.TRACK_1_PLUS),
      Map.entry("Current_Track_2", MsspTrack.TRACK_2),
      Map.entry("Current_Track_3", MsspTrack.TRACK_3),
      Map.entry("Current_BASIC_A", MsspTrack.BASIC_A),
      Map.entry("Current_BASIC_B", MsspTrack.BASIC_B),
      Map.entry("Current_BASIC_C", MsspTrack.BASIC_C),
      Map.entry("Current_BASIC_D", MsspTrack.BASIC_D),
      Map.entry("Current_BASIC_E", MsspTrack.BASIC_E),
      Map.entry("Current_ENHANCED", MsspTrack.ENHANCED));

  private final Optional<PufFile.Column> trackCode;
  private final List<Map.Entry<PufFile.Column, MsspTrack>> trackFlags = new ArrayList<>();

  /** Looks the track columns of a file up once. */
  PufTracks(PufFile file, PufColumns.Found columns) {
    this.trackCode = columns.get(PufColumns.CURRENT_TRACK);
    for (Map.Entry<String, MsspTrack> flag : TRACK_FLAGS) {
      file.column(flag.getKey()).ifPresent(c -> trackFlags.add(Map.entry(c, flag.getValue())));
    }
  }

  /**
   * The track of a row; empty (with a failure added) when the row's track cells are invalid: an
   * unknown {@code Current_Track} code is {@link FailureCode#INVALID_VALUE}; no flag set is
   * {@link FailureCode#MISSING_VALUE} at the flag columns; several flags set are
   * {@link FailureCode#INCONSISTENT} at the flags set.
   */
  Optional<MsspTrack> track(PufRowCells p) {
    if (trackCode.isPresent()) {
      return p.text(trackCode).flatMap(code -> {
        Optional<MsspTrack> track = trackCode(code);
        if (track.isEmpty()) {
          p.fail(FailureCode.INVALID_VALUE, trackCode.get().name, code, "column " + trackCode.get().name + ": '" + code
              + "' is not a track (expected A, B, C, D or E for the BASIC levels, or EN for ENHANCED)");
        }
        return track;
      });
    }
    if (trackFlags.isEmpty()) {
      return Optional.empty();
    }
    List<String> set = new ArrayList<>();
    MsspTrack found = null;
    boolean anyPublished = false;
    for (Map.Entry<PufFile.Column, MsspTrack> flag : trackFlags) {
      Optional<Boolean> value = p.flag(Optional.of(flag.getKey()));
      anyPublished |= value.isPresent();
      if (value.orElse(false)) {
        set.add(flag.getKey().name);
        found = flag.getValue();
      }
    }
    if (!anyPublished) {
      return Optional.empty();
    }
    if (set.size() != 1) {
      String names = trackFlags.stream().map(e -> e.getKey().name).collect(Collectors.joining(", "));
      String message = (set.isEmpty() ? "no track flag is set" : "track flags " + String.join(", ", set)
          + " are all set") + " (expected exactly one of " + names + " to be 1)";
      if (set.isEmpty()) {
        p.fail(FailureCode.MISSING_VALUE, names, null, message);
      } else {
        p.fail(FailureCode.INCONSISTENT, String.join(", ", set), "1", message);
      }
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /** A {@code Current_Track} code: A-E, EN, or a track label or name. */
  static Optional<MsspTrack> trackCode(String code) {
    String text = code.trim().toUpperCase(Locale.ROOT);
    switch (text) {
      case "A":
        return Optional.of(MsspTrack.BASIC_A);
      case "B":
        return Optional.of(MsspTrack.BASIC_B);
      case "C":
        return Optional.of(MsspTrack.BASIC_C);
      case "D":
        return Optional.of(MsspTrack.BASIC_D);
      case "E":
        return Optional.of(MsspTrack.BASIC_E);
      case "EN":
        return Optional.of(MsspTrack.ENHANCED);
      default:
        try {
          return Optional.of(MsspTrack.parse(code));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
    }
  }
}
