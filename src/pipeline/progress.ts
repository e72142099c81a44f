/**
 * Progress of a run. On a terminal: a cli-progress bar on stderr with files/s, MB/s, ETA and the counts so far.
 * Otherwise (a pipe, a log file, CI): quiet, one line every 30 s for long runs only.
 */
import { SingleBar } from 'cli-progress';
import type { RunReport } from './report';

const LOG_EVERY_MS = 30_000;

export class Progress {
  private bar: SingleBar | null = null;
  private readonly tty: boolean;
  private readonly t0 = performance.now();
  private lastLog = performance.now();
  private totalFiles = 0;

  constructor(
    private readonly report: RunReport,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    enabled = true,
  ) {
    this.tty = enabled && Boolean(stream.isTTY);
  }

  get onTerminal(): boolean {
    return this.tty;
  }

  private payload() {
    const seconds = Math.max(1e-3, (performance.now() - this.t0) / 1000);
    const r = this.report;
    return {
      rate: (r.files / seconds).toFixed(0),
      mbs: (r.bytes / 1e6 / seconds).toFixed(1),
      documents: r.documents,
      relations: r.relations,
      warnings: r.warnings,
      failures: r.failures.length,
    };
  }

  start(totalFiles: number): void {
    this.totalFiles = totalFiles;
    if (!this.tty) return;
    this.bar = new SingleBar({
      stream: this.stream,
      format:
        '{bar} {percentage}% {value}/{total} files | {rate} files/s {mbs} MB/s | ETA {eta_formatted} | ' +
        '{documents} documents {relations} relations {warnings} warnings {failures} failed',
      barsize: 20,
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
    });
    this.bar.start(Math.max(1, totalFiles), 0, this.payload());
  }

  /** After each file. */
  tick(): void {
    if (this.bar) {
      this.bar.update(this.report.files, this.payload());
      return;
    }
    const now = performance.now();
    if (now - this.lastLog < LOG_EVERY_MS) return;
    this.lastLog = now;
    const p = this.payload();
    this.stream.write(
      `[vanban ${this.report.command}] ${this.report.files}${this.totalFiles ? `/${this.totalFiles}` : ''} files, ` +
        `${p.rate} files/s, ${p.mbs} MB/s, ${p.documents} documents, ${p.relations} relations, ${p.failures} failed\n`,
    );
  }

  /** A line about the current phase (loading the last batch, creating indexes…), below the bar's counts. */
  note(message: string): void {
    if (this.bar) this.bar.update(this.report.files, this.payload());
    else if (performance.now() - this.t0 > LOG_EVERY_MS)
      this.stream.write(`[vanban ${this.report.command}] ${message}\n`);
  }

  stop(): void {
    if (!this.bar) return;
    this.bar.update(this.report.files, this.payload());
    this.bar.stop();
    this.bar = null;
  }
}
