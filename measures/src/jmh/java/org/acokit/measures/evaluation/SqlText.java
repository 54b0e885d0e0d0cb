/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

/**
 * The SQL text of {@link MeasuresSql}: shared definitions (the libraries AdultOutpatientEncounters,
 * Hospice, PalliativeCare, AdvancedIllnessandFrailty as CTEs) and one query per measure, each
 * returning one row per population group: IP, DEN, DENEX, NUM, DENEXCEP (under the proportion
 * membership rules). Placeholders in braces are day numbers, instants and code-id lists.
 */
final class SqlText {

  private SqlText() {
  }

  /** Macros created once per connection. */
  static final String MACROS = """
      CREATE MACRO dday(ms) AS ms // 86400000;
      CREATE MACRO age_at(b, d) AS year(d) - year(b)
          - CASE WHEN month(b) > month(d) OR (month(b) = month(d) AND day(b) > day(d)) THEN 1 ELSE 0 END;
      """;

  static final String COMMON = """
      WITH pt AS (SELECT pid, female, age_at(birth, DATE '2025-12-31') AS age_end,
                         age_at(birth, DATE '2025-01-01') AS age_start FROM patients),
      cprev AS (SELECT pid, code, cat, body, s,
                       CASE WHEN abate IS NOT NULL THEN abate WHEN clin IN {ACTIVE} THEN {MAX} END AS pe FROM cond),
      qe_aoe AS (SELECT pid FROM enc WHERE code IN (SELECT code FROM vs WHERE name = 'aoe')
                 AND status IN ('finished', 'arrived', 'triaged', 'in-progress', 'onleave')
                 AND dday(s) >= {D0} AND dday(e) <= {D1}),
      hospice AS (
        SELECT pid FROM enc WHERE code IN (SELECT code FROM vs WHERE name = 'enc_inpatient')
          AND status IN ('finished', 'arrived', 'triaged', 'in-progress', 'onleave') AND disch IN {HOSPICE_DISCH}
          AND dday(e) BETWEEN {D0} AND {D1}
        UNION ALL SELECT pid FROM enc WHERE code IN (SELECT code FROM vs WHERE name = 'hospice_enc')
          AND status IN ('finished', 'arrived', 'triaged', 'in-progress', 'onleave')
          AND dday(s) <= {D1} AND dday(e) >= {D0}
        UNION ALL SELECT pid FROM obs WHERE code IN {HOSPICE_MDS} AND status IN ('final', 'amended', 'corrected')
          AND cat IN {SURVEY} AND vcode IN {YES} AND dday(s) <= {D1} AND dday(e) >= {D0}
        UNION ALL SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'hospice_amb')
          AND status = 'completed' AND dday(s) <= {D1} AND dday(e) >= {D0}
        UNION ALL SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'hospice_dx')
          AND dday(s) <= {D1} AND dday(pe) >= {D0}),
      palliative AS (
        SELECT pid FROM obs WHERE code IN {FACIT} AND status IN ('final', 'amended', 'corrected') AND cat IN {SURVEY}
          AND dday(s) <= {D1} AND dday(e) >= {D0}
        UNION ALL SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'pal_dx')
          AND dday(s) <= {D1} AND dday(pe) >= {D0}
        UNION ALL SELECT pid FROM enc WHERE code IN (SELECT code FROM vs WHERE name = 'pal_enc')
          AND status IN ('finished', 'arrived', 'triaged', 'in-progress', 'onleave')
          AND dday(s) <= {D1} AND dday(e) >= {D0}
        UNION ALL SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'pal_int')
          AND status = 'completed' AND dday(s) <= {D1} AND dday(e) >= {D0}),
      frail AS (
        SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'frail_dx')
          AND dday(s) <= {D1} AND dday(pe) >= {D0}
        UNION ALL SELECT pid FROM enc WHERE code IN (SELECT code FROM vs WHERE name = 'frail_enc')
          AND status IN ('finished', 'arrived', 'triaged', 'in-progress', 'onleave')
          AND dday(s) <= {D1} AND dday(e) >= {D0}
        UNION ALL SELECT pid FROM obs WHERE code IN (SELECT code FROM vs WHERE name = 'frail_sym')
          AND status IN ('preliminary', 'final', 'amended', 'corrected') AND dday(s) <= {D1} AND dday(e) >= {D0}
        UNION ALL SELECT pid FROM obs WHERE code IN {EQUIPMENT} AND status IN ('final', 'amended', 'corrected')
          AND cat IN {SURVEY} AND vcode IN (SELECT code FROM vs WHERE name = 'frail_dev')
          AND dday(e) BETWEEN {D0} AND {D1}),
      advill AS (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'adv_ill')
          AND dday(s) BETWEEN {D2024} AND {D1}),
      nh AS (SELECT pid FROM (SELECT pid, arg_max(vcode, e) AS v FROM obs WHERE code IN {HOUSING}
          AND status IN ('final', 'amended', 'corrected') AND cat IN {SURVEY} AND dday(e) <= {D1} GROUP BY pid)
          WHERE v IN {NURSING_HOME}),
      shared AS (SELECT pt.pid, (pt.pid IN (SELECT pid FROM hospice) OR pt.pid IN (SELECT pid FROM palliative)
          OR (age_end >= 66 AND pt.pid IN (SELECT pid FROM frail) AND pt.pid IN (SELECT pid FROM advill))
          OR (age_end >= 66 AND pt.pid IN (SELECT pid FROM nh))) AS excluded FROM pt)
      """;

