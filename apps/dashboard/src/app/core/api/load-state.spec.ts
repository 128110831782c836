import { Subject, type Observable } from 'rxjs';
import { requestAll } from './load-state';

describe('requestAll', () => {
  it('runs at most `concurrency` requests at a time and answers in the order of the items', () => {
    const pending = new Map<string, Subject<string>>();
    const request = (item: string): Observable<string> => {
      const answer = new Subject<string>();
      pending.set(item, answer);
      return answer;
    };
    let answers: string[] | undefined;
    requestAll(['a', 'b', 'c'], request, 2).subscribe((all) => (answers = all));
    expect([...pending.keys()]).toEqual(['a', 'b']);
    const reply = (item: string) => {
      pending.get(item)!.next(item.toUpperCase());
      pending.get(item)!.complete();
    };
    reply('b');
    expect([...pending.keys()]).toEqual(['a', 'b', 'c']);
    reply('c');
    expect(answers).toBeUndefined();
    reply('a');
    expect(answers).toEqual(['A', 'B', 'C']);
  });

  it('answers at once with none for no items', () => {
    let answers: unknown[] | undefined;
    requestAll([], () => new Subject<never>()).subscribe((all) => (answers = all));
    expect(answers).toEqual([]);
  });
});
