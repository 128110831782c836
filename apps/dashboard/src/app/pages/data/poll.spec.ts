import type { EtlJobStatus, EtlJobSummary } from '@cchc/domain';
import { of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { anyActive, pollWhile } from './poll';

const job = (status: EtlJobStatus) => ({ status }) as EtlJobSummary;

describe('pollWhile', () => {
  let scheduler: TestScheduler;
  beforeEach(() => (scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected))));

  it('asks every 3 s while a load is queued or running, and stops after the first answer without one', () => {
    scheduler.run(({ expectObservable }) => {
      const answers = [[job('queued')], [job('running'), job('done')], [job('done'), job('failed')], [job('running')]];
      let call = 0;
      const polled = pollWhile(() => of(answers[call++]!), anyActive);
      expectObservable(polled).toBe('a 2999ms b 2999ms (c|)', { a: answers[0], b: answers[1], c: answers[2] });
    });
  });

  it('asks once when nothing is running', () => {
    scheduler.run(({ expectObservable }) => {
      expectObservable(pollWhile(() => of([job('done'), job('skipped')]), anyActive)).toBe('(a|)', { a: [job('done'), job('skipped')] });
    });
  });

  it('treats committing as still running', () => {
    expect(anyActive([job('committing')])).toBeTrue();
    expect(anyActive([])).toBeFalse();
  });
});
