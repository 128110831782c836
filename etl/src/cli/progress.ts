import type { StageProgress } from '../kinds/kind-handler';

/** A one-line progress display on a terminal (rows, rows/s, ETA from the share of the file read); silent when piped. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): {
  update(progress: StageProgress): void;
  done(): void;
} {
  const started = Date.now();
  let shown = false;
  return {
    update({ rowsRead, rowsRejected, fraction }) {
      if (!stream.isTTY) return;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const rate = Math.round(rowsRead / seconds);
      const eta = fraction > 0 && fraction < 1 ? ` · còn/ETA ${Math.ceil((seconds * (1 - fraction)) / fraction)} s` : '';
      stream.write(
        `\r  ${rowsRead.toLocaleString('vi-VN')} dòng/rows · ${rowsRejected.toLocaleString('vi-VN')} lỗi/rejected · ` +
          `${rate.toLocaleString('vi-VN')} dòng/s · ${Math.round(fraction * 100)}%${eta}   `,
      );
      shown = true;
    },
    done() {
      if (shown) stream.write('\n');
    },
  };
}
