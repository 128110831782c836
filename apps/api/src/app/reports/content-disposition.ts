/**
 * `filename` for old clients in plain ASCII (Báo cáo → Bao-cao), `filename*` (RFC 5987/6266) with the
 * real Vietnamese name in UTF-8, which every current browser prefers.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'report';
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987 does not allow in a value
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