  private static final String CMS122 = """
      , gsa AS (SELECT pid, dday(CASE WHEN e IS NOT NULL AND e <> {MAX} THEN e ELSE s END) AS d,
                CASE WHEN val IS NOT NULL AND unit IS NOT NULL THEN val END AS q, unit, has_value FROM obs
                WHERE (code IN (SELECT code FROM vs WHERE name = 'hba1c') OR code IN {GMI})
                AND status IN ('final', 'amended', 'corrected') AND cat IN {LAB}),
      gsa_mp AS (SELECT * FROM gsa WHERE d BETWEEN {D0} AND {D1}),
      lowest AS (SELECT g.pid, first(g.q ORDER BY g.q ASC NULLS FIRST) AS q,
                 first(g.unit ORDER BY g.q ASC NULLS FIRST) AS unit,
                 first(g.has_value ORDER BY g.q ASC NULLS FIRST) AS hv
                 FROM gsa_mp g JOIN (SELECT pid, max(d) AS md FROM gsa_mp GROUP BY pid) m
                 ON g.pid = m.pid AND g.d = m.md GROUP BY g.pid),
      f AS (SELECT pt.age_end BETWEEN 18 AND 75 AND pt.pid IN (SELECT pid FROM qe_aoe)
                   AND pt.pid IN (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'diabetes')
                                  AND dday(s) <= {D1} AND dday(pe) >= {D0}) AS ip,
                   sh.excluded AS dx,
                   (l.pid IS NULL OR NOT l.hv OR (l.q IS NOT NULL AND l.unit = '%' AND l.q > 9)) AS num
            FROM pt JOIN shared sh ON sh.pid = pt.pid LEFT JOIN lowest l ON l.pid = pt.pid)
      SELECT count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip AND dx),
             count(*) FILTER (WHERE ip AND NOT dx AND num), 0 FROM f
      """;

