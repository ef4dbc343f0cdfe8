/** The interface language: every string and data text comes in both. */
export type Lang = 'zh' | 'en';
