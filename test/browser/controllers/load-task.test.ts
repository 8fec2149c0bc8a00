import { expect } from '@open-wc/testing';
import { initialState, Loader, LoadTask, INITIAL, COMPLETE, ERROR, type AnyTask } from '../../../src/controllers/loader.js';
import { connect, newHost, nextTask, until } from './support.js';

/** A load the test answers by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('LoadTask (src/controllers/loader.ts): a load that follows its arguments', () => {
  afterEach(() => document.querySelectorAll('controller-test-host').forEach((host) => host.remove()));

  it('runs before a render when its arguments changed, and not when they did not', async () => {
    const host = newHost();
    let arg = 'a';
    const calls: string[] = [];
    const task = new LoadTask(host, () => [arg] as const, async ([value]) => (calls.push(value), value.toUpperCase()));
    await connect(host);
    await until(() => task.status === COMPLETE, 'the first run');
    expect(task.value).to.equal('A');
    host.requestUpdate();
    await host.updateComplete;
    expect(calls).to.deep.equal(['a']);
    arg = 'b';
    host.requestUpdate();
    await until(() => task.value === 'B', 'the second run');
    expect(calls).to.deep.equal(['a', 'b']);
  });

  it('a new run aborts the one before, and a late answer of that one is never kept', async () => {
    const host = newHost();
    let arg = 1;
    const answers = new Map<number, ReturnType<typeof deferred<string>>>();
    const signals: AbortSignal[] = [];
    const task = new LoadTask(host, () => [arg] as const, ([value], signal) => {
      signals.push(signal);
      const answer = deferred<string>();
      answers.set(value, answer);
      return answer.promise;
    });
    await connect(host);
    arg = 2;
    host.requestUpdate();
    await host.updateComplete;
    expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
    answers.get(2)?.resolve('second');
    await until(() => task.status === COMPLETE, 'the second answer');
    answers.get(1)?.resolve('first, late');
    await nextTask();
    expect(task.value).to.equal('second');
  });

  it('a failure is kept with its error; initialState goes back to initial and keeps the last value', async () => {
    const host = newHost();
    let mode: 'ok' | 'fail' | 'none' = 'ok';
    const task = new LoadTask(host, () => [mode] as const, async ([value]) => {
      if (value === 'fail') throw new Error('broken');
      return value === 'none' ? initialState : 'value';
    });
    await connect(host);
    await until(() => task.status === COMPLETE, 'the value');
    mode = 'none';
    host.requestUpdate();
    await until(() => task.status === INITIAL, 'initial');
    expect(task.value).to.equal('value');
    mode = 'fail';
    host.requestUpdate();
    await until(() => task.status === ERROR, 'the failure');
    expect((task.error as Error).message).to.equal('broken');
    expect(task.value).to.equal(undefined);
  });
});

class TestLoader extends Loader {
  started = 0;
  answer = deferred<string>();
  readonly task = this.add(
    () => [this.host.gateway] as const,
    (_args, signal) => {
      this.started++;
      this.signal = signal;
      return this.answer.promise;
    },
  );
  signal: AbortSignal | undefined;

  failed(): AnyTask | null {
    return this.task.status === ERROR ? this.task : null;
  }
}

describe('Loader (src/controllers/loader.ts): removal and failures', () => {
  it('a removed host asks nothing more; what removal cut short runs again when it is added again', async () => {
    const host = newHost();
    host.gateway = 'https://gateway.example/api';
    const loader = new TestLoader(host);
    await connect(host);
    expect(loader.started).to.equal(1);
    host.remove();
    expect(loader.signal?.aborted, 'aborted on removal').to.equal(true);
    loader.answer = deferred<string>();
    await connect(host);
    expect(loader.started, 'run again when added again').to.equal(2);
    loader.answer.resolve('done');
    await until(() => loader.task.status === COMPLETE, 'the rerun');
    host.remove();
    await connect(host);
    expect(loader.started, 'nothing was cut short: no new run').to.equal(2);
    host.remove();
  });

  it('failure() gives a GatewayError for any failure, and the task to run again', async () => {
    const host = newHost();
    const loader = new TestLoader(host);
    await connect(host);
    loader.answer.reject(new TypeError('not JSON'));
    await until(() => loader.failure() !== null, 'the failure');
    expect(loader.failure()?.error.kind).to.equal('invalid-response');
    expect(loader.failure()?.task).to.equal(loader.task);
    host.remove();
  });
});