  private static final String CMS165 = """
      , bp AS (SELECT o.pid, dday(CASE WHEN o.e IS NOT NULL AND o.e <> {MAX} THEN o.e ELSE o.s END) AS d,
               o.sys, o.sys_unit, o.dia, o.dia_unit FROM obs o JOIN enc x ON x.pid = o.pid AND x.rid = o.enc_rid
               WHERE o.code IN {BP} AND o.status IN ('final', 'amended', 'corrected')
               AND x.class IS NOT NULL AND x.class NOT IN {INPATIENT_CLASS}),
      bp_mp AS (SELECT * FROM bp WHERE d BETWEEN {D0} AND {D1}),
      low AS (SELECT b.pid, first(b.sys ORDER BY b.sys ASC NULLS FIRST) AS s1,
              first(b.sys_unit ORDER BY b.sys ASC NULLS FIRST) AS su,
              first(b.dia ORDER BY b.dia ASC NULLS FIRST) AS d1, first(b.dia_unit ORDER BY b.dia ASC NULLS FIRST) AS du
              FROM bp_mp b JOIN (SELECT pid, max(d) AS md FROM bp_mp GROUP BY pid) m ON b.pid = m.pid AND b.d = m.md
              GROUP BY b.pid),
      f AS (SELECT pt.age_end BETWEEN 18 AND 85 AND pt.pid IN (SELECT pid FROM qe_aoe)
                   AND pt.pid IN (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'htn')
                                  AND s < {JUL1} AND pe >= {MS0}) AS ip,
                   (pt.pid IN (SELECT pid FROM hospice) OR pt.pid IN (SELECT pid FROM palliative)
                    OR pt.pid IN (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'preg_renal')
                                  AND s <= {MS1} AND pe >= {MS0})
                    OR pt.pid IN (SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'esrd_proc')
                                  AND status = 'completed' AND e <= {MS1})
                    OR pt.pid IN (SELECT pid FROM enc WHERE code IN (SELECT code FROM vs WHERE name = 'esrd_enc')
                                  AND status IN ('finished', 'arrived', 'triaged', 'in-progress', 'onleave')
                                  AND s <= {MS1})
                    OR (pt.age_end BETWEEN 66 AND 80 AND pt.pid IN (SELECT pid FROM frail)
                        AND pt.pid IN (SELECT pid FROM advill))
                    OR (pt.age_end >= 81 AND pt.pid IN (SELECT pid FROM frail))
                    OR (pt.age_end >= 66 AND pt.pid IN (SELECT pid FROM nh))) AS dx,
                   coalesce(l.s1 < 140 AND l.su = 'mm[Hg]' AND l.d1 < 90 AND l.du = 'mm[Hg]', false) AS num
            FROM pt LEFT JOIN low l ON l.pid = pt.pid)
      SELECT count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip AND dx),
             count(*) FILTER (WHERE ip AND NOT dx AND num), 0 FROM f
      """;

