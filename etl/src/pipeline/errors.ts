/** The whole file is refused: nothing of it is loaded. Messages are Vietnamese first, then English. */
export class FileRejectedError extends Error {
  constructor(
    readonly reasonVi: string,
    readonly reasonEn: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${reasonVi} / ${reasonEn}`);
  }
}
