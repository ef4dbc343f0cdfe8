/**
 * Every format an office has, through the real picker: the picker offers every type (its `accept`
 * — setInputFiles ignores it, so it is read here), an .xls made by the reader's own writer with an
 * empty first sheet imports and offers its sheets, another sheet can be chosen, and a zip bomb built
 * here is refused in words while the list on screen stays. Each test opens its own page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deflateRawSync, constants } from 'node:zlib';
import type { Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { artifact, openApp, waitForMap, type AppSession } from './harness.ts';

let app: AppSession;
beforeAll(async () => {
  app = await openApp({});
});
afterAll(() => app?.close());

async function open(): Promise<Page> {
  const p = await app.ctx.newPage();
  await p.setViewportSize({ width: 1440, height: 900 });
  await p.goto(`${app.server.url}?mode=projects`);
  await waitForMap(p);
  await p.locator('[data-testid="projects-view"]').waitFor();
  return p;
}

const status = (p: Page) => p.locator('[data-testid="projects-status"]').textContent();
const counts = (p: Page) => p.locator('[data-testid="projects-counts"]').textContent();

/** A workbook of named sheets, written by SheetJS as .xls (BIFF8). */
function xls(sheets: [string, unknown[][]][]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets)
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}

/** An .xlsx-looking zip whose one member inflates to 1 GiB of zeros (≈ 1 MB packed). */
function bomb(): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const data = Buffer.concat([...Array(1024).fill(block), Buffer.from([0x03, 0x00])]);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(2 ** 30, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(2 ** 30, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('formats', () => {
  it('the picker offers every supported type and says so', async () => {
    const p = await open();
    const accept = (await p.locator('[data-testid="projects-file"]').getAttribute('accept')) ?? '';
    for (const type of [
      '.csv',
      '.tsv',
      '.txt',
      '.xlsx',
      '.xls',
      '.et',
      'text/csv',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ])
      expect(accept.split(','), type).toContain(type);
    expect(await p.locator('[data-testid="projects-open"]').textContent()).toContain(
      '打开文件（Excel / WPS / CSV）',
    );
    expect(await p.locator('[data-testid="projects-drop"]').textContent()).toContain('.et');
    await p.close();
  });

  it('imports an .xls whose first sheet is empty, offers its sheets, reads another; refuses a bomb and keeps the list', async () => {
    const p = await open();
    const file = xls([
      ['说明', []],
      [
        '台账',
        [
          ['项目名称', '行业', '区县'],
          ['江津白酒厂', '白酒', '德感街道'],
          ['大足五金', '白酒', '龙水镇五金大道8号'],
        ],
      ],
      [
        '续表',
        [
          ['项目名称', '行业', '区县'],
          ['奉节眼镜', '眼镜', '奉节'],
        ],
      ],
    ]);
    await p.setInputFiles('[data-testid="projects-file"]', {
      name: '台账.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: file,
    });
    await expect.poll(() => counts(p)).toBe('共 2 行：已解析 2，部分解析 0，未解析 0。');
    expect(await status(p)).toContain('Excel 97–2003 / WPS 工作簿');
    // The towns in the addresses: 德感街道 → 江津, 龙水镇 → 大足 (rows numbered as the sheet: the
    // header is row 1).
    const placeOf = (n: number) =>
      p.locator(`[data-testid="project-row"][data-row="${n}"] td`).nth(2).textContent();
    expect(await placeOf(2)).toContain('江津');
    expect(await placeOf(3)).toContain('大足');
    const choice = p.locator('[data-testid="projects-sheet"] select');
    expect(await choice.locator('option').allTextContents()).toEqual(['说明', '台账', '续表']);
    expect(await choice.inputValue()).toBe('1');
    await p.screenshot({ path: artifact('formats-xls.png') });
    await choice.selectOption({ label: '续表' });
    await expect.poll(() => counts(p)).toBe('共 1 行：已解析 1，部分解析 0，未解析 0。');

    await p.setInputFiles('[data-testid="projects-file"]', {
      name: 'bomb.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bomb(),
    });
    await expect
      .poll(() => status(p))
      .toBe(
        '未能读取“\u2068bomb.xlsx\u2069”：这个工作簿解压后有 1024 MB，超过 100 MB 上限，为保护浏览器没有打开；请删去不需要的工作表，或另存为 CSV。现有列表未改动。',
      );
    expect(await counts(p)).toBe('共 1 行：已解析 1，部分解析 0，未解析 0。');
    await p.click('[data-testid="projects-clear"]');
    await p.close();
  });

  it('opens a WPS .et (a BIFF8 workbook, as WPS saves one) through the picker', async () => {
    const p = await open();
    // The xlsx library's BIFF8 writer, the file named .et with WPS's type: what the picker hands over.
    const file = xls([
      [
        '台账',
        [
          ['2025年招商引资项目台账'],
          ['项目名称', '所属行业', '建设地点', '计划总投资（万元）'],
          ['垫江钟表城', '钟表', '垫江县', 12000],
          ['龙水五金园', '五金', '龙水镇', 30000],
        ],
      ],
    ]);
    expect(file.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    await p.setInputFiles('[data-testid="projects-file"]', {
      name: '台账.et',
      mimeType: 'application/wps-office.et',
      buffer: file,
    });
    await expect.poll(() => counts(p)).toBe('共 2 行：已解析 2，部分解析 0，未解析 0。');
    expect(await status(p)).toContain('“\u2068台账.et\u2069”');
    expect(await status(p)).toContain('Excel 97–2003 / WPS 工作簿');
    const verdict = (n: number) =>
      p.locator(`[data-testid="project-row"][data-row="${n}"]`).getAttribute('data-verdict');
    expect(await verdict(3)).toBe('supported');
    expect(await verdict(4)).toBe('supported');
    await p.click('[data-testid="projects-clear"]');
    await p.close();
  });

  it('says which cells were formulas with no saved value, by sheet row and column', async () => {
    const p = await open();
    const ws = XLSX.utils.aoa_to_sheet([
      ['项目名称', '所属行业', '建设地点', '计划总投资（万元）'],
      ['甲', '白酒', '江津区', 100],
      ['乙', '五金', '大足区', null],
    ]);
    // A formula a program wrote without calculating it: no saved value.
    ws['D3'] = { t: 'n', f: 'D2*2' } as XLSX.CellObject;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    await p.setInputFiles('[data-testid="projects-file"]', {
      name: '公式.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
    });
    await expect.poll(() => counts(p)).toBe('共 2 行：已解析 2，部分解析 0，未解析 0。');
    expect(await p.locator('[data-testid="projects-uncalculated"]').textContent()).toBe(
      '1 个单元格是没有保存结果的公式，读作空白：D3（第 3 行 D 列）。公式未计算，请在 Excel/WPS 中打开并保存后再导入。',
    );
    expect(
      await p.locator('[data-testid="project-row"][data-row="3"] td').nth(5).textContent(),
    ).toContain('公式未计算（D3）');
    expect(await p.locator('[data-testid="projects-amount-unit"]').textContent()).toContain(
      '读作万元',
    );
    await p.click('[data-testid="projects-clear"]');
    await p.close();
  });
});