  private static final String CMS2 = """
      , qe2 AS (SELECT pid, s, e FROM enc WHERE code IN (SELECT code FROM vs WHERE name = 'qe2')
                AND status = 'finished' AND dday(s) >= {D0} AND dday(e) <= {D1}),
      scr AS (SELECT o.pid, CASE WHEN o.code IN {ADOL} THEN 'adol' ELSE 'adult' END AS k, o.s, o.vcode FROM obs o
              WHERE (o.code IN {ADOL} OR o.code IN {ADULT}) AND o.status = 'final' AND o.has_value
              AND EXISTS (SELECT 1 FROM qe2 q WHERE q.pid = o.pid
                          AND dday(o.e) BETWEEN dday(q.s) - 14 AND dday(q.s))),
      rec AS (SELECT pid, k, arg_max(vcode, s) AS v, max(s) AS ls FROM scr GROUP BY pid, k),
      fu AS (SELECT pid, 'adol' AS k, s AS ps, NULL::BIGINT AS au FROM proc
               WHERE code IN (SELECT code FROM vs WHERE name = 'fu_adol') AND status = 'completed'
             UNION ALL SELECT pid, 'adult', s, NULL FROM proc
               WHERE code IN (SELECT code FROM vs WHERE name = 'fu_adult') AND status = 'completed'
             UNION ALL SELECT pid, 'adol', NULL, authored FROM medreq
               WHERE code IN (SELECT code FROM vs WHERE name = 'med_adol') AND NOT dnp
               AND status IN ('active', 'completed') AND intent = 'order'
             UNION ALL SELECT pid, 'adult', NULL, authored FROM medreq
               WHERE code IN (SELECT code FROM vs WHERE name = 'med_adult') AND NOT dnp
               AND status IN ('active', 'completed') AND intent = 'order'),
      posfu AS (SELECT r.pid, bool_or(r.k = 'adol') AS fa, bool_or(r.k = 'adult') AS fu FROM rec r
                JOIN qe2 q ON q.pid = r.pid JOIN fu f ON f.pid = r.pid AND f.k = r.k
                WHERE r.v IN {POS} AND dday(r.ls) BETWEEN dday(q.s) - 14 AND dday(q.s)
                AND ((f.ps IS NOT NULL AND f.ps BETWEEN q.s AND q.e)
                     OR (f.au IS NOT NULL AND dday(f.au) BETWEEN dday(q.e) AND dday(q.e) + 2))
                AND dday(coalesce(f.ps, f.au)) BETWEEN {D0} AND {D1} GROUP BY r.pid),
      neg AS (SELECT pid, bool_or(k = 'adol' AND v IN {NEG}) AS na, bool_or(k = 'adult' AND v IN {NEG}) AS nu,
              bool_or(k = 'adol') AS sa, bool_or(k = 'adult') AS su FROM rec GROUP BY pid),
      nd AS (SELECT o.pid, bool_or(o.code IN {ADOL}) AS da, bool_or(o.code IN {ADULT}) AS du FROM obs o
             JOIN qe2 q ON q.pid = o.pid WHERE (o.code IN {ADOL} OR o.code IN {ADULT}) AND o.status = 'cancelled'
             AND (o.reason IN {DECLINED} OR o.reason IN (SELECT code FROM vs WHERE name = 'medical_reason'))
             AND o.issued BETWEEN q.s AND q.e GROUP BY o.pid),
      bip AS (SELECT c.pid FROM cprev c JOIN qe2 q ON q.pid = c.pid
              WHERE c.code IN (SELECT code FROM vs WHERE name = 'bipolar') AND c.cat IN {PL} AND c.s < q.s),
      g AS (SELECT pt.age_start, pt.pid IN (SELECT pid FROM qe2) AS visit, pt.pid IN (SELECT pid FROM bip) AS dx,
                   coalesce(n.na, false) OR coalesce(p.fa, false) AS adol,
                   coalesce(n.nu, false) OR coalesce(p.fu, false) AS adult,
                   (coalesce(d.da, false) AND NOT coalesce(n.sa, false))
                   OR (coalesce(d.du, false) AND NOT coalesce(n.su, false)) AS exc
            FROM pt LEFT JOIN neg n ON n.pid = pt.pid LEFT JOIN posfu p ON p.pid = pt.pid
            LEFT JOIN nd d ON d.pid = pt.pid),
      f AS (SELECT age_start >= 12 AND visit AS ip, dx,
                   (age_start BETWEEN 12 AND 16 AND adol) OR (age_start = 17 AND (adol OR adult))
                   OR (age_start >= 18 AND adult) AS num, exc FROM g)
      SELECT count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip AND dx),
             count(*) FILTER (WHERE ip AND NOT dx AND num), count(*) FILTER (WHERE ip AND NOT dx AND NOT num AND exc)
      FROM f
      """;

  private static final String CMS125 = """
      , rgt AS (SELECT pid FROM cprev WHERE (code IN (SELECT code FROM vs WHERE name = 'sp_right')
                  OR (code IN (SELECT code FROM vs WHERE name = 'uni_unspec') AND body IN {RIGHT})) AND s <= {MS1}
                UNION ALL SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'mast_right')
                  AND status = 'completed' AND e <= {MS1}),
      lft AS (SELECT pid FROM cprev WHERE (code IN (SELECT code FROM vs WHERE name = 'sp_left')
                  OR (code IN (SELECT code FROM vs WHERE name = 'uni_unspec') AND body IN {LEFT})) AND s <= {MS1}
                UNION ALL SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'mast_left')
                  AND status = 'completed' AND e <= {MS1}),
      bil AS (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'hist_bilat') AND s <= {MS1}
                UNION ALL SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'mast_bilat')
                  AND status = 'completed' AND e <= {MS1}),
      f AS (SELECT pt.female AND pt.age_end BETWEEN 52 AND 74 AND pt.pid IN (SELECT pid FROM qe_aoe) AS ip,
                   sh.excluded OR (pt.pid IN (SELECT pid FROM rgt) AND pt.pid IN (SELECT pid FROM lft))
                   OR pt.pid IN (SELECT pid FROM bil) AS dx,
                   pt.pid IN (SELECT pid FROM obs WHERE code IN (SELECT code FROM vs WHERE name = 'mammo')
                              AND status IN ('final', 'amended', 'corrected')
                              AND dday(e) BETWEEN {D2023OCT} AND {D1}) AS num
            FROM pt JOIN shared sh ON sh.pid = pt.pid)
      SELECT count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip AND dx),
             count(*) FILTER (WHERE ip AND NOT dx AND num), 0 FROM f
      """;

