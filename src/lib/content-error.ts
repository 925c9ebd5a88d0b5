/**
 * A content mistake, reported as `file: field: what is wrong` so an author can find
 * and fix it without reading a stack trace.
 */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}
