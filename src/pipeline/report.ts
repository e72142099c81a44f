/**
 * What a run did, for a person (the summary printed at the end) and for a program (`--report file.json`): every
 * file that failed and why, every collision between two files, counts.
 */
import { writeFileSync } from 'node:fs';
import type { Failure } from './files';

export interface FailedFile extends Failure {
  file: string;
}

/** Two files whose documents got one identity (number, scope, year). */
export interface Collision {
  id: string;
  kept: string;
  other: string;
  /** 'kept both': dates or issuers differ, the second got its own id; 'same document': the second was not loaded. */
  outcome: 'kept both' | 'same document';
  newId?: string;
  message: string;
}

export class RunReport {
  readonly started = new Date();
  files = 0;
  extracted = 0;
  unchanged = 0;
  bytes = 0;
  /** Files inside folders skipped by name (hidden files, other extensions). */
  skipped = 0;
  documents = 0;
  fullTexts = 0;
  relations = 0;
  references = 0;
  warnings = 0;
  pruned = 0;
  readonly warningsByCode: Record<string, number> = {};
  readonly failures: FailedFile[] = [];
  readonly collisions: Collision[] = [];

  constructor(
    readonly command: string,
    readonly inputs: string[],
  ) {}

  fail(file: string, failure: Failure): void {
    this.failures.push({ file, code: failure.code, message: failure.message });
  }

  warn(code: string, n = 1): void {
    this.warnings += n;
    this.warningsByCode[code] = (this.warningsByCode[code] ?? 0) + n;
  }

  toJSON() {
    return {
      command: this.command,
      inputs: this.inputs,
      started: this.started.toISOString(),
      finished: new Date().toISOString(),
      files: {
        total: this.files,
        extracted: this.extracted,
        unchanged: this.unchanged,
        failed: this.failures.length,
        skipped: this.skipped,
        pruned: this.pruned,
      },
      bytes: this.bytes,
      documents: this.documents,
      fullTexts: this.fullTexts,
      relations: this.relations,
      references: this.references,
      warnings: { total: this.warnings, byCode: this.warningsByCode },
      failures: this.failures,
      collisions: this.collisions,
    };
  }

  write(file: string): void {
    writeFileSync(file, `${JSON.stringify(this.toJSON(), null, 2)}\n`);
  }

  /** The failures and collisions a person must see, at most `limit` of each (the report file has them all). */
  problemLines(limit = 20, reportFile?: string): string[] {
    const lines: string[] = [];
    const more = (n: number) =>
      `  … and ${n} more${reportFile ? ` (all in ${reportFile})` : ' (--report FILE lists them all)'}`;
    if (this.failures.length) {
      lines.push(`${this.failures.length} file${this.failures.length === 1 ? '' : 's'} failed:`);
      for (const f of this.failures.slice(0, limit)) lines.push(`  ${f.file}: [${f.code}] ${f.message}`);
      if (this.failures.length > limit) lines.push(more(this.failures.length - limit));
    }
    if (this.collisions.length) {
      lines.push(
        `${this.collisions.length} collision${this.collisions.length === 1 ? '' : 's'} between files:`,
      );
      for (const c of this.collisions.slice(0, limit)) lines.push(`  ${c.message}`);
      if (this.collisions.length > limit) lines.push(more(this.collisions.length - limit));
    }
    return lines;
  }
}
