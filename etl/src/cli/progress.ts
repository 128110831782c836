/** A one-line progress display on a terminal (rows, rows/s); silent when output is piped. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): {
  update(progress: { rowsRead: number; rowsRejected: number }): void;
  done(): void;
} {
  const started = Date.now();
  let shown = false;
  return {
    update({ rowsRead, rowsRejected }) {
      if (!stream.isTTY) return;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const rate = Math.round(rowsRead / seconds);
      stream.write(`\r  ${rowsRead.toLocaleString('vi-VN')} dòng/rows · ${rejectedText(rowsRejected)} · ${rate.toLocaleString('vi-VN')} dòng/s   `);
      shown = true;
    },
    done() {
      if (shown) stream.write('\n');
    },
  };
}

function rejectedText(rejected: number): string {
  return `${rejected.toLocaleString('vi-VN')} lỗi/rejected`;
}
