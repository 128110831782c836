const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// One bundle for the API; native and heavy packages (chdb, better-sqlite3, pg) stay external and are
// listed in the generated package.json for the production image. The CLI entry is absolute because Nx
// resolves a '../' entry against the workspace root's parent folders, not against this folder.
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      additionalEntryPoints: [{ entryName: 'etl-cli', entryPath: join(__dirname, '../../etl/src/cli/main.ts') }],
      assets: [],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      externalDependencies: 'all',
      sourceMap: true,
      // Type errors are caught by the typecheck target; the build's forked checker only added a second,
      // memory-hungry tsc run that made CI builds on 2 cores fail intermittently.
      skipTypeChecking: true,
    }),
  ],
};