  private static final String CMS130 = """
      , scr AS (
        SELECT pid FROM obs WHERE code IN (SELECT code FROM vs WHERE name = 'fobt')
          AND status IN ('final', 'amended', 'corrected') AND cat IN {LAB} AND has_value
          AND dday(CASE WHEN e IS NOT NULL AND e <> {MAX} THEN e ELSE s END) BETWEEN {D0} AND {D1}
        UNION ALL SELECT pid FROM obs WHERE code IN (SELECT code FROM vs WHERE name = 'sdna')
          AND status IN ('final', 'amended', 'corrected') AND cat IN {LAB} AND has_value
          AND dday(CASE WHEN e IS NOT NULL AND e <> {MAX} THEN e ELSE s END) BETWEEN {D2023} AND {D1}
        UNION ALL SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'flexsig')
          AND status = 'completed' AND dday(e) BETWEEN {D2021} AND {D1}
        UNION ALL SELECT pid FROM obs WHERE code IN (SELECT code FROM vs WHERE name = 'ctcol')
          AND status IN ('final', 'amended', 'corrected') AND dday(e) BETWEEN {D2021} AND {D1}
        UNION ALL SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'colonoscopy')
          AND status = 'completed' AND dday(e) BETWEEN {D2016} AND {D1}),
      f AS (SELECT pt.age_end BETWEEN 46 AND 75 AND pt.pid IN (SELECT pid FROM qe_aoe) AS ip,
                   sh.excluded
                   OR pt.pid IN (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'colon_cancer')
                                 AND dday(s) <= {D1})
                   OR pt.pid IN (SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'colectomy')
                                 AND status = 'completed' AND dday(e) <= {D1}) AS dx,
                   pt.pid IN (SELECT pid FROM scr) AS num
            FROM pt JOIN shared sh ON sh.pid = pt.pid)
      SELECT count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip), count(*) FILTER (WHERE ip AND dx),
             count(*) FILTER (WHERE ip AND NOT dx AND num), 0 FROM f
      """;

