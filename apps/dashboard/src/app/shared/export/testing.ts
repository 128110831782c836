import type { DebugElement } from '@angular/core';
import { By } from '@angular/platform-browser';
import { ExportComponent } from './export.component';
import { sheetRows, type ExportCell } from './table-export';

/** The rows the n-th "Xuất" under root would write, read from its input: specs check the file without downloading it. */
export function exportedRows(root: DebugElement, n = 0): ExportCell[][] {
  const found = root.queryAll(By.directive(ExportComponent))[n];
  if (!found) throw new Error(`no export #${n}`);
  return sheetRows((found.componentInstance as ExportComponent).table());
}
