/** Handout text broken into lines where the language allows. */
import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/export/export.ts';

// A monospace stand-in for canvas measurement: Latin 1 unit, CJK 2.
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff]/.test(ch) ? 2 : 1), 0);

describe('wrapLines', () => {
  it('breaks English at spaces, never inside a word', () => {
    const text = 'This page is on a local address: the QR code will not open on another device.';
    const lines = wrapLines(text, 24, width, 'en');
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(24);
    const words = new Set(text.split(' '));
    for (const l of lines) for (const w of l.split(' ')) expect(words.has(w), w).toBe(true);
  });

  it('breaks Chinese between words or characters, keeping every character', () => {
    const text = '本页面位于本地地址，二维码在其他设备上无法打开。';
    const lines = wrapLines(text, 16, width, 'zh');
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(16);
  });

  it('starts no line with punctuation', () => {
    const en = wrapLines('Set a public address (publicUrl in config.json).', 26, width, 'en');
    const zh = wrapLines('本页面位于本地地址，二维码在其他设备上无法打开。', 10, width, 'zh');
    for (const l of [...en, ...zh]) expect(l, l).not.toMatch(/^[.,;:!?)，。；：！？）、]/);
    expect(zh.join('')).toBe('本页面位于本地地址，二维码在其他设备上无法打开。');
  });

  it('keeps a file name or address whole when it fits a line', () => {
    const lines = wrapLines('Set a public address (publicUrl in config.json).', 20, width, 'en');
    expect(lines.some((l) => l.includes('config.json).'))).toBe(true);
  });

  it('splits a word wider than the line (a long link) by character', () => {
    const link = 'http://127.0.0.1:45795/?industry=%E9%85%92&lang=en';
    const lines = wrapLines(link, 20, width, 'en');
    expect(lines.join('')).toBe(link);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(20);
  });
});
