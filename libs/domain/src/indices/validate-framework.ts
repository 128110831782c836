// The one entry point for framework files: a file is either a whole, consistent Framework or refused
// with every problem and its JSON path, so nobody scores against half a methodology.
import type { Framework } from './framework';
import { checkFramework } from './framework-rules';
import { readFramework } from './framework-shape';
import type { JsonIssue } from './json-fields';

export type { JsonIssue } from './json-fields';

export class FrameworkError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly JsonIssue[],
  ) {
    super(issues.map((issue) => [file, issue.path, issue.message].filter(Boolean).join(': ')).join('\n'));
    this.name = 'FrameworkError';
  }
}

/**
 * `json` is the parsed file content and `file` its name, used only in messages, e.g.
 * "data/frameworks/papi/2018.json: nodes[3].maxPoints: must be a positive number".
 */
export function parseFramework(json: unknown, file: string): Framework {
  const issues: JsonIssue[] = [];
  const framework = readFramework(json, issues);
  if (framework && issues.length === 0) issues.push(...checkFramework(framework));
  if (issues.length > 0 || !framework) throw new FrameworkError(file, issues);
  return framework;
}
