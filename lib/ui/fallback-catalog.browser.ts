/** The extension's build of fallback-catalog.ts: the browser's i18n answers, nothing to fall back on. */
export const FALLBACK_CATALOG: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> | undefined = undefined;