  private static final String CMS347 = """
      , qe3 AS (SELECT pid, s, e FROM enc WHERE code IN (SELECT code FROM vs WHERE name = 'qe347')
                AND status = 'finished' AND dday(s) >= {D0} AND dday(e) <= {D1}),
      ascvd AS (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'ascvd_dx') AND cat IN {PL}
                  AND dday(s) <= {D1}
                UNION ALL SELECT pid FROM proc WHERE code IN (SELECT code FROM vs WHERE name = 'ascvd_proc')
                  AND status = 'completed' AND dday(s) <= {D1}),
      mi AS (SELECT pid FROM cprev WHERE code IN {I222} AND cat IN {PL} AND dday(s) <= {D1}),
      ldl AS (SELECT pid FROM obs WHERE code IN (SELECT code FROM vs WHERE name = 'ldl') AND val IS NOT NULL
              AND unit = 'mg/dL' AND val >= 190 AND dday(s) <= {D1}
              AND status IN ('final', 'amended', 'corrected', 'appended')),
      hyper AS (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'fh') AND cat IN {PL}
                AND dday(s) <= {D1}),
      diab AS (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'diabetes') AND cat IN {PL}
               AND dday(s) <= {D1} AND dday(pe) >= {D0}),
      risk AS (SELECT pid FROM obs WHERE code IN {RISK} AND val IS NOT NULL AND unit = '%' AND val >= 20
               AND dday(s) >= {D0} AND dday(e) <= {D1}),
      x AS (SELECT pt.age_start AS a, pt.pid IN (SELECT pid FROM qe3) AS qe, pt.pid IN (SELECT pid FROM ascvd) AS ascvd,
                   pt.pid IN (SELECT pid FROM mi) AS mi, pt.pid IN (SELECT pid FROM ldl) AS ldl,
                   pt.pid IN (SELECT pid FROM hyper) AS hyper, pt.pid IN (SELECT pid FROM diab) AS diab,
                   pt.pid IN (SELECT pid FROM risk) AS risk,
                   pt.pid IN (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name = 'bf_rhabdo')
                              AND cat IN {PL} AND dday(s) <= {D1} AND dday(pe) >= {D0}) AS dx,
                   pt.pid IN (SELECT pid FROM medreq WHERE code IN (SELECT code FROM vs WHERE name = 'statin')
                              AND NOT dnp AND status IN ('active', 'completed') AND intent = 'order'
                              AND (dday(authored) BETWEEN {D0} AND {D1}
                                   OR (dday(bs) <= {D1} AND dday(coalesce(be, {MAX})) >= {D0}))) AS num,
                   (pt.pid IN (SELECT pid FROM hospice) OR pt.pid IN (SELECT pid FROM palliative)
                    OR pt.pid IN (SELECT pid FROM cprev WHERE code IN (SELECT code FROM vs WHERE name IN
                                  ('liver', 'sams', 'esrd')) AND cat IN {PL} AND dday(s) <= {D1} AND dday(pe) >= {D0})
                    OR pt.pid IN (SELECT m.pid FROM medreq m JOIN qe3 q ON q.pid = m.pid
                                  WHERE m.code IN (SELECT code FROM vs WHERE name = 'statin') AND m.dnp
                                  AND m.status = 'completed'
                                  AND m.reason IN (SELECT code FROM vs WHERE name = 'medical_reason')
                                  AND m.authored BETWEEN q.s AND q.e)) AS exc
            FROM pt),
      f AS (SELECT (ascvd OR mi) AND qe AS ip1,
                   a BETWEEN 20 AND 75 AND (ldl OR hyper) AND NOT ascvd AND qe AS ip2,
                   a BETWEEN 40 AND 75 AND diab AND NOT ascvd AND NOT ldl AND NOT hyper AND qe AS ip3,
                   a BETWEEN 40 AND 75 AND risk AND NOT (ascvd OR hyper OR ldl OR diab) AND qe AS ip4,
                   dx, num, exc FROM x)
      SELECT count(*) FILTER (WHERE ip1), count(*) FILTER (WHERE ip1), count(*) FILTER (WHERE ip1 AND dx),
             count(*) FILTER (WHERE ip1 AND NOT dx AND num), count(*) FILTER (WHERE ip1 AND NOT dx AND NOT num AND exc)
      FROM f
      UNION ALL
      SELECT count(*) FILTER (WHERE ip2), count(*) FILTER (WHERE ip2), count(*) FILTER (WHERE ip2 AND dx),
             count(*) FILTER (WHERE ip2 AND NOT dx AND num), count(*) FILTER (WHERE ip2 AND NOT dx AND NOT num AND exc)
      FROM f
      UNION ALL
      SELECT count(*) FILTER (WHERE ip3), count(*) FILTER (WHERE ip3), count(*) FILTER (WHERE ip3 AND dx),
             count(*) FILTER (WHERE ip3 AND NOT dx AND num), count(*) FILTER (WHERE ip3 AND NOT dx AND NOT num AND exc)
      FROM f
      UNION ALL
      SELECT count(*) FILTER (WHERE ip4), count(*) FILTER (WHERE ip4), count(*) FILTER (WHERE ip4 AND dx),
             count(*) FILTER (WHERE ip4 AND NOT dx AND num), count(*) FILTER (WHERE ip4 AND NOT dx AND NOT num AND exc)
      FROM f
      """;

  /** Measure id and query text. */
  static final String[][] QUERIES = {
      {"001", CMS122}, {"236", CMS165}, {"134", CMS2}, {"112", CMS125}, {"113", CMS130}, {"438", CMS347}};
}
