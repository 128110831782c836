import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { frameworkFor, FrameworkError, INDEX_FAMILIES, parseFramework, type Framework, type IndexFamily } from '@cchc/domain';

/**
 * The index methodologies shipped in data/frameworks/<family>/*.json (or CCHC_ASSETS_DIR). Read and
 * validated once; a broken file stops the process with its path, since every score depends on it.
 */
@Injectable()
export class FrameworkCatalog {
  private frameworks: Framework[] | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  all(): readonly Framework[] {
    this.frameworks ??= this.read();
    return this.frameworks;
  }

  ofFamily(family: IndexFamily): Framework[] {
    return this.all()
      .filter((f) => f.family === family)
      .sort((a, b) => a.yearFrom - b.yearFrom);
  }

  forYear(family: IndexFamily, year: number): Framework | null {
    return frameworkFor(this.all(), family, year);
  }

  version(family: IndexFamily, version: string): Framework | null {
    return this.ofFamily(family).find((f) => f.version === version) ?? null;
  }

  private read(): Framework[] {
    const root = join(this.config.assetsDir, 'frameworks');
    const frameworks: Framework[] = [];
    for (const family of INDEX_FAMILIES) {
      const dir = join(root, family);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
        const path = join(dir, file);
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          throw new FrameworkError(path, [{ path: '', message: (error as Error).message }]);
        }
        const framework = parseFramework(json, path);
        if (framework.family !== family) {
          throw new FrameworkError(path, [{ path: 'family', message: `"${framework.family}" belongs under frameworks/${framework.family}/` }]);
        }
        frameworks.push(framework);
      }
    }
    return frameworks;
  }
}
