// node:test reporter that prints one "<project>: N passed, N failed" line; suites are not counted as tests.
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    const isSuite = event.data?.details?.type === 'suite';
    if (event.type === 'test:pass' && !isSuite && !event.data.skip && !event.data.todo) passed++;
    if (event.type === 'test:fail' && !isSuite) failed++;
  }
  yield `${process.env.CCHC_TEST_PROJECT ?? 'tests'}: ${passed} passed, ${failed} failed\n`;
}
