/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The sheets of an Excel workbook as lines of cell texts, the same lines a per-sheet CSV export
 * of the workbook holds, read with Apache POI. Only {@link SettlementReportReader} uses this class,
 * and only after it has checked that POI is on the class path (it is an optional dependency).
 * <p>
 * A number is written as the shortest decimal that reads back as the same double ({@code 10147},
 * {@code 9848.33333333321}), so that parsing the text gives the stored value exactly, full
 * precision: the workbook stores a value, not the text a cell format displays (a currency format
 * would add "$" and thousands separators, a percent format would multiply by 100), and CMS's CSV
 * export prints the value too. A date cell is written as displayed ({@code 01/01/2022}), as a
 * CSV export writes it, not as Excel's day count. A formula cell is written as its cached result.
 * A number that is not finite (which Excel cannot store, but a file written by another tool can)
 * is a {@link FailureCode#NOT_FINITE} failure naming the sheet, row and column.
 * Pure function; thread-safe.
 */
final class WorkbookSheets {

  private WorkbookSheets() {
  }

  /**
   * Reads every sheet of a workbook.
   *
   * @param workbook the .xlsx (or .xls) file
   * @return sheet name to its non-empty lines, each with its 1-based row number and its cell
   *     texts from column A on
   * @throws FailureException if the file is not a workbook or is damaged
   *     ({@link FailureCode#UNPARSEABLE}, the file as source)
   * @throws UncheckedIOException if the file cannot be read
   */
  static ImmutableMap<String, List<SheetLine>> read(Path workbook) {
    Map<String, List<SheetLine>> sheets = new LinkedHashMap<>();
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(workbook.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the workbook " + workbook, e);
    }
    if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
      throw notAWorkbook(workbook, "its content is not a workbook (" + (magic == FileMagic.UNKNOWN ? "unknown"
          : magic.name().toLowerCase(Locale.ROOT)) + ")", null);
    }
    try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
      DataFormatter formatter = new DataFormatter(Locale.US);
      for (Sheet sheet : book) {
        ImmutableList.Builder<SheetLine> lines = ImmutableList.builder();
        for (Row row : sheet) {
          List<String> line = new ArrayList<>();
          boolean any = false;
          for (int c = 0; c < row.getLastCellNum(); c++) {
            String text = text(row.getCell(c), formatter, workbook, sheet.getSheetName());
            any |= !text.isEmpty();
            line.add(text);
          }
          if (any) {
            lines.add(new SheetLine(row.getRowNum() + 1, line));
          }
        }
        sheets.put(sheet.getSheetName(), lines.build());
      }
    } catch (FailureException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI reports a damaged or foreign file with many exception types (a zip error, a missing
      // part, a bad record, an inflate ratio it takes for a zip bomb): none of them is the
      // caller's to catch. The exception stays the cause.
      throw notAWorkbook(workbook, "it is damaged or is not an .xlsx or .xls workbook", e);
    }
    return ImmutableMap.copyOf(sheets);
  }

  private static FailureException notAWorkbook(Path workbook, String why, Exception cause) {
    FailureException e = new FailureException(Failure.ofSource(FailureCode.UNPARSEABLE, workbook.toString(), "", null,
        "the file " + workbook + " must be an Excel workbook (.xlsx or .xls), but " + why));
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  private static String text(Cell cell, DataFormatter formatter, Path workbook, String sheet) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return formatter.formatCellValue(cell);
        }
        double value = cell.getNumericCellValue();
        if (!Double.isFinite(value)) {
          // Excel cannot store one, but a file written by another tool can hold 1e400 or NaN.
          String where = "sheet " + sheet + " row " + (cell.getRowIndex() + 1) + " column "
              + org.apache.poi.ss.util.CellReference.convertNumToColString(cell.getColumnIndex());
          throw new FailureException(Failure.ofSource(FailureCode.NOT_FINITE, workbook.toString(), where,
              Double.toString(value), workbook + ": " + where + ": the number is " + value
                  + " (expected a finite number)"));
        }
        return number(value);
      default:
        return "";
    }
  }

  /** The shortest decimal that reads back as the value, without exponent or trailing zeros. */
  private static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
